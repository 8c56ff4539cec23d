import { checkMessage, type CheckOptions } from '../core/check';

/**
 * The note checker off the HTTP thread. A check is pure CPU (~0.4 ms for a short email, far more
 * for a long letter) while everything else about a request costs ~0.1 ms; on the event loop it
 * makes every other request wait and leaves the machine's other cores idle. So the server hands
 * checks to worker threads and keeps only HTTP, the guards and validation on the main thread.
 * Workers never see the store, sessions or limits: they get validated input and return the
 * result already serialized as JSON, so the main thread writes it as is.
 */

/** What one check needs: the validated body of POST /api/check, the context already parsed. */
export type CheckInput = { text: string } & Required<Pick<CheckOptions, 'kind' | 'purpose'>> &
  Pick<CheckOptions, 'context'>;

/** Runs one check and answers the result as JSON text. */
export type CheckRunner = (input: CheckInput) => Promise<string>;

type Request = { id: number; input: CheckInput };
/** A thread says `ready` once, when it has loaded the checker, then answers each request by id. */
type Reply = { ready: true } | { id: number; json: string } | { id: number; error: string };

/** The side of a worker thread the pool talks to (a `Worker`, or a `MessagePort` in tests). */
export type CheckThread = {
  postMessage: (request: Request) => void;
  on(event: 'message', listener: (reply: Reply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: () => void): unknown;
  terminate: () => unknown;
};

/** The side of the main thread a worker answers on (`parentPort` in a worker thread). */
export type CheckPort = {
  postMessage: (reply: Reply) => void;
  on(event: 'message', listener: (request: Request) => void): unknown;
};

/**
 * Checks a message in this thread and serializes the result.
 *
 * @example
 * const json = checkToJson({ text: 'Hi Dana, ...', kind: 'email', purpose: 'recovery' });
 */
export function checkToJson(input: CheckInput): string {
  return JSON.stringify(
    checkMessage(input.text, { kind: input.kind, purpose: input.purpose, context: input.context }),
  );
}

/**
 * The worker's half: answers every check request that arrives on `port`. A bug that throws in the
 * checker is sent back as an error, never kills the thread.
 *
 * @example
 * answerChecks(parentPort); // in the worker thread
 */
export function answerChecks(port: CheckPort, check: (input: CheckInput) => string = checkToJson): void {
  port.on('message', ({ id, input }) => {
    let reply: Reply;
    try {
      reply = { id, json: check(input) };
    } catch (e) {
      reply = { id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}

export type CheckPool = {
  run: CheckRunner;
  /** Checks waiting on each thread, for tests and diagnostics. */
  queued: () => number[];
  close: () => Promise<void>;
};

export type CheckPoolOptions = {
  /** Starts one thread; called `size` times. The thread's first message says it is ready. */
  spawn: () => CheckThread;
  size: number;
  /** Where a thread's unexpected failure is reported (its checks are then run here). */
  logError?: (error: unknown) => void;
  /** Runs a check in this thread: before the threads are ready, and after all of them failed. */
  checkHere?: (input: CheckInput) => string;
};

type Slot = {
  thread: CheckThread;
  isReady: boolean;
  isGone: boolean;
  pending: Map<number, { input: CheckInput; done: (json: string) => void; fail: (e: Error) => void }>;
};

/**
 * A fixed set of checker threads. Each check goes to the ready thread with the fewest checks in
 * flight; while no thread is ready (start-up, or all of them died) it runs in this thread, so a
 * check is never refused for lack of a worker. A thread that dies has its checks run here.
 *
 * @example
 * const pool = createCheckPool({ size: 1, spawn: () => new Worker(script, { workerData }) });
 * const json = await pool.run({ text, kind: 'email', purpose: 'recovery' });
 */
export function createCheckPool(opts: CheckPoolOptions): CheckPool {
  const checkHere = opts.checkHere ?? checkToJson;
  let nextId = 0;
  let isClosed = false;

  const slots: Slot[] = Array.from({ length: opts.size }, () => {
    const slot: Slot = { thread: opts.spawn(), isReady: false, isGone: false, pending: new Map() };
    slot.thread.on('message', (reply) => {
      if ('ready' in reply) {
        slot.isReady = !slot.isGone;
        return;
      }
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if ('json' in reply) job.done(reply.json);
      else job.fail(new Error(`check thread: ${reply.error}`));
    });
    const retire = (error?: Error) => {
      if (slot.isGone) return;
      slot.isGone = true;
      slot.isReady = false;
      if (isClosed) return;
      opts.logError?.(error ?? new Error('a check thread stopped; its checks run on the main thread'));
      // The checker is pure, so running an interrupted check again here gives the same answer.
      for (const job of slot.pending.values()) runHere(job.input).then(job.done, job.fail);
      slot.pending.clear();
    };
    slot.thread.on('error', retire);
    slot.thread.on('exit', () => retire());
    return slot;
  });

  const runHere = async (input: CheckInput) => checkHere(input);

  const pick = (): Slot | undefined => {
    let best: Slot | undefined;
    for (const s of slots) {
      if (s.isReady && (best === undefined || s.pending.size < best.pending.size)) best = s;
    }
    return best;
  };

  return {
    run(input) {
      const slot = pick();
      if (!slot) return runHere(input);
      const id = nextId++;
      return new Promise<string>((done, fail) => {
        slot.pending.set(id, { input, done, fail });
        slot.thread.postMessage({ id, input });
      });
    },
    queued: () => slots.map((s) => s.pending.size),
    async close() {
      isClosed = true;
      await Promise.all(slots.map((s) => s.thread.terminate()));
      for (const s of slots) {
        for (const job of s.pending.values()) job.fail(new Error('the server is closing'));
        s.pending.clear();
      }
    },
  };
}
