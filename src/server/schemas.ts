import * as z from 'zod/mini';
import { OUTCOMES } from '../core/debrief/enums';
import { CONTACT_TYPES } from '../core/debrief/enums';
import { DEBRIEF_LIMITS, isoDateTimeWithOffset } from '../core/debrief/schema';
import { DRAFT_KINDS, DRAFT_PURPOSES } from '../core/draft/types';
import { ACTION_TYPES, MESSAGE_TYPES } from '../core/plan/types';

/**
 * The request bodies of the API, as zod schemas (zod/mini, like the debrief): they validate requests
 * and generate the OpenAPI document, so the two cannot drift apart. The debrief itself is
 * `debriefSchema` from core.
 */

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as a string` })
    .check(
      z.trim(),
      z.minLength(1, { error: `expected ${what}, got an empty string` }),
      z.maxLength(max, { error: `expected at most ${max} characters` }),
    );

const optionalText = (what: string, max: number) =>
  z.optional(
    z.nullable(
      z
        .string({ error: `expected ${what} as a string` })
        .check(z.trim(), z.maxLength(max, { error: `expected at most ${max} characters` })),
    ),
  );

const interviewIdRef = z.optional(
  z.nullable(
    z
      .string({ error: 'expected an interview id' })
      .check(z.maxLength(64, { error: 'expected an interview id' })),
  ),
);

/** Longest message the checker and the draft store accept (a long letter is ~3,000 characters). */
export const MAX_MESSAGE_LENGTH = 20_000;

export const credentialsSchema = z.strictObject({
  email: z
    .email({ error: 'expected an email address' })
    .check(z.maxLength(254, { error: 'expected at most 254 characters' })),
  password: z
    .string({ error: 'expected a password as a string' })
    .check(
      z.minLength(10, { error: 'expected a password of at least 10 characters' }),
      z.maxLength(200, { error: 'expected a password of at most 200 characters' }),
    ),
});

export const actionStateBodySchema = z.strictObject({
  state: z.nullable(oneOf(['done', 'skipped'])),
});

export const actionTypeSchema = oneOf(ACTION_TYPES);
export const messageTypeSchema = oneOf(MESSAGE_TYPES);

/** A contact to log; `at` defaults to now. */
export const contactBodySchema = z.strictObject({
  type: oneOf(CONTACT_TYPES),
  at: z.optional(isoDateTimeWithOffset),
  note: z.optional(
    z.string({ error: 'expected a note as a string' }).check(
      z.trim(),
      z.maxLength(DEBRIEF_LIMITS.maxStringLength, {
        error: `expected at most ${DEBRIEF_LIMITS.maxStringLength} characters`,
      }),
    ),
  ),
});

export const outcomeBodySchema = z.strictObject({ outcome: oneOf(OUTCOMES) });

export const draftBodySchema = z.strictObject({
  subject: z._default(
    z.nullable(
      z
        .string({ error: 'expected a subject as a string' })
        .check(z.maxLength(300, { error: 'expected at most 300 characters' })),
    ),
    null,
  ),
  text: z
    .string({ error: 'expected the message text as a string' })
    .check(z.maxLength(MAX_MESSAGE_LENGTH, { error: `expected at most ${MAX_MESSAGE_LENGTH} characters` })),
});

export const checkBodySchema = z.strictObject({
  text: z
    .string({ error: 'expected the message text as a string' })
    .check(z.maxLength(MAX_MESSAGE_LENGTH, { error: `expected at most ${MAX_MESSAGE_LENGTH} characters` })),
  kind: z._default(oneOf(DRAFT_KINDS), 'email'),
  purpose: z._default(oneOf(DRAFT_PURPOSES), 'recovery'),
  /** A debrief, validated by the handler with `debriefSchema` so its issues keep their paths. */
  context: z.optional(z.unknown()),
});

export const lessonBodySchema = z.strictObject({
  text: text('the lesson', DEBRIEF_LIMITS.maxStringLength),
  interviewId: interviewIdRef,
});

export const answerBodySchema = z.strictObject({
  question: text('the question', DEBRIEF_LIMITS.maxStringLength),
  answer: text('the answer', DEBRIEF_LIMITS.maxStringLength * 2),
  evidence: optionalText('the evidence', DEBRIEF_LIMITS.maxStringLength),
  interviewId: interviewIdRef,
});

export const issueSchema = z.object({ path: z.string(), message: z.string() });
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(issueSchema) }),
});
