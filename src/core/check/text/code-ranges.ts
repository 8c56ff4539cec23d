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

/**
 * Whether code unit `c` is a word character as `\w` and `\b` read it without the `u` flag: ASCII
 * letters, digits and the underscore (NaN, past the end of a string, is none).
 *
 * @example
 * isWordCode('_'.charCodeAt(0)); // true
 */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
