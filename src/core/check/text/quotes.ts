/** How far back (and, for single quotes, ahead) a quotation is looked for: a title is short. */
const MAX_QUOTE = 200;

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const NEWLINE = 10;

/**
 * True when `offset` falls inside a quotation on its line: the phrase is part of a title or of
 * someone else's words (her screenprint "Not Sorry", the 'Sorry we missed you' card, a survey's
 * 'I guess'), which says nothing of the writer. Double quotes count by parity; single quotes are
 * also apostrophes, so only an opening one (after a space, before a letter) closed later on the
 * same line counts.
 *
 * @example
 * isInsideQuotes('the "Train Wreck" level', 5); // true
 * isInsideQuotes("the 'Sorry we missed you' card", 5); // true
 * isInsideQuotes("I'm sorry I didn't", 4); // false
 */
export function isInsideQuotes(text: string, offset: number): boolean {
  return isInsideDoubleQuotes(text, offset) || isInsideSingleQuotes(text, offset);
}

function isInsideDoubleQuotes(text: string, offset: number): boolean {
  let quotes = 0;
  for (let i = offset - 1; i >= Math.max(0, offset - MAX_QUOTE); i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) break;
    if (c === DOUBLE_QUOTE) quotes++;
  }
  return quotes % 2 === 1;
}

function isInsideSingleQuotes(text: string, offset: number): boolean {
  let isOpen = false;
  for (let i = Math.max(0, offset - MAX_QUOTE); i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) isOpen = false;
    else if (c === SINGLE_QUOTE) {
      if (!isOpen && isOpening(text, i)) isOpen = true;
      else if (isOpen && isClosing(text, i)) isOpen = false;
    }
  }
  if (!isOpen) return false;
  // An opening quote nothing closes is an elision ("the '90s") or a stray mark.
  for (let i = offset; i < Math.min(text.length, offset + MAX_QUOTE); i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) return false;
    if (c === SINGLE_QUOTE && isClosing(text, i)) return true;
  }
  return false;
}

/** A single quote after a space or an opening bracket and before a letter or digit. */
function isOpening(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return /[\s([{\u2014-]/.test(before) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** A single quote after a word or a mark and before a space, a mark or the end. */
function isClosing(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  return !/\s/.test(before) && /^(?:[\s.,;:!?)\]}\u2014-]|$)/.test(text[i + 1] ?? '');
}
