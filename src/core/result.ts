/**
 * Expected failures are values, not exceptions. A code is `area/reason`; the edges map codes to
 * exit codes (CLI) and HTTP statuses (server) in one table each.
 */

export type Issue = {
  /** Where the problem is, as a JSON path such as `mishaps[2].kind`; empty for the whole input. */
  path: string;
  /** What was expected, in words a person understands. */
  message: string;
};

export type Failure = {
  code: `${string}/${string}`;
  message: string;
  issues: Issue[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: Failure['code'], message: string, issues: Issue[] = []): Result<never> => ({
  ok: false,
  error: { code, message, issues },
});

/** Renders a path array as `mishaps[2].kind`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** One line per issue: `path: message`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}
