import { describe, expect, it } from 'vitest';
import { runCli } from '../test-io';

const CLEAN = `Subject: Thank you, and more on forecasting

Hi Dana,

Thank you for your time this morning. At Bellhaven I rebuilt the weekly demand model, and forecast error fell from 18% to 7% in two quarters.

I am very interested in the Operations Analyst role at Northwind, and I would be glad to walk you through the model.

Best regards,
Sam Rivera
`;
const APOLOGETIC = CLEAN.replace(
  'Thank you for your time this morning.',
  'Thank you for your time. I am so sorry I blew it.',
);
const DEBRIEF = JSON.stringify({
  company: 'Northwind Logistics',
  role: 'Operations Analyst',
  interviewer: { name: 'Marcus Hale' },
  interviewAt: '2026-11-20T10:30:00-05:00',
  wantJob: 'yes',
});

describe('rebound check', () => {
  it('prints exactly {kind, findings, stats} and exits 0 for a clean note', async () => {
    const r = await runCli(['check', '--json', 'note.txt'], { files: { 'note.txt': CLEAN } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['kind', 'findings', 'stats']);
    expect(out.findings).toEqual([]);
  });

  it('exits 1 when a finding is an error, reading the message from stdin', async () => {
    const r = await runCli(['check', '--json', '-'], { stdin: APOLOGETIC });
    expect(r.code).toBe(1);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(['apology', 'over-candid']);
  });

  it('exits 0 when the only findings are warnings or infos', async () => {
    const r = await runCli(['check', '--json', '-'], {
      stdin: CLEAN.replace('Subject: Thank you, and more on forecasting\n\n', ''),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['missing-subject']);
  });

  it('prints findings in the lint layout with a summary', async () => {
    const r = await runCli(['check', 'note.txt'], { files: { 'note.txt': APOLOGETIC } });
    expect(r.stdout).toMatch(/^ {2}5:26-5:39 +error {4}Apologizing .* {2}apology$/m);
    expect(r.stdout.startsWith('note.txt\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors');
  });

  it('says "No problems found" for a clean note', async () => {
    const r = await runCli(['check', '-'], { stdin: CLEAN });
    expect(r.stdout).toBe('No problems found\n');
  });

  it('uses the debrief to require the interviewer’s name', async () => {
    const r = await runCli(['check', '--json', '--context', 'd.json', 'note.txt'], {
      files: { 'note.txt': CLEAN, 'd.json': DEBRIEF },
    });
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual([
      'missing-personalization',
    ]);
  });

  it('applies the purpose: a thank-you note needs no evidence', async () => {
    const note = CLEAN.replace(/ At Bellhaven[^\n]*/, '');
    const recovery = await runCli(['check', '--json', '-'], { stdin: note });
    const thanks = await runCli(['check', '--json', '--purpose', 'thank-you', '-'], { stdin: note });
    expect(JSON.parse(recovery.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual([
      'missing-evidence',
    ]);
    expect(JSON.parse(thanks.stdout).findings).toEqual([]);
  });

  it.each([
    [['check', '--kind', 'tweet', '-'], '--kind: expected one of email, letter, call'],
    [
      ['check', '--purpose', 'apology', '-'],
      '--purpose: expected one of recovery, thank-you, withdraw, feedback',
    ],
    [['check', 'missing.txt'], 'missing.txt: cannot read the file'],
    [['check', '--context', 'bad.json', '-'], 'bad.json'],
    [['check', '--context', '-', '-'], '--context'],
  ])('rejects bad usage or input %j with exit 2 and nothing on stdout', async (argv, stderr) => {
    const r = await runCli(argv, { stdin: CLEAN, files: { 'bad.json': '{"company": "X"}' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(stderr);
  });

  it('refuses a message over the size limit with exit 2', async () => {
    const r = await runCli(['check', '-'], { stdin: 'a'.repeat(1024 * 1024 + 1) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('at most 1048576 characters');
  });
});
