import { fstatSync, readFileSync, statSync, writeSync } from 'node:fs';

/**
 * Standard input and output for a short-lived CLI process, through file descriptors rather than
 * `process.stdin`/`process.stdout`: touching those streams loads Node's whole stream stack (and
 * `net` for pipes), ~4 ms of every run, for output a command writes in one piece anyway. Each
 * falls back to the stream where a descriptor cannot do the job (a non-blocking pipe).
 */

const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

/**
 * A writer for fd 1 or 2. Writes synchronously, so output is complete when the process exits;
 * after EAGAIN (a non-blocking pipe that is full) it hands the rest, and everything after it, to
 * the stream, keeping the order. A reader that went away (EPIPE, `rebound list | head -1`) ends the
 * output quietly, as other command-line tools do.
 */
export function createFdWriter(fd: number, stream: () => NodeJS.WritableStream): (text: string) => void {
  let mode: 'fd' | 'stream' | 'closed' = 'fd';
  return (text) => {
    if (mode === 'closed') return;
    if (mode === 'stream') {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (e) {
      if (errnoOf(e) === 'EPIPE') {
        mode = 'closed';
        return;
      }
      if (errnoOf(e) !== 'EAGAIN') throw e;
      mode = 'stream';
      stream().write(bytes.subarray(written));
    }
  };
}

/** All of standard input as UTF-8: read straight from fd 0, or through the stream when it must. */
export async function readAllStdin(): Promise<string> {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    // EAGAIN (a non-blocking pipe) and the like: the stream waits for the data properly.
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}

/** True when `fd` is a terminal. Files, pipes and /dev/null are answered without loading `tty`. */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    // /dev/null is a character device too, and where scripts send output they do not read.
    if (stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  // Loaded only for other character devices (terminals): `tty` brings `net` with it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, on purpose
  const { isatty } = require('node:tty') as { isatty: (fd: number) => boolean };
  return isatty(fd);
}
