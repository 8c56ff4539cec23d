import { FEEDBACK_REQUEST_PHRASES, NEXT_STEP_PHRASES } from '../phrases/next-step';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { closingSpan } from '../text/regions';

const NEXT_STEP = createPhraseMatcher(NEXT_STEP_PHRASES);
const FEEDBACK_REQUEST = createPhraseMatcher(FEEDBACK_REQUEST_PHRASES);

export const missingNextStep = defineRule({
  id: 'missing-next-step',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: ['withdraw'],
  message:
    'The message has no call to action: no offer to talk further, share more or take the next step. “I look forward to hearing from you” is a polite close, not a next step.',
  suggestion:
    'Offer something concrete, e.g. “I would be glad to walk you through the model or send a one-page summary.”',
  doc: {
    firesWhen:
      'There is no offer to talk further, share more or take the next step (for a reply to a rejection, no request for feedback). A bare “I look forward to hearing from you” does not count.',
    why: 'Seed 003 wants the note to end with a strong call to action that gives the interviewer a reason to continue; seed 000 goes further and suggests asking for the chance to elaborate.',
    seeds: ['000', '003'],
    bad: 'I hope this helps. I look forward to hearing from you.',
    good: 'I would be glad to send the full rollout plan or talk it through on a short call.',
  },
  check: ({ message: m, purpose }) => {
    if (NEXT_STEP.test(m.norm, m.tokens, [m.prose])) return [];
    if (purpose === 'feedback' && FEEDBACK_REQUEST.test(m.norm, m.tokens, [m.prose])) return [];
    return [closingSpan(m)];
  },
});
