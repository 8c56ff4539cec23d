import { readFileSync, writeFile } from 'node:fs';
import { resolve } from 'node:path';
import { parseFixedOffset, type ZoneOffsets } from '../core/time/zone';
import { EXIT } from './cli-error';
import type { CliIo } from './io';
import { createFdWriter, isTerminal, readAllStdin } from './process-streams';
import { run } from './run';

/**
 * UTC offsets read from the C library's zone rules by pointing `TZ` at the zone. Measured here:
 * 0.7 ms on first use against ~25 ms for Intl's first DateTimeFormat, most of the CLI's start-up
 * budget. The CLI is one short-lived process per command, so switching its `TZ` affects nothing else.
 */
const processZoneOffsets: ZoneOffsets = (zone, instantMs) => {
  const fixed = parseFixedOffset(zone);
  if (fixed !== null) return fixed;
  if (process.env.TZ !== zone) process.env.TZ = zone;
  // getTimezoneOffset counts minutes behind UTC; ours count minutes east of it.
  return -new Date(instantMs).getTimezoneOffset() || 0;
};

const writeStdout = createFdWriter(1, () => process.stdout);
const writeStderr = createFdWriter(2, () => process.stderr);

/** The only place that touches `process`: it builds the real io and sets the exit code. */
async function main(): Promise<void> {
  const cwd = process.cwd();
  const io: CliIo = {
    readStdin: readAllStdin,
    // Synchronous reads: a CLI reads one or two small files, and the thread pool an asynchronous
    // read starts costs more than the read. Errors keep their code (ENOENT) for the caller.
    readFile: (path) =>
      new Promise((done) => {
        done(readFileSync(resolve(cwd, path), 'utf8'));
      }),
    writeFile: (path, data) =>
      new Promise((done, fail) => writeFile(resolve(cwd, path), data, 'utf8', (e) => (e ? fail(e) : done()))),
    stdout: writeStdout,
    stderr: writeStderr,
    // Getters: asked only by commands that print colours or prompt.
    get isTTY() {
      return isTerminal(1);
    },
    get isInteractive() {
      return isTerminal(0) && isTerminal(1);
    },
    env: process.env,
    cwd,
    now: () => new Date(),
    zoneOffsets: processZoneOffsets,
  };
  process.exitCode = await run(process.argv.slice(2), io);
}

main().catch((e: unknown) => {
  writeStderr(`rebound: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = EXIT.internal;
});
