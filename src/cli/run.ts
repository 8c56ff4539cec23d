import { Command, CommanderError } from 'commander';
import { EXIT, isCliError } from './cli-error';
import { registerCommands } from './commands';
import type { CliIo } from './io';

declare const __REBOUND_VERSION__: string | undefined;
const VERSION = typeof __REBOUND_VERSION__ === 'string' ? __REBOUND_VERSION__ : '0.0.0-dev';

/** What a command's action reports back: its exit code. */
export type ExitCodeSink = { code: number };

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code.
 * Never touches `process`: everything comes through `io`.
 *
 * @example
 * const code = await run(['plan', '--json', 'debrief.json'], io);
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const sink: ExitCodeSink = { code: EXIT.ok };
  const program = new Command('rebound')
    .description(
      'Recover from a job interview that went badly: debrief, reality check, plan, drafts, checks.',
    )
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s),
    });
  await registerCommands(program, io, sink, argv);
  program.commands.forEach((c) => c.exitOverride().configureOutput(program.configureOutput()));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return sink.code;
  } catch (e) {
    if (isCliError(e)) {
      io.stderr(`rebound: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      // Commander has already printed its message on stderr.
      return EXIT.usage;
    }
    throw e;
  }
}
