import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Backend } from '../backend';
import type { Database } from '../database';
import type { SqliteDatabase } from './sqlite-file';

/**
 * The SQLite backend: Kysely over one better-sqlite3 connection. Write transactions start with
 * `BEGIN IMMEDIATE`, taking the write lock up front: a deferred transaction that reads and then
 * writes could fail at once with SQLITE_BUSY instead of waiting for the other process.
 *
 * @example
 * const backend = createSqliteBackend(await openSqliteFile(file));
 */
export function createSqliteBackend(raw: SqliteDatabase): Backend {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });

  async function inTransaction<T>(begin: string, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return db.connection().execute(async (conn) => {
      await sql.raw(begin).execute(conn);
      try {
        const result = await fn(conn);
        await sql.raw('commit').execute(conn);
        return result;
      } catch (e) {
        if (raw.inTransaction) await sql.raw('rollback').execute(conn);
        throw e;
      }
    });
  }

  return {
    kind: 'sqlite',
    db,
    write: (fn) => inTransaction('begin immediate', fn),
    read: (fn) => inTransaction('begin', fn),
    close: () => db.destroy(),
  };
}
