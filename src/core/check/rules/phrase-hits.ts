import type { Match } from '../text/match';
import type { ParsedMessage } from '../text/parse-message';
import type { PhraseMatcher } from '../text/phrase-matcher';
import { isInsideQuotes } from '../text/quotes';

/**
 * Matches of a phrase list in the whole message, in text order and without overlaps. A match inside
 * double quotes is a title or someone else's words (the campaign "Maybe Tomorrow", the card "Sorry
 * we missed you"), so it says nothing of the writer and is left out.
 */
export function phraseHits(m: ParsedMessage, matcher: PhraseMatcher): Match[] {
  return matcher
    .find(m.norm, m.tokens)
    .filter((hit) => !isInsideQuotes(m.norm, hit.start) && !isInsideTitle(m.norm, hit.start));
}

/** Capitalized words that open a phrase without making it part of a name. */
const NOT_A_NAME_WORD = new Set([
  'My',
  'Your',
  'Our',
  'The',
  'A',
  'An',
  'This',
  'That',
  'Their',
  'His',
  'Her',
  'I',
]);

/**
 * True when the match starts with a capitalized word in the middle of a sentence that follows or
 * runs into another capitalized word: part of a name in title case ("their party game Say Sorry
 * First", "our Sweat and Stretch class"). A sentence's first word, "I" and "My Wi-Fi" are no names.
 */
function isInsideTitle(text: string, start: number): boolean {
  if (!isTitleCaseAt(text, start)) return false;
  // The end of a name that is the subject of its clause: "the Northern Line was down".
  if (NAME_AS_SUBJECT.test(text.slice(start, start + 40))) return false;
  // "our Sweat and Stretch class": a capitalized word mid-sentence that runs into another one.
  const isMidSentence = /[\p{L}\p{N},][ \t]+$/u.test(text.slice(Math.max(0, start - 3), start));
  if (
    isMidSentence &&
    /^[\w'-]+(?:[ \t]+(?:and|&|of|the|a|to|in|on|for))*[ \t]+[A-Z][a-z]/.test(text.slice(start, start + 40))
  )
    return true;
  const previous = /([A-Za-z][\w'-]*)([ \t]+)$/.exec(text.slice(Math.max(0, start - 40), start));
  if (!previous?.[1] || !isTitleCaseAt(previous[1], 0) || NOT_A_NAME_WORD.has(previous[1])) return false;
  // The previous word must itself sit mid-sentence: "game Say Sorry", not ". Say sorry".
  const previousStart = start - previous[0].length;
  let i = previousStart - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && /[\p{L}\p{N},]/u.test(text[i] ?? '');
}

/** A capitalized word followed by a verb of being: a name as the subject, not inside a title. */
const NAME_AS_SUBJECT = /^[A-Za-z'-]+[ \t]+(?:was|were|had been|has been|is|are)[ \t]/;

function isTitleCaseAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/** The text right after a match, for checking what an ambiguous word is about. */
export function textAfter(text: string, end: number, length = 60): string {
  return text.slice(end, end + length);
}

/** The text right before a match. */
export function textBefore(text: string, start: number, length = 40): string {
  return text.slice(Math.max(0, start - length), start);
}
