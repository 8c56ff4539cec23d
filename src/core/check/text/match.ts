import type { Span } from './span';

/** A phrase found in the text; `pattern` is the index of the phrase pattern, when known. */
export type Match = Span & { text: string; pattern?: number };

/** The span in `spans` (sorted, disjoint) that contains `offset`, or null. */
export function spanAt(spans: readonly Span[], offset: number): Span | null {
  return spans[spanIndexAt(spans, offset)] ?? null;
}

/** The index of the span in `spans` (sorted, disjoint) that contains `offset`, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
