import type { DraftFacts } from './facts';
import { composeWithinBudget, type Layout } from './layout';
import {
  aboutTheConversation,
  amendsSentence,
  apologySentence,
  emailGreeting,
  interestSentence,
  nextStepSentence,
  signOff,
  strengthSentence,
  thanksForInterview,
  type Writer,
} from './phrases';
import { paragraph } from './text';
import { WORD_TARGETS, type ComposedText } from './types';

/**
 * The short thank-you when nothing needs fixing (rule 4): warm, brief, no talk of slips.
 *
 * @example
 * const { subject, text } = composeThankYouEmail(gatherFacts(debrief), seed);
 */
export function composeThankYouEmail(facts: DraftFacts, seed: number): ComposedText {
  return composeWithinBudget(facts, seed, WORD_TARGETS.email, 1, layoutThankYou);
}

function layoutThankYou(w: Writer, level: number): Layout {
  const { f, p } = w;
  const subject = p.pick([
    `Thank you for ${f.weekday}’s conversation`,
    `Thank you: ${f.roleTitle} interview`,
    `Thanks for your time on ${f.weekday}`,
    'Thank you for meeting with me',
    `Great to meet you on ${f.weekday}`,
  ]);
  const first = paragraph([
    thanksForInterview(w),
    aboutTheConversation(w),
    // Rule 9 is owed in every verdict; a thank-you only carries it when asked for one anyway.
    apologySentence(w),
    amendsSentence(w),
    level === 0 ? strengthSentence(w) : null,
  ]);
  const second = paragraph([interestSentence(w), nextStepSentence(w)]);
  return { subject, greeting: emailGreeting(w), paragraphs: [first, second], signOff: signOff(w) };
}
