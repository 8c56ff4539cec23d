import { GRATITUDE_PHRASES } from '../phrases/gratitude';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { openingSpan } from '../text/regions';

const GRATITUDE = createPhraseMatcher(GRATITUDE_PHRASES);

export const missingGratitude = defineRule({
  id: 'missing-gratitude',
  severity: 'error',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message: 'The message never thanks the interviewer for their time or the opportunity.',
  suggestion: 'Open with thanks, e.g. “Thank you for your time on Tuesday.”',
  doc: {
    firesWhen:
      'There is no thanks for the interviewer’s time or the opportunity in the body (a “Thank you” subject line or a bare “Thanks,” sign-off does not count).',
    why: 'Seeds 000, 002 and 003 all build the recovery message on a thank-you: gratitude for the opportunity keeps the tone positive and is what the interviewer expects to read first.',
    seeds: ['000', '002', '003'],
    bad: 'I wanted to follow up on the question about vendor audits.',
    good: 'Thank you for your time on Monday. I wanted to follow up on the question about vendor audits.',
  },
  check: ({ message: m }) => {
    // Only the prose counts: a "Thank you — Junior Architect" subject is a label the reader skims,
    // and a body that never thanks them still reads as thankless (like a bare "Thanks," sign-off).
    return GRATITUDE.test(m.norm, m.tokens, [m.prose]) ? [] : [openingSpan(m)];
  },
});
