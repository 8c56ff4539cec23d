import type { DebriefInput } from '../core/debrief/schema';

/** Debriefs for the storage tests: our own invented interviews. */

export function sampleDebrief(overrides: Partial<DebriefInput> = {}): DebriefInput {
  return {
    company: 'Larkspur Analytics',
    role: 'Data Engineer',
    interviewer: { name: 'Priya Balan', email: 'priya.balan@example.com', phone: '+1 555 0142' },
    interviewAt: '2026-11-20T10:00:00-05:00',
    timeZone: 'America/New_York',
    wantJob: 'yes',
    fit: 'good',
    mishaps: [
      {
        id: 'm1',
        kind: 'blank-answer',
        note: 'froze on the pipeline outage question',
        severity: 'major',
        noticed: 'yes',
      },
      { id: 'm2', kind: 'nerves', note: 'spoke quickly at first', severity: 'minor', noticed: 'unsure' },
    ],
    missedPoints: [
      {
        id: 'p1',
        question: 'How did you handle a failing data pipeline?',
        wishISaid: 'I rebuilt the nightly loads with retries and alerts',
        evidence: 'failed loads dropped from 9 a month to 1',
      },
    ],
    strengths: ['walked through the schema design clearly'],
    ...overrides,
  };
}

/** A different interview, so lists and exports hold more than one kind of record. */
export function otherDebrief(overrides: Partial<DebriefInput> = {}): DebriefInput {
  return {
    company: 'Harbor & Pine Books',
    role: 'Store Operations Lead',
    interviewer: { name: 'Tomás Reyes' },
    interviewAt: '2026-11-24T15:30:00+01:00',
    timeZone: 'Europe/Madrid',
    wantJob: 'unsure',
    ...overrides,
  };
}

/** A settable clock for tests: starts at `iso`, moves only when told. */
export function createTestClock(iso: string) {
  let ms = Date.parse(iso);
  return {
    now: () => new Date(ms),
    set: (to: string) => {
      ms = Date.parse(to);
    },
    advance: (byMs: number) => {
      ms += byMs;
    },
  };
}

/** Predictable ids (`id001`, `id002`, …) in place of random ones. */
export function createTestIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(3, '0')}`;
}
