import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LOCAL_USER_ID, type Store, type UserId } from '../../store/types';
import { ApiError } from '../api-error';
import type { AppEnv, ServerMode } from '../env';
import { SAFE_METHODS } from '../http/request-guards';

export const SESSION_COOKIE = 'rebound_session';
export const CSRF_COOKIE = 'rebound_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_DAYS = 30;

export type CookieOptions = { isSecure: boolean };

/** Sets the session cookie: http-only, same-site strict, so scripts and other sites cannot use it. */
export function setSessionCookie(c: Context, sessionId: string, expiresAt: Date, opts: CookieOptions): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: opts.isSecure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context, opts: CookieOptions): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: opts.isSecure, httpOnly: true, sameSite: 'Strict' });
}

/**
 * The CSRF token of this browser (double-submit: the page reads it from the session endpoint and
 * sends it back in a header). Made and set when missing.
 */
export function ensureCsrfToken(c: Context, opts: CookieOptions): string {
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{32,}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  setCookie(c, CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: opts.isSecure, path: '/' });
  return token;
}

function isSameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Multi-user mode: every change must carry the CSRF token of this browser in a header.
 *
 * @example
 * app.use('/api/*', requireCsrfToken());
 */
export function requireCsrfToken(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const cookie = getCookie(c, CSRF_COOKIE);
      const header = c.req.header(CSRF_HEADER);
      if (!cookie || !header || !isSameToken(cookie, header)) {
        throw new ApiError(
          'auth/csrf',
          'This change is missing its security token: reload the page and try again',
        );
      }
    }
    await next();
  };
}

/** The user behind the session cookie, or null. */
export async function userFromSession(c: Context, store: Store): Promise<UserId | null> {
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (!sessionId) return null;
  const session = await store.findSession(sessionId);
  return session ? session.userId : null;
}

/**
 * Puts the signed-in user's id on the context for every data route; in local mode that is the one
 * local user. Without a session in multi-user mode the request stops with 401.
 *
 * @example
 * app.use('/api/interviews/*', requireUser(store, 'multi-user'));
 */
export function requireUser(store: Store, mode: ServerMode): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (mode === 'local') {
      c.set('userId', LOCAL_USER_ID);
    } else {
      const userId = await userFromSession(c, store);
      if (!userId) throw new ApiError('auth/required', 'Please sign in first');
      c.set('userId', userId);
    }
    await next();
  };
}
