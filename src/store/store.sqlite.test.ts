import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
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
    expect(db.prepare('select name from rebound_migrations').pluck().all()).toEqual(['0001-initial']);
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
