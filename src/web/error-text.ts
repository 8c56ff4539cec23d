import type { Issue } from '../core/result';
import { ApiFailure } from './api-client';

/**
 * Error codes to words a person understands, kindly: the web app's one table. The server's own
 * message is used where it is already written for people (field issues, rate limits).
 */
const TEXT: Record<string, string> = {
  'network/unreachable':
    'Rebound’s server is not answering. Is `rebound serve` still running? Nothing you typed is lost; try again in a moment.',
  'auth/required': 'Please sign in to continue.',
  'auth/bad-credentials': 'That email and password do not match. Check them and try again.',
  'auth/taken': 'There is already an account with this email. Try signing in instead.',
  'auth/csrf': 'For your safety this change was refused. Reload the page and try again.',
  'auth/forbidden': 'This server only answers on this machine (localhost).',
  'input/too-large': 'That is more text than Rebound accepts in one go. Try shortening it.',
  'input/not-json': 'The file or request could not be read as JSON.',
  'interview/not-found': 'We could not find that interview. It may have been deleted.',
  'route/not-found': 'That page does not exist.',
  'server/internal': 'Something went wrong on our side. Nothing was lost; please try again.',
  'import/invalid': 'That file is not a Rebound export, or part of it is damaged. Nothing was imported.',
};

/**
 * A sentence for any error: a known code's text, the server's message for field problems and rate
 * limits, or a calm fallback.
 *
 * @example
 * setMessage(describeError(e));
 */
export function describeError(e: unknown): string {
  if (e instanceof ApiFailure) {
    if (e.code === 'rate/limited') return e.message;
    if (TEXT[e.code]) return TEXT[e.code]!;
    if (e.code.endsWith('/invalid')) {
      return e.issues.length
        ? 'Some answers need another look: see the notes next to the fields.'
        : e.message;
    }
    return e.message || TEXT['server/internal']!;
  }
  return TEXT['server/internal']!;
}

/** Field issues by path (`interviewer.name`, `mishaps[0].kind`), first message wins. */
export function issuesByPath(e: unknown): Record<string, string> {
  if (!(e instanceof ApiFailure)) return {};
  const out: Record<string, string> = {};
  for (const issue of e.issues as Issue[])
    if (issue.path && !(issue.path in out)) out[issue.path] = issue.message;
  return out;
}
