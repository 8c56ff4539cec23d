import type { core } from 'zod/mini';
import { parseJsonText } from '../json-text';
import { fail, formatPath, ok, type Issue, type Result } from '../result';
import { acceptDebrief } from './accept-debrief.generated';
import { DEBRIEF_LIMITS, debriefSchema, type Debrief } from './schema';

export { parseJsonText };

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
  // The validator generated from the schema answers a valid debrief quickly; zod is asked for the
  // rest because it names every problem.
  const accepted = acceptDebrief(input);
  if (accepted) return ok(accepted);
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
