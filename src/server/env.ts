import type { Store, UserId } from '../store/types';
import type { CheckRunner } from './check-threads';

/** How the server runs: one local person without a login, or many people with accounts. */
export const SERVER_MODES = ['local', 'multi-user'] as const;
export type ServerMode = (typeof SERVER_MODES)[number];

/** Request-size and rate limits; the defaults suit one laptop and a small hosted club alike. */
export type Limits = {
  /** Largest JSON body of an ordinary request, in bytes. */
  bodyBytes: number;
  /** Largest body of POST /api/import (a whole export file), in bytes. */
  importBytes: number;
  /** API requests per client: burst and steady rate per second (multi-user mode). */
  api: { capacity: number; refillPerSecond: number };
  /** Login and register attempts per client and per account: burst and rate per second. */
  login: { capacity: number; refillPerSecond: number };
};

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 256 * 1024,
  importBytes: 16 * 1024 * 1024,
  api: { capacity: 120, refillPerSecond: 20 },
  login: { capacity: 5, refillPerSecond: 1 / 30 },
};

/** Everything the app needs from the outside, injected so tests run it in-process with a real store. */
export type AppDeps = {
  store: Store;
  now: () => Date;
  mode: ServerMode;
  /** The built web app (index.html and assets); omitted, only the API is served. */
  staticDir?: string;
  /** Marks cookies `Secure` (set when a hosted instance is served over HTTPS). */
  isSecureCookie?: boolean;
  /** Takes the client address from the proxy's X-Forwarded-For (see http/client-key.ts). */
  isBehindProxy?: boolean;
  limits?: Partial<Limits>;
  /** Where unexpected errors are reported (never to the client). */
  logError?: (error: unknown) => void;
  /** Where POST /api/check runs the checker (the server's checker threads); in this thread if omitted. */
  runCheck?: CheckRunner;
  /** Version shown in the OpenAPI document. */
  version?: string;
};

/** Hono's environment for every route: the signed-in user, set by the session middleware. */
export type AppEnv = {
  Variables: {
    userId: UserId;
  };
};
