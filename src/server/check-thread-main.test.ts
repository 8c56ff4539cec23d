import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckPool, type CheckPool } from './check-threads';

// The built thread entry, as `rebound serve` starts it (`npm test` builds before testing).
const script = join(__dirname, '..', '..', 'dist', 'check-thread.cjs');

describe('the checker thread bundle', () => {
  let pool: CheckPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('is built beside the server bundle', () => {
    expect(existsSync(script)).toBe(true);
  });

  it('answers checks on a real worker thread', async () => {
    const errors: unknown[] = [];
    let ready: Promise<unknown> = Promise.resolve();
    pool = createCheckPool({
      size: 1,
      spawn: () => {
        const worker = new Worker(script);
        ready = new Promise((done) => worker.once('message', done));
        return worker;
      },
      // Checks on the main thread would hide a broken thread bundle.
      checkHere: () => {
        throw new Error('checked on the main thread');
      },
      logError: (e) => errors.push(e),
    });
    await ready;
    const json = await pool.run({
      text: 'Subject: Thanks\n\nHi Dana,\n\nSorry I bombed the budget question.\n\nBest,\nSam',
      kind: 'email',
      purpose: 'recovery',
    });
    const rules = (JSON.parse(json) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('apology');
    expect(rules).toContain('over-candid');
    expect(errors).toEqual([]);
  });
});
