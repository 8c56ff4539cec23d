/**
 * Folds typographic quotes and dashes to their ASCII forms, one code unit for one, so patterns can
 * be written once with `'` and `-` and every match offset still points into the original text.
 *
 * @example
 * foldTypography('I’m sure'); // "I'm sure" (same length)
 */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012]/g, '-')
    .replace(/\u00a0/g, ' ');
}
