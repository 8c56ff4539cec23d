import { INTEREST_PHRASES } from '../phrases/interest';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { closingSpan } from '../text/regions';

const INTEREST = createPhraseMatcher(INTEREST_PHRASES);

export const missingInterest = defineRule({
  id: 'missing-interest',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: ['withdraw'],
  message: 'The message never restates your interest in the role or the company.',
  suggestion: 'Say it plainly, e.g. “I am even more interested in the role after our conversation.”',
  doc: {
    firesWhen: 'The message does not restate interest in, or enthusiasm for, the role or the company.',
    why: 'Seed 000 asks the email to reiterate enthusiasm for the role and the company; seed 004’s self-assessment asks whether the interviewer knows you want the job, and a “no” is the reason to follow up at all.',
    seeds: ['000', '004'],
    bad: 'Thank you for the interview. Here is the report I mentioned.',
    good: 'Thank you for the interview. I am excited about the role, and here is the report I mentioned.',
  },
  check: ({ message: m }) => (INTEREST.test(m.norm, m.tokens, [m.prose]) ? [] : [closingSpan(m)]),
});
