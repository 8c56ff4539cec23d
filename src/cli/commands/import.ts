import type { Command } from 'commander';
import { parseJsonText } from '../../core/json-text';
import { CliError } from '../cli-error';
import { readInput } from '../input';
import type { CliIo } from '../io';
import { withStore } from '../open-store';
import type { ExitCodeSink } from '../run';
import { createProgressBar, plural } from './export';

/** Largest import file accepted: far above 10,000 interviews, far below what would exhaust memory. */
const MAX_IMPORT_CHARS = 512 * 1024 * 1024;

export function registerImport(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('import')
    .description('Import a file made by rebound export: validated first, then all of it or nothing')
    .argument('<file>', 'the export JSON file, or - to read standard input')
    .action(async (file: string) => {
      const source = file === '-' ? 'stdin' : file;
      const json = parseJsonText(await readInput(io, file), 'import file', MAX_IMPORT_CHARS);
      if (!json.ok) throw CliError.from(json.error, source);
      // Validated before the store is opened, so a bad file leaves no trace, not even a new database.
      const { parseExport } = await import('../../store/export-schema');
      const valid = parseExport(json.value);
      if (!valid.ok) throw CliError.from(valid.error, source);
      const bar = io.isTTY ? createProgressBar(io, 'Importing') : undefined;
      const result = await withStore(io, (s) => s.store.importAll(s.userId, json.value, bar?.update));
      bar?.finish();
      if (!result.ok) throw CliError.from(result.error, source);
      const n = result.value;
      io.stdout(
        `Imported ${plural(n.interviews, 'interview')}, ${plural(n.lessons, 'lesson')} and ${plural(n.answers, 'answer')} from ${source}\n`,
      );
    });
}
