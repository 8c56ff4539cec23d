import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APOLOGY_PHRASES } from '../phrases/apology';
import { NEXT_STEP_PHRASES } from '../phrases/next-step';
import { PUSHY_PHRASES } from '../phrases/pushy';
import { createPhraseMatcher, tokenize } from './phrase-matcher';

/** The straightforward engine the matcher replaces: one global alternation, scanned left to right. */
function scanAll(patterns: readonly RegExp[], text: string) {
  const re = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'gi');
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

const find = (patterns: readonly RegExp[], text: string) =>
  createPhraseMatcher(patterns)
    .find(text, tokenize(text))
    .map((m) => `${m.start}:${m.text}`);

const WORDS = [
  'I',
  'am',
  'so',
  'sorry',
  'would',
  'be',
  'glad',
  'to',
  'walk',
  'you',
  'through',
  'need',
  'your',
  'decision',
  'by',
  'Friday',
  'deserve',
  'please',
  'forgive',
  'my',
  'answer',
  'apologize',
  '.',
  ',',
  'let',
  'me',
  'know',
  'if',
  'it',
  'helps',
  // Tokens that start like a first word but are longer, and letters the i flag folds or does not.
  'Iam',
  'wed',
  'sorryish',
  "I'm",
  'ÉTÉ',
  'İ',
];

describe('createPhraseMatcher', () => {
  it('finds phrases at word starts, case-insensitively, without overlaps', () => {
    const m = createPhraseMatcher([/\bI am sorry\b/, /\bsorry\b/]);
    const text = 'Well, i am SORRY. Sorry!';
    expect(m.find(text, tokenize(text)).map((x) => x.text)).toEqual(['i am SORRY', 'Sorry']);
  });

  it('keeps matches inside the region', () => {
    const m = createPhraseMatcher([/\bsorry\b/]);
    const text = 'sorry sorry sorry';
    expect(m.find(text, tokenize(text), { start: 3, end: 12 }).map((x) => x.start)).toEqual([6]);
  });

  it.each([
    ['apology', APOLOGY_PHRASES],
    ['next-step', NEXT_STEP_PHRASES],
    ['pushy', PUSHY_PHRASES],
  ] as const)('finds what one global alternation finds in the %s list', (_name, patterns) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(find(patterns, text)).toEqual(scanAll(patterns, text));
      }),
      { numRuns: 300 },
    );
  });
});
