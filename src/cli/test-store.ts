import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './test-io';

/**
 * A private data directory for CLI tests: each test gets its own SQLite file, and `cli()` runs the
 * real commands in-process against it with a fixed clock.
 *
 * @example
 * const t = createTestDataDir();
 * const r = await t.cli(['new', '--from', 'd.json'], { files: { 'd.json': text } });
 * t.remove();
 */
export function createTestDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-cli-'));
  return {
    dir,
    cli: (
      argv: string[],
      options: { files?: Record<string, string>; now?: string; stdin?: string } = {},
    ): Promise<CliRun> =>
      runCli(argv, {
        now: '2026-11-20T13:00:00-05:00',
        ...options,
        env: { REBOUND_DATA_DIR: dir, HOME: dir },
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An invented debrief for the CLI tests, as JSON text. */
export const DEBRIEF_JSON = JSON.stringify({
  company: 'Larkspur Analytics',
  role: 'Data Engineer',
  interviewer: { name: 'Priya Balan', email: 'priya.balan@example.com', phone: '+1 555 0142' },
  interviewAt: '2026-11-20T10:00:00-05:00',
  timeZone: 'America/New_York',
  wantJob: 'yes',
  expressedInterest: false,
  mishaps: [
    {
      id: 'm1',
      kind: 'blank-answer',
      note: 'froze on the outage question',
      severity: 'major',
      noticed: 'yes',
    },
  ],
  missedPoints: [
    {
      id: 'p1',
      question: 'How did you handle a failing pipeline?',
      evidence: 'failed loads dropped from 9 a month to 1',
    },
  ],
  candidate: { name: 'Sam Rivera', email: 'sam.rivera@example.com' },
});
