/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { analyzePattern } from '../text/first-words';
import { keyOf, readIndex, renderPatternIndex, selectiveRequiredWords } from '../text/pattern-index';
import { DISPATCHED_PHRASES } from './all';
import committed from './pattern-index.generated.ts?raw';
import { PATTERN_INDEX } from './pattern-index.generated';

describe('phrases/pattern-index.generated.ts', () => {
  it('matches the phrase lists (run `npm run docs:rules` when this fails)', () => {
    expect(committed).toBe(renderPatternIndex(DISPATCHED_PHRASES));
  });

  it('holds only ASCII sources, which the build leaves as they are (the index would miss them)', () => {
    const nonAscii = DISPATCHED_PHRASES.filter((p) => /[^\t\n\r\x20-\x7e]/.test(p.source)).map(
      (p) => p.source,
    );
    expect(nonAscii).toEqual([]);
  });

  it('dispatches every phrase pattern by its first word (none has to be scanned everywhere)', () => {
    const anywhere = DISPATCHED_PHRASES.filter((p) => analyzePattern(p.source).firstWords === null).map(
      (p) => p.source,
    );
    expect(anywhere).toEqual([]);
  });

  it('holds every dispatched pattern, with the analysis a fresh parse gives', () => {
    const index = readIndex(PATTERN_INDEX);
    expect(index.isFor(DISPATCHED_PHRASES)).toBe(true);
    DISPATCHED_PHRASES.forEach((p, id) => {
      const a = analyzePattern(p.source);
      expect(index.requiredWordsOf(id), p.source).toEqual(selectiveRequiredWords(a.requiredWords));
      for (const word of a.firstWords ?? []) {
        const group = index
          .groupsUnder(keyOf(word))
          .find((g) => g.prefix === word && g.isExact === a.exactWords.has(word));
        expect(group?.ids.split(',').map(Number), `${p.source}: ${word}`).toContain(id);
      }
    });
  });

  it('files each word under its key, and nothing else', () => {
    const index = readIndex(PATTERN_INDEX);
    const groups = ['i', 'so', 'th', 'wo'].flatMap((key) =>
      index.groupsUnder(key).map((g) => [key, g] as const),
    );
    expect(groups.length).toBeGreaterThan(20);
    for (const [key, g] of groups) expect(keyOf(g.prefix)).toBe(key);
    expect(index.groupsUnder('zq')).toEqual([]);
  });

  it('is not taken for patterns it was not made from', () => {
    const index = readIndex(PATTERN_INDEX);
    const edited = DISPATCHED_PHRASES.map((p, i) => (i === 7 ? new RegExp(`${p.source}x`) : p));
    expect(index.isFor(edited)).toBe(false);
    expect(index.isFor(DISPATCHED_PHRASES.slice(1))).toBe(false);
  });
});
