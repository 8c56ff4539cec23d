import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { openStore } from './open-store';
import { describeStoreCases } from './store.case';

/**
 * The shared storage suite against a real PostgreSQL server. `npm test` sources
 * scripts/setup/postgres.sh, which exports TEST_DATABASE_URL; when it is missing (vitest run by
 * hand) this file runs that script itself. Without a server the suite FAILS: never a silent skip.
 */
function findDatabaseUrl(): string | undefined {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  try {
    const script = join(import.meta.dirname, '../../scripts/setup/postgres.sh');
    const out = execFileSync('bash', ['-c', `source "${script}" >&2; printf %s "\${TEST_DATABASE_URL:-}"`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 120_000,
    });
    return out || undefined;
  } catch {
    return undefined;
  }
}

const url = findDatabaseUrl();

if (!url) {
  describe('store on PostgreSQL', () => {
    it('needs a PostgreSQL server', () => {
      throw new Error(
        'TEST_DATABASE_URL is not set and scripts/setup/postgres.sh could not start PostgreSQL: ' +
          'set TEST_DATABASE_URL=postgres://user:password@host:port/db or run the tests with `npm test`.',
      );
    });
  });
} else {
  // Every run, and every store within it, gets its own schema: runs never see each other's data.
  const run = `rt_${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  let n = 0;

  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  describeStoreCases('PostgreSQL', {
    async open(options) {
      const schema = `${run}_${++n}`;
      schemas.push(schema);
      const config = { kind: 'postgres' as const, url, schema, maxConnections: 4, ...options };
      return { store: await openStore(config), reopen: () => openStore(config) };
    },
  });
}
