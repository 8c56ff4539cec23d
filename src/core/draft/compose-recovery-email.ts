import type { DraftFacts } from './facts';
import { composeWithinBudget, type Layout } from './layout';
import {
  aboutTheConversation,
  amendsSentence,
  answerTopicSentence,
  apologySentence,
  compactPointsSentence,
  distractionSentence,
  emailGreeting,
  interestSentence,
  nextStepSentence,
  pointSentences,
  signOff,
  slipSentences,
  strengthSentence,
  thanksForInterview,
  type Writer,
} from './phrases';
import { paragraph } from './text';
import { WORD_TARGETS, type ComposedText } from './types';

/**
 * The recovery email (seed 000 step 1, seed 003): two short paragraphs, thanks first, the better
 * answer with its proof, restated interest and an offer to share more.
 *
 * @example
 * const { subject, text } = composeRecoveryEmail(gatherFacts(debrief), seed);
 */
export function composeRecoveryEmail(facts: DraftFacts, seed: number): ComposedText {
  return composeWithinBudget(facts, seed, WORD_TARGETS.email, 3, layoutRecoveryEmail);
}

function layoutRecoveryEmail(w: Writer, level: number): Layout {
  const { f, p } = w;
  const subject = recoverySubject(w);
  const greeting = emailGreeting(w);
  const hasProof = f.points.some((pt) => pt.evidence);
  const warmth = level === 0 && p.chance(0.4) ? aboutTheConversation(w) : null;
  const points =
    level >= 2
      ? [compactPointsSentence(w, f.points)]
      : f.points.flatMap((pt, i) => pointSentences(w, pt, i === 0, level === 0 ? 2 : 1));
  const first = paragraph([
    thanksForInterview(w),
    warmth,
    apologySentence(w),
    amendsSentence(w),
    distractionSentence(w),
    ...slipSentences(w, level === 0 ? 'full' : level <= 2 ? 'brief' : 'minimal'),
    answerTopicSentence(w),
    ...points,
  ]);
  // Without proof from the missed points, a strength is the best evidence the debrief has.
  const strength = level === 0 || !hasProof ? strengthSentence(w) : null;
  const second = paragraph([strength, interestSentence(w), nextStepSentence(w)]);
  return { subject, greeting, paragraphs: [first, second], signOff: signOff(w) };
}

function recoverySubject(w: Writer): string {
  const { f, p } = w;
  return f.points.length
    ? p.pick([
        `Thank you, and a follow-up on our ${f.weekday} conversation`,
        `Following up on the ${f.roleTitle} interview`,
        'Thank you, and one more example',
        `More on our ${f.roleTitle} conversation`,
        'Thank you, and a fuller answer',
      ])
    : p.pick([
        `Thank you for ${f.weekday}’s conversation`,
        `Following up on the ${f.roleTitle} interview`,
        `A follow-up to our ${f.roleTitle} conversation`,
        'Thank you for your time',
      ]);
}
