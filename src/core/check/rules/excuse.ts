import { hasAddressedDistraction } from '../debrief-facts';
import { CAUSAL_PHRASES, CIRCUMSTANCES, EXCUSE_PHRASES, type ExcuseGroup } from '../phrases/excuse';
import { ALL_KINDS, defineRule, type RuleHit } from '../rule';
import { isWordCode } from '../text/code-ranges';
import { spanAt, spanIndexAt } from '../text/match';
import type { ParsedMessage } from '../text/parse-message';
import { isAboutWriter } from '../text/ownership';
import { createPhraseMatcher } from '../text/phrase-matcher';
import type { Span } from '../text/span';
import { phraseHits } from './phrase-hits';

// One matcher for every group and the circumstance words (one pass over the note); each pattern
// remembers its group and whether it is an excuse on its own. Excuses come first, so at a word
// where both could start the excuse wins.
const ENTRIES = [
  ...Object.entries(EXCUSE_PHRASES).flatMap(([group, patterns]) =>
    patterns.map((p) => ({ group: group as ExcuseGroup, p, isExcuse: true })),
  ),
  ...Object.entries(CIRCUMSTANCES).flatMap(([group, patterns]) =>
    patterns.map((p) => ({ group: group as ExcuseGroup, p, isExcuse: false })),
  ),
];
// A body's state (sleep, food, illness) or a hard question is only an excuse when it is the
// writer's ("the children's tricky questions" are the job).
const PERSONAL_STATES: ReadonlySet<ExcuseGroup> = new Set([
  'sleep',
  'food',
  'illness',
  'question',
  'emergency',
  'traffic',
  'transit',
]);

/** What the interviewer sets, as opposed to what clients or pupils ask. */
const SET_TASK =
  /\b(?:exercises?|role-?plays?|case stud(?:y|ies)|tasks?|tests?|assessments?|brief|presentations?)\b/i;

/**
 * Whether a hit may belong to someone else in the sentence. Clients, children and patients ask
 * tricky questions; an exercise, role-play or case study is set by the interviewer, so "the
 * role-play with the angry customer was a tricky exercise" is the writer's excuse all the same.
 */
function isSomeoneElses(group: ExcuseGroup, text: string): boolean {
  if (!PERSONAL_STATES.has(group)) return false;
  return group !== 'question' || !SET_TASK.test(text);
}
const EXCUSES = createPhraseMatcher(ENTRIES.map((e) => e.p));
const CAUSAL = createPhraseMatcher(CAUSAL_PHRASES);

export const excuse = defineRule({
  id: 'excuse',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'This blames circumstances or the interviewer for how the interview went. Reasons read as excuses and keep the focus on the problem; give the substance you wish you had given instead.',
  suggestion: 'Leave the reason out and go straight to the better answer.',
  doc: {
    firesWhen:
      'The message blames traffic, lack of sleep, food, an unfair or tricky question, the room or the interviewer for the performance. A brief mention of a real emergency is fine when the debrief records it as an addressed distraction, as long as the answers are not blamed on it.',
    why: 'Seed 000 lists the usual suspects (poor sleep, traffic, a bad lunch) as lessons, not as things to tell the interviewer; seed 002 keeps the note on fixing the problem and allows sharing only a genuine emergency, briefly.',
    seeds: ['000', '002'],
    bad: 'The trains were delayed and I had barely slept, so my answers came out scattered.',
    good: 'Here is a clearer version of my answer on scheduling: I rebuilt our shift rota and overtime fell by 18%.',
  },
  check: ({ message: m, debrief }) => {
    const tolerateEmergency = hasAddressedDistraction(debrief);
    const direct: GroupedHit[] = [];
    const causes: GroupedHit[] = [];
    for (const hit of phraseHits(m, EXCUSES)) {
      const entry = ENTRIES[hit.pattern ?? -1];
      // A body's state is only an excuse when it is the writer's ("our patients arrived after
      // years of lack of sleep" is the work); traffic or a noisy room can be blamed in any voice.
      if (entry && isSomeoneElses(entry.group, hit.text) && !isAboutWriter(m.norm, hit.start, hit.text))
        continue;
      (entry?.isExcuse ? direct : causes).push({ start: hit.start, end: hit.end, group: entry?.group });
    }
    // An addressed emergency may be mentioned, even as what was on the writer's mind; tying it to
    // the answers ("which is why my answers came out so muddled") is blaming it all the same.
    const isTolerated = (hit: GroupedHit) =>
      tolerateEmergency && hit.group === 'emergency' && !blamesPerformance(m, hit);
    const blamed = direct.filter((hit) => !isTolerated(hit));
    const linked = causalExcuses(m, blamed, causes).filter((hit) => !isTolerated(hit));
    return [...blamed, ...linked].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  },
});

type GroupedHit = RuleHit & { group: ExcuseGroup | undefined };

/**
 * Whether the sentence of `hit`, or a sentence after it that points back ("That is why…"), ties it
 * by a causal link to the answers or the performance.
 */
function blamesPerformance(m: ParsedMessage, hit: RuleHit): boolean {
  const sentenceIndex = spanIndexAt(m.sentences, hit.start);
  const sentence = m.sentences[sentenceIndex];
  if (!sentence) return false;
  const link = CAUSAL.find(m.norm, m.tokens, sentence)[0] ?? linkInNextSentence(m, sentenceIndex);
  if (!link) return false;
  const linkSentence = spanAt(m.sentences, link.start) ?? sentence;
  return NAMES_PERFORMANCE.test(m.norm.slice(link.start, linkSentence.end));
}

/** What the interview's performance is called in a causal link. */
const NAMES_PERFORMANCE =
  /\b(?:answers?|responses?|performance|presentation|demo|pitch|interview|explanations?|walkthrough)\b/i;

const LINKING_VERBS = ["'s ", ' is ', ' was '];
const DEGREES = ['partly ', 'mostly ', 'largely ', 'really ', 'also ', 'exactly '];
const POINTERS = ['why', 'the reason', 'what'];

/**
 * Whether a sentence opens by pointing back at the one before: "That is why I could not answer",
 * "That is what scattered my answers", "This was partly the reason". String tests, not a caseless
 * regular expression: V8 spent ~0.8 ms compiling that in every process that met a circumstance.
 *
 * @example
 * pointsBack("That's partly why my answers were thin."); // true
 */
export function pointsBack(sentence: string): boolean {
  const s = sentence.slice(0, 40).toLowerCase();
  if (!s.startsWith('that') && !s.startsWith('this')) return false;
  const verb = LINKING_VERBS.find((v) => s.startsWith(v, 4));
  if (verb === undefined) return false;
  let at = 4 + verb.length;
  at += DEGREES.find((d) => s.startsWith(d, at))?.length ?? 0;
  const pointer = POINTERS.find((p) => s.startsWith(p, at));
  return pointer !== undefined && !isWordCode(s.charCodeAt(at + pointer.length));
}

/**
 * The causal link that opens the sentence after the one at `sentenceIndex`, when it points back at
 * it: "The lane flooded and I was up until 3 a.m. That is why I could not answer your question."
 */
function linkInNextSentence(m: ParsedMessage, sentenceIndex: number): Span | undefined {
  const following = m.sentences[sentenceIndex + 1];
  if (!following) return undefined;
  const text = m.norm.slice(following.start, following.end);
  if (!pointsBack(text)) return undefined;
  // "…the motorway was blocked for hours and I slept very little. That is why.": the whole sentence.
  if (/^[\w' ]+[.!]?\s*$/.test(text) && text.trim().split(/\s+/).length <= 4) return following;
  const link = CAUSAL.find(m.norm, m.tokens, following)[0];
  return link && link.start === following.start ? link : undefined;
}

/**
 * Sentences that tie the performance or lateness to a circumstance ("Forty minutes on the M62
 * left me rushed", "the bus broke down, so I arrived late") and hold no direct excuse phrase.
 * The circumstance decides the group, so a tolerated emergency stays tolerated.
 */
function causalExcuses(
  m: ParsedMessage,
  direct: readonly GroupedHit[],
  causes: readonly GroupedHit[],
): GroupedHit[] {
  const out: GroupedHit[] = [];
  let lastSentence = -1;
  // Hits, causes and sentences all come in text order, so one forward pointer into `direct` and a
  // scan of the sentence's own causes keep this linear on a long note full of circumstances.
  let nextDirect = 0;
  // Circumstance words are rare and causal links are made of common words ("which is why my"), so
  // the links are only looked for in the sentences that name a circumstance.
  for (let i = 0; i < causes.length; i++) {
    const cause = causes[i]!;
    if (cause.start < m.prose.start || cause.end > m.prose.end) continue;
    // By index: the sentence after it may hold the link ("That is why ...").
    const sentenceIndex = spanIndexAt(m.sentences, cause.start);
    const sentence = m.sentences[sentenceIndex];
    if (!sentence || sentence.start === lastSentence) continue;
    lastSentence = sentence.start;
    while (nextDirect < direct.length && direct[nextDirect]!.start < sentence.start) nextDirect++;
    if (nextDirect < direct.length && direct[nextDirect]!.start < sentence.end) continue;
    const link = CAUSAL.find(m.norm, m.tokens, sentence)[0] ?? linkInNextSentence(m, sentenceIndex);
    if (!link) continue;
    // "A family emergency, and on top of it the subway delays...": the sentence blames whatever
    // else it names, so an emergency (which may be tolerated) decides the group only when alone.
    let blamed = cause;
    for (let j = i; j < causes.length && causes[j]!.start < sentence.end; j++) {
      const other = causes[j]!;
      if (other.end <= sentence.end && other.group !== 'emergency') {
        blamed = other;
        break;
      }
    }
    out.push({
      start: Math.min(blamed.start, link.start),
      end: Math.max(blamed.end, link.end),
      group: blamed.group,
    });
  }
  return out;
}
