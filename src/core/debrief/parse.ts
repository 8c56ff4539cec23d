import type { core } from 'zod/mini';
import { fail, formatPath, ok, type Issue, type Result } from '../result';
import { DEBRIEF_LIMITS, debriefSchema, type Debrief } from './schema';

const NO_INPUT = Symbol('no input');

/**
 * Turns zod's issues into ours: a JSON path and what was expected, one per problem. Given the
 * input that failed, it also says whether a field is missing and what was found instead.
 */
export function toIssues(error: core.$ZodError, input: unknown = NO_INPUT): Issue[] {
  const issues: Issue[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({
          path: path ? `${path}.${key}` : key,
          message: `unknown field "${key}" (check the spelling; unknown fields are not accepted)`,
        });
      }
    } else if (input === NO_INPUT) {
      issues.push({ path, message: issue.message });
    } else {
      const found = valueAt(input, issue.path);
      if (!found.isPresent) issues.push({ path, message: `required field is missing (${issue.message})` });
      else issues.push({ path, message: `${issue.message}, got ${describeValue(found.value)}` });
    }
  }
  return issues;
}

/** The value at a path of the input, and whether it is there at all. */
function valueAt(input: unknown, path: readonly PropertyKey[]): { isPresent: boolean; value?: unknown } {
  let here: unknown = input;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return { isPresent: false };
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return { isPresent: here !== undefined, value: here };
}

/** A short rendering of the offending value, so the person sees what they actually wrote. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Validates a parsed JSON value as a debrief and applies the defaults.
 *
 * @example
 * const r = parseDebrief(JSON.parse(text));
 * if (!r.ok) console.error(formatIssues(r.error.issues));
 */
export function parseDebrief(input: unknown): Result<Debrief> {
  const parsed = debriefSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = toIssues(parsed.error, input);
  return fail(
    'debrief/invalid',
    `The debrief has ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
    issues,
  );
}

/** Parses JSON text (size-limited) and validates it as a debrief. */
export function parseDebriefText(text: string): Result<Debrief> {
  const json = parseJsonText(text, 'debrief', DEBRIEF_LIMITS.maxTextLength);
  return json.ok ? parseDebrief(json.value) : json;
}

/** Parses JSON text with a size limit and a message that says what was wrong and where. */
export function parseJsonText(text: string, what: string, maxLength: number): Result<unknown> {
  if (text.length > maxLength) {
    return fail('input/too-large', `The ${what} is too large`, [
      { path: '', message: `expected at most ${maxLength} characters of JSON, got ${text.length}` },
    ]);
  }
  if (text.trim() === '') {
    return fail('input/empty', `The ${what} is empty`, [
      { path: '', message: `expected a JSON ${what}, got empty input` },
    ]);
  }
  try {
    // A byte-order mark (Windows Notepad writes one) is not part of the JSON.
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('input/not-json', `The ${what} is not valid JSON`, [
      { path: '', message: `expected valid JSON: ${describeJsonError(text, detail)}` },
    ]);
  }
}

/** Adds a line and column to the engine's "at position N" so the person can find the spot. */
function describeJsonError(text: string, detail: string): string {
  const m = /position (\d+)/.exec(detail);
  if (!m) return detail;
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${detail} (line ${line}, column ${column})`;
}
