import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from './span';

/** The definition `countWords` implements with a scan. */
const WORD = /[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu;
const byPattern = (text: string, start: number, end: number) =>
  [...text.slice(start, end).matchAll(WORD)].length;

describe('countWords', () => {
  it.each([
    ["I don't know 18%.", 4],
    ['$240,000 by 6 a.m. -- well-known', 5],
    ['über café 𝒳y 𝟘', 4],
    ['', 0],
    ["rock-'n'-roll", 3],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text, { start: 0, end: text.length })).toBe(n);
  });

  it('counts what the word pattern matches in any span of any text', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      "'",
      '.',
      ',',
      '-',
      ' ',
      '\n',
      'é',
      '𝒳',
      '\ud835',
      '\udcb3',
      '—',
      '%',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length ? b % (text.length - start + 1) : 0);
        expect(countWords(text, { start, end })).toBe(byPattern(text, start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
