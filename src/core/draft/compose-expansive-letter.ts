import type { DraftFacts } from './facts';
import { composeWithinBudget, type Layout } from './layout';
import {
  aboutTheConversation,
  amendsSentence,
  answerTopicSentence,
  apologySentence,
  compactPointsSentence,
  distractionSentence,
  interestSentence,
  letterGreeting,
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
 * The expansive letter (seed 004 step 3): when several points need a fuller answer, one paragraph
 * per point with its proof, then restated interest and an offer to talk.
 *
 * @example
 * const { text } = composeExpansiveLetter(gatherFacts(debrief), seed);
 */
export function composeExpansiveLetter(facts: DraftFacts, seed: number): ComposedText {
  return { ...composeWithinBudget(facts, seed, WORD_TARGETS.letter, 4, layoutLetter), subject: null };
}

const ORDINAL_SETS: readonly [readonly string[], ...(readonly string[])[]] = [
  ['First', 'Second', 'Third', 'Fourth', 'Fifth'],
  ['To start', 'Next', 'Then', 'Beyond that', 'Also'],
  ['First', 'Next', 'Also', 'In addition', 'Further'],
];

function layoutLetter(w: Writer, level: number): Layout {
  const { f, p } = w;
  const opening = paragraph([
    thanksForInterview(w),
    level <= 1 ? aboutTheConversation(w) : null,
    interestSentence(w),
  ]);
  const care = paragraph([apologySentence(w), amendsSentence(w), distractionSentence(w)]);
  const answerCount = f.points.length + f.mishaps.answerTopics.length;
  const intro =
    answerCount && level <= 2
      ? p.pick([
          `Our conversation has stayed with me, and there ${answerCount > 1 ? 'are a few areas' : 'is one area'} where I can give you a fuller picture than I did in the room`,
          `I would like to expand on ${answerCount > 1 ? 'a few topics' : 'one topic'} where my answers did not yet show the whole of my experience`,
          `Having reflected on our discussion, I want to add to ${answerCount > 1 ? 'several of my answers' : 'one of my answers'}`,
        ])
      : null;
  const ordinals = p.pick(ORDINAL_SETS);
  const pointParagraphs =
    level >= 3
      ? [paragraph([compactPointsSentence(w, f.points)])]
      : f.points.map((pt, i) => {
          const detail = level === 0 ? 2 : level === 1 ? 1 : 0;
          const [lead, ...rest] = pointSentences(w, pt, i === 0, detail);
          const ordinal = ordinals[Math.min(i, ordinals.length - 1)] ?? 'Also';
          return paragraph([lead ? withOrdinal(ordinal, lead) : null, ...rest]);
        });
  const others = paragraph([answerTopicSentence(w), ...slipSentences(w, level >= 2)]);
  const hasProof = f.points.some((pt) => pt.evidence);
  const closing = paragraph([level <= 1 || !hasProof ? strengthSentence(w) : null, nextStepSentence(w)]);
  const final = p.pick([
    'Thank you again for your time and consideration',
    'Thank you again for considering my application',
    'Thank you once more for your time',
  ]);
  return {
    subject: null,
    greeting: letterGreeting(w),
    paragraphs: [
      opening,
      care,
      intro ? paragraph([intro]) : '',
      ...pointParagraphs,
      others,
      closing,
      paragraph([final]),
    ].filter((para) => para !== ''),
    signOff: signOff(w, true),
  };
}

/** Sentence openers that read correctly in lower case after an ordinal ("First, on your ..."). */
const COMMON_OPENERS = /^(?:On|When|Your|There|The|To|In|What|A|One|Here|This|That)\b/;

/** "First, on your question ..." — lower-cases only our own common openers, never a name or "I". */
function withOrdinal(ordinal: string, sentence: string): string {
  const rest = COMMON_OPENERS.test(sentence)
    ? sentence.charAt(0).toLowerCase() + sentence.slice(1)
    : sentence;
  return `${ordinal}, ${rest}`;
}
