// Loaded lazily (await import('./prompts')) only when a person is at a terminal. The static import
// becomes a plain require in the CLI bundle: a dynamic import() of an external package fails when
// the bundle runs from its V8 code cache.
import { confirm, input, select } from '@inquirer/prompts';
import { CliError } from './cli-error';
import type { Prompter } from './commands/new';

/** Exit status of a run the person cancelled (Ctrl+C), as shells report an interrupt. */
const CANCELLED = 130;

/** Ctrl+C or a closed terminal ends the questions calmly: nothing was saved, and no stack trace. */
async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') {
      throw new CliError('cancelled: nothing was saved', CANCELLED);
    }
    throw e;
  }
}

/** The terminal prompts of @inquirer/prompts, as the debrief wizard asks them. */
export const prompter: Prompter = {
  input: (q) => cancellable(() => input(q)),
  select: (q) => cancellable(() => select(q)),
  confirm: (q) => cancellable(() => confirm(q)),
};
