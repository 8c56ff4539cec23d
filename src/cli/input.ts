import type { Debrief } from '../core/debrief/schema';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/** Reads FILE, or standard input when FILE is `-`; unreadable files are bad input (exit 2). */
export async function readInput(io: CliIo, file: string): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new CliError(`${file}: cannot read the file (${reason})`);
  }
}

/** Reads and validates a debrief from FILE or `-`, failing with every problem named. */
export async function readDebrief(io: CliIo, file: string): Promise<Debrief> {
  const text = await readInput(io, file);
  // Loaded here, not at the top: building the zod schema costs a few ms of start-up, and
  // `rebound check` reads a debrief only with --context.
  const { parseDebriefText } = await import('../core/debrief/parse');
  const parsed = parseDebriefText(text);
  if (!parsed.ok) throw CliError.from(parsed.error, file === '-' ? 'stdin' : file);
  return parsed.value;
}
