import { intlZoneOffsets } from '../core/time/zone';
import type { CliIo } from './io';
import { run } from './run';

/** The result of one in-process CLI run. */
export type CliRun = { code: number; stdout: string; stderr: string; files: Map<string, string> };

/**
 * Runs the CLI in-process against an in-memory file system and a fixed clock: the real commands,
 * with only the outside world replaced.
 *
 * @example
 * const r = await runCli(['plan', '--json', 'd.json'], { files: { 'd.json': text } });
 */
export async function runCli(
  argv: string[],
  options: {
    stdin?: string;
    files?: Record<string, string>;
    now?: string;
    env?: Record<string, string>;
  } = {},
): Promise<CliRun> {
  const files = new Map(Object.entries(options.files ?? {}));
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readStdin: async () => options.stdin ?? '',
    readFile: async (path) => {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (path, data) => {
      files.set(path, data);
    },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    isInteractive: false,
    env: options.env ?? {},
    cwd: '/work',
    now: () => new Date(options.now ?? '2026-11-20T12:00:00-05:00'),
    zoneOffsets: intlZoneOffsets,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, files };
}
