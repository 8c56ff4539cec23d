import { acceptDebrief } from '../core/debrief/accept-debrief.generated';
import { DEBRIEF_LIMITS } from '../core/debrief/field-rules';
import type { Debrief } from '../core/debrief/schema';
import { parseJsonText } from '../core/json-text';
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
  const where = file === '-' ? 'stdin' : file;
  const json = parseJsonText(await readInput(io, file), 'debrief', DEBRIEF_LIMITS.maxTextLength);
  if (!json.ok) throw CliError.from(json.error, where);
  // The validator generated from the schema accepts a valid debrief without zod. zod is loaded only
  // to name the problems of one that is not: building its schema costs every run ~5 ms.
  const accepted = acceptDebrief(json.value);
  if (accepted) return accepted;
  const { parseDebrief } = await import('../core/debrief/parse');
  const parsed = parseDebrief(json.value);
  if (!parsed.ok) throw CliError.from(parsed.error, where);
  return parsed.value;
}
