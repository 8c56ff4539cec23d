import type { Kysely } from 'kysely';
import { up as initial } from './0001-initial';
import { up as listIndex } from './0002-list-index';

export type Migration = {
  /** Sorts in the order to apply; recorded in `rebound_migrations` once applied. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema of its own time
  up: (db: Kysely<any>) => Promise<void>;
};

/** Every migration, oldest first. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001-initial', up: initial },
  { name: '0002-list-index', up: listIndex },
];

/** The name of the newest migration: a database that has it is up to date. */
export const LATEST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1]?.name ?? '';
