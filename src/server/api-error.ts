import type { Failure, Issue } from '../core/result';

/**
 * The one error class of the HTTP API: an expected failure (a `Failure` value from core or the
 * store) on its way to the central error handler, which turns it into a JSON body and a status.
 */
export class ApiError extends Error {
  readonly code: Failure['code'];
  readonly issues: Issue[];

  constructor(code: Failure['code'], message: string, issues: Issue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  /**
   * Wraps a failure returned by core or the store.
   *
   * @example
   * if (!r.ok) throw ApiError.from(r.error);
   */
  static from(failure: Failure): ApiError {
    return new ApiError(failure.code, failure.message, failure.issues);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, issues: this.issues } };
  }
}

/** What every error response carries. */
export type ErrorBody = { error: { code: string; message: string; issues: Issue[] } };

/** Throws a `not-found` error for a resource; the same answer whether it is absent or someone else's. */
export function notFound(what: string): ApiError {
  return new ApiError(`${what}/not-found`, `No such ${what} here`);
}
