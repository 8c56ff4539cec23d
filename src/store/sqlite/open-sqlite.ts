import type { ZoneOffsets } from '../../core/time/zone';
import type { Store } from '../types';
import { createFastList } from './fast-list';
import { isSchemaCurrent, openSqliteFile } from './sqlite-file';

/** Every method of the store but `kind`: the ones the SQLite store loads Kysely for on first use. */
const STORE_METHODS = [
  'listInterviews',
  'countInterviews',
  'getInterview',
  'createInterview',
  'updateDebrief',
  'deleteInterview',
  'setActionState',
  'getProgress',
  'addContact',
  'setOutcome',
  'saveDraft',
  'getDrafts',
  'addLesson',
  'listLessons',
  'addAnswer',
  'listAnswers',
  'exportAll',
  'importAll',
  'createUser',
  'findUserByEmail',
  'getUser',
  'createSession',
  'findSession',
  'deleteSession',
  'close',
] as const satisfies readonly Exclude<keyof Store, 'kind'>[];
type StoreMethod = (typeof STORE_METHODS)[number];
// Fails to compile when a method is added to Store but not to the list above.
const _everyMethodListed: Exclude<keyof Store, 'kind' | StoreMethod> extends never ? true : never = true;

export type SqliteStoreOptions = {
  file: string;
  now: () => Date;
  newId: () => string;
  zoneOffsets?: ZoneOffsets;
};

/**
 * Opens the SQLite store. Listing runs on raw prepared statements; Kysely (the query layer of every
 * other method) is loaded on first use, and at once when the file needs migrating.
 *
 * @example
 * const store = await openSqliteStore({ file: ':memory:', now: () => new Date(), newId: createShortId });
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const raw = await openSqliteFile(options.file);
  let full: Promise<Store> | undefined;
  const loadFull = (): Promise<Store> =>
    (full ??= (async () => {
      const [{ createSqliteBackend }, { createKyselyStore }, { applyMigrations }] = await Promise.all([
        import('./sqlite-backend'),
        import('../kysely-store'),
        import('../migrate'),
      ]);
      const backend = createSqliteBackend(raw);
      await applyMigrations(backend, options.now);
      return createKyselyStore(backend, options);
    })());

  try {
    if (!isSchemaCurrent(raw)) await loadFull();
  } catch (e) {
    raw.close();
    throw e;
  }

  const fast = createFastList(raw);
  const lazy = {} as Record<StoreMethod, (...args: unknown[]) => Promise<unknown>>;
  for (const name of STORE_METHODS) {
    lazy[name] = async (...args) => {
      const store = await loadFull();
      return (store[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  }
  return {
    ...(lazy as unknown as Omit<Store, 'kind'>),
    kind: 'sqlite',
    listInterviews: async (userId, listOptions) => fast.listInterviews(userId, listOptions),
    countInterviews: async (userId) => fast.countInterviews(userId),
    close: async () => {
      if (full) await (await full).close();
      else raw.close();
    },
  };
}
