import { describe, expect, it } from 'vitest';
import { runCli } from '../test-io';

const debrief = {
  company: 'Tidewater Freight',
  role: 'Logistics Coordinator',
  interviewer: { name: 'Mina Okafor', phone: '+1 555 0100' },
  interviewAt: '2026-11-20T10:00:00-05:00',
  timeZone: 'America/New_York',
  wantJob: 'yes',
  expressedInterest: false,
  mishaps: [
    { id: 'm1', kind: 'nerves', note: 'talked fast', severity: 'minor', noticed: 'unsure' },
    {
      id: 'm2',
      kind: 'blank-answer',
      note: 'froze on the routing question',
      severity: 'major',
      noticed: 'yes',
    },
  ],
  missedPoints: [{ id: 'p1', question: 'How do you plan routes?', evidence: 'fuel cost down 12%' }],
  strengths: ['the warehouse walk-through'],
};
const text = JSON.stringify(debrief);

describe('rebound plan', () => {
  it('prints the contract JSON for a file', async () => {
    const r = await runCli(['plan', '--json', '--now', '2026-11-20T12:00:00-05:00', 'd.json'], {
      files: { 'd.json': text },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout);
    expect(Object.keys(plan)).toEqual(['verdict', 'address', 'leaveAlone', 'actions']);
    expect(plan.verdict).toBe('recover');
    expect(plan.address).toEqual(['m2', 'p1']);
    expect(plan.leaveAlone).toEqual(['m1']);
    expect(plan.actions.map((a: { type: string }) => a.type)).toEqual([
      'cool-off',
      'rebuild-answers',
      'recovery-email',
      'call',
      'wait',
      'lessons',
    ]);
  });

  it('reads the debrief from standard input with -', async () => {
    const r = await runCli(['plan', '--json', '-'], { stdin: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('recover');
  });

  it('shows the reality check before the plan, with due times relative to now', async () => {
    const r = await runCli(['plan', '--now', '2026-11-20T12:00:00-05:00', '-'], { stdin: text });
    expect(r.code).toBe(0);
    const realityAt = r.stdout.indexOf('Reality check');
    const planAt = r.stdout.indexOf('Your plan');
    expect(realityAt).toBeGreaterThanOrEqual(0);
    expect(planAt).toBeGreaterThan(realityAt);
    expect(r.stdout).toMatch(/Leave alone[\s\S]*m1/);
    expect(r.stdout).toMatch(/What went right[\s\S]*warehouse walk-through/);
    expect(r.stdout).toContain('today 18:00 (in 6 h)');
  });

  it.each([
    ['malformed JSON', '{"company": ', /not valid JSON/],
    ['empty input', '', /empty/],
    [
      'a missing required field',
      JSON.stringify({ ...debrief, interviewAt: undefined }),
      /interviewAt: required field is missing/,
    ],
    ['an unknown field', JSON.stringify({ ...debrief, salary: 1 }), /salary: unknown field/],
    [
      'a bad enum',
      JSON.stringify({ ...debrief, wantJob: 'maybe' }),
      /wantJob: expected one of yes, no, unsure/,
    ],
  ])('rejects %s with exit 2, nothing on stdout and the field on stderr', async (_label, stdin, pattern) => {
    const r = await runCli(['plan', '--json', '-'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
  });

  it('rejects a --now without an offset', async () => {
    const r = await runCli(['plan', '--now', '2026-11-20T12:00', '-'], { stdin: text });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--now: expected an ISO 8601 date-time with offset/);
  });

  it('rejects a --now that names no real day', async () => {
    const r = await runCli(['plan', '--now', '2026-02-30T10:00:00Z', '-'], { stdin: text });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('names a missing file', async () => {
    const r = await runCli(['plan', 'nope.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot read the file \(no such file\)/);
  });

  it('answers --help and --version with exit 0', async () => {
    expect((await runCli(['plan', '--help'])).stdout).toMatch(/--now <iso>/);
    expect((await runCli(['--version'])).code).toBe(0);
  });

  it('treats an unknown option as bad usage', async () => {
    const r = await runCli(['plan', '--jsn', '-'], { stdin: text });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
