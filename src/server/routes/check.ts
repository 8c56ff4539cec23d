import { Hono } from 'hono';
import { checkMessage } from '../../core/check';
import { parseDebrief } from '../../core/debrief/parse';
import { ApiError } from '../api-error';
import type { AppEnv } from '../env';
import { readBody } from '../http/json-body';
import { checkBodySchema } from '../schemas';

/**
 * POST /check: the note checker over HTTP, for programs (the web app runs the same checker in the
 * browser as the person types).
 *
 * @example
 * app.route('/api', createCheckRoutes());
 */
export function createCheckRoutes(): Hono<AppEnv> {
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
    return c.json(checkMessage(body.text, { kind: body.kind, purpose: body.purpose, context }));
  });
  return app;
}
