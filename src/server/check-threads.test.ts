import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  answerChecks,
  checkToJson,
  createCheckPool,
  type CheckInput,
  type CheckPool,
  type CheckThread,
} from './check-threads';

const EMAIL: CheckInput = {
  text: 'Subject: Thanks\n\nHi Priya,\n\nThank you for your time today.\n\nBest,\nJordan',
  kind: 'email',
  purpose: 'recovery',
};

/**
 * A checker "thread" on a message channel in this thread: the real protocol on both sides
 * (`answerChecks` answers the pool), without starting a worker that would need the build.
 */
function channelThread(
  opts: { check?: (input: CheckInput) => string; isSilent?: boolean; isStuck?: boolean } = {},
) {
  const { port1, port2 } = new MessageChannel();
  if (opts.isStuck) {
    // Says it is ready, then never answers (a thread busy forever, until it stops).
    port2.on('message', () => {});
    port2.postMessage({ ready: true });
  } else if (!opts.isSilent) answerChecks(port2, opts.check);
  const thread: CheckThread = {
    postMessage: (request) => port1.postMessage(request),
    on: ((event: string, listener: (arg: unknown) => void) =>
      port1.on(event === 'exit' ? 'close' : event, listener)) as CheckThread['on'],
    terminate: () => port1.close(),
  };
  return { thread, stop: () => port2.close() };
}

const pools: CheckPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(
  threads: CheckThread[],
  extra: { errors?: unknown[]; checkHere?: (i: CheckInput) => string } = {},
) {
  let next = 0;
  const p = createCheckPool({
    size: threads.length,
    spawn: () => threads[next++]!,
    logError: (e) => extra.errors?.push(e),
    ...(extra.checkHere ? { checkHere: extra.checkHere } : {}),
  });
  pools.push(p);
  return p;
}

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('createCheckPool', () => {
  it('answers a check through a thread with the same JSON as checking here', async () => {
    const p = pool([channelThread({ check: (i) => `thread:${checkToJson(i)}` }).thread]);
    await tick();
    expect(await p.run(EMAIL)).toBe(`thread:${checkToJson(EMAIL)}`);
  });

  it('checks in this thread while no thread has said it is ready', async () => {
    const p = pool([channelThread({ isSilent: true }).thread], { checkHere: () => 'here' });
    expect(await p.run(EMAIL)).toBe('here');
  });

  it('sends each check to the ready thread with the fewest checks in flight', async () => {
    const slow = channelThread({ isSilent: true });
    const fast = channelThread({ check: () => 'fast' });
    const p = pool([fast.thread, slow.thread]);
    await tick();
    const first = p.run(EMAIL);
    const second = p.run(EMAIL);
    expect(p.queued()).toEqual([2, 0]); // the silent thread never said it was ready
    expect(await Promise.all([first, second])).toEqual(['fast', 'fast']);
    expect(p.queued()).toEqual([0, 0]);
  });

  it('spreads checks in flight across ready threads', async () => {
    const a = channelThread({ check: () => 'a' });
    const b = channelThread({ check: () => 'b' });
    const p = pool([a.thread, b.thread]);
    await tick();
    const runs = [p.run(EMAIL), p.run(EMAIL), p.run(EMAIL), p.run(EMAIL)];
    expect(p.queued()).toEqual([2, 2]);
    expect((await Promise.all(runs)).sort()).toEqual(['a', 'a', 'b', 'b']);
  });

  it('fails a check whose checker threw in the thread, and keeps the thread', async () => {
    let calls = 0;
    const p = pool([
      channelThread({
        check: () => {
          calls += 1;
          if (calls === 1) throw new Error('checker bug');
          return 'ok';
        },
      }).thread,
    ]);
    await tick();
    await expect(p.run(EMAIL)).rejects.toThrow('checker bug');
    expect(await p.run(EMAIL)).toBe('ok');
  });

  it('runs the checks of a thread that stopped here, and reports the thread once', async () => {
    const errors: unknown[] = [];
    const stuck = channelThread({ isStuck: true });
    const p = pool([stuck.thread], { errors, checkHere: () => 'here' });
    await tick();
    const waiting = p.run(EMAIL);
    expect(p.queued()).toEqual([1]);
    stuck.stop();
    expect(await waiting).toBe('here');
    expect(await p.run(EMAIL)).toBe('here');
    expect(errors).toHaveLength(1);
  });
});
