import type { Command } from 'commander';
import type { CliIo } from '../io';
import type { ExitCodeSink } from '../run';

type Register = (program: Command, io: CliIo, sink: ExitCodeSink) => void;

/**
 * Every command of the CLI, loaded lazily: a run initializes only the module graph of the command
 * it runs, which keeps start-up fast as commands grow. To add a command, add ONE line:
 * `name: () => import('./file').then((m) => m.registerName),`
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  plan: () => import('./plan').then((m) => m.registerPlan),
  check: () => import('./check').then((m) => m.registerCheck),
  draft: () => import('./draft').then((m) => m.registerDraft),
  serve: () => import('./serve').then((m) => m.registerServe),
  new: () => import('./new').then((m) => m.registerNew),
  list: () => import('./list').then((m) => m.registerList),
  show: () => import('./show').then((m) => m.registerShow),
  done: () => import('./done').then((m) => m.registerDone),
  contact: () => import('./contact').then((m) => m.registerContact),
  outcome: () => import('./outcome').then((m) => m.registerOutcome),
  lessons: () => import('./lessons').then((m) => m.registerLessons),
  journal: () => import('./journal').then((m) => m.registerJournal),
  answers: () => import('./answers').then((m) => m.registerAnswers),
  export: () => import('./export').then((m) => m.registerExport),
  import: () => import('./import').then((m) => m.registerImport),
  ics: () => import('./ics').then((m) => m.registerIcs),
  eml: () => import('./eml').then((m) => m.registerEml),
};

/** Registers the command named in `argv`, or every command when none is named (help, typos). */
export async function registerCommands(
  program: Command,
  io: CliIo,
  sink: ExitCodeSink,
  argv: readonly string[],
): Promise<void> {
  const name = argv.find((a) => !a.startsWith('-'));
  // `rebound --version` needs no command at all.
  if (name === undefined && argv.some((a) => a === '-v' || a === '--version')) return;
  const names = name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((n) => COMMANDS[n]!()))) register(program, io, sink);
}
