import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';

/** Methods that read and change nothing: exempt from the cross-site and CSRF checks. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Authority = { host: string; hostname: string };
const authorities = new Map<string, Authority | null>();
const MAX_AUTHORITIES = 64;

/**
 * The host of a URL as the URL parser reads it (IDNA, IPv4 forms, case), or null when it is not a
 * URL. Parsing costs more than the rest of a guard, and a server sees few hosts and origins, so
 * answers are kept per `scheme://authority` (everything before the path decides the host).
 */
function authorityOf(url: string): Authority | null {
  const slashes = url.indexOf('//');
  const pathAt = slashes === -1 ? -1 : url.indexOf('/', slashes + 2);
  const key = pathAt === -1 ? url : url.slice(0, pathAt);
  let found = authorities.get(key);
  if (found === undefined) {
    try {
      const { host, hostname } = new URL(url);
      found = { host, hostname };
    } catch {
      found = null;
    }
    if (authorities.size >= MAX_AUTHORITIES) authorities.clear();
    authorities.set(key, found);
  }
  return found;
}

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
      const originHost = origin === undefined ? undefined : authorityOf(origin)?.host;
      const isForeignOrigin =
        origin !== undefined && (originHost === undefined || originHost !== authorityOf(c.req.url)?.host);
      const isCrossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
      if (isForeignOrigin || isCrossSite) {
        throw new ApiError('auth/csrf', 'This change was sent from another site and was refused');
      }
    }
    await next();
  };
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
    const hostname = authorityOf(c.req.url)?.hostname;
    if (hostname === undefined || !LOOPBACK_HOSTS.has(hostname)) {
      throw new ApiError('auth/forbidden', 'This local server only answers requests addressed to localhost');
    }
    await next();
  };
}
