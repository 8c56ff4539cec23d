import { findMatches, type Match } from '../text/match';
import type { Span } from '../text/span';

/**
 * Matches of a compiled phrase list over the given regions (the whole message by default), in
 * text order and without overlaps: a rule reports one finding per phrase.
 */
export function phraseHits(text: string, re: RegExp, regions?: readonly Span[]): Match[] {
  const spans = regions ?? [{ start: 0, end: text.length }];
  const all = spans.flatMap((r) => findMatches(text, re, r)).sort((a, b) => a.start - b.start);
  const out: Match[] = [];
  for (const m of all) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

/** The text right after a match, for checking what an ambiguous word is about. */
export function textAfter(text: string, end: number, length = 60): string {
  return text.slice(end, end + length);
}

/** The text right before a match. */
export function textBefore(text: string, start: number, length = 40): string {
  return text.slice(Math.max(0, start - length), start);
}
