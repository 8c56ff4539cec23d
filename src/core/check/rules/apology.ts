import { isApologyWarranted } from '../debrief-facts';
import {
  APOLOGY_PHRASES,
  COURTESY_AFTER,
  ON_BEHALF_AFTER,
  PERFORMANCE_WORDS,
  SYMPATHY_AFTER,
} from '../phrases/apology';
import { ALL_KINDS, defineRule } from '../rule';
import { anchoredTest } from '../text/anchored-test';
import { spanAt } from '../text/match';
import type { ParsedMessage } from '../text/parse-message';
import { isAboutWriter } from '../text/ownership';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits, textAfter } from './phrase-hits';

const APOLOGY = createPhraseMatcher(APOLOGY_PHRASES);
// Anchored patterns, tested on the few characters after a match.
const isSympathy = anchoredTest(SYMPATHY_AFTER);
const isCourtesy = anchoredTest(COURTESY_AFTER);
const isOnBehalf = anchoredTest(ON_BEHALF_AFTER);
/** The interviewer kept waiting by a late arrival. */
const KEPT_WAITING =
  /\b(?:keeping|kept|keep) you waiting\b|\b(?:arriving|being|turning up|running) late\b|\blate arrival\b/i;

/** The rest of the sentence after `end`. */
function sentenceAfter(m: ParsedMessage, end: number): string {
  const sentence = spanAt(m.sentences, end - 1);
  return m.norm.slice(end, sentence ? sentence.end : end + 120);
}

/** A third person saying sorry: a letter, a template, a colleague. */
const SAID_BY_OTHERS = /\bsays\s+$/i;
const PERFORMANCE = createPhraseMatcher(PERFORMANCE_WORDS);

export const apology = defineRule({
  id: 'apology',
  severity: 'error',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'Apologizing keeps the interviewer’s attention on the interview’s weak moments. Drop the apology and add something new instead; an apology is only owed for something offensive or damaging.',
  suggestion: 'Replace the apology with what you wish you had said: the example, the number, the fix.',
  doc: {
    firesWhen:
      'The message apologizes for the interview or the performance, and the debrief records no offensive or damaging incident the interviewer may have seen.',
    why: 'Seeds 002 and 003 agree: do not apologize for a weak interview; fix it by adding something new. The one exception (seed 002) is an incident that offended the interviewer or damaged something, where a brief, sincere apology is right.',
    seeds: ['002', '003'],
    bad: 'I am really sorry my answer about the budget was so muddled.',
    good: 'On the budget question: last year I brought a $1.2M program in 4% under budget by re-bidding two contracts.',
  },
  check: ({ message: m, purpose, debrief }) => {
    if (isApologyWarranted(debrief)) return [];
    return phraseHits(m, APOLOGY).filter((hit) => {
      // "teaching toddlers to say sorry" is the work, not the writer apologizing.
      if (!isAboutWriter(m.norm, hit.start, hit.text)) return false;
      const after = textAfter(m.norm, hit.end);
      if (/sorry$/i.test(hit.text) && isSympathy(after)) return false;
      // "I apologise for the delay and for keeping you waiting" is for the late arrival, not a
      // slow reply: courtesy only when the sentence says nothing of the interview's wait.
      if (isCourtesy(after) && !KEPT_WAITING.test(sentenceAfter(m, hit.end))) return false;
      if (
        /(?:sorry|apologi[sz]e)$/i.test(hit.text) &&
        (isOnBehalf(after) || SAID_BY_OTHERS.test(m.norm.slice(Math.max(0, hit.start - 8), hit.start)))
      ) {
        return false;
      }
      if (purpose === 'withdraw') {
        // Sorry for the inconvenience of withdrawing is courtesy; only an apology for the
        // performance itself is flagged.
        const sentence = spanAt(m.sentences, hit.start) ?? hit;
        return PERFORMANCE.test(m.norm, m.tokens, [sentence]);
      }
      return true;
    });
  },
});
