import { PLACEHOLDER_PHRASES } from '../phrases/placeholder';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

// Case-sensitive: "TBD" and "XXX" are slots, "xx-large" is not.
const PLACEHOLDER = createPhraseMatcher(PLACEHOLDER_PHRASES, { isCaseSensitive: true });

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
    phraseHits(m, PLACEHOLDER).map((hit) => ({
      ...hit,
      message: `“${m.text.slice(hit.start, hit.end)}” is an unfilled template slot. Sending it tells the reader the note is a form letter.`,
    })),
});
