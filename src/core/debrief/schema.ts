import { z } from 'zod';
import { CONTACT_TYPES, FIT, MISHAP_KINDS, NOTICED, OUTCOMES, SEVERITIES, WANT_JOB } from './enums';

/**
 * The debrief document (contract section 3): the one source of truth for the CLI, the API,
 * the web forms and the OpenAPI document. Unknown fields are rejected so that typos surface.
 */

/** Limits that keep one debrief small enough to check, store and render instantly. */
export const DEBRIEF_LIMITS = {
  /** Largest debrief accepted as JSON text, in UTF-16 code units (about 256 KB). */
  maxTextLength: 256 * 1024,
  /** Longest free-text field (a note, a question, a better answer). */
  maxStringLength: 2000,
  /** Most entries in any one list (mishaps, missed points, strengths, contacts). */
  maxListLength: 100,
} as const;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })
    .max(DEBRIEF_LIMITS.maxStringLength, {
      error: `expected at most ${DEBRIEF_LIMITS.maxStringLength} characters`,
    });

const optionalText = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .max(DEBRIEF_LIMITS.maxStringLength, {
      error: `expected at most ${DEBRIEF_LIMITS.maxStringLength} characters`,
    })
    .optional();

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: 'expected a list' })
    .max(DEBRIEF_LIMITS.maxListLength, { error: `expected at most ${DEBRIEF_LIMITS.maxListLength} entries` });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

/** An instant written with its offset, e.g. `2026-11-20T10:30:00-05:00`. */
export const isoDateTimeWithOffset = z
  .string({ error: 'expected an ISO 8601 date-time with offset as a string' })
  .refine((s) => ISO_WITH_OFFSET.test(s) && !Number.isNaN(Date.parse(s)), {
    error: 'expected an ISO 8601 date-time with offset, like 2026-11-20T10:30:00-05:00',
  });

/** A calendar date (`2026-12-01`) or an instant with offset. */
const dateOrDateTime = z
  .string({ error: 'expected a date (YYYY-MM-DD) or a date-time with offset' })
  .refine(
    (s) =>
      (ISO_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))) ||
      (ISO_WITH_OFFSET.test(s) && !Number.isNaN(Date.parse(s))),
    { error: 'expected a date (YYYY-MM-DD) or an ISO 8601 date-time with offset' },
  );

/** True when the runtime knows the IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    // Intl also accepts offsets like "+05:00"; the debrief wants an IANA name.
    return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone);
  } catch {
    return false;
  }
}

const id = z
  .string({ error: 'expected an id as a string' })
  .trim()
  .min(1, { error: 'expected a non-empty id' })
  .max(64, { error: 'expected an id of at most 64 characters' });

export const interviewerSchema = z.strictObject({
  name: text('the interviewer’s name'),
  email: z.email({ error: 'expected an email address' }).optional(),
  phone: z
    .string({ error: 'expected a phone number as a string' })
    .trim()
    .regex(/^[+()\d][\d\s().-]{2,30}$/, { error: 'expected a phone number such as +1 555 0100' })
    .optional(),
});

export const mishapSchema = z.strictObject({
  id,
  kind: oneOf(MISHAP_KINDS),
  note: optionalText('a note'),
  severity: oneOf(SEVERITIES),
  noticed: oneOf(NOTICED),
});

export const missedPointSchema = z.strictObject({
  id,
  question: text('the question'),
  wishISaid: optionalText('what you wish you had said'),
  evidence: optionalText('the evidence'),
});

export const contactSchema = z.strictObject({
  type: oneOf(CONTACT_TYPES),
  at: isoDateTimeWithOffset,
  note: optionalText('a note'),
});

export const candidateSchema = z.strictObject({
  name: optionalText('your name'),
  email: z.email({ error: 'expected an email address' }).optional(),
  phone: optionalText('your phone number'),
});

export const debriefSchema = z
  .strictObject({
    company: text('the company'),
    role: text('the role'),
    interviewer: interviewerSchema,
    interviewAt: isoDateTimeWithOffset,
    timeZone: z
      .string({ error: 'expected an IANA time zone name as a string' })
      .refine(isKnownTimeZone, { error: 'expected an IANA time zone name, like America/New_York' })
      .optional(),
    durationMinutes: z
      .number({ error: 'expected a number of minutes' })
      .int({ error: 'expected a whole number of minutes' })
      .positive({ error: 'expected a positive number of minutes' })
      .max(24 * 60, { error: 'expected at most 1440 minutes' })
      .default(60),
    wantJob: oneOf(WANT_JOB),
    fit: oneOf(FIT).default('unsure'),
    expressedInterest: z.boolean({ error: 'expected true or false' }).default(true),
    mishaps: list(mishapSchema).default([]),
    missedPoints: list(missedPointSchema).default([]),
    strengths: list(text('a strength')).default([]),
    outcome: oneOf(OUTCOMES).default('pending'),
    decisionExpectedBy: dateOrDateTime.optional(),
    contacts: list(contactSchema).default([]),
    candidate: candidateSchema.optional(),
  })
  .superRefine((d, ctx) => {
    const seen = new Map<string, string>();
    const check = (itemId: string, path: (string | number)[]) => {
      const where = path.join('.');
      const earlier = seen.get(itemId);
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `expected a unique id, but "${itemId}" is already used by ${earlier}`,
        });
      } else seen.set(itemId, where);
    };
    d.mishaps.forEach((m, i) => check(m.id, ['mishaps', i]));
    d.missedPoints.forEach((p, i) => check(p.id, ['missedPoints', i]));
  });

/** A debrief as written by a person or a program (defaults not yet applied). */
export type DebriefInput = z.input<typeof debriefSchema>;
/** A validated debrief with every default applied. */
export type Debrief = z.output<typeof debriefSchema>;
export type Mishap = Debrief['mishaps'][number];
export type MissedPoint = Debrief['missedPoints'][number];
export type Contact = Debrief['contacts'][number];
export type Interviewer = Debrief['interviewer'];
