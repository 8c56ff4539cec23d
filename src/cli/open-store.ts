import { homedir } from 'node:os';
import type { Failure, Result } from '../core/result';
import { resolveStoreConfig } from '../store/config';
import { openStore } from '../store/open-store';
import { LOCAL_USER_ID, type Store, type StoredInterview, type UserId } from '../store/types';
import { CliError, EXIT } from './cli-error';
import type { CliIo } from './io';

/** What a storage command works with: the store and the one local user of the CLI. */
export type CliStore = { store: Store; userId: UserId };

/**
 * Opens the person's store from the CLI's environment (`DATABASE_URL`, `REBOUND_DATA_DIR`,
 * `XDG_DATA_HOME`, `HOME`), runs `fn`, and always closes it.
 *
 * @example
 * await withStore(io, async ({ store, userId }) => store.listInterviews(userId));
 */
export async function withStore<T>(
  io: CliIo,
  fn: (s: CliStore) => Promise<T>,
  options: { now?: Date } = {},
): Promise<T> {
  const config = resolveStoreConfig(io.env, io.env.HOME || homedir());
  // A command's --now is also the store's clock, so `--now` runs are reproducible end to end.
  const { now } = options;
  let store: Store;
  try {
    store = await openStore({ ...config, now: now ? () => now : io.now, zoneOffsets: io.zoneOffsets });
  } catch (e) {
    // Not the person's input, but not a bug in Rebound either: say which database and why, no stack.
    const where = config.kind === 'sqlite' ? config.file : 'the PostgreSQL database in DATABASE_URL';
    throw new CliError(`cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`, EXIT.internal);
  }
  try {
    return await fn({ store, userId: LOCAL_USER_ID });
  } finally {
    await store.close();
  }
}

/** The interview with this id, or exit 2 naming the argument. */
export async function requireInterview(s: CliStore, id: string): Promise<StoredInterview> {
  const interview = await s.store.getInterview(s.userId, id);
  if (!interview) throw unknownInterview(id);
  return interview;
}

export function unknownInterview(id: string): CliError {
  return new CliError(`ID: there is no interview with id "${id}" (rebound list shows your interviews)`);
}

/** The value of a store result, or exit 2 with its message; `argument` names what was wrong. */
export function valueOf<T>(result: Result<T>, argument?: string): T {
  if (result.ok) return result.value;
  throw storeError(result.error, argument);
}

function storeError(failure: Failure, argument?: string): CliError {
  if (failure.code === 'interview/not-found') {
    const id = /"([^"]*)"/.exec(failure.message)?.[1] ?? '';
    return unknownInterview(id);
  }
  if (argument && failure.issues.length === 1 && failure.issues[0]) {
    return new CliError(`${argument}: ${failure.issues[0].message}`);
  }
  return CliError.from(failure, argument);
}
