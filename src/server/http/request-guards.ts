import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';

/** Methods that read and change nothing: exempt from the cross-site and CSRF checks. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Refuses changes sent by another site: an unsafe request must not carry a foreign `Origin` nor a
 * cross-site `Sec-Fetch-Site`. JSON bodies from another origin would also need a CORS preflight,
 * which this server never grants; this closes the "simple request" loophole.
 *
 * @example
 * app.use('/api/*', rejectCrossSiteChanges());
 */
export function rejectCrossSiteChanges(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const host = new URL(c.req.url).host;
      const isForeignOrigin = origin !== undefined && (origin === 'null' || safeHost(origin) !== host);
      const isCrossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (isForeignOrigin || isCrossSite) {
        throw new ApiError('auth/csrf', 'This change was sent from another site and was refused');
      }
    }
    await next();
  };
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * On a local server, answers only requests addressed to a loopback name, so a web page cannot
 * reach the person's data through a DNS-rebinding trick.
 *
 * @example
 * if (mode === 'local') app.use('*', requireLoopbackHost());
 */
export function requireLoopbackHost(): MiddlewareHandler {
  return async (c, next) => {
    const hostname = new URL(c.req.url).hostname;
    if (!LOOPBACK_HOSTS.has(hostname)) {
      throw new ApiError('auth/forbidden', 'This local server only answers requests addressed to localhost');
    }
    await next();
  };
}
