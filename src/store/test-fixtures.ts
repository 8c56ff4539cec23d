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

/**
 * An export file with `count` interviews (ids `${prefix}${i}`), each with some progress and a
 * draft, plus a lesson and an answer: the big files of the import and durability tests.
 */
export function makeExportFile(count: number, prefix: string) {
  const companies = ['Larkspur Analytics', 'Harbor & Pine Books', 'Quillfeather Labs', 'Northgate Transit'];
  const interviews = Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      id: `${prefix}${i}`,
      createdAt: '2026-11-20T18:00:00.000Z',
      updatedAt: '2026-11-20T18:00:00.000Z',
      debrief: sampleDebrief({
        company: `${companies[i % companies.length]} ${i}`,
        interviewAt: `2026-10-${day}T10:00:00-04:00`,
      }),
      progress: [{ actionType: 'cool-off', state: 'done', at: '2026-11-20T18:30:00.000Z' }],
      drafts:
        i % 10 === 0
          ? [
              {
                type: 'recovery-email',
                subject: 'Thank you',
                text: `Dear Priya, draft ${i}`,
                updatedAt: '2026-11-20T19:00:00.000Z',
              },
            ]
          : [],
    };
  });
  return {
    format: 'rebound-export',
    version: 1,
    exportedAt: '2026-11-21T00:00:00.000Z',
    interviews,
    lessons: [
      {
        id: `${prefix}l`,
        interviewId: `${prefix}0`,
        text: 'Have an outage story ready',
        createdAt: '2026-11-20T20:00:00.000Z',
      },
    ],
    answers: [
      {
        id: `${prefix}a`,
        question: 'A failing pipeline?',
        answer: 'Retries and alerts',
        evidence: null,
        interviewId: null,
        createdAt: '2026-11-20T20:00:00.000Z',
      },
    ],
  };
}
