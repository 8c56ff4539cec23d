import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPATCHED_PHRASES } from '../phrases/all';
import { lowerPatternSource, lowerSameLength } from './lowercase';

describe('lowerSameLength', () => {
  it.each([
    ['I’m SURE', 'i’m sure'],
    ['ÉCOLE Straße', 'école straße'],
    // İ lowercases to two units and K (Kelvin) to ASCII k: both are kept, as the `i` flag keeps them.
    ['İK \u212a', 'İk \u212a'],
  ])('lowercases %j to %j without changing its length', (text, lowered) => {
    expect(lowerSameLength(text)).toBe(lowered);
    expect(lowerSameLength(text)).toHaveLength(text.length);
  });

  it('folds every character exactly as the i flag does for the letters a lowered pattern may hold', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzàáâãäæçèéêëìíîïðñòóôõöøùúûüýþ'];
    const wrong: string[] = [];
    for (const letter of letters) {
      const caseless = new RegExp(letter, 'i');
      for (let u = 0; u < 0x10000; u++) {
        const c = String.fromCharCode(u);
        if (caseless.test(c) !== (lowerSameLength(c) === letter)) wrong.push(`${letter} U+${u.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps ASCII ASCII and non-ASCII non-ASCII, so \\w, \\b, \\d and \\s see the same classes', () => {
    const wrong: number[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      const l = lowerSameLength(c);
      if (l.length !== 1 || u < 128 !== l.charCodeAt(0) < 128 || /\w/.test(c) !== /\w/.test(l)) wrong.push(u);
    }
    expect(wrong).toEqual([]);
  });
});

describe('lowerPatternSource', () => {
  it.each([
    ['\\bI (?:Am|was)\\b\\S[A-Z]', '', '\\bi (?:am|was)\\b\\S[a-z]'],
    ['\\bfianc[eé]e?\\B\\W\\D', '', '\\bfianc[eé]e?\\B\\W\\D'],
    ['\\bI\\b', 'u', null],
    ['(?<Name>x)\\k<Name>', '', null],
    ['\\P', '', null],
    ['[A-z]', '', null],
    ['naïve É', '', null],
    ['caf\u00e5', '', null],
    ['caf\\u00C9', '', null],
    ['\\x41', '', null],
    ['(a)\\1', '', null],
  ])('rewrites %j (flags %j) as %j', (source, flags, lowered) => {
    expect(lowerPatternSource(source, flags)).toBe(lowered);
  });

  const WORDS = [
    'I',
    'am',
    'SO',
    'Sorry',
    'would',
    'Be',
    'glad',
    'To',
    'É',
    'İ',
    '\u212a',
    'fiancÉe',
    "I'M",
    'Need',
  ];
  it('finds in lowered text what every phrase pattern finds with the i flag', () => {
    const patterns = DISPATCHED_PHRASES.map((p) => {
      const lowered = lowerPatternSource(p.source, p.flags);
      return [new RegExp(p.source, 'gi'), lowered === null ? null : new RegExp(lowered, 'g')] as const;
    });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, ' ', '. ', ', '), { maxLength: 20 }), (words) => {
        const text = words.join(' ');
        const lowered = lowerSameLength(text);
        for (const [caseless, low] of patterns) {
          if (low === null) continue;
          const a = [...text.matchAll(caseless)].map((m) => `${m.index}:${m[0].length}`);
          const b = [...lowered.matchAll(low)].map((m) => `${m.index}:${m[0].length}`);
          expect(b).toEqual(a);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a \\u escape of a character lowering leaves alone, and gives up on others', () => {
    expect(lowerPatternSource('fianc[e\\u00e9]e', '')).toBe('fianc[e\\u00e9]e');
    expect(lowerPatternSource('[\\u00a3\\u20ac]\\d', '')).toBe('[\\u00a3\\u20ac]\\d');
    expect(lowerPatternSource('\\u00c9t\\u00e9', '')).toBeNull();
    expect(lowerPatternSource('\\u0131', '')).toBeNull();
  });
});
