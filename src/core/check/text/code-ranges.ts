/**
 * Whether code unit `c` falls in `ranges`: inclusive pairs, flattened, sorted and disjoint, as the
 * start-up programs hold a class (`program.ts`, `program-from-source.ts`).
 *
 * @example
 * inRanges([48, 57, 97, 122], 'k'.charCodeAt(0)); // true
 */
export function inRanges(ranges: readonly number[], c: number): boolean {
  for (let r = 0; r < ranges.length; r += 2) {
    if (c < ranges[r]!) return false;
    if (c <= ranges[r + 1]!) return true;
  }
  return false;
}
