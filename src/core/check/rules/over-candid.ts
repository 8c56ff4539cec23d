import { OVER_CANDID_PHRASES } from '../phrases/over-candid';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

const OVER_CANDID = createPhraseMatcher(OVER_CANDID_PHRASES);

export const overCandid = defineRule({
  id: 'over-candid',
  severity: 'error',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'This passes a harsh verdict on your own interview. The interviewer may not share it; show that you want to add to an answer without judging yourself.',
  suggestion: 'Try: “I would like to expand on my answer about …” and give the better answer.',
  doc: {
    firesWhen:
      'The message calls the candidate’s own performance a failure: bombed, blew it, messed up, a disaster, a train wreck, I was terrible, I choked.',
    why: 'Seed 000 warns against being too candid (“I completely bombed”) and seed 003 against admitting the interview was a train wreck: show awareness that an answer could have been better, without saying it outright.',
    seeds: ['000', '003'],
    bad: 'I know I completely blew the question about hiring.',
    good: 'I would like to add to my answer about hiring: I built a four-step interview loop that cut time-to-hire from 52 to 31 days.',
  },
  check: ({ message: m }) => phraseHits(m, OVER_CANDID),
});
