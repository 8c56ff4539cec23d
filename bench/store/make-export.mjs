// An export file with N invented interviews (each with progress, some with a draft): the data of the
// storage benchmark. `node bench/store/make-export.mjs 10000 > big.json`
const COMPANIES = ['Larkspur Analytics', 'Harbor & Pine Books', 'Quillfeather Labs', 'Northgate Transit'];

/** @param {number} count @param {string} prefix */
export function makeExport(count, prefix = 'b') {
  const interviews = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    interviews.push({
      id: `${prefix}${i}`,
      createdAt: '2026-11-20T18:00:00.000Z',
      updatedAt: '2026-11-20T18:00:00.000Z',
      debrief: {
        company: `${COMPANIES[i % COMPANIES.length]} ${i}`,
        role: 'Data Engineer',
        interviewer: { name: 'Priya Balan', email: 'priya.balan@example.com', phone: '+1 555 0142' },
        interviewAt: `2026-10-${day}T10:00:00-04:00`,
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
      },
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
    });
  }
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
    answers: [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(makeExport(Number(process.argv[2] ?? 10000), process.argv[3] ?? 'b')));
}
