import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Backend } from '../backend';
import type { Database } from '../database';
import { createKyselyStore } from '../kysely-store';
import { applyMigrations } from '../migrate';
import type { ZoneOffsets } from '../../core/time/zone';
import type { Store } from '../types';

export type PostgresStoreOptions = {
  url: string;
  schema?: string;
  maxConnections?: number;
  now: () => Date;
  newId: () => string;
  zoneOffsets?: ZoneOffsets;
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the PostgreSQL store: a connection pool, the schema (created when missing) and the
 * migrations, applied under an advisory lock so several servers starting at once migrate once.
 *
 * @example
 * const store = await openPostgresStore({ url: process.env.DATABASE_URL, now: () => new Date(), newId });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": expected lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
  } catch (e) {
    await pool.end();
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const backend: Backend = {
    kind: 'postgres',
    db,
    write: (fn) => db.transaction().execute(fn),
    // One snapshot for the whole read, so an export is consistent while others write.
    read: (fn) =>
      db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(fn),
    close: () => db.destroy(),
  };
  try {
    await applyMigrations(backend, options.now);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return createKyselyStore(backend, options);
}
