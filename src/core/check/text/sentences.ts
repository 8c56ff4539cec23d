import { trimSpan, type Span } from './span';

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'a.m',
  'p.m',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'approx',
  'dept',
  'u.s',
  'u.k',
  'fig',
  'mt',
  'ft',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const TERMINATOR = /[.!?]+["')\]]*(?=\s|$)/g;

/**
 * Splits the text between `span.start` and `span.end` into sentences. Blank lines always end a
 * sentence; a period after a known abbreviation or an initial, or one followed by a lowercase
 * word, does not.
 *
 * @example
 * splitSentences('Hi Mr. Park. Thanks!', { start: 0, end: 20 }).length; // 2
 */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const block of splitBlocks(text, span)) {
    let start = block.start;
    const slice = text.slice(block.start, block.end);
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(slice); m !== null; m = TERMINATOR.exec(slice)) {
      const end = block.start + m.index + m[0].length;
      if (m[0].startsWith('.') && !isSentenceEnd(text, block.start + m.index, end, block.end)) continue;
      pushTrimmed(text, out, { start, end });
      start = end;
    }
    pushTrimmed(text, out, { start, end: block.end });
  }
  return out;
}

/** Splits a span into paragraphs: runs of non-blank lines. */
export function splitBlocks(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = span.start;
  let start = span.start;
  for (let m = blank.exec(text); m !== null && m.index < span.end; m = blank.exec(text)) {
    pushTrimmed(text, out, { start, end: m.index });
    start = m.index + m[0].length;
    blank.lastIndex = start - 1;
  }
  pushTrimmed(text, out, { start, end: span.end });
  return out;
}

function pushTrimmed(text: string, out: Span[], span: Span): void {
  const t = trimSpan(text, span);
  if (t.end > t.start) out.push(t);
}

function isSentenceEnd(text: string, dot: number, end: number, blockEnd: number): boolean {
  // The word before the period.
  let w = dot;
  while (w > 0 && isLetterDigitOrDot(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // An initial: one uppercase letter (the loop above stops at astral letters, so one code unit).
  if (dot - w === 1 && isUppercase(text.charCodeAt(w))) return false;
  // A lowercase word after the period continues the sentence ("6 a.m. reporting").
  let n = end;
  while (n < blockEnd && isSpace(text.charCodeAt(n))) n++;
  return n >= blockEnd || !isLowercase(text.charCodeAt(n));
}

// Character tests one code unit at a time, ASCII decided inline: the Unicode patterns they stand
// for are only compiled (a few ms in a fresh process) when a note has non-ASCII text there.

function isLetterDigitOrDot(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

function isUppercase(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}$/u.test(String.fromCharCode(c));
}

function isLowercase(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : /\p{Ll}/u.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c));
}
