import type { Kysely } from 'kysely';
import type { Database } from './database';

/**
 * What the store needs from a database: a Kysely instance and transactions with the right locking
 * for the engine. The SQLite and PostgreSQL backends are the only dialect-specific code.
 */
export type Backend = {
  kind: 'sqlite' | 'postgres';
  db: Kysely<Database>;
  /**
   * Runs `fn` in one transaction that holds the write lock from its start (SQLite `BEGIN IMMEDIATE`,
   * so a second writer waits for the busy timeout instead of failing), committing when it returns
   * and rolling back when it throws.
   */
  write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Runs `fn` in one read-only snapshot, so multi-query reads (an export) are consistent. */
  read<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};
