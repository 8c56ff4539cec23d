import type { Span } from './span';

/**
 * Joins phrase patterns into one case-insensitive global regular expression, so a list is scanned
 * in one pass. Each pattern is wrapped in a group: alternation inside one pattern stays local.
 *
 * @example
 * compilePhrases([/\bsorry\b/, /\bapologi[sz]e\b/]).test('I apologise'); // true
 */
export function compilePhrases(patterns: readonly RegExp[], flags = 'gi'): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}

export type Match = Span & { text: string };

/** Every non-empty match of a global `re` that starts and ends inside `region`. */
export function findMatches(
  text: string,
  re: RegExp,
  region: Span = { start: 0, end: text.length },
): Match[] {
  const out: Match[] = [];
  re.lastIndex = region.start;
  for (let m = re.exec(text); m !== null && m.index < region.end; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    if (end <= region.end) out.push({ start: m.index, end, text: m[0] });
  }
  return out;
}

/** True when `re` matches anywhere inside one of the regions. */
export function hasMatch(text: string, re: RegExp, regions: readonly Span[]): boolean {
  return regions.some((r) => findMatches(text, re, r).length > 0);
}

/** The span in `spans` (sorted, disjoint) that contains `offset`, or null. */
export function spanAt(spans: readonly Span[], offset: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
