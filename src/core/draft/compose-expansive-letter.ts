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

/** Paragraph openers for a letter's points: the first, those in between, and the last of three or more. */
type OrdinalSet = { first: string; middle: readonly string[]; last: string };
const ORDINAL_SETS: readonly [OrdinalSet, ...OrdinalSet[]] = [
  { first: 'First', middle: ['Second', 'Third', 'Fourth', 'Fifth'], last: 'Finally' },
  { first: 'To start', middle: ['Next', 'Then', 'Beyond that', 'In addition'], last: 'Last' },
  { first: 'First', middle: ['Next', 'In addition', 'Then', 'Further'], last: 'Finally' },
];

function ordinalFor(set: OrdinalSet, index: number, count: number): string {
  if (index === 0) return set.first;
  if (index === count - 1 && count >= 3) return set.last;
  return set.middle[index - 1] ?? 'Next';
}

function layoutLetter(w: Writer, level: number): Layout {
  const { f, p } = w;
  const opening = paragraph([
    thanksForInterview(w),
    level <= 1 ? aboutTheConversation(w) : null,
    interestSentence(w),
  ]);
  const care = paragraph([apologySentence(w), amendsSentence(w), distractionSentence(w)]);
  const topicLine = answerTopicSentence(w);
  const answerCount = f.points.length + (topicLine ? 1 : 0);
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
          // The ordinal already says "next", so every point gets a first-point lead (no "also").
          const [lead, ...rest] = pointSentences(w, pt, true, detail);
          const ordinal = ordinalFor(ordinals, i, f.points.length);
          return paragraph([lead ? withOrdinal(ordinal, lead) : null, ...rest]);
        });
  const others = paragraph([
    topicLine,
    ...slipSentences(w, level <= 1 ? 'full' : level <= 3 ? 'brief' : 'minimal'),
  ]);
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
const COMMON_OPENERS = /^(?:On|When|Your|You|There|The|To|In|What|A|One|Here|This|That|As|Cut|Saved)\b/;

/** "First, on your question ..." — lower-cases only our own common openers, never a name or "I". */
function withOrdinal(ordinal: string, sentence: string): string {
  const rest = COMMON_OPENERS.test(sentence)
    ? sentence.charAt(0).toLowerCase() + sentence.slice(1)
    : sentence;
  return `${ordinal}, ${rest}`;
}
