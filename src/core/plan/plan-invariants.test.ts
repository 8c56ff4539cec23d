import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT_TYPES, FIT, MISHAP_KINDS, NOTICED, OUTCOMES, SEVERITIES, WANT_JOB } from '../debrief/enums';
import { parseDebrief } from '../debrief/parse';
import { buildPlan } from './build-plan';
import { FIRST_MESSAGE_TYPES } from './types';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  undefined,
];
const OFFSETS = ['-05:00', '+01:00', '+05:30', '+10:30', '+12:45', '-03:00', 'Z'];
const pad = (n: number) => String(n).padStart(2, '0');

const isoAt = fc
  .record({
    day: fc.integer({ min: 0, max: 365 }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    offset: fc.constantFrom(...OFFSETS),
  })
  .map(({ day, minute, offset }) => {
    const d = new Date(Date.UTC(2026, 0, 1 + day));
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${offset}`;
  });

const debriefArb = fc
  .record({
    interviewAt: isoAt,
    timeZone: fc.constantFrom(...ZONES),
    durationMinutes: fc.integer({ min: 15, max: 240 }),
    wantJob: fc.constantFrom(...WANT_JOB),
    fit: fc.constantFrom(...FIT),
    expressedInterest: fc.boolean(),
    phone: fc.boolean(),
    mishaps: fc.array(
      fc.record({
        kind: fc.constantFrom(...MISHAP_KINDS),
        severity: fc.constantFrom(...SEVERITIES),
        noticed: fc.constantFrom(...NOTICED),
      }),
      { maxLength: 6 },
    ),
    points: fc.array(fc.boolean(), { maxLength: 4 }),
    outcome: fc.constantFrom(...OUTCOMES),
    contacts: fc.array(
      fc.record({ type: fc.constantFrom(...CONTACT_TYPES), hours: fc.integer({ min: 1, max: 200 }) }),
      { maxLength: 3 },
    ),
    nowHours: fc.integer({ min: -2, max: 400 }),
  })
  .map((r) => {
    const start = Date.parse(r.interviewAt);
    const input = {
      company: 'Acme',
      role: 'Analyst',
      interviewer: { name: 'Pat Lee', ...(r.phone ? { phone: '+1 555 0100' } : {}) },
      interviewAt: r.interviewAt,
      ...(r.timeZone ? { timeZone: r.timeZone } : {}),
      durationMinutes: r.durationMinutes,
      wantJob: r.wantJob,
      fit: r.fit,
      expressedInterest: r.expressedInterest,
      mishaps: r.mishaps.map((m, i) => ({ id: `m${i}`, ...m })),
      missedPoints: r.points.map((hasEvidence, i) => ({
        id: `p${i}`,
        question: `Question ${i}`,
        ...(hasEvidence ? { evidence: 'up 12%' } : {}),
      })),
      outcome: r.outcome,
      contacts: r.contacts.map((c) => ({
        type: c.type,
        at: new Date(start + c.hours * 3600_000).toISOString(),
      })),
    };
    const parsed = parseDebrief(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.issues));
    return { debrief: parsed.value, now: new Date(start + r.nowHours * 3600_000) };
  });

describe('every plan, whatever the debrief', () => {
  it('keeps the contract invariants', () => {
    fc.assert(
      fc.property(debriefArb, ({ debrief, now }) => {
        const plan = buildPlan(debrief, now);
        const types = plan.actions.map((a) => a.type);
        // Every mishap id in exactly one of address / leaveAlone.
        for (const m of debrief.mishaps) {
          expect(Number(plan.address.includes(m.id)) + Number(plan.leaveAlone.includes(m.id))).toBe(1);
        }
        expect(types.at(-1)).toBe('lessons');
        if (types.includes('cool-off')) expect(types[0]).toBe('cool-off');
        const first = types.findIndex((t) => (FIRST_MESSAGE_TYPES as readonly string[]).includes(t));
        if (first >= 0) {
          for (const prep of ['rebuild-answers', 'gather-evidence'] as const) {
            if (types.includes(prep)) expect(types.indexOf(prep)).toBeLessThan(first);
          }
          if (types.includes('call')) expect(types.indexOf('call')).toBeGreaterThan(first);
        }
        for (const a of plan.actions) {
          expect(a.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
          expect(Date.parse(a.due)).toBeGreaterThanOrEqual(now.getTime());
        }
        expect(new Set(types).size).toBe(types.length);
        if (plan.verdict === 'withdraw' || plan.verdict === 'closed') {
          for (const t of ['recovery-email', 'thank-you-email', 'expansive-letter', 'call'] as const)
            expect(types).not.toContain(t);
        }
        if (debrief.contacts.length >= 2) {
          for (const t of ['recovery-email', 'thank-you-email', 'expansive-letter', 'call'] as const)
            expect(types).not.toContain(t);
        }
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });
});
