import { sql } from 'kysely';
import type { Backend } from './backend';
import { MIGRATIONS } from './migrations';

/** Any fixed number: PostgreSQL advisory lock that serializes concurrent migrators. */
const MIGRATION_LOCK_KEY = 7_262_686_330;

/**
 * Applies the migrations the database does not have yet, in order, in one transaction that holds the
 * write lock (so two processes opening a new database at once do not both migrate it), and records
 * each in `rebound_migrations`. Returns the names applied now. Refuses a database that has
 * migrations this version does not know: it was written by a newer Rebound.
 *
 * @example
 * await applyMigrations(backend, () => new Date()); // ['0001-initial'] on a new database
 */
export async function applyMigrations(backend: Backend, now: () => Date): Promise<string[]> {
  return backend.write(async (trx) => {
    if (backend.kind === 'postgres')
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await trx.schema
      .createTable('rebound_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const applied = new Set(
      (await trx.selectFrom('rebound_migrations').select('name').execute()).map((r) => r.name),
    );
    const known = new Set(MIGRATIONS.map((m) => m.name));
    const unknown = [...applied].filter((name) => !known.has(name)).sort();
    if (unknown.length) {
      throw new Error(
        `This database was written by a newer version of Rebound (it has migration ${unknown[0]}); upgrade Rebound to open it.`,
      );
    }
    const appliedNow: string[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.name)) continue;
      await migration.up(trx);
      await trx
        .insertInto('rebound_migrations')
        .values({ name: migration.name, applied_at: now().toISOString() })
        .execute();
      appliedNow.push(migration.name);
    }
    return appliedNow;
  });
}
