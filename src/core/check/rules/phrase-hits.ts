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
  return matcher.find(m.norm, m.tokens).filter((hit) => !isInsideQuotes(m.norm, hit.start));
}

/** The text right after a match, for checking what an ambiguous word is about. */
export function textAfter(text: string, end: number, length = 60): string {
  return text.slice(end, end + length);
}

/** The text right before a match. */
export function textBefore(text: string, start: number, length = 40): string {
  return text.slice(Math.max(0, start - length), start);
}
