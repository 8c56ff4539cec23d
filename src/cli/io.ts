import type { ZoneOffsets } from '../core/time/zone';

/** Everything a command may touch of the outside world, injected so tests can run commands in-process. */
export type CliIo = {
  /** Reads all of standard input as UTF-8. */
  readStdin: () => Promise<string>;
  /** Reads a file as UTF-8 (relative to `cwd`). */
  readFile: (path: string) => Promise<string>;
  /** Writes a file (relative to `cwd`), creating it or replacing it. */
  writeFile: (path: string, data: string) => Promise<void>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when standard output is a terminal: colours, relative times and progress bars. */
  isTTY: boolean;
  /** True when standard input is a terminal: interactive prompts are allowed. */
  isInteractive: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock, injected so plans and tests are reproducible. */
  now: () => Date;
  /** UTC offsets of named time zones (see core/time/zone.ts). */
  zoneOffsets: ZoneOffsets;
};
