import { OVER_CANDID_PHRASES } from '../phrases/over-candid';
import { ALL_KINDS, defineRule } from '../rule';
import type { Match } from '../text/match';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

const OVER_CANDID = createPhraseMatcher(OVER_CANDID_PHRASES);

/**
 * "...which is why my answer fell apart", "nobody could have answered it well, so my answer fell
 * flat": the answer's fate told as the end of a blamed cause. Four of five blind writers labelled such
 * a clause part of the excuse, not a verdict of its own; a verdict the writer owns ("I fell apart",
 * "the role-play fell apart") stays one.
 */
const CONSEQUENCE_BEFORE =
  /(?:\b(?:which|that|this|it)(?:'s| is| was)? (?:exactly |partly |mostly |largely |probably )?why|,\s*so(?: that)?)\s+(my\s+(?:[\w-]+\s+){0,3})?$/i;

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
  check: ({ message: m }) => phraseHits(m, OVER_CANDID).filter((hit) => !isConsequenceOfExcuse(m.norm, hit)),
});

/** True when the hit is "my ..." falling flat, told as the end of a cause ("which is why my answer fell apart"). */
function isConsequenceOfExcuse(text: string, hit: Match): boolean {
  const before = CONSEQUENCE_BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start));
  return (
    before !== null &&
    (before[1] !== undefined || /^my\b/i.test(hit.text)) &&
    // Only the mild ones: "which is why my interview was a disaster" is a verdict all the same.
    /\b(?:fell (?:flat|apart)|went to pieces|came apart|came unstuck)$/i.test(hit.text)
  );
}
