import type { Kysely } from 'kysely';
import type { Outcome } from '../core/debrief/enums';
import { parseDebrief } from '../core/debrief/parse';
import { debriefSchema, type Contact, type Debrief } from '../core/debrief/schema';
import type { ActionType, MessageType } from '../core/plan/types';
import { fail, ok, type Result } from '../core/result';
import type { ZoneOffsets } from '../core/time/zone';
import type { Backend } from './backend';
import type { Database, InterviewsTable } from './database';
import { parseExport } from './export-schema';
import { createToken } from './ids';
import {
  actionStateSchema,
  actionTypeSchema,
  contactSchema,
  draftSchema,
  newAnswerSchema,
  newLessonSchema,
  newUserSchema,
  outcomeSchema,
  validate,
} from './inputs';
import { debriefColumns } from './next-action';
import { SUMMARY_COLUMNS, toSummary } from './summary';
import type {
  ActionState,
  Answer,
  ExportData,
  ExportedInterview,
  ImportSummary,
  InterviewId,
  Lesson,
  ListOptions,
  NewAnswer,
  NewLesson,
  OnProgress,
  ProgressEntry,
  Session,
  Store,
  StoredDraft,
  StoredInterview,
  User,
  UserId,
} from './types';

type Db = Kysely<Database>;

export type KyselyStoreOptions = {
  now: () => Date;
  newId: () => string;
  zoneOffsets?: ZoneOffsets;
};

/**
 * Rows per multi-row INSERT: 500 rows of at most 12 columns stay well under the bound-parameter
 * limits (SQLite 32,766; PostgreSQL 65,535), and few statements keep a 10,000-interview import fast.
 */
const INSERT_BATCH = 500;
/** How many tries to find an unused random id before giving up (a collision is already rare). */
const ID_ATTEMPTS = 8;

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** An instant as UTC ISO text; the exported form (already canonical) passes through untouched. */
const utc = (d: Date | string) =>
  typeof d === 'string' && CANONICAL_UTC.test(d) ? d : new Date(d).toISOString();

/**
 * Remembers zone offsets per 15 minutes: every real offset change happens on a 15-minute
 * boundary in UTC, and an import computes ten thousand plans over the same few zones.
 */
function memoizeOffsets(offsets: ZoneOffsets | undefined): ZoneOffsets | undefined {
  if (!offsets) return undefined;
  const cache = new Map<string, number>();
  return (zone, instantMs) => {
    const key = `${zone}|${Math.floor(instantMs / 900_000)}`;
    let offset = cache.get(key);
    if (offset === undefined) {
      offset = offsets(zone, instantMs);
      if (cache.size > 100_000) cache.clear();
      cache.set(key, offset);
    }
    return offset;
  };
}

function notFound(id: string): Result<never> {
  return fail('interview/not-found', `There is no interview with id "${id}"`, [
    { path: 'id', message: `expected the id of one of your interviews (see rebound list), got "${id}"` },
  ]);
}

/** Reads a stored debrief, validating it on the way out too: a bad row is a bug, so it throws. */
function decodeDebrief(json: string, id: string): Debrief {
  const parsed = debriefSchema.safeParse(JSON.parse(json));
  if (!parsed.success)
    throw new Error(`The stored debrief of interview ${id} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

function toStored(
  row: Pick<InterviewsTable, 'id' | 'debrief' | 'created_at' | 'updated_at'>,
): StoredInterview {
  return {
    id: row.id,
    debrief: decodeDebrief(row.debrief, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The store over Kysely: the same queries for SQLite and PostgreSQL. Every query on a person's data
 * filters by `user_id`; every write runs in one transaction.
 *
 * @example
 * const store = createKyselyStore(backend, { now: () => new Date(), newId: createShortId });
 */
export function createKyselyStore(backend: Backend, options: KyselyStoreOptions): Store {
  const { db } = backend;
  const now = options.now;
  const zoneOffsets = memoizeOffsets(options.zoneOffsets);

  async function finishedActions(trx: Db, userId: UserId, id: InterviewId): Promise<Set<string>> {
    const rows = await trx
      .selectFrom('action_progress')
      .select('action_type')
      .where('user_id', '=', userId)
      .where('interview_id', '=', id)
      .execute();
    return new Set(rows.map((r) => r.action_type));
  }

  async function loadProgress(trx: Db, userId: UserId, id: InterviewId): Promise<ProgressEntry[]> {
    const rows = await trx
      .selectFrom('action_progress')
      .select(['action_type', 'state', 'at'])
      .where('user_id', '=', userId)
      .where('interview_id', '=', id)
      .orderBy('action_type')
      .execute();
    return rows.map((r) => ({
      actionType: r.action_type as ActionType,
      state: r.state as ActionState,
      at: r.at,
    }));
  }

  async function findRow(trx: Db, userId: UserId, id: InterviewId) {
    return trx
      .selectFrom('interviews')
      .select(['id', 'debrief', 'created_at', 'updated_at'])
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Reads an interview's debrief, applies a change, validates the result and writes it back. */
  async function changeDebrief(
    userId: UserId,
    id: InterviewId,
    change: (debrief: Debrief) => unknown,
  ): Promise<Result<StoredInterview>> {
    return backend.write(async (trx) => {
      const row = await findRow(trx, userId, id);
      if (!row) return notFound(id);
      const parsed = parseDebrief(change(decodeDebrief(row.debrief, id)));
      if (!parsed.ok) return parsed;
      const at = now();
      const columns = debriefColumns(parsed.value, await finishedActions(trx, userId, id), at, zoneOffsets);
      await trx
        .updateTable('interviews')
        .set({ ...columns, updated_at: at.toISOString() })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
      return ok({ id, debrief: parsed.value, createdAt: row.created_at, updatedAt: at.toISOString() });
    });
  }

  /** Recomputes the cached next action after progress changed. */
  async function refreshNextAction(
    trx: Db,
    userId: UserId,
    id: InterviewId,
    debriefJson: string,
  ): Promise<void> {
    const columns = debriefColumns(
      decodeDebrief(debriefJson, id),
      await finishedActions(trx, userId, id),
      now(),
      zoneOffsets,
    );
    await trx
      .updateTable('interviews')
      .set({ next_action: columns.next_action, next_due: columns.next_due })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .execute();
  }

  async function unusedId(
    trx: Db,
    table: 'interviews' | 'lessons' | 'answers',
    userId: UserId,
  ): Promise<string> {
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      const id = options.newId();
      const taken = await trx
        .selectFrom(table)
        .select('id')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!taken) return id;
    }
    throw new Error(
      `Could not find an unused ${table} id in ${ID_ATTEMPTS} tries: is the id generator random?`,
    );
  }

  const toUser = (r: { id: string; email: string; password_hash: string; created_at: string }): User => ({
    id: r.id,
    email: r.email,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
  });

  const toLesson = (r: {
    id: string;
    interview_id: string | null;
    text: string;
    created_at: string;
  }): Lesson => ({
    id: r.id,
    interviewId: r.interview_id,
    text: r.text,
    createdAt: r.created_at,
  });

  const toAnswer = (r: Database['answers']): Answer => ({
    id: r.id,
    question: r.question,
    answer: r.answer,
    evidence: r.evidence,
    interviewId: r.interview_id,
    createdAt: r.created_at,
  });

  const toDraft = (r: {
    type: string;
    subject: string | null;
    text: string;
    updated_at: string;
  }): StoredDraft => ({
    type: r.type as MessageType,
    subject: r.subject,
    text: r.text,
    updatedAt: r.updated_at,
  });

  const store: Store = {
    kind: backend.kind,

    async listInterviews(userId: UserId, opts: ListOptions = {}) {
      let query = db
        .selectFrom('interviews')
        .select(SUMMARY_COLUMNS)
        .where('user_id', '=', userId)
        .orderBy('interview_utc', 'desc')
        .orderBy('id', 'desc');
      if (opts.limit !== undefined) query = query.limit(opts.limit);
      if (opts.offset) query = query.offset(opts.offset);
      if (opts.offset && opts.limit === undefined) query = query.limit(Number.MAX_SAFE_INTEGER);
      return (await query.execute()).map(toSummary);
    },

    async countInterviews(userId) {
      const row = await db
        .selectFrom('interviews')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      // PostgreSQL's driver returns count(*) as a string.
      return Number(row.n);
    },

    async getInterview(userId, id) {
      const row = await findRow(db, userId, id);
      return row ? toStored(row) : null;
    },

    async createInterview(userId, input) {
      const parsed = parseDebrief(input);
      if (!parsed.ok) return parsed;
      const debrief = parsed.value;
      return backend.write(async (trx) => {
        const id = await unusedId(trx, 'interviews', userId);
        const at = now();
        const stamp = at.toISOString();
        await trx
          .insertInto('interviews')
          .values({
            user_id: userId,
            id,
            ...debriefColumns(debrief, new Set(), at, zoneOffsets),
            created_at: stamp,
            updated_at: stamp,
          })
          .execute();
        return ok({ id, debrief, createdAt: stamp, updatedAt: stamp });
      });
    },

    async updateDebrief(userId, id, input) {
      return changeDebrief(userId, id, () => input);
    },

    async deleteInterview(userId, id) {
      return backend.write(async (trx) => {
        const row = await findRow(trx, userId, id);
        if (!row) return notFound(id);
        await trx
          .deleteFrom('action_progress')
          .where('user_id', '=', userId)
          .where('interview_id', '=', id)
          .execute();
        await trx.deleteFrom('drafts').where('user_id', '=', userId).where('interview_id', '=', id).execute();
        for (const table of ['lessons', 'answers'] as const) {
          await trx
            .updateTable(table)
            .set({ interview_id: null })
            .where('user_id', '=', userId)
            .where('interview_id', '=', id)
            .execute();
        }
        await trx.deleteFrom('interviews').where('user_id', '=', userId).where('id', '=', id).execute();
        return ok({ id });
      });
    },

    async setActionState(userId, id, actionType, state, at) {
      const type = validate(actionTypeSchema, actionType, 'action', 'input/invalid');
      if (!type.ok)
        return fail('input/invalid', 'Unknown action type', [
          { path: 'action', message: type.error.issues[0]?.message ?? '' },
        ]);
      if (state !== null) {
        const s = validate(actionStateSchema, state, 'state');
        if (!s.ok)
          return fail('input/invalid', 'Unknown state', [
            { path: 'state', message: s.error.issues[0]?.message ?? '' },
          ]);
      }
      const when = new Date(at);
      if (Number.isNaN(when.getTime())) {
        return fail('input/invalid', 'Invalid time', [
          { path: 'at', message: 'expected an ISO 8601 date-time with offset' },
        ]);
      }
      return backend.write(async (trx) => {
        const row = await findRow(trx, userId, id);
        if (!row) return notFound(id);
        await trx
          .deleteFrom('action_progress')
          .where('user_id', '=', userId)
          .where('interview_id', '=', id)
          .where('action_type', '=', type.value)
          .execute();
        if (state !== null) {
          await trx
            .insertInto('action_progress')
            .values({
              user_id: userId,
              interview_id: id,
              action_type: type.value,
              state,
              at: when.toISOString(),
            })
            .execute();
        }
        await refreshNextAction(trx, userId, id, row.debrief);
        return ok(await loadProgress(trx, userId, id));
      });
    },

    async getProgress(userId, id) {
      return loadProgress(db, userId, id);
    },

    async addContact(userId, id, contact: Contact) {
      const valid = validate(contactSchema, contact, 'contact');
      if (!valid.ok) return valid;
      return changeDebrief(userId, id, (d) => ({ ...d, contacts: [...d.contacts, valid.value] }));
    },

    async setOutcome(userId, id, outcome: Outcome) {
      const valid = validate(outcomeSchema, outcome, 'outcome');
      if (!valid.ok) {
        return fail('input/invalid', 'Unknown outcome', [
          { path: 'outcome', message: valid.error.issues[0]?.message ?? '' },
        ]);
      }
      return changeDebrief(userId, id, (d) => ({ ...d, outcome: valid.value }));
    },

    async saveDraft(userId, id, type, text, subject) {
      const valid = validate(draftSchema, { type, text, subject }, 'draft');
      if (!valid.ok) return valid;
      return backend.write(async (trx) => {
        if (!(await findRow(trx, userId, id))) return notFound(id);
        const stamp = now().toISOString();
        const row = { subject: valid.value.subject, text: valid.value.text, updated_at: stamp };
        await trx
          .insertInto('drafts')
          .values({ user_id: userId, interview_id: id, type: valid.value.type, ...row })
          .onConflict((oc) => oc.columns(['user_id', 'interview_id', 'type']).doUpdateSet(row))
          .execute();
        return ok(toDraft({ type: valid.value.type, ...row }));
      });
    },

    async getDrafts(userId, id) {
      const rows = await db
        .selectFrom('drafts')
        .select(['type', 'subject', 'text', 'updated_at'])
        .where('user_id', '=', userId)
        .where('interview_id', '=', id)
        .orderBy('type')
        .execute();
      return rows.map(toDraft);
    },

    async addLesson(userId, lesson: NewLesson) {
      const valid = validate(newLessonSchema, lesson, 'lesson');
      if (!valid.ok) return valid;
      return backend.write(async (trx) => {
        const interviewId = valid.value.interviewId ?? null;
        if (interviewId !== null && !(await findRow(trx, userId, interviewId))) return notFound(interviewId);
        const row = {
          user_id: userId,
          id: await unusedId(trx, 'lessons', userId),
          interview_id: interviewId,
          text: valid.value.text,
          created_at: now().toISOString(),
        };
        await trx.insertInto('lessons').values(row).execute();
        return ok(toLesson(row));
      });
    },

    async listLessons(userId, interviewId) {
      let query = db.selectFrom('lessons').selectAll().where('user_id', '=', userId);
      if (interviewId !== undefined) query = query.where('interview_id', '=', interviewId);
      return (await query.orderBy('created_at').orderBy('id').execute()).map(toLesson);
    },

    async addAnswer(userId, answer: NewAnswer) {
      const valid = validate(newAnswerSchema, answer, 'answer');
      if (!valid.ok) return valid;
      return backend.write(async (trx) => {
        const interviewId = valid.value.interviewId ?? null;
        if (interviewId !== null && !(await findRow(trx, userId, interviewId))) return notFound(interviewId);
        const row = {
          user_id: userId,
          id: await unusedId(trx, 'answers', userId),
          question: valid.value.question,
          answer: valid.value.answer,
          evidence: valid.value.evidence ?? null,
          interview_id: interviewId,
          created_at: now().toISOString(),
        };
        await trx.insertInto('answers').values(row).execute();
        return ok(toAnswer(row));
      });
    },

    async listAnswers(userId) {
      const rows = await db
        .selectFrom('answers')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toAnswer);
    },

    async exportAll(userId, onProgress?: OnProgress): Promise<ExportData> {
      return backend.read(async (trx) => {
        const rows = await trx
          .selectFrom('interviews')
          .select(['id', 'debrief', 'created_at', 'updated_at'])
          .where('user_id', '=', userId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        const progress = await trx
          .selectFrom('action_progress')
          .select(['interview_id', 'action_type', 'state', 'at'])
          .where('user_id', '=', userId)
          .orderBy('interview_id')
          .orderBy('action_type')
          .execute();
        const drafts = await trx
          .selectFrom('drafts')
          .select(['interview_id', 'type', 'subject', 'text', 'updated_at'])
          .where('user_id', '=', userId)
          .orderBy('interview_id')
          .orderBy('type')
          .execute();
        const progressOf = new Map<string, ProgressEntry[]>();
        for (const p of progress) {
          const list = progressOf.get(p.interview_id) ?? [];
          list.push({ actionType: p.action_type as ActionType, state: p.state as ActionState, at: p.at });
          progressOf.set(p.interview_id, list);
        }
        const draftsOf = new Map<string, StoredDraft[]>();
        for (const d of drafts) {
          const list = draftsOf.get(d.interview_id) ?? [];
          list.push(toDraft(d));
          draftsOf.set(d.interview_id, list);
        }
        const interviews: ExportedInterview[] = [];
        const step = Math.max(1, Math.floor(rows.length / 100));
        rows.forEach((row, i) => {
          interviews.push({
            ...toStored(row),
            progress: progressOf.get(row.id) ?? [],
            drafts: draftsOf.get(row.id) ?? [],
          });
          if (onProgress && (i % step === 0 || i === rows.length - 1)) onProgress(i + 1, rows.length);
        });
        const lessons = (
          await trx
            .selectFrom('lessons')
            .selectAll()
            .where('user_id', '=', userId)
            .orderBy('created_at')
            .orderBy('id')
            .execute()
        ).map(toLesson);
        const answers = (
          await trx
            .selectFrom('answers')
            .selectAll()
            .where('user_id', '=', userId)
            .orderBy('created_at')
            .orderBy('id')
            .execute()
        ).map(toAnswer);
        return {
          format: 'rebound-export',
          version: 1,
          exportedAt: now().toISOString(),
          interviews,
          lessons,
          answers,
        } satisfies ExportData;
      });
    },

    async importAll(userId, data, onProgress?: OnProgress): Promise<Result<ImportSummary>> {
      const parsed = parseExport(data);
      if (!parsed.ok) return parsed;
      const file = parsed.value;
      const at = now();
      // Everything derived before the transaction, so the write lock is held only for writing.
      const interviewRows = file.interviews.map((interview) => ({
        user_id: userId,
        id: interview.id,
        ...debriefColumns(
          interview.debrief,
          new Set(interview.progress.map((p) => p.actionType)),
          at,
          zoneOffsets,
        ),
        created_at: utc(interview.createdAt),
        updated_at: utc(interview.updatedAt),
      }));
      const progressRows = file.interviews.flatMap((interview) =>
        interview.progress.map((p) => ({
          user_id: userId,
          interview_id: interview.id,
          action_type: p.actionType,
          state: p.state,
          at: utc(p.at),
        })),
      );
      const draftRows = file.interviews.flatMap((interview) =>
        interview.drafts.map((d) => ({
          user_id: userId,
          interview_id: interview.id,
          type: d.type,
          subject: d.subject,
          text: d.text,
          updated_at: utc(d.updatedAt),
        })),
      );
      const lessonRows = file.lessons.map((l) => ({
        user_id: userId,
        id: l.id,
        interview_id: l.interviewId,
        text: l.text,
        created_at: utc(l.createdAt),
      }));
      const answerRows = file.answers.map((a) => ({
        user_id: userId,
        id: a.id,
        question: a.question,
        answer: a.answer,
        evidence: a.evidence,
        interview_id: a.interviewId,
        created_at: utc(a.createdAt),
      }));
      const total = interviewRows.length + lessonRows.length + answerRows.length;
      let done = 0;
      const report = (n: number) => {
        done += n;
        onProgress?.(done, total);
      };

      return backend.write(async (trx) => {
        // Records referring to an interview must point at one in the file or one already stored.
        const known = new Set(file.interviews.map((i) => i.id));
        const referenced = [...new Set([...file.lessons, ...file.answers].map((r) => r.interviewId))].filter(
          (id): id is string => id !== null && !known.has(id),
        );
        for (const ids of chunks(referenced, 500)) {
          const found = await trx
            .selectFrom('interviews')
            .select('id')
            .where('user_id', '=', userId)
            .where('id', 'in', ids)
            .execute();
          for (const r of found) known.add(r.id);
        }
        const dangling = [
          ...file.lessons.map((l, i) => ({ path: `lessons[${i}].interviewId`, id: l.interviewId })),
          ...file.answers.map((a, i) => ({ path: `answers[${i}].interviewId`, id: a.interviewId })),
        ].filter((r) => r.id !== null && !known.has(r.id));
        if (dangling.length) {
          return fail(
            'import/invalid',
            `The import file has ${dangling.length} problem${dangling.length === 1 ? '' : 's'}; nothing was imported`,
            dangling.slice(0, 50).map((r) => ({
              path: r.path,
              message: `expected the id of an interview in the file or already stored, got "${r.id}"`,
            })),
          );
        }

        for (const batch of chunks(interviewRows, INSERT_BATCH)) {
          const ids = batch.map((r) => r.id);
          // Replaced interviews take their progress and drafts from the file, not a mix.
          await trx
            .deleteFrom('action_progress')
            .where('user_id', '=', userId)
            .where('interview_id', 'in', ids)
            .execute();
          await trx
            .deleteFrom('drafts')
            .where('user_id', '=', userId)
            .where('interview_id', 'in', ids)
            .execute();
          await trx
            .insertInto('interviews')
            .values(batch)
            .onConflict((oc) =>
              oc.columns(['user_id', 'id']).doUpdateSet((eb) => ({
                company: eb.ref('excluded.company'),
                role: eb.ref('excluded.role'),
                interview_at: eb.ref('excluded.interview_at'),
                interview_utc: eb.ref('excluded.interview_utc'),
                outcome: eb.ref('excluded.outcome'),
                next_action: eb.ref('excluded.next_action'),
                next_due: eb.ref('excluded.next_due'),
                debrief: eb.ref('excluded.debrief'),
                created_at: eb.ref('excluded.created_at'),
                updated_at: eb.ref('excluded.updated_at'),
              })),
            )
            .execute();
          report(batch.length);
        }
        for (const batch of chunks(progressRows, INSERT_BATCH * 2))
          await trx.insertInto('action_progress').values(batch).execute();
        for (const batch of chunks(draftRows, INSERT_BATCH))
          await trx.insertInto('drafts').values(batch).execute();
        for (const batch of chunks(lessonRows, INSERT_BATCH * 2)) {
          await trx
            .insertInto('lessons')
            .values(batch)
            .onConflict((oc) =>
              oc.columns(['user_id', 'id']).doUpdateSet((eb) => ({
                interview_id: eb.ref('excluded.interview_id'),
                text: eb.ref('excluded.text'),
                created_at: eb.ref('excluded.created_at'),
              })),
            )
            .execute();
          report(batch.length);
        }
        for (const batch of chunks(answerRows, INSERT_BATCH)) {
          await trx
            .insertInto('answers')
            .values(batch)
            .onConflict((oc) =>
              oc.columns(['user_id', 'id']).doUpdateSet((eb) => ({
                question: eb.ref('excluded.question'),
                answer: eb.ref('excluded.answer'),
                evidence: eb.ref('excluded.evidence'),
                interview_id: eb.ref('excluded.interview_id'),
                created_at: eb.ref('excluded.created_at'),
              })),
            )
            .execute();
          report(batch.length);
        }
        return ok({
          interviews: interviewRows.length,
          lessons: lessonRows.length,
          answers: answerRows.length,
        });
      });
    },

    async createUser(email, passwordHash) {
      const valid = validate(newUserSchema, { email, passwordHash }, 'account');
      if (!valid.ok) return valid;
      const taken = (): Result<never> =>
        fail('user/email-taken', 'An account with this email already exists', [
          { path: 'email', message: 'expected an email address that has no account yet' },
        ]);
      try {
        return await backend.write(async (trx) => {
          const existing = await trx
            .selectFrom('users')
            .select('id')
            .where('email', '=', valid.value.email)
            .executeTakeFirst();
          if (existing) return taken();
          const row = {
            id: createToken().slice(0, 22),
            email: valid.value.email,
            password_hash: valid.value.passwordHash,
            created_at: now().toISOString(),
          };
          await trx.insertInto('users').values(row).execute();
          return ok(toUser(row));
        });
      } catch (e) {
        // Two sign-ups with one email at the same moment: the unique index decides.
        if (isUniqueViolation(e)) return taken();
        throw e;
      }
    },

    async findUserByEmail(email) {
      const normalized = email.trim().toLowerCase();
      const row = await db.selectFrom('users').selectAll().where('email', '=', normalized).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async getUser(userId) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async createSession(userId, expiresAt): Promise<Session> {
      const session = {
        id: createToken(),
        user_id: userId,
        expires_at: utc(expiresAt),
        created_at: now().toISOString(),
      };
      await backend.write((trx) => trx.insertInto('sessions').values(session).execute());
      return { id: session.id, userId, expiresAt: session.expires_at };
    },

    async findSession(id) {
      const row = await db
        .selectFrom('sessions')
        .select(['id', 'user_id', 'expires_at'])
        .where('id', '=', id)
        .where('expires_at', '>', now().toISOString())
        .executeTakeFirst();
      return row ? { id: row.id, userId: row.user_id, expiresAt: row.expires_at } : null;
    },

    async deleteSession(id) {
      await backend.write((trx) => trx.deleteFrom('sessions').where('id', '=', id).execute());
    },

    close: () => backend.close(),
  };
  return store;
}
