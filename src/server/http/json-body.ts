import type { Context } from 'hono';
import { core } from 'zod/mini';
import { toIssues } from '../../core/debrief/parse';
import { ApiError } from '../api-error';

/**
 * Reads the request body as JSON; bad JSON is a 400 that says where it broke.
 *
 * @example
 * const body = await readJson(c);
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new ApiError('input/empty', 'The request has no body', [
      { path: '', message: 'expected a JSON body' },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ApiError('input/not-json', 'The request body is not valid JSON', [
      { path: '', message: `expected valid JSON: ${detail}` },
    ]);
  }
}

/**
 * Reads and validates a JSON body with a zod schema; each problem is reported with its field path.
 *
 * @example
 * const { outcome } = await readBody(c, outcomeBodySchema, 'outcome');
 */
export async function readBody<S extends core.$ZodType>(
  c: Context,
  schema: S,
  area: string,
): Promise<core.output<S>> {
  return validate(await readJson(c), schema, area);
}

/** Validates a value with a zod schema, throwing a 400 whose issues name each bad field. */
export function validate<S extends core.$ZodType>(value: unknown, schema: S, area: string): core.output<S> {
  const parsed = core.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issues = toIssues(parsed.error);
  throw new ApiError(
    `${area}/invalid`,
    `The ${area} has ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
    issues,
  );
}
