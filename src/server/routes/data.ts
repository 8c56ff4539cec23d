import { Hono } from 'hono';
import { ApiError } from '../api-error';
import type { AppDeps, AppEnv } from '../env';
import { readJson } from '../http/json-body';

/**
 * Export and import of all of one person's data as JSON. Import is validated first and written all
 * or nothing by the store.
 *
 * @example
 * app.route('/api', createDataRoutes(deps));
 */
export function createDataRoutes(deps: AppDeps): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get('/export', async (c) => {
    const data = await store.exportAll(c.get('userId'));
    const day = data.exportedAt.slice(0, 10);
    c.header('Content-Disposition', `attachment; filename="rebound-export-${day}.json"`);
    return c.json(data);
  });

  app.post('/import', async (c) => {
    const imported = await store.importAll(c.get('userId'), await readJson(c));
    if (!imported.ok) throw ApiError.from(imported.error);
    return c.json(imported.value);
  });

  return app;
}
