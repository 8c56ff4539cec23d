import { MINOR_MISTAKE_PHRASES } from '../phrases/minor-mistake';
import { ALL_KINDS, defineRule } from '../rule';
import { isAboutWriter } from '../text/ownership';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

const MINOR = createPhraseMatcher(MINOR_MISTAKE_PHRASES);

export const minorMistake = defineRule({
  id: 'minor-mistake',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'This points out a small slip (nerves, talking fast, fidgeting) that the interviewer probably did not notice or expected anyway. Mentioning it only draws attention to it.',
  suggestion: 'Delete it; interviewers expect some nerves.',
  doc: {
    firesWhen:
      'The message mentions nerves, talking fast, stumbling over words, sweating, fidgeting or a similar small slip.',
    why: 'Seed 002: small details like nerves or talking too fast often go unnoticed, interviewers expect nervous candidates, and pointing them out calls attention to a mistake the interviewer did not pick up on.',
    seeds: ['002'],
    bad: 'Sorry if I seemed jittery and rushed through my first answers.',
    good: 'Thank you for the conversation on Tuesday; I enjoyed hearing how the lab runs its sample intake.',
  },
  check: ({ message: m }) => phraseHits(m, MINOR).filter((hit) => isAboutWriter(m.norm, hit.start, hit.text)),
});
