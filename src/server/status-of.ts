import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Error codes (`area/reason`) to HTTP statuses: the one table of the server. Reasons are matched
 * first, then whole areas; anything unknown is a client error, because unexpected failures never
 * reach this table (they are bugs and become 500 in the error handler).
 */
const BY_REASON: Record<string, ContentfulStatusCode> = {
  invalid: 400,
  'not-json': 400,
  empty: 400,
  'bad-type': 400,
  'not-found': 404,
  'too-large': 413,
  required: 401,
  'bad-credentials': 401,
  forbidden: 403,
  csrf: 403,
  taken: 409,
  conflict: 409,
  limited: 429,
  unavailable: 503,
};

const BY_AREA: Record<string, ContentfulStatusCode> = {
  server: 500,
  rate: 429,
};

/**
 * The HTTP status of an error code.
 *
 * @example
 * statusOf('debrief/invalid'); // 400
 * statusOf('interview/not-found'); // 404
 */
export function statusOf(code: string): ContentfulStatusCode {
  const [area = '', reason = ''] = code.split('/');
  return BY_REASON[reason] ?? BY_AREA[area] ?? 400;
}
