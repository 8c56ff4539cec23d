import fc from 'fast-check';
import { parseDebrief } from '../debrief/parse';
import type { Debrief, DebriefInput } from '../debrief/schema';

/**
 * Test support: generated debriefs that are valid under `debriefSchema`, with the variety real
 * people bring: company suffixes, titles in names, numbers with thousands separators, currency and
 * decimals, notes full of the words a draft must not repeat (traffic, nerves, a sick child).
 * Only tests import this module.
 */

const COMPANIES = [
  'Northwind Logistics',
  'Kestrel Energie',
  'Harbor & Finch',
  'Saffron Payments',
  'Bluebird Health',
  'Orchard Lane Schools',
  'Quillfeather Media',
  'Tessera Bank',
  'Marlow & Pike Publishing',
  'Cobalt Robotics',
  'Ridgeway Foods',
  'Lumen Dental',
  'Altamira Labs',
  'Nordlicht Versicherung',
  'Pinecrest Federal',
];
const SUFFIXES = ['', '', '', ' Inc.', ' GmbH', ' LLC', ' Ltd.', ' plc', ' AG', ' Corp.', ' S.A.'];
const ROLES = [
  'Operations Analyst',
  'Senior Data Engineer',
  'Office Manager',
  'Product Manager',
  'Project Coordinator',
  'GIS Analyst',
  'Customer Success Lead',
  'Staff Nurse',
  'IT Support Lead',
  'Marketing Analyst',
  'Head of Finance',
  'Warehouse Supervisor',
  'UX Researcher',
  'Store Manager position',
];
const FIRST_NAMES = [
  'Dana',
  'Omar',
  'Helen',
  'Jonas',
  'Priya',
  'Beatrice',
  'Tomasz',
  'Ines',
  'Kai',
  'Lena',
  'Marcus',
  'Aiko',
  'José',
  'Zoë',
];
const LAST_NAMES = [
  'Whitfield',
  'Achebe',
  'Nowak',
  'Iyer',
  'Hale',
  'Lindqvist',
  'Okafor',
  'Park',
  "O'Neill",
  'García',
  'Müller-Lüdenscheidt',
];
const TITLES = ['', '', '', '', 'Dr. ', 'Ms. ', 'Mr. '];
const CANDIDATES = [
  'Sam Rivera',
  'Morgan Ellis',
  'Alex Moreno',
  'Nadia Karimi',
  'Dev Patel',
  'Riley Chen',
  'Jules Okoro',
  'Felix Grant',
];

const NOTES: Record<string, readonly string[]> = {
  late: [
    'arrived 15 minutes late because of traffic',
    'late by ten minutes, the train was delayed',
    'logged in late to the video call',
  ],
  unprepared: [
    'knew little about their product line',
    'could not say what the company does in Europe',
    'had not read their annual report',
  ],
  'weak-answer': [
    'thin answer about scheduling tools',
    'fuzzy answer on attribution models',
    'vague on how I handle conflict',
  ],
  'blank-answer': [
    'froze on the question about network tracing',
    'could not name a time I led a team',
    'went blank on the spot',
  ],
  'forgot-to-mention': [
    'forgot to mention my PMP certification',
    'never brought up the 2,400-device rollout',
    'forgot to talk about my Python work',
  ],
  nerves: [
    'talked too fast at the start',
    'hands shaking when I opened the laptop',
    'I was so nervous I stumbled over words',
  ],
  rapport: ['conversation felt stiff', 'we did not click', 'she seemed distracted and I got defensive'],
  'physical-damage': [
    'knocked my coffee onto her keyboard',
    'broke the picture frame on his desk',
    'spilled water on the printed notes',
  ],
  offensive: [
    'a joke about accountants that fell flat',
    'a remark about remote workers that sounded dismissive',
    'said their app looked dated',
  ],
  distraction: [
    'my kid was sick at home and I kept checking my phone',
    'a burst pipe flooded my flat that morning',
    'my father was in hospital',
  ],
  other: [
    'forgot the name of their scheduling software',
    'called the company by its old name',
    'mixed up two of their products',
  ],
};

const QUESTIONS = [
  'Tell me about a time you led a team',
  'How have you improved data quality?',
  'Which BI tools do you know?',
  'How would you roll out devices to 3,000 students?',
  'What certifications do you hold?',
  'How do you handle a budget overrun?',
  'Why do you want to leave your current job?',
  'Describe a project you are proud of and walk me through every decision you made from kickoff to delivery and beyond',
  'What would you do in your first 90 days?',
  'Why the gap on your CV? Was it health or money troubles?',
  'Tell me about [project name]',
];
const WISHES = [
  'I led the five-person brand review group',
  'the route blocking model at Metro Shuttle',
  'CAPM, and permit coordination across three municipalities',
  'I rebuilt our weekly demand model at Bellhaven Distribution',
  'Power BI dashboards used by the sales team',
  'my work on the Atlas migration',
  'I would meet every team lead in the first month and publish a plan by day 60',
  'sorry, I meant the Atlas project, I kind of blanked',
  'I was so nervous I forgot the {Atlas} launch',
];
const EVIDENCE = [
  'internal materials satisfaction up 70% in a year',
  'cut deadhead miles by 14% across 40 routes',
  '2,400 devices deployed in 9 days with a 1.5% return rate',
  'saved $18,000 a month on the warehouse bill',
  'forecast error fell from 18% to 7% over two quarters',
  'dashboard adopted by 120 users in three months',
  '30 permit submissions, none returned for missing documents',
  'the Riverside Library renovation closed 2% under budget and eleven days early',
  'praised by the client in a written reference',
  'cut monthly office costs by €4,500 (about 22%)',
  'on-time delivery rose from 81% to 99.5% within four months, across 140 nightly jobs and 3 regions',
  'I bombed the demo, but sales grew 30% after the relaunch',
  'revenue up 12% [TBD: check the exact figure]',
];
const STRENGTHS = [
  'clear walkthrough of the forecasting project',
  'SQL skills',
  'the teen coding club program idea landed well',
  'good rapport with the team lead',
  'my answer on stakeholder management',
  'strong case study presentation',
  'stayed calm despite my nerves',
  'I deserve credit for the Q3 turnaround',
];

const KINDS = Object.keys(NOTES);

const mishapArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  severity: fc.constantFrom('minor', 'moderate', 'major'),
  noticed: fc.constantFrom('yes', 'no', 'unsure'),
  hasNote: fc.boolean(),
  noteIndex: fc.nat(2),
});

const pointArb = fc.record({
  question: fc.constantFrom(...QUESTIONS),
  wish: fc.option(fc.constantFrom(...WISHES), { nil: undefined }),
  evidence: fc.option(fc.constantFrom(...EVIDENCE), { nil: undefined }),
});

const offsetArb = fc.constantFrom<[string, string | undefined]>(
  ['-05:00', 'America/New_York'],
  ['-04:00', 'America/New_York'],
  ['+01:00', 'Europe/Berlin'],
  ['+05:30', 'Asia/Kolkata'],
  ['-07:00', 'America/Los_Angeles'],
  ['+00:00', undefined],
  ['+09:00', undefined],
);

/** Debrief input objects (before parsing). */
export const debriefInputArb: fc.Arbitrary<DebriefInput> = fc
  .record({
    company: fc.tuple(fc.constantFrom(...COMPANIES), fc.constantFrom(...SUFFIXES)).map(([c, s]) => c + s),
    role: fc.constantFrom(...ROLES),
    interviewer: fc.record({
      title: fc.constantFrom(...TITLES),
      first: fc.constantFrom(...FIRST_NAMES),
      last: fc.option(fc.constantFrom(...LAST_NAMES), { nil: undefined }),
      phone: fc.option(fc.constantFrom('+1 555 0100', '+44 20 7946 0958', '(555) 123-4567'), {
        nil: undefined,
      }),
    }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    hour: fc.integer({ min: 8, max: 18 }),
    offset: offsetArb,
    duration: fc.option(fc.integer({ min: 20, max: 180 }), { nil: undefined }),
    wantJob: fc.constantFrom('yes', 'yes', 'yes', 'unsure', 'no'),
    fit: fc.option(fc.constantFrom('good', 'good', 'unsure', 'poor'), { nil: undefined }),
    expressedInterest: fc.option(fc.boolean(), { nil: undefined }),
    mishaps: fc.array(mishapArb, { maxLength: 4 }),
    points: fc.array(pointArb, { maxLength: 4 }),
    strengths: fc.uniqueArray(fc.constantFrom(...STRENGTHS), { maxLength: 3 }),
    outcome: fc.option(fc.constantFrom('pending', 'pending', 'next-round', 'silence', 'rejected', 'offer'), {
      nil: undefined,
    }),
    contacts: fc.array(fc.constantFrom('email', 'call', 'letter', 'other'), { maxLength: 2 }),
    candidate: fc.option(fc.constantFrom(...CANDIDATES), { nil: undefined }),
  })
  .map((r) => {
    const [offset, timeZone] = r.offset;
    const date = `2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
    const interviewAt = `${date}T${String(r.hour).padStart(2, '0')}:00:00${offset}`;
    const name = `${r.interviewer.title}${r.interviewer.first}${r.interviewer.last ? ` ${r.interviewer.last}` : ''}`;
    const input: DebriefInput = {
      company: r.company,
      role: r.role,
      interviewer: { name, ...(r.interviewer.phone ? { phone: r.interviewer.phone } : {}) },
      interviewAt,
      ...(timeZone ? { timeZone } : {}),
      ...(r.duration ? { durationMinutes: r.duration } : {}),
      wantJob: r.wantJob as DebriefInput['wantJob'],
      ...(r.fit ? { fit: r.fit as DebriefInput['fit'] } : {}),
      ...(r.expressedInterest !== undefined ? { expressedInterest: r.expressedInterest } : {}),
      mishaps: r.mishaps.map((m, i) => ({
        id: `m${i + 1}`,
        kind: m.kind as NonNullable<DebriefInput['mishaps']>[number]['kind'],
        severity: m.severity as NonNullable<DebriefInput['mishaps']>[number]['severity'],
        noticed: m.noticed as NonNullable<DebriefInput['mishaps']>[number]['noticed'],
        ...(m.hasNote ? { note: NOTES[m.kind]?.[m.noteIndex] ?? 'something went wrong' } : {}),
      })),
      missedPoints: r.points.map((p, i) => ({
        id: `p${i + 1}`,
        question: p.question,
        ...(p.wish ? { wishISaid: p.wish } : {}),
        ...(p.evidence ? { evidence: p.evidence } : {}),
      })),
      strengths: r.strengths,
      ...(r.outcome ? { outcome: r.outcome as DebriefInput['outcome'] } : {}),
      contacts: r.contacts.map((type, i) => ({
        type: type as NonNullable<DebriefInput['contacts']>[number]['type'],
        at: `${date}T${String(Math.min(r.hour + 2 + i, 23)).padStart(2, '0')}:30:00${offset}`,
      })),
      ...(r.candidate ? { candidate: { name: r.candidate } } : {}),
    };
    return input;
  });

/** Parsed, valid debriefs; a generated input the schema rejects is a bug in this arbitrary. */
export const debriefArb: fc.Arbitrary<Debrief> = debriefInputArb.map((input) => {
  const parsed = parseDebrief(input);
  if (!parsed.ok) throw new Error(`generated an invalid debrief: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.value;
});
