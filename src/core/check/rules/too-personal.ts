import { TOO_PERSONAL_PHRASES } from '../phrases/too-personal';
import { ALL_KINDS, defineRule } from '../rule';
import { isAboutWriter } from '../text/ownership';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

const TOO_PERSONAL = createPhraseMatcher(Object.values(TOO_PERSONAL_PHRASES).flat());

export const tooPersonal = defineRule({
  id: 'too-personal',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'This shares private matters (health, relationships, family plans or money worries) that do not belong in a note to an interviewer and can invite bias. Keep the note about the work.',
  suggestion:
    'Remove the personal detail; if a real emergency distracted you, one brief, general sentence is enough.',
  doc: {
    firesWhen:
      'The message overshares medical details, marital status, pregnancy or family planning, or money troubles.',
    why: 'Seed 002 allows mentioning a distraction only if it is not too personal; seed 004 shows how questions about marriage and children can steer an interview, so there is no reason to volunteer them in writing.',
    seeds: ['002', '004'],
    bad: 'With my divorce and the medical bills piling up, this job would mean a lot to me.',
    good: 'This role would let me build on six years of running claims operations, which is the work I enjoy most.',
  },
  // "I helped clients pay off their debts" is the work; the detail must be the writer's own.
  check: ({ message: m }) =>
    phraseHits(m, TOO_PERSONAL).filter((hit) => isAboutWriter(m.norm, hit.start, hit.text)),
});
