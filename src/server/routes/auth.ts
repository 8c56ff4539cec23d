import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { LOCAL_USER_ID } from '../../store/types';
import { ApiError } from '../api-error';
import type { SessionView } from '../api-types';
import { decoyHash, hashPassword, verifyPassword } from '../auth/password';
import {
  clearSessionCookie,
  ensureCsrfToken,
  SESSION_COOKIE,
  SESSION_DAYS,
  setSessionCookie,
  userFromSession,
} from '../auth/session';
import type { AppDeps, AppEnv } from '../env';
import { clientKey } from '../http/client-key';
import { readBody } from '../http/json-body';
import type { RateLimiter } from '../rate-limit';
import { credentialsSchema } from '../schemas';

const DAY_MS = 24 * 60 * 60 * 1000;

function badCredentials(): ApiError {
  return new ApiError('auth/bad-credentials', 'That email and password do not match an account');
}

/**
 * Who is signed in, and the accounts routes of multi-user mode (register, login, logout).
 *
 * @example
 * app.route('/api', createAuthRoutes(deps, loginLimiter));
 */
export function createAuthRoutes(deps: AppDeps, loginLimiter: RateLimiter): Hono<AppEnv> {
  const { store, mode } = deps;
  const cookieOpts = { isSecure: deps.isSecureCookie ?? false };
  const app = new Hono<AppEnv>();

  const limitLogin = (keys: string[]) => {
    for (const key of keys) {
      const r = loginLimiter.take(key);
      if (!r.ok) {
        throw new ApiError(
          'rate/limited',
          `Too many attempts. Please wait ${r.retryAfterSeconds} seconds and try again.`,
        );
      }
    }
  };

  const startSession = async (c: Parameters<typeof setSessionCookie>[0], userId: string) => {
    const expiresAt = new Date(deps.now().getTime() + SESSION_DAYS * DAY_MS);
    const session = await store.createSession(userId, expiresAt);
    setSessionCookie(c, session.id, expiresAt, cookieOpts);
  };

  app.get('/session', async (c) => {
    if (mode === 'local') {
      const view: SessionView = { mode, user: { id: LOCAL_USER_ID, email: null }, csrfToken: null };
      return c.json(view);
    }
    const csrfToken = ensureCsrfToken(c, cookieOpts);
    const userId = await userFromSession(c, store);
    const user = userId ? await store.getUser(userId) : null;
    const view: SessionView = { mode, user: user ? { id: user.id, email: user.email } : null, csrfToken };
    return c.json(view);
  });

  app.post('/auth/register', async (c) => {
    if (mode === 'local')
      throw new ApiError('auth/not-found', 'This is a local, single-person server: there are no accounts');
    limitLogin([`ip:${clientKey(c, deps.isBehindProxy)}`]);
    const { email, password } = await readBody(c, credentialsSchema, 'credentials');
    const created = await store.createUser(email.toLowerCase(), await hashPassword(password));
    if (!created.ok) {
      if (created.error.code === 'user/email-taken') {
        throw new ApiError('auth/taken', 'An account with this email already exists', [
          { path: 'email', message: 'this email already has an account: sign in instead' },
        ]);
      }
      throw ApiError.from(created.error);
    }
    await startSession(c, created.value.id);
    return c.json({ user: { id: created.value.id, email: created.value.email } }, 201);
  });

  app.post('/auth/login', async (c) => {
    if (mode === 'local')
      throw new ApiError('auth/not-found', 'This is a local, single-person server: there is no login');
    const { email, password } = await readBody(c, credentialsSchema, 'credentials');
    limitLogin([`ip:${clientKey(c, deps.isBehindProxy)}`, `email:${email.toLowerCase()}`]);
    const user = await store.findUserByEmail(email.toLowerCase());
    // Hash even for unknown accounts so the answer takes as long either way.
    const isMatch = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !isMatch) throw badCredentials();
    await startSession(c, user.id);
    return c.json({ user: { id: user.id, email: user.email } });
  });

  app.post('/auth/logout', async (c) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    if (sessionId) await store.deleteSession(sessionId);
    clearSessionCookie(c, cookieOpts);
    return c.body(null, 204);
  });

  return app;
}
