/** Small, pure text helpers for assembling drafts from the person's own words. */

/** Collapses whitespace and drops trailing punctuation, so a fragment can sit inside a sentence. */
export function cleanFragment(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;,:!?…-]+$/u, '')
    .trim();
}

/** Upper-cases the first letter (a fragment that now starts a sentence). */
export function upperFirst(text: string): string {
  // Only a leading letter: "2,400 devices" stays as written.
  return text.replace(/^(["“‘']?)(\p{Ll})/u, (_m, lead: string, first: string) => lead + first.toUpperCase());
}

/** Ends a sentence with a full stop unless it already ends with one (e.g. a company name "Acme Inc."). */
export function endSentence(text: string): string {
  const t = text.trim();
  return /[.!?]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** Joins sentences into one paragraph. */
export function paragraph(sentences: readonly (string | null | undefined | false)[]): string {
  return sentences
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .map(endSentence)
    .join(' ');
}

/** Puts the person's question in curly quotes without its closing question mark. */
export function quoteText(text: string): string {
  return `“${cleanFragment(text).replace(/^["“”']+|["“”']+$/g, '')}”`;
}

/** Words as a reader counts them: `18%`, `$240,000` and `don't` are one word each. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * Removes what would read as an unfilled template slot: brackets keep their content, TBD and XXX go.
 *
 * @example
 * stripTemplateMarks('cut costs [about 20%]'); // 'cut costs about 20%'
 */
export function stripTemplateMarks(text: string): string {
  return text
    .replace(/[[{<][^\]}>]*\b(?:TBD|TODO|FIXME|XXX+)\b[^\]}>]*[\]}>]/gi, '')
    .replace(/[[\]{}<>]/g, '')
    .replace(/\b(?:TBD|TODO|XXX+)\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Number tokens as written, commas inside thousands ignored (`2,400` is `2400`). */
export function numbersIn(text: string): string[] {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').match(/\d+(?:\.\d+)*/g) ?? [];
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame']);

/**
 * How to greet someone: the first name, or the title and surname when the name starts with a title.
 *
 * @example
 * greetingNameOf('Dana Whitfield'); // 'Dana'
 * greetingNameOf('Dr. Priya Nair'); // 'Dr. Nair'
 */
export function greetingNameOf(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  const first = parts[0] ?? fullName.trim();
  if (parts.length >= 2 && HONORIFICS.has(first.replace(/\.$/, '').toLowerCase())) {
    return `${first} ${parts[parts.length - 1]}`;
  }
  // "Lee, Jordan": the given name comes after the comma.
  if (first.endsWith(',')) return parts[1] ?? first.replace(/,$/, '');
  // "Hiring Manager", "the panel": not a person's first name, so greet them as written.
  if (parts.length >= 2 && (!/^\p{Lu}/u.test(first) || ROLE_WORDS.test(fullName))) return fullName.trim();
  return first;
}

/** Words that make an "interviewer name" a role or a group rather than a person. */
const ROLE_WORDS = /\b(?:hiring|manager|team|panel|committee|recruit\w*|department|HR|talent)\b/i;
