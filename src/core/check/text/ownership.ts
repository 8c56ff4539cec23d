const FIRST_PERSON = /\b(?:I|I'm|I'd|I've|I'll|me|my|myself)\b/gi;
/** Words that hand the clause to someone else: "clients who stumble over words", "they fidget". */
const SOMEONE_ELSE =
  /\b(?:who|whom|they|them|their|he|she|his|her|clients?|patients?|customers?|people|children|kids|students|pupils|users|speakers|learners|candidates|trainees|teenagers|guests|callers|residents)\b/i;

/**
 * Whether a phrase at `start` speaks of the writer: false when someone else takes over the clause
 * after its last first-person word ("young people who stumble over words", "our patients arrived
 * after years of lack of sleep" describe the work, not the interview). A clause with no one named
 * ("Was a bit nervous") is the writer's.
 *
 * @example
 * isAboutWriter('Clients who stammer', 12, 'stammer'); // false
 */
export function isAboutWriter(text: string, start: number, phrase: string): boolean {
  FIRST_PERSON.lastIndex = 0;
  if (FIRST_PERSON.test(phrase)) return true;
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
  return !SOMEONE_ELSE.test(before.slice(Math.max(0, lastFirstPerson)));
}
