/** How far back a quotation is looked for: a title is short, and the scan stays linear. */
const MAX_QUOTE = 200;

/**
 * True when an odd number of double quotes stands between the line's start (or 200 characters
 * back) and `offset`: the phrase is part of a title or a quotation ("her screenprint \"Not Sorry\"",
 * the game's "Train Wreck" level), which says nothing of the writer.
 *
 * @example
 * isInsideQuotes('the "Train Wreck" level', 5); // true
 */
export function isInsideQuotes(text: string, offset: number): boolean {
  let quotes = 0;
  for (let i = offset - 1; i >= Math.max(0, offset - MAX_QUOTE); i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 34) quotes++;
  }
  return quotes % 2 === 1;
}
