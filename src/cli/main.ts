import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT } from './cli-error';
import type { CliIo } from './io';
import { run } from './run';

/** The only place that touches `process`: it builds the real io and sets the exit code. */
async function main(): Promise<void> {
  const cwd = process.cwd();
  const io: CliIo = {
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
    writeFile: (path, data) => writeFile(resolve(cwd, path), data, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    isInteractive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    env: process.env,
    cwd,
    now: () => new Date(),
  };
  process.exitCode = await run(process.argv.slice(2), io);
}

main().catch((e: unknown) => {
  process.stderr.write(`rebound: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = EXIT.internal;
});
