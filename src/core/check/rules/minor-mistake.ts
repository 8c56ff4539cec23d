import { MINOR_MISTAKE_PHRASES } from '../phrases/minor-mistake';
import { ALL_KINDS, defineRule } from '../rule';
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
  check: ({ message: m }) => phraseHits(m, MINOR).filter((hit) => isOwnSlip(m.norm, hit.start, hit.text)),
});

const FIRST_PERSON = /\b(?:I|I'm|I'd|I've|I'll|me|my|myself)\b/gi;
/** Words that hand the clause to someone else: "clients who stumble over words", "they fidget". */
const SOMEONE_ELSE =
  /\b(?:who|whom|they|them|their|he|she|his|her|clients?|patients?|customers?|people|children|kids|students|pupils|users|speakers|learners|candidates|trainees|teenagers|guests|callers|residents)\b/i;

/**
 * A slip is the writer's own unless someone else takes over the clause after its last first-person
 * word ("young people who stumble over words" describes the work, not the interview).
 */
function isOwnSlip(text: string, start: number, hitText: string): boolean {
  FIRST_PERSON.lastIndex = 0;
  if (FIRST_PERSON.test(hitText)) return true;
  const clauseStart = Math.max(
    text.lastIndexOf('.', start - 1),
    text.lastIndexOf('!', start - 1),
    text.lastIndexOf('?', start - 1),
    text.lastIndexOf(';', start - 1),
    text.lastIndexOf('\n', start - 1),
  );
  const before = text.slice(clauseStart + 1, start);
  let lastFirstPerson = -1;
  FIRST_PERSON.lastIndex = 0;
  for (let m = FIRST_PERSON.exec(before); m !== null; m = FIRST_PERSON.exec(before))
    lastFirstPerson = m.index;
  // Subjectless notes ("Was a bit nervous, talked too fast") are the writer's own too.
  return !SOMEONE_ELSE.test(before.slice(Math.max(0, lastFirstPerson)));
}
