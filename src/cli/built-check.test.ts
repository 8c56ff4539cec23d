import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, BUILT_BIN, ensureBuilt } from './test-built-bin';

/**
 * `rebound check` as the built process runs it: the command's bundle, and zod's own bundle
 * (dist/debrief-parse.cjs), which is loaded only to name the problems of an invalid debrief.
 */
const work = mkdtempSync(join(tmpdir(), 'rebound-built-check-'));

beforeAll(ensureBuilt, BUILD_TIMEOUT_MS);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(...args: string[]) {
  return spawnSync(process.execPath, [BUILT_BIN, 'check', ...args], { cwd: work, encoding: 'utf8' });
}

describe('the built rebound check', () => {
  const note = join(work, 'note.txt');
  writeFileSync(
    note,
    'Subject: Thank you\n\nHi Dana,\n\nThank you for Tuesday. At Keel I cut defects by 31%.\n\n' +
      'I am keen on the Quality Engineer role and would be glad to send the audit plan.\n\nBest,\nRobin\n',
  );

  it('names every problem of an invalid debrief and exits 2', () => {
    const debrief = join(work, 'bad.json');
    writeFileSync(debrief, JSON.stringify({ company: 'Keel', role: 5 }));
    const run = check('--context', debrief, note);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('role: expected the role as a string, got 5');
    expect(run.stderr).toContain('interviewAt: required field is missing');
  });

  it('checks a note against a valid debrief without the error bundle', () => {
    const debrief = join(work, 'good.json');
    writeFileSync(
      debrief,
      JSON.stringify({
        company: 'Harbor Instruments',
        role: 'Quality Engineer',
        interviewer: { name: 'Dana Reyes' },
        interviewAt: '2026-05-05T10:00:00-04:00',
        wantJob: 'yes',
      }),
    );
    const run = check('--json', '--context', debrief, note);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'email', findings: [] });
  });

  it('holds only ASCII in its bundles, which bin/rebound.js reads as Latin-1', () => {
    const dist = join(dirname(BUILT_BIN), '..', 'dist');
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.cjs'))) {
      expect(/[^\t\n\r\x20-\x7e]/.test(readFileSync(join(dist, file), 'latin1')), file).toBe(false);
    }
  });

  it('matches phrases spelled with non-ASCII characters', () => {
    const accented = join(work, 'accented.txt');
    writeFileSync(
      accented,
      'Hi Dana,\n\nThank you for Tuesday. The traffic on Periférico was terrible, so I arrived late. ' +
        'At Keel I cut defects by 31%.\n\nI’m keen on the role and would be glad to send the audit plan.\n\nBest,\nRobin\n',
    );
    const run = check('--json', accented);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('excuse');
  });
});
