// zod/mini: the same validator as zod's classic API at a fraction of the start-up cost (the CLI
// validates a debrief on every run; classic zod alone tripled start-up time here).
import * as z from 'zod/mini';
import { CONTACT_TYPES, FIT, MISHAP_KINDS, NOTICED, OUTCOMES, SEVERITIES, WANT_JOB } from './enums';
import {
  canonicalTimeZone,
  DEBRIEF_LIMITS,
  findDuplicateIds,
  isDateOrDateTime,
  isIsoDateTimeWithOffset,
  isKnownTimeZone,
  trimText,
} from './field-rules';

/**
 * The debrief document (contract section 3): the one source of truth for the CLI, the API,
 * the web forms and the OpenAPI document. Unknown fields are rejected so that typos surface.
 *
 * Every rule of its own is a named function from field-rules.ts, so that the validator generated
 * from this schema (accept-debrief.generated.ts, `npm run gen:debrief`) can call the same code.
 */

export { canonicalTimeZone, DEBRIEF_LIMITS, isIsoDateTimeWithOffset, isKnownTimeZone };

const maxText = () =>
  z.maxLength(DEBRIEF_LIMITS.maxStringLength, {
    error: `expected at most ${DEBRIEF_LIMITS.maxStringLength} characters`,
  });

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .check(
      z.overwrite(trimText),
      z.minLength(1, { error: `expected ${what}, got an empty string` }),
      maxText(),
    );

const optionalText = (what: string) =>
  z.optional(z.string({ error: `expected ${what} as a string` }).check(z.overwrite(trimText), maxText()));

const list = <T extends z.ZodMiniType>(item: T) =>
  z.array(item, { error: 'expected a list' }).check(
    z.maxLength(DEBRIEF_LIMITS.maxListLength, {
      error: `expected at most ${DEBRIEF_LIMITS.maxListLength} entries`,
    }),
  );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

/** An instant written with its offset, e.g. `2026-11-20T10:30:00-05:00`. */
export const isoDateTimeWithOffset = z
  .string({ error: 'expected an ISO 8601 date-time with offset as a string' })
  .check(
    z.refine(isIsoDateTimeWithOffset, {
      error: 'expected an ISO 8601 date-time with offset, like 2026-11-20T10:30:00-05:00',
    }),
  );

/** A calendar date (`2026-12-01`) or an instant with offset. */
const dateOrDateTime = z.string({ error: 'expected a date (YYYY-MM-DD) or a date-time with offset' }).check(
  z.refine(isDateOrDateTime, {
    error: 'expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset',
  }),
);

const id = z
  .string({ error: 'expected an id as a string' })
  .check(
    z.overwrite(trimText),
    z.minLength(1, { error: 'expected a non-empty id' }),
    z.maxLength(64, { error: 'expected an id of at most 64 characters' }),
  );

export const interviewerSchema = z.strictObject(
  {
    name: text('the interviewer’s name'),
    email: z.optional(z.email({ pattern: z.regexes.unicodeEmail, error: 'expected an email address' })),
    phone: z.optional(
      z
        .string({ error: 'expected a phone number as a string' })
        .check(
          z.overwrite(trimText),
          z.regex(/^[+()\d][\d\s().-]{2,30}$/, { error: 'expected a phone number such as +1 555 0100' }),
        ),
    ),
  },
  { error: 'expected an object with the interviewer’s name, like {"name": "Dana Reyes"}' },
);

export const mishapSchema = z.strictObject(
  {
    id,
    kind: oneOf(MISHAP_KINDS),
    note: optionalText('a note'),
    severity: oneOf(SEVERITIES),
    noticed: oneOf(NOTICED),
  },
  { error: 'expected an object with id, kind, severity and noticed' },
);

export const missedPointSchema = z.strictObject(
  {
    id,
    question: text('the question'),
    wishISaid: optionalText('what you wish you had said'),
    evidence: optionalText('the evidence'),
  },
  { error: 'expected an object with id and question' },
);

export const contactSchema = z.strictObject(
  {
    type: oneOf(CONTACT_TYPES),
    at: isoDateTimeWithOffset,
    note: optionalText('a note'),
  },
  { error: 'expected an object with type and at' },
);

export const candidateSchema = z.strictObject(
  {
    name: optionalText('your name'),
    email: z.optional(z.email({ pattern: z.regexes.unicodeEmail, error: 'expected an email address' })),
    phone: optionalText('your phone number'),
  },
  { error: 'expected an object with your name, email or phone' },
);

/** Mishaps and missed points are referred to by id, so no id may be used twice. */
export const uniqueIds = z.superRefine(
  (d: { mishaps: { id: string }[]; missedPoints: { id: string }[] }, ctx) => {
    for (const duplicate of findDuplicateIds(d)) ctx.addIssue({ code: 'custom', ...duplicate });
  },
);

export const debriefSchema = z
  .strictObject({
    company: text('the company'),
    role: text('the role'),
    interviewer: interviewerSchema,
    interviewAt: isoDateTimeWithOffset,
    timeZone: z.optional(
      z.pipe(
        z
          .string({ error: 'expected an IANA time zone name as a string' })
          .check(
            z.refine(isKnownTimeZone, { error: 'expected an IANA time zone name, like America/New_York' }),
          ),
        // Stored and used by its canonical name, so every platform's zone rules find it.
        z.transform(canonicalTimeZone),
      ),
    ),
    durationMinutes: z._default(
      z
        .int({ error: 'expected a whole number of minutes' })
        .check(
          z.positive({ error: 'expected a positive number of minutes' }),
          z.maximum(DEBRIEF_LIMITS.maxDurationMinutes, { error: 'expected at most 10080 minutes (a week)' }),
        ),
      60,
    ),
    wantJob: oneOf(WANT_JOB),
    fit: z._default(oneOf(FIT), 'unsure'),
    expressedInterest: z._default(z.boolean({ error: 'expected true or false' }), true),
    mishaps: z._default(list(mishapSchema), []),
    missedPoints: z._default(list(missedPointSchema), []),
    strengths: z._default(list(text('a strength')), []),
    outcome: z._default(oneOf(OUTCOMES), 'pending'),
    decisionExpectedBy: z.optional(dateOrDateTime),
    contacts: z._default(list(contactSchema), []),
    candidate: z.optional(candidateSchema),
  })
  .check(uniqueIds);

/** A debrief as written by a person or a program (defaults not yet applied). */
export type DebriefInput = z.input<typeof debriefSchema>;
/** A validated debrief with every default applied. */
export type Debrief = z.output<typeof debriefSchema>;
export type Mishap = Debrief['mishaps'][number];
export type MissedPoint = Debrief['missedPoints'][number];
export type Contact = Debrief['contacts'][number];
export type Interviewer = Debrief['interviewer'];
