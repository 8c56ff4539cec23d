/** A half-open range of UTF-16 offsets into the message: `start` inclusive, `end` exclusive. */
export type Span = { start: number; end: number };

/** The span with leading and trailing whitespace of `text` removed (empty spans stay put). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Words as a reader counts them: `18%`, `$240,000`, `don't` and `a.m.` are one word each. */
const WORD = /[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu;

/** Counts the words of `text` between `start` and `end`. */
export function countWords(text: string, span: Span): number {
  WORD.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  let n = 0;
  while (WORD.exec(slice) !== null) n++;
  return n;
}
