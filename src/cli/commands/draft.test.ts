import { describe, expect, it } from 'vitest';
import { runCli } from '../test-io';

const debrief = {
  company: 'Tidewater Freight Inc.',
  role: 'Logistics Coordinator',
  interviewer: { name: 'Mina Okafor', phone: '+1 555 0100' },
  interviewAt: '2026-11-20T10:00:00-05:00',
  timeZone: 'America/New_York',
  wantJob: 'yes',
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
  missedPoints: [
    {
      id: 'p1',
      question: 'How do you plan routes?',
      wishISaid: 'I rebuilt the regional route plan',
      evidence: 'fuel cost down 12% on 2,400 weekly stops',
    },
  ],
  candidate: { name: 'Lee Park' },
};
const text = JSON.stringify(debrief);

describe('rebound draft', () => {
  it('prints exactly the contract JSON', async () => {
    const r = await runCli(['draft', '--type', 'recovery-email', '--json', 'd.json'], {
      files: { 'd.json': text },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const draft = JSON.parse(r.stdout);
    expect(Object.keys(draft)).toEqual(['type', 'kind', 'purpose', 'subject', 'text']);
    expect(draft).toMatchObject({ type: 'recovery-email', kind: 'email', purpose: 'recovery' });
    expect(draft.subject).toMatch(/\S/);
    expect(draft.text).not.toMatch(/^Subject:/m);
    expect(draft.text).toContain('12%');
    expect(draft.text).toContain('2,400');
  });

  it.each([
    ['thank-you-email', 'email', 'thank-you'],
    ['expansive-letter', 'letter', 'recovery'],
    ['call', 'call', 'recovery'],
    ['withdraw', 'email', 'withdraw'],
    ['feedback-request', 'email', 'feedback'],
  ])('drafts a %s as a %s for %s, reading standard input', async (type, kind, purpose) => {
    const r = await runCli(['draft', '--type', type, '--json', '-'], { stdin: text });
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.stdout);
    expect(draft).toMatchObject({ type, kind, purpose });
    if (kind !== 'email') expect(draft.subject).toBeNull();
  });

  it('shows the draft with its subject line first, then the check result', async () => {
    const r = await runCli(['draft', '--type', 'recovery-email', '-'], { stdin: text });
    expect(r.code).toBe(0);
    const subjectAt = r.stdout.indexOf('Subject: ');
    const greetingAt = r.stdout.search(/^(?:Hi|Hello|Dear) Mina,$/m);
    const checkAt = r.stdout.indexOf('Check (email, recovery)');
    expect(subjectAt).toBeGreaterThanOrEqual(0);
    expect(greetingAt).toBeGreaterThan(subjectAt);
    expect(checkAt).toBeGreaterThan(greetingAt);
    expect(r.stdout).not.toMatch(/\berror\b/);
  });

  it.each([
    [
      ['draft', '--type', 'recovery', 'd.json'],
      /--type: expected one of recovery-email, thank-you-email, expansive-letter, call, withdraw, feedback-request; got "recovery"/,
    ],
    [['draft', 'd.json'], /--type: expected one of .*; it is missing/],
  ])('rejects a bad --type with exit 2 and the allowed values: %j', async (argv, message) => {
    const r = await runCli(argv, { files: { 'd.json': text } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['an invalid debrief', '{"company": "Acme"}', /role: required field is missing/],
    ['a debrief with an unknown field', JSON.stringify({ ...debrief, mood: 'bad' }), /unknown field "mood"/],
    ['text that is not JSON', 'not json', /not valid JSON/],
  ])('rejects %s with exit 2 and nothing on stdout', async (_name, stdin, message) => {
    const r = await runCli(['draft', '--type', 'call', '-'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('names a missing file', async () => {
    const r = await runCli(['draft', '--type', 'call', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.json: cannot read the file/);
  });
});
