import {
  COUNTS_IN_WORDS,
  NAMED_PROJECT,
  NOT_EVIDENCE_AFTER,
  NOT_EVIDENCE_BEFORE,
  NUMBER_TOKEN,
  NUMBER_WORDS,
  RESULT_WORDS,
  STANDALONE_RESULTS,
} from '../phrases/evidence';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import type { ParsedMessage } from '../text/parse-message';
import { bodySpan } from '../text/regions';

const RESULTS = createPhraseMatcher([RESULT_WORDS]);
const NUMBERS = createPhraseMatcher([NUMBER_WORDS]);
const STANDALONE = createPhraseMatcher([STANDALONE_RESULTS]);

export const missingEvidence = defineRule({
  id: 'missing-evidence',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: ['thank-you', 'withdraw', 'feedback'],
  message: 'Nothing concrete backs your value: no number, metric or named project with its result.',
  suggestion: 'Add one verifiable fact, e.g. “At Bellhaven I cut forecast error from 18% to 7%.”',
  doc: {
    firesWhen:
      'The message has no concrete, verifiable fact: no number, metric, amount or count, and no named project with its result.',
    why: 'Seed 001 says to dig out the stats that back your answers and write a letter of verifiable facts; seeds 000 and 003 show the same move, a concrete result (a percentage, a growth figure) where the interview answer was vague.',
    seeds: ['000', '001', '003'],
    bad: 'I have strong experience improving processes and I work well with teams.',
    good: 'At Corran Foods I redesigned the returns process and cut handling time from 9 days to 3.',
  },
  check: ({ message: m }) => (hasEvidence(m) ? [] : [bodySpan(m)]),
});

/**
 * True when the prose holds a concrete fact: a figure that is not a date, time, year or phone
 * number; a count in words that measures the work; a number word in a sentence that reports a
 * result; or a named project with its result.
 *
 * @example
 * hasEvidence(parseMessage('We cut costs by 22%.', 'call')); // true
 */
export function hasEvidence(m: ParsedMessage): boolean {
  const { norm } = m;
  const prose = norm.slice(m.prose.start, m.prose.end);
  NUMBER_TOKEN.lastIndex = 0;
  for (let t = NUMBER_TOKEN.exec(prose); t !== null; t = NUMBER_TOKEN.exec(prose)) {
    if (isFigure(prose, t.index, t[0])) return true;
  }
  if (STANDALONE.test(norm, m.tokens, [m.prose])) return true;
  if (COUNTS_IN_WORDS.test(prose)) return true;
  for (const s of m.sentences) {
    if (!RESULTS.test(norm, m.tokens, [s])) continue;
    if (NUMBERS.test(norm, m.tokens, [s]) || NAMED_PROJECT.test(norm.slice(s.start, s.end))) return true;
  }
  return false;
}

function isFigure(text: string, index: number, token: string): boolean {
  const after = text.slice(index + token.length, index + token.length + 12);
  const before = text.slice(Math.max(0, index - 12), index);
  if (NOT_EVIDENCE_AFTER.test(after) || NOT_EVIDENCE_BEFORE.test(before)) return false;
  const digits = token.replace(/\D/g, '');
  // A year on its own ("in 2024") dates something; it does not measure it.
  if (/^(?:19|20)\d\d$/.test(token) && !/^\s?%/.test(after)) return false;
  // Phone numbers: long digit runs broken by spaces or dashes ("555 0112", both halves).
  if (/^[\s.-]\d{3,}/.test(after) && digits.length >= 3) return false;
  if (/\d{3}[\s.-]$/.test(before) && digits.length >= 4) return false;
  return true;
}
