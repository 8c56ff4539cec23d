import { checkMessage, type RuleId } from '../check';

/**
 * Deciding whether a piece of the person's own text (a question, a better answer, a strength, a
 * note's topic) can go into a draft as written. The checker itself is the judge, so a draft never
 * quotes what the checker would flag; a short word list adds the themes the brief rules out even
 * where the checker would let a phrase pass (a bare "nervous", "traffic", "sleep").
 */

/** Rules that must not fire on quoted text (the rest judge whole messages, not phrases). */
const PHRASE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'apology',
  'over-candid',
  'excuse',
  'minor-mistake',
  'pushy',
  'placeholder',
  'too-personal',
  'hedging',
]);

/** Rules that would make shown evidence an error; softer themes stay, so numbers stay verbatim. */
const EVIDENCE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'apology',
  'over-candid',
  'pushy',
  'placeholder',
]);

/** Words a draft never repeats from a note, whatever the checker thinks of the phrase around them. */
export const AVOIDED_WORDS =
  /\b(?:sorry|apologi[sz]e|nerves|nervous|anxious|sweat\w*|stutter\w*|stumbl\w*|traffic|sleep|slept|tired|unfair|tricky|hungover|medical|pregnan\w*|divorc\w*|debts?|just|kind of|sort of|hopefully|i guess|maybe|deserve|TBD|XXX)\b/i;

function firesAny(text: string, rules: ReadonlySet<RuleId>): boolean {
  return checkMessage(text, { kind: 'call', purpose: 'recovery' }).findings.some((f) => rules.has(f.rule));
}

/**
 * True when the person's own text can go into a draft as written.
 *
 * @example
 * isSafeToQuote('I rebuilt our weekly demand model'); // true
 * isSafeToQuote('I bombed the SQL question'); // false
 */
export function isSafeToQuote(text: string): boolean {
  return !AVOIDED_WORDS.test(text) && !firesAny(text, PHRASE_RULES);
}

/** True when evidence can be shown as written: numbers and results are kept verbatim. */
export function isSafeEvidence(text: string): boolean {
  return !firesAny(text, EVIDENCE_RULES);
}
