import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, type ErrorBody } from '../api-error';
import { statusOf } from '../status-of';

/**
 * The one place errors become responses. Expected failures keep their code, message and issues;
 * anything else is a bug: logged for the operator, and the client sees only a calm generic 500,
 * never a stack trace.
 *
 * @example
 * app.onError(createErrorHandler((e) => console.error(e)));
 */
export function createErrorHandler(logError: (error: unknown) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof ApiError) {
      const status = statusOf(err.code);
      return c.json(err.toBody(), status);
    }
    if (err instanceof HTTPException && err.status < 500) {
      const body: ErrorBody = {
        error: {
          code: `http/${err.status}`,
          message: err.message || 'The request was not accepted',
          issues: [],
        },
      };
      return c.json(body, err.status);
    }
    logError(err);
    const body: ErrorBody = {
      error: {
        code: 'server/internal',
        message: 'Something went wrong on our side. Your data is unchanged.',
        issues: [],
      },
    };
    return c.json(body, 500);
  };
}
