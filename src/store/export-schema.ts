import * as z from 'zod/mini';
import { toIssues } from '../core/debrief/parse';
import { debriefSchema } from '../core/debrief/schema';
import { fail, ok, type Issue, type Result } from '../core/result';
import {
  actionStateSchema,
  actionTypeSchema,
  instantSchema,
  messageTypeSchema,
  recordIdSchema,
  STORE_LIMITS,
  text,
} from './inputs';
import type { ExportData } from './types';

/** The export file, validated in full before an import writes anything. */

const progressEntrySchema = z.strictObject({
  actionType: actionTypeSchema,
  state: actionStateSchema,
  at: instantSchema,
});

const storedDraftSchema = z.strictObject({
  type: messageTypeSchema,
  subject: z.nullable(text('the subject', STORE_LIMITS.maxSubjectLength)),
  text: text('the draft text', STORE_LIMITS.maxDraftLength),
  updatedAt: instantSchema,
});

const exportedInterviewSchema = z.strictObject({
  id: recordIdSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  debrief: debriefSchema,
  progress: z._default(z.array(progressEntrySchema, { error: 'expected a list' }), []),
  drafts: z._default(z.array(storedDraftSchema, { error: 'expected a list' }), []),
});

const lessonSchema = z.strictObject({
  id: recordIdSchema,
  interviewId: z.nullable(recordIdSchema),
  text: text('the lesson', STORE_LIMITS.maxNoteLength),
  createdAt: instantSchema,
});

const answerSchema = z.strictObject({
  id: recordIdSchema,
  question: text('the question', STORE_LIMITS.maxNoteLength),
  answer: text('the answer', STORE_LIMITS.maxNoteLength),
  evidence: z.nullable(text('the evidence', STORE_LIMITS.maxNoteLength)),
  interviewId: z.nullable(recordIdSchema),
  createdAt: instantSchema,
});

export const exportSchema = z
  .strictObject({
    format: z.literal('rebound-export', {
      error: 'expected "rebound-export" (is this a Rebound export file?)',
    }),
    version: z.literal(1, { error: 'expected 1 (this version of Rebound reads version 1 exports)' }),
    exportedAt: instantSchema,
    interviews: z.array(exportedInterviewSchema, { error: 'expected a list' }),
    lessons: z._default(z.array(lessonSchema, { error: 'expected a list' }), []),
    answers: z._default(z.array(answerSchema, { error: 'expected a list' }), []),
  })
  .check(
    z.superRefine((data, ctx) => {
      const unique = (path: (string | number)[], value: string, seen: Map<string, string>) => {
        const earlier = seen.get(value);
        if (earlier !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `expected a unique value, but "${value}" is already used by ${earlier}`,
          });
        } else seen.set(value, path.slice(0, -1).map(String).join('.'));
      };
      const interviewIds = new Map<string, string>();
      data.interviews.forEach((interview, i) => {
        unique(['interviews', i, 'id'], interview.id, interviewIds);
        const actions = new Map<string, string>();
        interview.progress.forEach((p, j) =>
          unique(['interviews', i, 'progress', j, 'actionType'], p.actionType, actions),
        );
        const drafts = new Map<string, string>();
        interview.drafts.forEach((d, j) => unique(['interviews', i, 'drafts', j, 'type'], d.type, drafts));
      });
      const lessonIds = new Map<string, string>();
      data.lessons.forEach((l, i) => unique(['lessons', i, 'id'], l.id, lessonIds));
      const answerIds = new Map<string, string>();
      data.answers.forEach((a, i) => unique(['answers', i, 'id'], a.id, answerIds));
    }),
  );

/** Most issues listed in one failure: a wholly wrong file should not print ten thousand lines. */
const MAX_ISSUES = 50;

/**
 * Validates an export file (as parsed JSON). The failure names each bad record and field, such as
 * `interviews[3].debrief.mishaps[0].kind: expected one of late, unprepared, …`.
 *
 * @example
 * const r = parseExport(JSON.parse(text));
 * if (!r.ok) console.error(formatIssues(r.error.issues));
 */
export function parseExport(input: unknown): Result<ExportData> {
  const parsed = exportSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const all = toIssues(parsed.error);
  const issues: Issue[] = all.slice(0, MAX_ISSUES);
  if (all.length > MAX_ISSUES)
    issues.push({ path: '', message: `… and ${all.length - MAX_ISSUES} more problems` });
  return fail(
    'import/invalid',
    `The import file has ${all.length} problem${all.length === 1 ? '' : 's'}; nothing was imported`,
    issues,
  );
}
