/** A place in the text: 1-based line and column, 0-based UTF-16 offset (the vfile shape). */
export type Point = { line: number; column: number; offset: number };

/**
 * Builds a function mapping UTF-16 offsets to points. Lines end at `\n` only, so a `\r` before it
 * is the last column of its line, which is how editors and the contract's scorer count.
 *
 * @example
 * const toPoint = createLocator('ab\ncd');
 * toPoint(3); // { line: 2, column: 1, offset: 3 }
 */
export function createLocator(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    // Binary search for the last line start <= at.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1, offset: at };
  };
}
