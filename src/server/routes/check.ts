import { Hono } from 'hono';
import { parseDebrief } from '../../core/debrief/parse';
import { ApiError } from '../api-error';
import { checkToJson, type CheckRunner } from '../check-threads';
import type { AppEnv } from '../env';
import { readBody } from '../http/json-body';
import { checkBodySchema } from '../schemas';

/**
 * POST /check: the note checker over HTTP, for programs (the web app runs the same checker in the
 * browser as the person types). Validation happens here; the check itself runs on `runCheck`
 * (the server's checker threads), which answers the result already as JSON.
 *
 * @example
 * app.route('/api', createCheckRoutes(pool.run));
 */
export function createCheckRoutes(runCheck: CheckRunner = async (input) => checkToJson(input)): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/check', async (c) => {
    const body = await readBody(c, checkBodySchema, 'check');
    let context;
    if (body.context !== undefined) {
      const parsed = parseDebrief(body.context);
      if (!parsed.ok) {
        throw new ApiError(
          'check/invalid',
          'The context is not a valid debrief',
          parsed.error.issues.map((i) => ({
            path: i.path ? `context.${i.path}` : 'context',
            message: i.message,
          })),
        );
      }
      context = parsed.value;
    }
    const json = await runCheck({ text: body.text, kind: body.kind, purpose: body.purpose, context });
    return c.body(json, 200, { 'Content-Type': 'application/json' });
  });
  return app;
}
