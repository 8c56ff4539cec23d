import type { Match } from '../text/match';
import type { ParsedMessage } from '../text/parse-message';
import type { PhraseMatcher } from '../text/phrase-matcher';

/** Matches of a phrase list in the whole message, in text order and without overlaps. */
export function phraseHits(m: ParsedMessage, matcher: PhraseMatcher): Match[] {
  return matcher.find(m.norm, m.tokens);
}

/** The text right after a match, for checking what an ambiguous word is about. */
export function textAfter(text: string, end: number, length = 60): string {
  return text.slice(end, end + length);
}

/** The text right before a match. */
export function textBefore(text: string, start: number, length = 40): string {
  return text.slice(Math.max(0, start - length), start);
}
