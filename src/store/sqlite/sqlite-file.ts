import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// A static import: this module is itself loaded lazily, and the CLI bundle turns it into a plain
// require (a dynamic import() of an external package breaks under the bundle's V8 code cache).
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { LATEST_MIGRATION } from '../migrations';

export type SqliteDatabase = BetterSqlite3.Database;

/** How long a writer waits for another process's transaction before giving up, in ms. */
export const BUSY_TIMEOUT_MS = 15_000;

/**
 * Opens (creating when missing) the SQLite file with the settings every connection needs: WAL so
 * readers never block the writer, a busy timeout so two processes writing at once both succeed,
 * full fsync on commit so a committed write survives a crash, and foreign keys enforced.
 * The data directory is created private to the user.
 *
 * @example
 * const db = await openSqliteFile('/home/sam/.local/share/rebound/rebound.db');
 */
export async function openSqliteFile(file: string): Promise<SqliteDatabase> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  nativeBinding ??= findNativeBinding();
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** True when the newest migration is recorded: the common case, checked without loading Kysely. */
export function isSchemaCurrent(db: SqliteDatabase): boolean {
  try {
    const latest = db.prepare('select max(name) from rebound_migrations').pluck().get();
    return latest === LATEST_MIGRATION;
  } catch {
    // No migrations table yet: a new database.
    return false;
  }
}

let nativeBinding: string | undefined;

/**
 * The compiled addon's path, found from this file's location. The CLI bundles better-sqlite3's
 * JavaScript (loading its ten files one by one cost ~25 ms of a ~45 ms budget) and so must name the
 * addon itself: the package's own lookup (`bindings`) searches relative to the bundle and misses it.
 */
function findNativeBinding(): string | undefined {
  if (typeof __filename !== 'string') return undefined;
  // The bundle is dist/cli.cjs next to node_modules/: check that first, it costs one stat.
  const beside = join(
    dirname(__filename),
    '..',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  if (existsSync(beside)) return beside;
  try {
    const pkg = createRequire(__filename).resolve('better-sqlite3/package.json');
    const addon = join(dirname(pkg), 'build', 'Release', 'better_sqlite3.node');
    return existsSync(addon) ? addon : undefined;
  } catch {
    return undefined;
  }
}
