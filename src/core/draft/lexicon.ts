/**
 * Words a draft must never carry (contract section 1): the checker's error and warning themes,
 * kept as data. Drafts use it to decide whether a piece of the person's own text (a question, a
 * better answer, a strength) is safe to quote; anything that is not is rephrased or left out.
 */

export const RISKY_PATTERNS = {
  apology: /\b(?:sorry|apologi[sz]e|apologies|forgive|regret)\b/i,
  overCandid:
    /\b(?:bomb(?:ed)?|blew it|blown it|mess(?:ed)? up|train ?wreck|a disaster|i was (?:terrible|awful|a mess)|i choked|botch(?:ed)?|screwed up)\b/i,
  excuse: /\b(?:traffic|sleep|slept|tired|food|lunch|unfair|tricky|trick question|hangover|sick)\b/i,
  minorMistake:
    /\b(?:nerves|nervous|anxious|anxiety|talk(?:ed|ing)? (?:too )?fast|stumbl\w*|stutter\w*|sweat\w*|fidget\w*|rambl\w*|shak\w*)\b/i,
  pushy:
    /\b(?:deserve|demand|decision by|hear back|other offers?|competing offers?|keep following up|ultimatum|expect(?:ed|ing)? (?:to|a|an)|immediately|asap)\b/i,
  hedging: /\b(?:just|kind of|sort of|hopefully|i guess|maybe|i think|perhaps|probably)\b/i,
  placeholder: /\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\bTBD\b|\bXXX+\b|\bTODO\b|\bN\/A\b/i,
  tooPersonal:
    /\b(?:medical|medication|health|illness|diagnos\w*|therapy|pregnan\w*|baby|babies|children|kids|family|married|marriage|divorc\w*|husband|wife|partner|spouse|boyfriend|girlfriend|debt|debts|bills|money|broke|loan|rent|salary|funeral|hospital|surgery|doctor)\b/i,
  firstPerson: /\b(?:i|i'm|i’m|my|me|myself)\b/i,
} as const;

export type RiskyTheme = keyof typeof RISKY_PATTERNS;

/** Themes that make quoted text unsafe anywhere (everything but first-person wording). */
const QUOTE_THEMES: readonly RiskyTheme[] = [
  'apology',
  'overCandid',
  'excuse',
  'minorMistake',
  'pushy',
  'hedging',
  'placeholder',
  'tooPersonal',
];

/** The risky themes a piece of text touches. */
export function riskyThemesOf(text: string, themes: readonly RiskyTheme[] = QUOTE_THEMES): RiskyTheme[] {
  return themes.filter((t) => RISKY_PATTERNS[t].test(text));
}

/**
 * True when the person's own text can go into a draft as written.
 *
 * @example
 * isSafeToQuote('cut costs by 22%'); // true
 * isSafeToQuote('I bombed the SQL question'); // false
 */
export function isSafeToQuote(text: string): boolean {
  return riskyThemesOf(text).length === 0;
}

/** Themes that would turn a draft's evidence into an error finding; softer themes stay as written. */
const EVIDENCE_THEMES: readonly RiskyTheme[] = ['apology', 'overCandid', 'placeholder', 'pushy'];

/** True when evidence can be shown as written: numbers and results are kept verbatim. */
export function isSafeEvidence(text: string): boolean {
  return riskyThemesOf(text, EVIDENCE_THEMES).length === 0;
}
