import { hasAddressedDistraction } from '../debrief-facts';
import { EXCUSE_PHRASES, type ExcuseGroup } from '../phrases/excuse';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

// One matcher for every group (one pass over the note); each pattern remembers its group.
const ENTRIES = Object.entries(EXCUSE_PHRASES).flatMap(([group, patterns]) =>
  patterns.map((p) => ({ group: group as ExcuseGroup, p })),
);
const EXCUSES = createPhraseMatcher(ENTRIES.map((e) => e.p));

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
      'The message blames traffic, lack of sleep, food, an unfair or tricky question, the room or the interviewer for the performance. A brief mention of a real emergency is fine when the debrief records it as an addressed distraction.',
    why: 'Seed 000 lists the usual suspects (poor sleep, traffic, a bad lunch) as lessons, not as things to tell the interviewer; seed 002 keeps the note on fixing the problem and allows sharing only a genuine emergency, briefly.',
    seeds: ['000', '002'],
    bad: 'The trains were delayed and I had barely slept, so my answers came out scattered.',
    good: 'Here is a clearer version of my answer on scheduling: I rebuilt our shift rota and overtime fell by 18%.',
  },
  check: ({ message: m, debrief }) => {
    const tolerateEmergency = hasAddressedDistraction(debrief);
    return phraseHits(m, EXCUSES).filter(
      (hit) => !(tolerateEmergency && ENTRIES[hit.pattern ?? -1]?.group === 'emergency'),
    );
  },
});
