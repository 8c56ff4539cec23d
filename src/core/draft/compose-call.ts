import type { DraftFacts } from './facts';
import { composeWithinBudget, type Layout } from './layout';
import {
  amendsSentence,
  answerTopicSentence,
  apologySentence,
  compactPointsSentence,
  distractionSentence,
  interestSentence,
  pointSentences,
  slipSentences,
  strengthSentence,
  theRole,
  type Writer,
} from './phrases';
import { paragraph } from './text';
import { WORD_TARGETS, type ComposedText } from './types';

/**
 * The call to elaborate (seed 000 step 2, seed 004 steps 1, 2 and 4): ask for a few minutes, name
 * the specific point, give the proof, restate interest, meet a likely concern, close with an offer.
 *
 * @example
 * const { text } = composeCall(gatherFacts(debrief), seed);
 */
export function composeCall(facts: DraftFacts, seed: number): ComposedText {
  return { ...composeWithinBudget(facts, seed, WORD_TARGETS.call, 4, layoutCall), subject: null };
}

function layoutCall(w: Writer, level: number): Layout {
  const { f, p } = w;
  const [firstPoint, ...otherPoints] = f.points;
  const pointLines = !firstPoint
    ? []
    : level >= 3
      ? [compactPointsSentence(w, f.points)]
      : [
          ...pointSentences(w, firstPoint, true, level === 0 ? 2 : level === 1 ? 2 : 1),
          ...(level === 0
            ? otherPoints.flatMap((pt) => pointSentences(w, pt, false, 1))
            : otherPoints.length
              ? [compactPointsSentence(w, otherPoints)]
              : []),
        ];
  const hasProof = f.points.some((pt) => pt.evidence);
  const point = paragraph([
    p.pick(['Thank you', 'Great, thank you', 'Thanks, I appreciate it']),
    apologySentence(w),
    amendsSentence(w),
    distractionSentence(w),
    ...slipSentences(w, level === 0 ? 'full' : level <= 2 ? 'brief' : 'minimal'),
    answerTopicSentence(w, true),
    ...pointLines,
    !hasProof ? strengthSentence(w) : null,
  ]);
  const interest = f.expressedInterest
    ? interestSentence(w)
    : p.pick([
        `One thing I want to say clearly: I am very interested in ${theRole(w)} and in joining ${f.company}`,
        `I also want to be clear that I am excited about this role and would love to join ${f.company}`,
      ]);
  const concern = p.pick([
    'If anything about my background still gives you pause, I would be glad to answer it now, or take a day and come back to you with a full answer',
    'Is there anything about my experience you would like me to clarify? I can answer now or follow up in writing',
    'If you have any remaining questions about my fit for the role, I am happy to address them now',
  ]);
  const close = p.pick([
    'I can also send you a short written summary of what we discussed. Thank you again for taking my call',
    'Thanks for making time for this call; I am glad to follow up with a one-page summary',
    'I would be happy to send the details in writing after this call. Thank you for your time',
  ]);
  return {
    subject: null,
    greeting: null,
    paragraphs: [opener(w, level >= 2), point, paragraph([interest, concern, close])],
    signOff: null,
  };
}

function opener(w: Writer, isBrief: boolean): string {
  const { f, p } = w;
  const role = theRole(w);
  const intro = f.candidateName
    ? p.pick([
        `Hi ${f.greetingName}, this is ${f.candidateName}. We spoke on ${f.weekday} about ${role} at ${f.company}`,
        `Hello ${f.greetingName}, it is ${f.candidateName}; we met on ${f.weekday} to talk about ${role} at ${f.company}`,
      ])
    : p.pick([
        `Hi ${f.greetingName}, I interviewed with you on ${f.weekday} for ${role} at ${f.company}`,
        `Hello ${f.greetingName}, we met on ${f.weekday} to talk about ${role} at ${f.company}`,
      ]);
  const ask = p.pick([
    'Do you have a few minutes?',
    'Is now a good time for a few minutes?',
    'Could I have a few minutes of your time?',
  ]);
  const fallback = p.chance(0.5)
    ? 'If now is not a good time, I am happy to call back whenever suits you.'
    : null;
  return paragraph([intro, ask, isBrief ? null : fallback]);
}
