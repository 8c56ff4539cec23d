import { describe, expect, it } from 'vitest';
import type { DebriefInput } from '../debrief/schema';
import { buildPlan } from './build-plan';
import { makeDebrief } from './test-debrief';

type Mishap = NonNullable<DebriefInput['mishaps']>[number];
const mishap = (
  id: string,
  kind: Mishap['kind'],
  severity: Mishap['severity'],
  noticed: Mishap['noticed'],
): Mishap => ({
  id,
  kind,
  severity,
  noticed,
});
const NOW = new Date('2026-11-20T12:00:00-05:00');
const types = (d: Partial<DebriefInput>, now = NOW) =>
  buildPlan(makeDebrief(d), now).actions.map((a) => a.type);

describe('rule 1: not a fit', () => {
  it.each([
    ['wantJob no', { wantJob: 'no' as const }],
    ['fit poor, even when the person wants the job', { fit: 'poor' as const }],
  ])('withdraws when %s, and argues for nothing', (_label, extra) => {
    const plan = buildPlan(
      makeDebrief({
        ...extra,
        interviewer: { name: 'Mina Okafor', phone: '+1 555 0100' },
        expressedInterest: false,
        mishaps: [mishap('m1', 'weak-answer', 'major', 'yes')],
        missedPoints: [{ id: 'p1', question: 'Why us?' }],
      }),
      NOW,
    );
    expect(plan.verdict).toBe('withdraw');
    expect(plan.actions.map((a) => a.type)).toEqual(['withdraw', 'lessons']);
    expect(plan.address).toEqual([]);
    expect(plan.leaveAlone).toEqual(['m1']);
  });

  it('still owes an apology for a noticed offensive remark (rule 9 in every verdict)', () => {
    const plan = buildPlan(
      makeDebrief({ wantJob: 'no', mishaps: [mishap('m1', 'offensive', 'minor', 'unsure')] }),
      NOW,
    );
    expect(plan.actions.map((a) => a.type)).toEqual(['apology', 'withdraw', 'lessons']);
    expect(plan.address).toEqual(['m1']);
  });
});

describe('rule 2: outcome known', () => {
  it('asks for feedback after a rejection and argues for nothing', () => {
    const plan = buildPlan(
      makeDebrief({
        outcome: 'rejected',
        missedPoints: [{ id: 'p1', question: 'Why us?' }],
        mishaps: [mishap('m1', 'late', 'major', 'yes')],
      }),
      NOW,
    );
    expect(plan.verdict).toBe('closed');
    expect(plan.actions.map((a) => a.type)).toEqual(['feedback-request', 'lessons']);
    expect(plan.address).toEqual([]);
    expect(plan.leaveAlone).toEqual(['m1']);
  });

  it('gives only congratulate-self and lessons after an offer, plus an owed apology', () => {
    expect(
      types({
        outcome: 'offer',
        interviewer: { name: 'A B', phone: '+1 555 0100' },
        expressedInterest: false,
      }),
    ).toEqual(['congratulate-self', 'lessons']);
    expect(types({ outcome: 'offer', mishaps: [mishap('m1', 'physical-damage', 'minor', 'yes')] })).toEqual([
      'congratulate-self',
      'apology',
      'make-amends',
      'lessons',
    ]);
  });

  it('checks rule 1 before rule 2', () => {
    expect(buildPlan(makeDebrief({ wantJob: 'no', outcome: 'rejected' }), NOW).verdict).toBe('withdraw');
  });
});

describe('rule 3: what to address', () => {
  it.each([
    ['major, noticed no', mishap('x', 'late', 'major', 'no'), true],
    ['moderate, noticed unsure', mishap('x', 'rapport', 'moderate', 'unsure'), true],
    ['moderate, noticed no', mishap('x', 'weak-answer', 'moderate', 'no'), false],
    ['minor, noticed yes', mishap('x', 'other', 'minor', 'yes'), false],
    ['nerves major and noticed yes', mishap('x', 'nerves', 'major', 'yes'), true],
    ['nerves major but noticed unsure', mishap('x', 'nerves', 'major', 'unsure'), false],
    ['nerves moderate and noticed yes', mishap('x', 'nerves', 'moderate', 'yes'), false],
    ['offensive minor, noticed unsure', mishap('x', 'offensive', 'minor', 'unsure'), true],
    ['offensive major, noticed no', mishap('x', 'offensive', 'major', 'no'), false],
    ['physical damage minor, noticed yes', mishap('x', 'physical-damage', 'minor', 'yes'), true],
  ])('%s → addressed: %s', (_label, m, isAddressed) => {
    const plan = buildPlan(makeDebrief({ mishaps: [m] }), NOW);
    expect(plan.address.includes('x')).toBe(isAddressed);
    expect(plan.leaveAlone.includes('x')).toBe(!isAddressed);
  });

  it('addresses every missed point', () => {
    const plan = buildPlan(
      makeDebrief({
        missedPoints: [
          { id: 'p1', question: 'Q1' },
          { id: 'p2', question: 'Q2' },
        ],
      }),
      NOW,
    );
    expect(plan.address).toEqual(['p1', 'p2']);
  });
});

describe('rule 4: recover or fine', () => {
  it('sends a thank-you and nothing else when nothing needs fixing', () => {
    const plan = buildPlan(
      makeDebrief({
        interviewer: { name: 'A B', phone: '+1 555 0100' },
        expressedInterest: false,
        mishaps: [mishap('m1', 'nerves', 'moderate', 'yes')],
      }),
      NOW,
    );
    expect(plan.verdict).toBe('fine');
    expect(plan.actions.map((a) => a.type)).toEqual(['cool-off', 'thank-you-email', 'wait', 'lessons']);
  });

  it('sends a recovery email when something needs fixing', () => {
    expect(types({ mishaps: [mishap('m1', 'late', 'major', 'yes')] })).toContain('recovery-email');
  });
});

describe('rule 5: timing', () => {
  const firstDue = (d: Partial<DebriefInput>, now: Date) =>
    buildPlan(makeDebrief(d), now).actions.find((a) => /email|letter/.test(a.type))?.due;

  it('puts cool-off an hour after the interview ends', () => {
    const plan = buildPlan(makeDebrief({ durationMinutes: 45 }), new Date('2026-11-20T10:50:00-05:00'));
    expect(plan.actions[0]).toMatchObject({ type: 'cool-off', due: '2026-11-20T11:45:00-05:00' });
  });

  it('answers a morning interview the same local day', () => {
    const due = firstDue({}, NOW);
    expect(due).toBe('2026-11-20T18:00:00-05:00');
  });

  it('allows until 24 hours after an interview that ended after 15:00', () => {
    const due = firstDue({ interviewAt: '2026-11-20T16:30:00-05:00' }, new Date('2026-11-20T18:00:00-05:00'));
    expect(Date.parse(due ?? '')).toBeLessThanOrEqual(Date.parse('2026-11-21T16:30:00-05:00'));
    expect(due).toBe('2026-11-21T10:00:00-05:00');
  });

  it('uses the end of the interview, not its start, for the 15:00 cut-off', () => {
    // Starts 14:30, ends 15:30: the next-day window applies.
    const due = firstDue({ interviewAt: '2026-11-20T14:30:00-05:00' }, new Date('2026-11-20T16:00:00-05:00'));
    expect(due).toBe('2026-11-21T10:00:00-05:00');
  });

  it('is due now, and says so, when the window has passed', () => {
    const now = new Date('2026-11-21T09:00:00-05:00');
    const plan = buildPlan(makeDebrief({ mishaps: [mishap('m1', 'late', 'major', 'yes')] }), now);
    const email = plan.actions.find((a) => a.type === 'recovery-email');
    expect(email?.due).toBe('2026-11-21T09:00:00-05:00');
    expect(email?.why).toMatch(/window has passed/);
  });

  it('never puts a due time before now', () => {
    const now = new Date('2026-12-05T08:00:00-05:00');
    const plan = buildPlan(
      makeDebrief({
        interviewer: { name: 'A B', phone: '+1 555 0100' },
        mishaps: [mishap('m1', 'blank-answer', 'major', 'yes')],
        missedPoints: [{ id: 'p1', question: 'Q' }],
      }),
      now,
    );
    for (const a of plan.actions) expect(Date.parse(a.due)).toBeGreaterThanOrEqual(now.getTime());
  });

  it('takes local time from the offset when no zone is named', () => {
    const due = firstDue(
      { interviewAt: '2026-02-17T11:00:00+01:00', timeZone: undefined },
      new Date('2026-02-17T15:30:00+01:00'),
    );
    expect(due).toBe('2026-02-17T18:00:00+01:00');
  });

  it('prints due times with the offset in force on that day across a daylight-saving change', () => {
    // New York leaves daylight time on 2026-11-01 at 02:00.
    const plan = buildPlan(
      makeDebrief({
        interviewAt: '2026-10-31T16:00:00-04:00',
        mishaps: [mishap('m1', 'late', 'major', 'yes')],
      }),
      new Date('2026-10-31T18:00:00-04:00'),
    );
    const email = plan.actions.find((a) => a.type === 'recovery-email');
    expect(email?.due).toBe('2026-11-01T10:00:00-05:00');
    expect(Date.parse(email?.due ?? '')).toBeLessThanOrEqual(Date.parse('2026-11-01T16:00:00-04:00'));
  });

  it('ends a same-day window at 23:59:59 local time in the named zone', () => {
    const due = firstDue(
      { interviewAt: '2026-06-09T10:00:00+05:30', timeZone: 'Asia/Kolkata' },
      new Date('2026-06-09T23:30:00+05:30'),
    );
    expect(due).toBe('2026-06-09T23:30:00+05:30');
  });
});

describe('rule 5 at the edges', () => {
  it('says the window has passed when even the cool-off ends after it', () => {
    const plan = buildPlan(
      makeDebrief({
        interviewAt: '2026-11-20T16:00:00-05:00',
        durationMinutes: 1430,
        mishaps: [mishap('m1', 'late', 'major', 'yes')],
      }),
      new Date('2026-11-20T15:00:00-05:00'),
    );
    const email = plan.actions.find((a) => a.type === 'recovery-email');
    expect(email?.why).toMatch(/ideal window has passed/);
    expect(Date.parse(email?.due ?? '')).toBeGreaterThanOrEqual(Date.parse(plan.actions[0]?.due ?? ''));
  });
});

describe('rule 6: prepare before writing', () => {
  it('rebuilds answers before the email, and gathers evidence for a point without it', () => {
    const t = types({
      missedPoints: [
        { id: 'p1', question: 'Q1' },
        { id: 'p2', question: 'Q2', evidence: 'up 12%' },
      ],
    });
    expect(t.indexOf('rebuild-answers')).toBeLessThan(t.indexOf('recovery-email'));
    expect(t.indexOf('gather-evidence')).toBeLessThan(t.indexOf('recovery-email'));
  });

  it('does not gather evidence when every point has it', () => {
    expect(types({ missedPoints: [{ id: 'p1', question: 'Q1', evidence: 'up 12%' }] })).not.toContain(
      'gather-evidence',
    );
  });

  it('rebuilds a weak answer even without missed points', () => {
    expect(types({ mishaps: [mishap('m1', 'weak-answer', 'moderate', 'yes')] })).toContain('rebuild-answers');
  });

  it('does not rebuild for a late arrival', () => {
    expect(types({ mishaps: [mishap('m1', 'late', 'major', 'yes')] })).not.toContain('rebuild-answers');
  });
});

describe('rule 7: longer letter', () => {
  it('writes a letter instead of an email for three addressed items', () => {
    const t = types({
      mishaps: [mishap('m1', 'late', 'moderate', 'unsure'), mishap('m2', 'unprepared', 'major', 'no')],
      missedPoints: [{ id: 'p1', question: 'Q', evidence: '9 days' }],
    });
    expect(t).toContain('expansive-letter');
    expect(t).not.toContain('recovery-email');
  });
});

describe('rule 8: call', () => {
  const phone = { name: 'Mina Okafor', phone: '+1 555 0100' };
  it.each([
    [
      'phone and no expressed interest',
      { interviewer: phone, expressedInterest: false, mishaps: [mishap('m1', 'late', 'moderate', 'yes')] },
      true,
    ],
    [
      'phone and a major noticed mishap',
      { interviewer: phone, mishaps: [mishap('m1', 'late', 'major', 'yes')] },
      true,
    ],
    [
      'phone but interest expressed and nothing major noticed',
      { interviewer: phone, mishaps: [mishap('m1', 'late', 'moderate', 'yes')] },
      false,
    ],
    ['no phone', { expressedInterest: false, mishaps: [mishap('m1', 'late', 'major', 'yes')] }, false],
    ['verdict fine', { interviewer: phone, expressedInterest: false }, false],
  ])('%s → call: %s', (_label, d, hasCall) => {
    const t = types(d as DebriefInput);
    expect(t.includes('call')).toBe(hasCall);
    if (hasCall) expect(t.indexOf('call')).toBeGreaterThan(t.indexOf('recovery-email'));
  });

  it('is due no later than 48 hours after the interview', () => {
    const plan = buildPlan(
      makeDebrief({
        interviewer: phone,
        expressedInterest: false,
        mishaps: [mishap('m1', 'late', 'major', 'no')],
      }),
      NOW,
    );
    const call = plan.actions.find((a) => a.type === 'call');
    expect(Date.parse(call?.due ?? '')).toBeLessThanOrEqual(Date.parse('2026-11-22T10:00:00-05:00'));
  });
});

describe('rules 9 and 10: apology, amends, distraction', () => {
  it('apologizes and makes amends for noticed damage', () => {
    const t = types({ mishaps: [mishap('m1', 'physical-damage', 'minor', 'yes')] });
    expect(t).toEqual(expect.arrayContaining(['apology', 'make-amends', 'recovery-email']));
  });

  it('never apologizes for something nobody noticed', () => {
    expect(types({ mishaps: [mishap('m1', 'offensive', 'major', 'no')] })).not.toContain('apology');
  });

  it('explains an addressed distraction, but not one left alone', () => {
    expect(types({ mishaps: [mishap('m1', 'distraction', 'moderate', 'unsure')] })).toContain(
      'disclose-distraction',
    );
    expect(types({ mishaps: [mishap('m1', 'distraction', 'minor', 'yes')] })).not.toContain(
      'disclose-distraction',
    );
  });
});

describe('rule 11: no nagging', () => {
  const at = (h: number) => `2026-11-20T${String(h).padStart(2, '0')}:00:00-05:00`;
  it('sends no new email after an email went out, but may still call', () => {
    const t = types({
      interviewer: { name: 'A B', phone: '+1 555 0100' },
      mishaps: [mishap('m1', 'blank-answer', 'major', 'yes')],
      contacts: [{ type: 'email', at: at(11) }],
    });
    expect(t).not.toContain('recovery-email');
    expect(t).toContain('call');
  });

  it('waits after two contacts, until the decision date when one is known', () => {
    const plan = buildPlan(
      makeDebrief({
        interviewer: { name: 'A B', phone: '+1 555 0100' },
        expressedInterest: false,
        mishaps: [mishap('m1', 'weak-answer', 'moderate', 'yes')],
        contacts: [
          { type: 'call', at: at(11) },
          { type: 'other', at: at(11) },
        ],
        decisionExpectedBy: '2026-12-01',
      }),
      NOW,
    );
    expect(plan.verdict).toBe('recover');
    // The weak answer is still rebuilt (rule 6): it serves the next conversation, and is no contact.
    expect(plan.actions.map((a) => a.type)).toEqual(['rebuild-answers', 'wait', 'lessons']);
    expect(plan.actions.find((a) => a.type === 'wait')?.due).toBe('2026-12-01T09:00:00-05:00');
  });

  it('does not wait for a decision date that passed before the last contact', () => {
    const plan = buildPlan(
      makeDebrief({
        contacts: [
          { type: 'email', at: at(11) },
          { type: 'call', at: at(11) },
        ],
        decisionExpectedBy: '2026-11-19',
      }),
      NOW,
    );
    expect(plan.actions.find((a) => a.type === 'wait')?.due).toBe('2026-11-30T11:00:00-05:00');
  });

  it('waits ten days after the last contact without a decision date', () => {
    const plan = buildPlan(
      makeDebrief({
        contacts: [
          { type: 'email', at: at(11) },
          { type: 'call', at: '2026-11-21T09:00:00-05:00' },
        ],
      }),
      NOW,
    );
    expect(plan.actions[0]).toMatchObject({ type: 'wait', due: '2026-12-01T09:00:00-05:00' });
  });

  it('still asks for feedback after a rejection, however many contacts were made', () => {
    const t = types({
      outcome: 'rejected',
      contacts: [
        { type: 'email', at: at(11) },
        { type: 'call', at: at(11) },
      ],
    });
    expect(t).toEqual(['feedback-request', 'lessons']);
  });
});

describe('rule 12: always learn', () => {
  it.each([
    [{}],
    [{ wantJob: 'no' as const }],
    [{ outcome: 'offer' as const }],
    [{ missedPoints: [{ id: 'p1', question: 'Q' }] }],
  ])('ends every plan with lessons (%#)', (d) => {
    expect(types(d).at(-1)).toBe('lessons');
  });
});

describe('wantJob unsure', () => {
  it('plans like yes, and the cool-off asks the person to decide first', () => {
    const plan = buildPlan(
      makeDebrief({ wantJob: 'unsure', mishaps: [mishap('m1', 'late', 'major', 'yes')] }),
      NOW,
    );
    expect(plan.verdict).toBe('recover');
    expect(plan.actions[0]?.why).toMatch(/decide/);
  });
});
