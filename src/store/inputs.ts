import * as z from 'zod/mini';
import { CONTACT_TYPES, OUTCOMES } from '../core/debrief/enums';
import { toIssues } from '../core/debrief/parse';
import { contactSchema, isoDateTimeWithOffset } from '../core/debrief/schema';
import { ACTION_TYPES, MESSAGE_TYPES } from '../core/plan/types';
import { fail, ok, type Result } from '../core/result';
import { ACTION_STATES } from './types';

/**
 * The store validates everything it writes, so every interface gets the same clear errors. zod/mini,
 * like the debrief schema: the CLI loads these on every storage command.
 */

export const STORE_LIMITS = {
  /** Longest lesson, question, answer or evidence text. */
  maxNoteLength: 4000,
  /** Longest draft text (a letter is a few thousand characters at most). */
  maxDraftLength: 20_000,
  maxSubjectLength: 300,
  maxEmailLength: 320,
} as const;

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

/** A trimmed, non-empty string of at most `max` characters. */
export const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as a string` })
    .check(
      z.trim(),
      z.minLength(1, { error: `expected ${what}, got an empty string` }),
      z.maxLength(max, { error: `expected at most ${max} characters` }),
    );

/** A record id: 1–64 letters, digits, `-` or `_`. */
export const recordIdSchema = z
  .string({ error: 'expected an id as a string' })
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected an id of 1 to 64 letters, digits, - or _' }));

/** An instant: ISO 8601 with an offset or `Z`. */
export const instantSchema = isoDateTimeWithOffset;

export const actionTypeSchema = oneOf(ACTION_TYPES);
export const actionStateSchema = oneOf(ACTION_STATES);
export const messageTypeSchema = oneOf(MESSAGE_TYPES);
export const outcomeSchema = oneOf(OUTCOMES);
export const contactTypeSchema = oneOf(CONTACT_TYPES);

export const newLessonSchema = z.strictObject({
  text: text('the lesson', STORE_LIMITS.maxNoteLength),
  interviewId: z.optional(z.nullable(recordIdSchema)),
});

export const newAnswerSchema = z.strictObject({
  question: text('the question', STORE_LIMITS.maxNoteLength),
  answer: text('the answer', STORE_LIMITS.maxNoteLength),
  evidence: z.optional(z.nullable(text('the evidence', STORE_LIMITS.maxNoteLength))),
  interviewId: z.optional(z.nullable(recordIdSchema)),
});

export const draftSchema = z.strictObject({
  type: messageTypeSchema,
  subject: z.nullable(text('the subject', STORE_LIMITS.maxSubjectLength)),
  text: text('the draft text', STORE_LIMITS.maxDraftLength),
});

export const newUserSchema = z.strictObject({
  email: z.string({ error: 'expected an email address as a string' }).check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(STORE_LIMITS.maxEmailLength, {
      error: `expected at most ${STORE_LIMITS.maxEmailLength} characters`,
    }),
    z.email({ error: 'expected an email address' }),
  ),
  passwordHash: text('the password hash', 1000),
});

export { contactSchema };

/**
 * Validates a value, or fails with `input/invalid` (or the given code) naming every bad field.
 *
 * @example
 * validate(newLessonSchema, { text: '' }, 'lesson'); // fails: "text: expected the lesson, got an empty string"
 */
export function validate<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
  code: `${string}/${string}` = 'input/invalid',
): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data as z.output<S>);
  const issues = toIssues(parsed.error);
  return fail(code, `The ${what} has ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues);
}
