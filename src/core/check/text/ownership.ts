const FIRST_PERSON = /\b(?:I|I'm|I'd|I've|I'll|me|my|myself)\b/gi;
/**
 * Words that hand the clause to someone else: "clients who stumble over words", "they fidget",
 * "outbreaks of food poisoning". A set of words, not one alternation: V8 compiled that alternation
 * in every process, ~2 ms, for a test on a few words.
 */
const SOMEONE_ELSE = new Set(
  (
    'who whom they them their he she his her client clients patient patients customer customers people ' +
    'children kids students pupils users speakers learners candidates trainees teenagers guests callers ' +
    'residents toddlers babies infants boys girls teens youngsters parents families members visitors ' +
    'tenants staff colleagues households adults others someone somebody graders schoolchildren athletes ' +
    'players drivers workers employees interns apprentices volunteers audience audiences participants ' +
    'attendees applicants interviewees beginners recruits newcomers readers viewers listeners shoppers ' +
    'diners passengers travellers travelers performers cohort cohorts clinicians doctors nurses managers ' +
    'professionals practitioners officers teams companies firms organisations organizations businesses ' +
    'agencies suppliers contractors reply replies letter letters template templates response responses ' +
    'candidate applicant student pupil child kid learner trainee teenager visitor tenant guest caller ' +
    'resident employee volunteer interviewee household boy girl man woman person lad lass baby toddler teen'
  ).split(' '),
);
/** Words that hand the clause over only before "of" ("cases of flu") or after an article ("a family"). */
const TOPIC_BEFORE_OF = new Set(
  'outbreak outbreaks cases incidents reports rates risk risks causes sources spread prevention symptoms signs'.split(
    ' ',
  ),
);
const FAMILY_ARTICLES = new Set(['a', 'the', 'each', 'every', 'any']);
/** "a family emergency" is the writer's own matter, not a family the writer works with. */
const FAMILY_THINGS = new Set([
  'emergency',
  'crisis',
  'matter',
  'funeral',
  'wedding',
  'situation',
  'issue',
  'commitment',
  'member',
  'illness',
  'bereavement',
]);
const WORD = /[a-z]+/g;
/** The words that make what follows the topic of a question: "Your question about fidgeting". */
const QUESTION_ABOUT = /\b(?:questions? (?:about|on)|asked (?:me )?about)\s+$/i;
const FIRST_PERSON_WORDS = new Set(['i', 'me', 'my', 'myself']);

/**
 * Verbs of dealing with something as work: after "I see the effects every week: fatigue, lack of
 * sleep", "I treat insomnia", the states that follow are other people's.
 */
const WORK_VERBS = new Set(
  'see treat manage handle support tackle screen assess diagnose prevent monitor track audit investigate resolve coach counsel'.split(
    ' ',
  ),
);

function handsClauseOver(text: string): boolean {
  const lower = text.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const possessives = lower.includes("'s ") ? possessivesFarFromEnd(lower, words.length) : null;
  // The tail starts at the last first-person word: a work verb right after it hands the rest over.
  if (words.length > 1 && FIRST_PERSON_WORDS.has(words[0]!) && WORK_VERBS.has(words[1]!)) return true;
  // "Your question about fidgeting": the topic of a question, not the writer's state.
  if (QUESTION_ABOUT.test(text)) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SOMEONE_ELSE.has(w) && !possessives?.has(i)) return true;
    if (w === 'of' && i > 0 && TOPIC_BEFORE_OF.has(words[i - 1]!)) return true;
    if (
      w === 'family' &&
      i > 0 &&
      FAMILY_ARTICLES.has(words[i - 1]!) &&
      !FAMILY_THINGS.has(words[i + 1] ?? '')
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The indexes (among the words of `lower`) of possessives with four or more words after them: "I
 * had been at a client's year-end closing until three ... and had barely two hours of sleep" keeps
 * the sleep the writer's, where "the children's sleep" gives it to the children.
 */
function possessivesFarFromEnd(lower: string, wordCount: number): Set<number> {
  const out = new Set<number>();
  let i = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower), i++) {
    if (lower.startsWith("'s ", m.index + m[0].length) && wordCount - i > 5) out.add(i);
  }
  return out;
}

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
  const clause = text.slice(clauseStartBefore(text, start), start);
  // ", but" starts a new clause: in "my answers were not what they should have been, but the bus
  // broke down", "they" is the answers, not someone who takes the bus over.
  const butAt = clause.lastIndexOf(', but ');
  const before = butAt < 0 ? clause : clause.slice(butAt + 6);
  let firstFirstPerson = -1;
  let lastFirstPerson = -1;
  let hasSubject = false;
  let isLastMe = false;
  FIRST_PERSON.lastIndex = 0;
  for (let m = FIRST_PERSON.exec(before); m !== null; m = FIRST_PERSON.exec(before)) {
    if (firstFirstPerson < 0) firstFirstPerson = m.index;
    lastFirstPerson = m.index;
    const word = m[0].toLowerCase();
    if (word !== 'my' && word !== 'me') hasSubject = true;
    isLastMe = word === 'me';
  }
  // With no "I" in the clause, someone named before its first "my" or "me" is its subject, the "my"
  // only qualifying a noun: "the children on my caseload fidget"; and so is someone named before a
  // last "me": "most of my clients come to me in the middle of a divorce".
  if (!hasSubject && firstFirstPerson > 0 && handsClauseOver(before.slice(0, firstFirstPerson))) return false;
  if (
    !hasSubject &&
    isLastMe &&
    lastFirstPerson > firstFirstPerson &&
    handsClauseOver(before.slice(firstFirstPerson, lastFirstPerson))
  )
    return false;
  return !handsClauseOver(before.slice(Math.max(0, lastFirstPerson)));
}

/** How far back a clause is read: the scan stays linear on a long text with few full stops. */
const MAX_CLAUSE = 300;

/** Where the clause holding `start` begins: after the nearest `.`, `!`, `?`, `;` or line break. */
function clauseStartBefore(text: string, start: number): number {
  const limit = Math.max(0, start - MAX_CLAUSE);
  for (let i = start - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    // . ! ? ; \n
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return i + 1;
  }
  return limit;
}
