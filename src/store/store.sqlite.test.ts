import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { debriefSchema } from '../core/debrief/schema';
import { MIGRATIONS } from './migrations';
import { debriefColumns } from './next-action';
import { openStore } from './open-store';
import { createSqliteBackend } from './sqlite/sqlite-backend';
import { openSqliteFile } from './sqlite/sqlite-file';
import { describeStoreCases } from './store.case';
import { sampleDebrief } from './test-fixtures';

const root = mkdtempSync(join(tmpdir(), 'rebound-store-'));
let n = 0;
const freshFile = () => join(root, `db-${++n}`, 'rebound.db');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStoreCases('SQLite', {
  async open(options) {
    const file = freshFile();
    return {
      store: await openStore({ kind: 'sqlite', file, ...options }),
      reopen: () => openStore({ kind: 'sqlite', file, ...options }),
    };
  },
});

describe('the SQLite file', () => {
  it('is created with its directory on first use, in WAL mode, with the migration recorded', async () => {
    const file = freshFile();
    const store = await openStore({ kind: 'sqlite', file });
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('select name from rebound_migrations').pluck().all()).toEqual([
      '0001-initial',
      '0002-list-index',
    ]);
    db.close();
  });

  it('upgrades a database made by an older version, keeping its data', async () => {
    const file = freshFile();
    // The database as an earlier version left it: only 0001 applied, and one interview in it.
    const backend = createSqliteBackend(await openSqliteFile(file));
    await backend.write(async (trx) => {
      await MIGRATIONS[0]!.up(trx);
      await trx.schema
        .createTable('rebound_migrations')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('applied_at', 'text')
        .execute();
      await trx
        .insertInto('rebound_migrations')
        .values({ name: '0001-initial', applied_at: 'then' })
        .execute();
      const debrief = debriefSchema.parse(sampleDebrief());
      const stamp = '2026-11-20T18:00:00.000Z';
      const columns = debriefColumns(debrief, new Set(), new Date(stamp));
      await trx
        .insertInto('interviews')
        .values({ user_id: 'local', id: 'old00001', ...columns, created_at: stamp, updated_at: stamp })
        .execute();
    });
    await backend.close();
    const old = await openStore({ kind: 'sqlite', file, now: () => new Date('2026-11-20T18:00:00Z') });
    expect((await old.getInterview('local', 'old00001'))?.debrief.company).toBe('Larkspur Analytics');
    expect((await old.listInterviews('local')).map((i) => i.id)).toEqual(['old00001']);
    await old.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('select name from rebound_migrations order by name').pluck().all()).toEqual([
      '0001-initial',
      '0002-list-index',
    ]);
    expect(
      db.prepare("select sql from sqlite_master where name = 'interviews_by_date'").pluck().get(),
    ).toMatch(/user_id.*interview_utc.*id/);
    db.close();
  });

  it('refuses a database written by a newer Rebound instead of guessing', async () => {
    const file = freshFile();
    await (await openStore({ kind: 'sqlite', file })).close();
    const db = new Database(file);
    db.prepare("insert into rebound_migrations (name, applied_at) values ('9999-future', 'x')").run();
    db.close();
    await expect(openStore({ kind: 'sqlite', file }).then((s) => s.listLessons('local'))).rejects.toThrow(
      /newer version of Rebound/,
    );
  });

  it('lists from the raw statement exactly what the query layer would', async () => {
    const file = freshFile();
    const store = await openStore({ kind: 'sqlite', file });
    const created = await store.createInterview('local', sampleDebrief());
    expect(created.ok).toBe(true);
    const fast = await store.listInterviews('local');
    // A second store whose first call loads Kysely, then the Kysely list through exportAll's ids.
    const exported = await store.exportAll('local');
    expect(fast.map((s) => s.id)).toEqual(exported.interviews.map((i) => i.id));
    expect(fast[0]).toMatchObject({ company: 'Larkspur Analytics', nextAction: { type: 'cool-off' } });
    await store.close();
  });
});
