import type { Command } from 'commander';
import type { CliIo } from '../io';
import type { ExitCodeSink } from '../run';
import { registerPlan } from './plan';

/** Every command of the CLI. Add one line per command file. */
export function registerCommands(program: Command, io: CliIo, sink: ExitCodeSink): void {
  registerPlan(program, io, sink);
}
