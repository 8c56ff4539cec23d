import { Hono } from 'hono';
import { ApiError } from './api-error';
import { requireCsrfToken, requireUser } from './auth/session';
import { DEFAULT_LIMITS, type AppDeps, type AppEnv, type Limits } from './env';
import { limitBody } from './http/body-limit';
import { clientKey } from './http/client-key';
import { createErrorHandler } from './http/error-handler';
import { rejectCrossSiteChanges, requireLoopbackHost } from './http/request-guards';
import { addSecurityHeaders } from './http/security-headers';
import { buildOpenApiDocument } from './openapi';
import { createRateLimiter } from './rate-limit';
import { createAuthRoutes } from './routes/auth';
import { createCheckRoutes } from './routes/check';
import { createDataRoutes } from './routes/data';
import { createDraftRoutes } from './routes/drafts';
import { createInterviewRoutes } from './routes/interviews';
import { createJournalRoutes } from './routes/journal';
import { serveWebApp } from './static';

function tooLarge(limit: number): never {
  throw new ApiError('input/too-large', 'The request is too large', [
    { path: '', message: `expected a body of at most ${Math.round(limit / 1024)} KB` },
  ]);
}

/**
 * The whole HTTP app, wired from its dependencies. Pure wiring: it never reads the environment or
 * the clock itself, so tests run it in-process with `app.request()` and a real store.
 *
 * @example
 * const app = createApp({ store, now: () => new Date(), mode: 'local' });
 * const res = await app.request('/api/interviews');
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(deps.logError ?? (() => {})));
  app.notFound((c) =>
    c.json(new ApiError('route/not-found', `No such page or endpoint: ${c.req.path}`).toBody(), 404),
  );

  app.use('*', addSecurityHeaders());
  if (deps.mode === 'local') app.use('*', requireLoopbackHost());

  // Size limits first, so nothing reads an oversized body.
  const importLimit = limitBody(limits.importBytes, () => tooLarge(limits.importBytes));
  const bodyLimit = limitBody(limits.bodyBytes, () => tooLarge(limits.bodyBytes));
  app.use('/api/*', (c, next) => (c.req.path === '/api/import' ? importLimit(c, next) : bodyLimit(c, next)));
  app.use('/api/*', rejectCrossSiteChanges());

  if (deps.mode === 'multi-user') {
    const apiLimiter = createRateLimiter({ ...limits.api, now: deps.now });
    app.use('/api/*', async (c, next) => {
      const r = apiLimiter.take(clientKey(c, deps.isBehindProxy));
      if (!r.ok) {
        c.header('Retry-After', String(r.retryAfterSeconds));
        throw new ApiError(
          'rate/limited',
          `Too many requests. Please wait ${r.retryAfterSeconds} seconds and try again.`,
        );
      }
      await next();
    });
    app.use('/api/*', requireCsrfToken());
  }

  const openApi = buildOpenApiDocument(deps.version ?? '0.0.0');
  app.get('/api/openapi.json', (c) => c.json(openApi));
  app.get('/api/health', (c) => c.json({ ok: true }));

  const loginLimiter = createRateLimiter({ ...limits.login, now: deps.now });
  app.route('/api', createAuthRoutes(deps, loginLimiter));

  const user = requireUser(deps.store, deps.mode);
  for (const path of [
    '/api/interviews',
    '/api/interviews/*',
    '/api/check',
    '/api/journal',
    '/api/lessons',
    '/api/answers',
    '/api/export',
    '/api/import',
  ]) {
    app.use(path, user);
  }
  app.route('/api/interviews', createInterviewRoutes(deps));
  app.route('/api/interviews', createDraftRoutes(deps));
  app.route('/api', createCheckRoutes(deps.runCheck));
  app.route('/api', createJournalRoutes(deps));
  app.route('/api', createDataRoutes(deps));
  app.all('/api/*', (c) =>
    c.json(new ApiError('route/not-found', `No such endpoint: ${c.req.method} ${c.req.path}`).toBody(), 404),
  );

  if (deps.staticDir) app.use('*', serveWebApp(deps.staticDir));
  return app;
}
