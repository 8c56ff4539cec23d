// Loaded lazily (await import('./prompts')) only when a person is at a terminal. The static import
// becomes a plain require in the CLI bundle: a dynamic import() of an external package fails when
// the bundle runs from its V8 code cache.
import { confirm, input, select } from '@inquirer/prompts';
import type { Prompter } from './commands/new';

/** The terminal prompts of @inquirer/prompts, as the debrief wizard asks them. */
export const prompter: Prompter = {
  input: (q) => input(q),
  select: (q) => select(q),
  confirm: (q) => confirm(q),
};
