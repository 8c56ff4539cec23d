import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, BUILT_BIN, ensureBuilt } from '../cli/test-built-bin';
import { debriefSchema } from '../core/debrief/schema';
import { makeExportFile } from './test-fixtures';

/**
 * Nothing is lost: real CLI processes (the built bin/rebound.js) killed with SIGKILL in the middle of
 * writing, many times at random moments, leave a database that is intact and either unchanged or
 * fully updated; two processes writing at once both succeed. The randomness is seeded, so a failure
 * can be replayed.
 */

const bin = BUILT_BIN;
const work = mkdtempSync(join(tmpdir(), 'rebound-durability-'));
const LONG = BUILD_TIMEOUT_MS;

beforeAll(ensureBuilt, LONG);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small, seeded generator (mulberry32): reproducible "random" kill delays. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Exit = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
};

/** Starts a process in its own process group, so a kill takes its children too. */
function start(cmd: string, args: string[], dataDir: string) {
  const t0 = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env, REBOUND_DATA_DIR: dataDir };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawn(cmd, args, {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 })),
  );
  const kill = () => {
    // The group of the process we started, by its id: the CLI and anything it runs.
    if (child.exitCode === null && child.signalCode === null && child.pid)
      process.kill(-child.pid, 'SIGKILL');
  };
  return { done, kill };
}

const cli = (args: string[], dataDir: string) => start(process.execPath, [bin, ...args], dataDir).done;

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Opens the database as the next process would (recovering the WAL) and reads what matters. */
function inspect(dataDir: string, prefix = '') {
  const db = new Database(join(dataDir, 'rebound.db'));
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const count = (sql: string, ...args: unknown[]) =>
      Number(
        db
          .prepare(sql)
          .pluck()
          .get(...args),
      );
    const debriefs = db.prepare("select id, debrief from interviews where user_id = 'local'").all() as {
      id: string;
      debrief: string;
    }[];
    return {
      integrity,
      interviews: count("select count(*) from interviews where id like ? || '%'", prefix),
      progress: count("select count(*) from action_progress where interview_id like ? || '%'", prefix),
      drafts: count("select count(*) from drafts where interview_id like ? || '%'", prefix),
      total: count('select count(*) from interviews'),
      debriefs: debriefs.map((r) => ({ id: r.id, debrief: debriefSchema.parse(JSON.parse(r.debrief)) })),
    };
  } finally {
    db.close();
  }
}

describe('nothing is lost', () => {
  it(
    'survives an import killed at random moments: intact, and each import all there or not at all',
    async () => {
      const dataDir = join(work, 'killed-imports');
      const size = 2000;
      const fileFor = (prefix: string) => {
        const file = join(work, `${prefix}.json`);
        writeFileSync(file, JSON.stringify(makeExportFile(size, prefix)));
        return file;
      };
      // One complete import first, so the database exists; a second tells how long an import takes
      // once it does. The first also creates the database, and timed by it, one CI run on a busy
      // machine cut only 4 of the 12 imports short.
      const first = await cli(['import', fileFor('full_')], dataDir);
      expect(first.code, first.stderr).toBe(0);
      const timed = await cli(['import', fileFor('timed_')], dataDir);
      expect(timed.code, timed.stderr).toBe(0);
      const random = seededRandom(20261120);
      let total = 2 * size;
      let killedMidway = 0;
      for (let round = 0; round < 12; round++) {
        const prefix = `k${round}_`;
        const file = fileFor(prefix);
        const run = start(process.execPath, [bin, 'import', file], dataDir);
        await sleep(Math.floor(random() * timed.ms));
        run.kill();
        const exit = await run.done;
        if (exit.signal === 'SIGKILL') killedMidway++;
        else expect(exit.code, exit.stderr).toBe(0);

        const seen = inspect(dataDir, prefix);
        expect(seen.integrity).toBe('ok');
        const imported = seen.interviews;
        // All of this import or none of it: never a part.
        expect([0, size]).toContain(imported);
        expect(seen.progress).toBe(imported);
        expect(seen.drafts).toBe(imported / 10);
        // A finished import is always all there.
        if (exit.code === 0) expect(imported).toBe(size);
        total += imported;
        expect(seen.total).toBe(total);
      }
      // The test only proves something if most imports really were cut short.
      expect(killedMidway).toBeGreaterThanOrEqual(6);
    },
    LONG,
  );

  it(
    'survives bursts of contact and done writes killed at random moments, keeping every reported write',
    async () => {
      const dataDir = join(work, 'killed-bursts');
      const rounds = 8;
      const perRound = 6;
      writeFileSync(
        join(work, 'burst.json'),
        JSON.stringify({ ...makeExportFile(rounds * perRound, 'w'), answers: [] }),
      );
      const imported = await cli(['import', join(work, 'burst.json')], dataDir);
      expect(imported.code, imported.stderr).toBe(0);
      const random = seededRandom(7);
      for (let round = 0; round < rounds; round++) {
        const ids = Array.from({ length: perRound }, (_, i) => `w${round * perRound + i}`);
        const script = ids
          .map(
            (id) => `"$NODE" "$BIN" contact ${id} --type email && "$NODE" "$BIN" done ${id} rebuild-answers`,
          )
          .join(' && ');
        const run = start('bash', ['-c', `NODE="${process.execPath}" BIN="${bin}"; ${script}`], dataDir);
        // A burst of 12 processes takes about a second or two here: cut it anywhere in there.
        await sleep(Math.floor(random() * 2500));
        run.kill();
        const exit = await run.done;

        const seen = inspect(dataDir);
        expect(seen.integrity).toBe('ok');
        const reported = exit.stdout.split('\n').filter((l) => l.startsWith('Logged: email')).length;
        const logged = seen.debriefs.filter(
          (d) => ids.includes(d.id) && d.debrief.contacts.length > 0,
        ).length;
        for (const d of seen.debriefs.filter((x) => ids.includes(x.id))) {
          expect(d.debrief.contacts.length).toBeLessThanOrEqual(1);
        }
        // Every write a process reported is there; at most the one it was killed in went further.
        expect(logged).toBeGreaterThanOrEqual(reported);
        expect(logged).toBeLessThanOrEqual(reported + 1);
      }
    },
    LONG,
  );

  it(
    'lets two processes write at once, both succeeding, even on a new database',
    async () => {
      const dataDir = join(work, 'concurrent');
      const files = ['c1_', 'c2_'].map((prefix) => {
        const file = join(work, `${prefix}.json`);
        writeFileSync(file, JSON.stringify({ ...makeExportFile(1000, prefix), lessons: [], answers: [] }));
        return file;
      });
      const [a, b] = await Promise.all(files.map((file) => cli(['import', file], dataDir)));
      expect(a!.code, a!.stderr).toBe(0);
      expect(b!.code, b!.stderr).toBe(0);
      const bursts = await Promise.all(
        ['c1_', 'c2_'].map(
          (prefix) =>
            start(
              'bash',
              [
                '-c',
                [0, 1, 2, 3, 4]
                  .map((i) => `"${process.execPath}" "${bin}" contact ${prefix}${i} --type call`)
                  .join(' && '),
              ],
              dataDir,
            ).done,
        ),
      );
      for (const burst of bursts) expect(burst.code, burst.stderr).toBe(0);
      const seen = inspect(dataDir);
      expect(seen.integrity).toBe('ok');
      expect(seen.total).toBe(2000);
      expect(seen.debriefs.filter((d) => d.debrief.contacts.length === 1)).toHaveLength(10);
    },
    LONG,
  );

  it(
    'exports and imports into an empty store as identical data, as processes',
    async () => {
      const from = join(work, 'killed-imports');
      const to = join(work, 'round-trip');
      const out1 = join(work, 'export-1.json');
      const out2 = join(work, 'export-2.json');
      expect((await cli(['export', '--out', out1], from)).code).toBe(0);
      expect((await cli(['import', out1], to)).code).toBe(0);
      expect((await cli(['export', '--out', out2], to)).code).toBe(0);
      const strip = (f: string) => readFileSync(f, 'utf8').replace(/"exportedAt": "[^"]+"/, '');
      expect(strip(out2)).toBe(strip(out1));
      expect(JSON.parse(readFileSync(out2, 'utf8')).interviews.length).toBeGreaterThanOrEqual(2000);
    },
    LONG,
  );
});
