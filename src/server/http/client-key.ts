import type { Context } from 'hono';

/**
 * The client's address for rate limiting. The Node adapter passes the socket as `c.env.incoming`;
 * in-process tests have none and share one key. The server listens on loopback, so a hosted
 * instance sits behind a proxy on the same machine: only when it is told to trust that proxy
 * (`isBehindProxy`, REBOUND_TRUST_PROXY=1) does it take the client from `X-Forwarded-For` — the
 * last address, the one the proxy itself added — so people do not share one bucket.
 */
export function clientKey(c: Context, isBehindProxy = false): string {
  if (isBehindProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'in-process';
}
