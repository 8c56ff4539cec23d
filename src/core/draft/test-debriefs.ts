import { parseDebrief } from '../debrief/parse';
import type { Debrief, DebriefInput } from '../debrief/schema';

/**
 * Test support: a few hand-written debriefs, one per situation the planner distinguishes. Only
 * tests import this module.
 */

const base: DebriefInput = {
  company: 'Fennwick Mapping GmbH',
  role: 'Geospatial Analyst',
  interviewer: { name: 'Ruth Okonkwo', email: 'ruth@example.com', phone: '+49 30 1234567' },
  interviewAt: '2026-04-14T10:00:00+02:00',
  timeZone: 'Europe/Berlin',
  wantJob: 'yes',
  fit: 'good',
  candidate: { name: 'Theo Marsh' },
};

/** Parses a debrief written in a test; a typo in a fixture fails loudly. */
export function debriefOf(overrides: Partial<DebriefInput>): Debrief {
  const parsed = parseDebrief({ ...base, ...overrides });
  if (!parsed.ok) throw new Error(`bad test debrief: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.value;
}

export const FIXTURES = {
  /** One missed point with numbers, a small slip left alone: a recovery email. */
  recover: debriefOf({
    mishaps: [
      {
        id: 'm1',
        kind: 'nerves',
        note: 'talked too fast and was sweating',
        severity: 'minor',
        noticed: 'unsure',
      },
      {
        id: 'm2',
        kind: 'weak-answer',
        note: 'thin answer about raster pipelines',
        severity: 'moderate',
        noticed: 'yes',
      },
    ],
    missedPoints: [
      {
        id: 'p1',
        question: 'How have you sped up a slow processing job?',
        wishISaid: 'I rewrote the tiling step of our raster pipeline at Kartograf',
        evidence: 'nightly run time fell from 6.5 hours to 48 minutes, saving $2,400 a month',
      },
    ],
    strengths: ['clear explanation of coordinate systems'],
  }),
  /** Nothing noticed needs fixing: a thank-you. */
  fine: debriefOf({
    mishaps: [
      { id: 'm1', kind: 'nerves', note: 'my nerves showed at the start', severity: 'minor', noticed: 'no' },
    ],
    strengths: ['the map-accuracy audit story'],
  }),
  /** Three addressed items and a phone number with a major noticed slip: a letter and a call. */
  letter: debriefOf({
    mishaps: [
      {
        id: 'm1',
        kind: 'blank-answer',
        note: 'could not describe how I validate survey data',
        severity: 'major',
        noticed: 'yes',
      },
      {
        id: 'm2',
        kind: 'late',
        note: 'ten minutes late because of traffic on the ring road',
        severity: 'moderate',
        noticed: 'yes',
      },
    ],
    missedPoints: [
      {
        id: 'p1',
        question: 'Which GIS tools have you used in production?',
        wishISaid: 'QGIS and PostGIS daily for four years',
        evidence: 'migrated 1,200 layers from ArcGIS with 0.3% data loss',
      },
      {
        id: 'p2',
        question: 'How do you work with field teams?',
        wishISaid: 'I ran weekly syncs with twelve surveyors',
        evidence: 'rework requests dropped by 35% in two quarters',
      },
    ],
  }),
  /** Physical damage the interviewer saw and a real emergency: apology, amends, disclosure. */
  incident: debriefOf({
    mishaps: [
      {
        id: 'm1',
        kind: 'physical-damage',
        note: 'knocked her tea over the printed maps',
        severity: 'moderate',
        noticed: 'yes',
      },
      {
        id: 'm2',
        kind: 'distraction',
        note: 'my son was in hospital that morning',
        severity: 'moderate',
        noticed: 'unsure',
      },
    ],
    missedPoints: [
      {
        id: 'p1',
        question: 'What is your biggest project?',
        evidence: 'mapped 340 km of river banks for the flood authority',
      },
    ],
  }),
  /** Not a fit, with an offensive remark still owed an apology (rule 9). */
  withdraw: debriefOf({
    fit: 'poor',
    mishaps: [
      {
        id: 'm1',
        kind: 'offensive',
        note: 'joked that surveyors are lazy',
        severity: 'moderate',
        noticed: 'yes',
      },
    ],
    missedPoints: [{ id: 'p1', question: 'Why this team?', evidence: 'grew revenue 40%' }],
  }),
  /** Rejected: ask for feedback. */
  rejected: debriefOf({
    outcome: 'rejected',
    missedPoints: [{ id: 'p1', question: 'Why this team?', evidence: 'grew revenue 40%' }],
  }),
} as const;
