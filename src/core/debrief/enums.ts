/**
 * The debrief's enumerations (contract section 3). Each registry is the one place its names live;
 * the unions are derived from them.
 */

export const WANT_JOB = ['yes', 'no', 'unsure'] as const;
export type WantJob = (typeof WANT_JOB)[number];

export const FIT = ['good', 'poor', 'unsure'] as const;
export type Fit = (typeof FIT)[number];

export const MISHAP_KINDS = [
  'late',
  'unprepared',
  'weak-answer',
  'blank-answer',
  'forgot-to-mention',
  'nerves',
  'rapport',
  'physical-damage',
  'offensive',
  'distraction',
  'other',
] as const;
export type MishapKind = (typeof MISHAP_KINDS)[number];

/** Mishaps about an answer (as opposed to conduct or circumstance): a better answer can fix them. */
export const ANSWER_MISHAP_KINDS: ReadonlySet<MishapKind> = new Set<MishapKind>([
  'weak-answer',
  'blank-answer',
  'forgot-to-mention',
]);

export const SEVERITIES = ['minor', 'moderate', 'major'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const NOTICED = ['yes', 'no', 'unsure'] as const;
export type Noticed = (typeof NOTICED)[number];

export const OUTCOMES = ['pending', 'next-round', 'offer', 'rejected', 'silence'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CONTACT_TYPES = ['email', 'call', 'letter', 'other'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Human labels for mishap kinds, used by every interface that shows them. */
export const MISHAP_KIND_LABELS: Record<MishapKind, string> = {
  late: 'Arrived late',
  unprepared: 'Knew little about the company',
  'weak-answer': 'Weak answer',
  'blank-answer': 'Went blank on a question',
  'forgot-to-mention': 'Forgot to mention something',
  nerves: 'Nerves showed',
  rapport: 'Rapport did not click',
  'physical-damage': 'Damaged something',
  offensive: 'Said something that may have offended',
  distraction: 'Distracted by a real emergency',
  other: 'Something else',
};
