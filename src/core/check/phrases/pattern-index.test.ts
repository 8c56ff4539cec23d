/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { analyzePattern } from '../text/first-words';
import { createPatternLookup, renderPatternIndex, sourceHash } from '../text/pattern-index';
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
    expect(PATTERN_INDEX).toHaveLength(DISPATCHED_PHRASES.length);
    const analysisOf = createPatternLookup(DISPATCHED_PHRASES, PATTERN_INDEX);
    for (const p of DISPATCHED_PHRASES) expect(analysisOf(p), p.source).toEqual(analyzePattern(p.source));
  });

  it('parses a pattern afresh when the index is stale or does not know it', () => {
    const known = /\bsorry\b/;
    // Same length, other words: only the hash tells them apart.
    const stale = createPatternLookup([known], [[sourceHash('\\bsorrx\\b'), ['x'], [], []]]);
    expect(stale(known)).toEqual(analyzePattern(known.source));
    const unknown = /\bthanks\b/;
    expect(stale(unknown)).toEqual(analyzePattern(unknown.source));
  });
});
