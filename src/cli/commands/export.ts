import type { Command } from 'commander';
import type { OnProgress } from '../../store/types';
import type { CliIo } from '../io';
import { withStore } from '../open-store';
import type { ExitCodeSink } from '../run';

export function registerExport(program: Command, io: CliIo, _sink: ExitCodeSink): void {
  program
    .command('export')
    .description('All your data (interviews, progress, drafts, lessons, answers) as one JSON file')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (flags: { out?: string }) => {
      // A bar only when the terminal is not also receiving the JSON.
      const bar = io.isTTY && flags.out !== undefined ? createProgressBar(io, 'Exporting') : undefined;
      const data = await withStore(io, (s) => s.store.exportAll(s.userId, bar?.update));
      bar?.finish();
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (flags.out === undefined) {
        io.stdout(text);
        return;
      }
      await io.writeFile(flags.out, text);
      io.stdout(
        `Exported ${plural(data.interviews.length, 'interview')}, ${plural(data.lessons.length, 'lesson')} and ${plural(data.answers.length, 'answer')} to ${flags.out}\n`,
      );
    });
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A one-line progress bar on standard error, redrawn in place at most every 1%.
 *
 * @example
 * const bar = createProgressBar(io, 'Importing');
 * await store.importAll(userId, data, bar.update);
 * bar.finish();
 */
export function createProgressBar(io: CliIo, label: string): { update: OnProgress; finish: () => void } {
  const width = 30;
  let drawn = -1;
  let shown = false;
  return {
    update: (done, total) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === drawn) return;
      drawn = percent;
      shown = true;
      const filled = Math.round((percent / 100) * width);
      io.stderr(
        `\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
      );
    },
    finish: () => {
      if (shown) io.stderr('\n');
    },
  };
}
