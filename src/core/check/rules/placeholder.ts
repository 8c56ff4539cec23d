import { PLACEHOLDER_PHRASES } from '../phrases/placeholder';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits, textAfter, textBefore } from './phrase-hits';

// Case-sensitive: "TBD" and "XXX" are slots, "xx-large" is not.
const PLACEHOLDER = createPhraseMatcher(PLACEHOLDER_PHRASES, { isCaseSensitive: true });

/**
 * Words that make a slot the subject of the sentence rather than a gap in it: the writer's work is
 * templates, forms or code ("fills {first_name} and {due_date}", "cover letters that still said
 * [Organisation Name]", "items marked TBD", "sound cues like [music]").
 */
const MENTIONED_AFTER =
  /\b(?:(?:[a-z]+s|text) like|such as|e\.g\.,?|said|says|fills|filled|filling|replacing|replaced|empty|broken|blank|stray|leftover|marked|labell?ed|flagged|tagged|(?:marking|listed|listing|published|publishing|labell?ing|flagging|tagging|showing|shown)\b[^.!?\n]{0,30}?\bas)(?: (?:the|a|an))?(?: [^.!?\n]{1,40}? and)? ?$/i;
const MENTIONED_BEFORE =
  /^(?: and \S+)? (?:variables?|tags?|elements?|fields?|tokens?|placeholders?|records|values|markers|cues|syntax|strings?)\b/i;
/**
 * "XXXX Gold", "the XXX Olympiad": a name or a numeral, not a slot; but "XXX Hotel" is an employer
 * whose name was left unfilled.
 */
const XS_IN_A_NAME = /^X{2,}$/;
const EMPLOYER_AFTER =
  /^ (?:Hotel|Ltd|Limited|Inc|Company|Group|Bank|School|Hospital|Restaurant|Store|Shop|Agency|Services|Corporation|Centre|Center|Clinic|Academy|College|University|Council)\b/;
/** "[H+]", "[Ca2+]": a chemist's concentration. */
const CHEMICAL = /^\[[A-Z][a-z]?\d*[+-]+\]$/;

function isMentioned(text: string, start: number, end: number): boolean {
  const slot = text.slice(start, end);
  // "${var.region}": a variable in code.
  if (CHEMICAL.test(slot) || (slot.startsWith('{') && text[start - 1] === '$')) return true;
  if (XS_IN_A_NAME.test(slot)) {
    const after = textAfter(text, end, 14);
    if (/^ [A-Z][a-z]/.test(after) && !EMPLOYER_AFTER.test(after)) return true;
  }
  return MENTIONED_AFTER.test(textBefore(text, start, 60)) || MENTIONED_BEFORE.test(textAfter(text, end, 40));
}

export const placeholder = defineRule({
  id: 'placeholder',
  severity: 'error',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message: 'An unfilled template slot. Sending it tells the reader the note is a form letter.',
  suggestion: 'Fill in the slot with the real name, company, role or fact.',
  doc: {
    firesWhen:
      'The message still contains a template slot: [Name], <company>, {role}, XXX, TBD, [Your Name].',
    why: 'Seed 000’s sample email is full of bracketed slots to fill in; a slot left in place shows the interviewer a template instead of a considered note.',
    seeds: ['000'],
    bad: 'Thank you for meeting me about the [job title] opening at <company>.',
    good: 'Thank you for meeting me about the Payroll Specialist opening at Fernhill Dental.',
  },
  check: ({ message: m }) =>
    phraseHits(m, PLACEHOLDER)
      .filter((hit) => !isMentioned(m.norm, hit.start, hit.end))
      .map((hit) => ({
        ...hit,
        message: `“${m.text.slice(hit.start, hit.end)}” is an unfilled template slot. Sending it tells the reader the note is a form letter.`,
      })),
});
