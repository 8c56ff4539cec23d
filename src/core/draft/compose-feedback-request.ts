import type { DraftFacts } from './facts';
import { composeWithinBudget, type Layout } from './layout';
import {
  aboutTheConversation,
  amendsSentence,
  apologySentence,
  emailGreeting,
  signOff,
  theRole,
  type Writer,
} from './phrases';
import { paragraph } from './text';
import { WORD_TARGETS, type ComposedText } from './types';

/**
 * The answer to a rejection (rule 2, seed 004 step 5): thanks, continued interest in the company,
 * and a request for what would strengthen a future application. Nothing argues for this job.
 *
 * @example
 * const { subject, text } = composeFeedbackRequest(gatherFacts(debrief), seed);
 */
export function composeFeedbackRequest(facts: DraftFacts, seed: number): ComposedText {
  return composeWithinBudget(facts, seed, WORD_TARGETS.email, 0, layoutFeedback);
}

function layoutFeedback(w: Writer): Layout {
  const { f, p } = w;
  const role = theRole(w);
  const subject = p.pick([
    'Thank you, and a request for feedback',
    'Thank you for considering me',
    `Following up on the ${f.roleTitle} interview`,
    'A request for feedback',
  ]);
  const thanks = p.pick([
    `Thank you for letting me know about ${role} at ${f.company}, and for the time you spent with me on ${f.weekday}`,
    `Thank you for the update on ${role} at ${f.company}, and for meeting with me on ${f.weekday}`,
    `Thank you for considering me for ${role} at ${f.company} and for our conversation on ${f.weekday}`,
    `Thank you for your message about ${role} at ${f.company}, and for the time we spent together on ${f.weekday}`,
    `I appreciate you letting me know where things stand with ${role} at ${f.company}, and thank you for meeting with me on ${f.weekday}`,
  ]);
  const interest = p.pick([
    `I remain very interested in ${f.company} and would welcome the chance to be considered for future openings`,
    `I enjoyed learning about your team, and I am still very interested in working at ${f.company} in the future`,
    `${f.company} is still a place where I would be excited to work, and I would be glad to apply again`,
    `My interest in ${f.company} has not changed, and I would be glad to be considered for a similar role later on`,
    `I am still enthusiastic about the work at ${f.company} and hope to cross paths again`,
  ]);
  const ask = p.pick([
    'If you have a few minutes, I would be grateful for any feedback on what would strengthen a future application',
    'Would you be willing to share what would make a future application from me stronger? Any feedback would be valuable to me',
    'I would value your feedback on what would make me a stronger candidate for a future opening',
    'Any feedback on where I could strengthen my application would help me a great deal',
    'If you are able to share it, I would welcome your feedback on what I could develop before applying again',
  ]);
  const close = p.pick([
    'Thank you again for your time',
    'Thanks again for your consideration',
    'I appreciate your time',
  ]);
  const warmth = p.chance(0.5) ? aboutTheConversation(w) : null;
  const first = paragraph([thanks, warmth, apologySentence(w), amendsSentence(w), interest]);
  return {
    subject,
    greeting: emailGreeting(w),
    paragraphs: [first, paragraph([ask, close])],
    signOff: signOff(w),
  };
}
