import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

/**
 * Serves the built web app: files as they are (hashed assets cached for a year), and index.html
 * for any other page address so the app's own routing takes over.
 *
 * @example
 * app.use('*', serveWebApp('/path/to/dist/web'));
 */
export function serveWebApp(root: string): MiddlewareHandler {
  const files = serveStatic({
    root,
    onFound: (path, c) => {
      c.header(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const index = serveStatic({
    root,
    path: 'index.html',
    onFound: (_p, c) => void c.header('Cache-Control', 'no-cache'),
  });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // serveStatic answers by returning a response; called by hand, that answer must be passed on.
    let fallback: Response | void = undefined;
    const found = await files(c, async () => {
      fallback = await index(c, next);
    });
    return found ?? fallback;
  };
}
