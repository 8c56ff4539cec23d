import type { Context } from 'hono';

/**
 * The client's address for rate limiting. The Node adapter passes the socket as `c.env.incoming`;
 * in-process tests have none and share one key. Proxies' forwarding headers are not trusted: the
 * server listens on loopback, so a fronting proxy should rate-limit by address itself.
 */
export function clientKey(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'in-process';
}
