import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { serve, type ServerType } from '@hono/node-server';
import { openStore, resolveStoreConfig } from '../store';
import type { Store } from '../store/types';
import { createApp } from './app';
import { createCheckPool, type CheckPool } from './check-threads';
import { SERVER_MODES, type ServerMode } from './env';

/** The port Rebound tries first (then the next free ones). */
export const DEFAULT_PORT = 4517;
/** Rebound serves one machine's loopback only; a hosted instance sits behind a proxy on the same host. */
export const HOST = '127.0.0.1';
const PORT_ATTEMPTS = 20;
/** Most checker threads REBOUND_CHECK_THREADS may ask for. */
const MAX_CHECK_THREADS = 16;

export type StartOptions = {
  /** Exactly this port (it must be free); `REBOUND_PORT` in the environment wins over it. */
  port?: number;
  /** Without an exact port: the first port to try, then the next free ones (default 4517). */
  firstPort?: number;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the built web app is; defaults to `dist/web` next to the bundle. */
  staticDir?: string;
  /** Where the server's own messages go (the URL, errors). */
  log: (line: string) => void;
  now?: () => Date;
  version?: string;
  /**
   * The real process (not a test): closes the server and the database cleanly on Ctrl+C / SIGTERM,
   * and runs POST /api/check on checker threads that re-run this process's own command line.
   */
  handleSignals?: boolean;
};

export type RunningServer = {
  url: string;
  port: number;
  mode: ServerMode;
  store: Store;
  close: () => Promise<void>;
};

/** Thrown for a bad setting in the environment or options: the CLI turns it into exit code 2. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new ServerConfigError(`${where}: expected a port number from 1 to 65535, got "${text}"`);
  }
  return port;
}

function modeFrom(env: StartOptions['env']): ServerMode {
  const mode = env.REBOUND_MODE;
  if (mode === undefined || mode === '') return env.DATABASE_URL ? 'multi-user' : 'local';
  if (!(SERVER_MODES as readonly string[]).includes(mode)) {
    throw new ServerConfigError(`REBOUND_MODE: expected one of ${SERVER_MODES.join(', ')}, got "${mode}"`);
  }
  return mode as ServerMode;
}

/**
 * How many checker threads: REBOUND_CHECK_THREADS (0 runs checks on the HTTP thread), else one
 * per core beyond the HTTP thread's, at most two: on a 2-core machine one thread already moves the
 * checker off the event loop, and more threads than cores only add switching.
 */
function checkThreadsFrom(env: StartOptions['env']): number {
  const text = env.REBOUND_CHECK_THREADS;
  if (text === undefined || text === '') return Math.max(0, Math.min(2, availableParallelism() - 1));
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > MAX_CHECK_THREADS) {
    throw new ServerConfigError(
      `REBOUND_CHECK_THREADS: expected a number of threads from 0 to ${MAX_CHECK_THREADS}, got "${text}"`,
    );
  }
  return n;
}

/**
 * Checker threads for the real process. Each runs dist/check-thread.cjs, the checker's own small
 * bundle beside the server's; without it (running from source) checks stay on the main thread.
 */
function startCheckPool(size: number, log: StartOptions['log']): CheckPool | undefined {
  const script = typeof __dirname === 'string' ? join(__dirname, 'check-thread.cjs') : undefined;
  if (size === 0 || script === undefined || !existsSync(script)) return undefined;
  return createCheckPool({
    size,
    spawn: () => {
      const worker = new Worker(script);
      // The HTTP server keeps the process alive; a thread never should on its own.
      worker.unref();
      return worker;
    },
    logError: (e) => log(`rebound: checker thread: ${e instanceof Error ? e.message : String(e)}`),
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => done(true)));
  });
}

/** The first free loopback port from `start`; an explicitly requested port must be free itself. */
async function findPort(start: number, isExplicit: boolean): Promise<number> {
  const attempts = isExplicit ? 1 : PORT_ATTEMPTS;
  for (let port = start; port < start + attempts && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new ServerConfigError(
    isExplicit
      ? `port ${start} is already in use`
      : `no free port between ${start} and ${start + attempts - 1}`,
  );
}

/** `dist/web` beside the CLI bundle (`dist/cli.cjs`), else under the working directory. */
function defaultStaticDir(env: StartOptions['env']): string | undefined {
  const candidates = [
    env.REBOUND_WEB_DIR,
    typeof __dirname === 'string' ? join(__dirname, 'web') : undefined,
    resolve('dist/web'),
  ];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(join(dir, 'index.html')));
}

function listen(app: ReturnType<typeof createApp>, port: number): Promise<ServerType> {
  return new Promise((done, fail) => {
    const server = serve({ fetch: app.fetch, port, hostname: HOST }, () => done(server));
    server.once('error', fail);
  });
}

/**
 * Starts the web app and API on 127.0.0.1: the store the CLI uses, the first free port from 4517
 * (or `REBOUND_PORT`), local mode unless `REBOUND_MODE=multi-user` or `DATABASE_URL` is set.
 *
 * @example
 * const server = await startServer({ env: process.env, log: console.log });
 * // ... later
 * await server.close();
 */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const { env } = opts;
  const envPort = env.REBOUND_PORT ? parsePort(env.REBOUND_PORT, 'REBOUND_PORT') : undefined;
  const mode = modeFrom(env);
  const threadsAsked = checkThreadsFrom(env);
  // Threads only for the real process, not for servers started by tests.
  const checkThreads = opts.handleSignals ? threadsAsked : 0;
  const exact = envPort ?? opts.port;
  const port = await findPort(exact ?? opts.firstPort ?? DEFAULT_PORT, exact !== undefined);
  const now = opts.now ?? (() => new Date());
  const store = await openStore({ ...resolveStoreConfig(env, env.HOME ?? homedir()), now });
  const staticDir = opts.staticDir ?? defaultStaticDir(env);
  if (!staticDir) opts.log('The web app is not built yet (run `npm run build`); serving the API only.');

  const pool = startCheckPool(checkThreads, opts.log);
  const app = createApp({
    store,
    ...(pool ? { runCheck: pool.run } : {}),
    now,
    mode,
    ...(staticDir ? { staticDir } : {}),
    isSecureCookie: env.REBOUND_SECURE_COOKIES === '1',
    isBehindProxy: env.REBOUND_TRUST_PROXY === '1',
    logError: (e) =>
      opts.log(`rebound: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
    ...(opts.version ? { version: opts.version } : {}),
  });
  let server: ServerType;
  try {
    server = await listen(app, port);
  } catch (e) {
    await pool?.close();
    await store.close();
    throw e;
  }
  const url = `http://${HOST}:${port}/`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await pool?.close();
      await store.close();
    })());
  if (opts.handleSignals) {
    // Once the server and the database are closed, nothing keeps Node running and it exits.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void close());
  }
  return { url, port, mode, store, close };
}
