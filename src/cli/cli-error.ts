import { formatIssues, type Failure } from '../core/result';

/** The exit codes of the contract: 0 ok, 1 a check found an error, 2 bad usage or bad input. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

/**
 * An expected failure that ends a command: bad usage or bad input. Thrown by command code so it
 * unwinds to `run()`, which prints it once and maps it to exit code 2.
 */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }

  /** A failure value from core, shown as its message followed by one line per issue. */
  static from(failure: Failure, source?: string): CliError {
    const where = source ? `${source}: ` : '';
    const details = formatIssues(failure.issues)
      .split('\n')
      .filter(Boolean)
      .map((l) => `  ${l}`)
      .join('\n');
    return new CliError(`${where}${failure.message}${details ? `:\n${details}` : ''}`);
  }
}

/**
 * True for a CliError from any bundle. Each command is bundled on its own (scripts/build.mjs), so a
 * command's CliError is not the same class object as the main bundle's and `instanceof` fails.
 */
export function isCliError(e: unknown): e is CliError {
  return e instanceof Error && e.name === 'CliError' && typeof (e as CliError).exitCode === 'number';
}

/** Parses a value against an allowed list, or fails naming the option and the allowed values. */
export function oneOfOption<const T extends readonly string[]>(
  option: string,
  value: string,
  allowed: T,
): T[number] {
  if ((allowed as readonly string[]).includes(value)) return value as T[number];
  throw new CliError(`${option}: expected one of ${allowed.join(', ')}, got "${value}"`);
}
