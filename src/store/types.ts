import type { Contact, Debrief } from '../core/debrief/schema';
import type { Outcome } from '../core/debrief/enums';
import type { ActionType, MessageType } from '../core/plan/types';
import type { Result } from '../core/result';
import type { ZoneOffsets } from '../core/time/zone';

/**
 * The storage interface: the only way the CLI and the server reach a database. Every method that
 * touches a person's data takes their user id first and sees only that user's rows, so one user can
 * never read or change another's interviews. Reads return `null` (or an empty list) when nothing
 * matches; writes return a `Result` whose failure codes are listed in {@link StoreFailureCode}.
 * Times are ISO 8601 strings; the store writes them in UTC (`2026-11-20T15:30:00.000Z`).
 */

/** The id of the person whose data a call reads or writes. The CLI uses {@link LOCAL_USER_ID}. */
export type UserId = string;
/** A short random interview id such as `k3f9x2qa`. */
export type InterviewId = string;

/** The one user of a local, single-person database (the CLI). */
export const LOCAL_USER_ID = 'local';

/** Where the data lives. Built from the environment by the edges (see `resolveStoreConfig`). */
export type StoreConfig = (
  | {
      kind: 'sqlite';
      /** Path of the SQLite file, or `:memory:`. The directory is created when missing. */
      file: string;
    }
  | {
      kind: 'postgres';
      /** A `postgres://user:password@host:port/db` URL. */
      url: string;
      /** A schema to use instead of `public` (created when missing): isolates test runs. */
      schema?: string;
      /** Most connections in the pool (default 10). */
      maxConnections?: number;
    }
) & {
  /** The clock, for `createdAt`/`updatedAt` and the cached next due action (default: the system clock). */
  now?: () => Date;
  /** Makes a new short id (default: 8 random characters from crypto). Injected for reproducible tests. */
  newId?: () => string;
  /** UTC offsets of time zones for the plans the store computes (default: Intl). */
  zoneOffsets?: ZoneOffsets;
};

/** The expected failures of the store, as `area/reason` codes. */
export const STORE_FAILURE_CODES = [
  'interview/not-found',
  'debrief/invalid',
  'input/invalid',
  'import/invalid',
  'user/email-taken',
] as const;
export type StoreFailureCode = (typeof STORE_FAILURE_CODES)[number];

export const ACTION_STATES = ['done', 'skipped'] as const;
/** What the person did with a planned action. */
export type ActionState = (typeof ACTION_STATES)[number];

/** One row of the interview list: what `rebound list` and the web app's list show. */
export type InterviewSummary = {
  id: InterviewId;
  company: string;
  role: string;
  /** As written in the debrief, with its offset. */
  interviewAt: string;
  outcome: Outcome;
  /**
   * The first planned action not yet done or skipped, as computed at the last write (the plan moves
   * with time: show a live plan with `buildPlan` when precision matters). `null` when all are done.
   */
  nextAction: { type: ActionType; due: string } | null;
  createdAt: string;
  updatedAt: string;
};

/** A stored interview: its debrief (validated, defaults applied) and when it was written. */
export type StoredInterview = {
  id: InterviewId;
  debrief: Debrief;
  createdAt: string;
  updatedAt: string;
};

export type ProgressEntry = {
  actionType: ActionType;
  state: ActionState;
  /** When the person marked it. */
  at: string;
};

/** The person's version of a message (a composed draft they kept, or their own edits). */
export type StoredDraft = {
  type: MessageType;
  /** The email subject; `null` for letters and call scripts. */
  subject: string | null;
  text: string;
  updatedAt: string;
};

export type Lesson = {
  id: string;
  /** The interview it came from, when it came from one. */
  interviewId: InterviewId | null;
  text: string;
  createdAt: string;
};

export type NewLesson = { text: string; interviewId?: InterviewId | null };

/** An entry of the answer bank: a rebuilt answer that follows the person to the next interview. */
export type Answer = {
  id: string;
  question: string;
  answer: string;
  /** The proof behind the answer: a number, a named project and its result, a reference. */
  evidence: string | null;
  /** The interview where the question came up, when it did. */
  interviewId: InterviewId | null;
  createdAt: string;
};

export type NewAnswer = {
  question: string;
  answer: string;
  evidence?: string | null;
  interviewId?: InterviewId | null;
};

/** An account of the web server. The email is stored lower-cased and is unique. */
export type User = {
  id: UserId;
  email: string;
  passwordHash: string;
  createdAt: string;
};

export type Session = {
  /** A long random token (URL-safe base64); the cookie value. */
  id: string;
  userId: UserId;
  expiresAt: string;
};

/** The export file: all of one person's data, as `rebound export` writes and `rebound import` reads. */
export type ExportData = {
  format: 'rebound-export';
  version: 1;
  exportedAt: string;
  interviews: ExportedInterview[];
  lessons: Lesson[];
  answers: Answer[];
};

export type ExportedInterview = {
  id: InterviewId;
  createdAt: string;
  updatedAt: string;
  debrief: Debrief;
  progress: ProgressEntry[];
  drafts: StoredDraft[];
};

export type ImportSummary = { interviews: number; lessons: number; answers: number };

/** Reports the progress of a long operation (export, import): `done` of `total` records. */
export type OnProgress = (done: number, total: number) => void;

export type ListOptions = {
  /** Most rows to return (default: all). */
  limit?: number;
  /** Rows to skip, for paging (default 0). */
  offset?: number;
};

export type Store = {
  /** `sqlite` or `postgres`: which database this store talks to. */
  readonly kind: StoreConfig['kind'];

  /** The person's interviews, most recent interview first (ties: by id, descending). */
  listInterviews(userId: UserId, options?: ListOptions): Promise<InterviewSummary[]>;
  countInterviews(userId: UserId): Promise<number>;
  getInterview(userId: UserId, id: InterviewId): Promise<StoredInterview | null>;
  /** Stores a new interview from a debrief (validated with `debriefSchema`); returns it with its new id. */
  createInterview(userId: UserId, debrief: unknown): Promise<Result<StoredInterview>>;
  /** Replaces the debrief (validated) of an existing interview. */
  updateDebrief(userId: UserId, id: InterviewId, debrief: unknown): Promise<Result<StoredInterview>>;
  /** Deletes an interview with its progress and drafts. Lessons and answers stay (detached). */
  deleteInterview(userId: UserId, id: InterviewId): Promise<Result<{ id: InterviewId }>>;

  /** Marks a planned action done or skipped at `at`, or clears it with `null`. */
  setActionState(
    userId: UserId,
    id: InterviewId,
    actionType: ActionType,
    state: ActionState | null,
    at: Date | string,
  ): Promise<Result<ProgressEntry[]>>;
  getProgress(userId: UserId, id: InterviewId): Promise<ProgressEntry[]>;

  /** Logs a message sent; it goes into the debrief's `contacts`, so the plan stops asking for it (rule 11). */
  addContact(userId: UserId, id: InterviewId, contact: Contact): Promise<Result<StoredInterview>>;
  /** Records the outcome; it goes into the debrief's `outcome`, so the plan follows it (rule 2). */
  setOutcome(userId: UserId, id: InterviewId, outcome: Outcome): Promise<Result<StoredInterview>>;

  /** Keeps the person's version of a message (one per type and interview; saving again replaces it). */
  saveDraft(
    userId: UserId,
    id: InterviewId,
    type: MessageType,
    text: string,
    subject: string | null,
  ): Promise<Result<StoredDraft>>;
  getDrafts(userId: UserId, id: InterviewId): Promise<StoredDraft[]>;

  addLesson(userId: UserId, lesson: NewLesson): Promise<Result<Lesson>>;
  /** All lessons, or those of one interview; oldest first. */
  listLessons(userId: UserId, interviewId?: InterviewId): Promise<Lesson[]>;

  addAnswer(userId: UserId, answer: NewAnswer): Promise<Result<Answer>>;
  /** The answer bank, oldest first. */
  listAnswers(userId: UserId): Promise<Answer[]>;

  /** All of the person's data, ready to be written as JSON. */
  exportAll(userId: UserId, onProgress?: OnProgress): Promise<ExportData>;
  /**
   * Validates `data` as an export file first, then writes all of it in one transaction: records with
   * ids the person already has are replaced, the rest added. A bad file changes nothing; its failure
   * names each bad record and field, e.g. `interviews[3].debrief.mishaps[0].kind`.
   */
  importAll(userId: UserId, data: unknown, onProgress?: OnProgress): Promise<Result<ImportSummary>>;

  /** Creates an account; fails with `user/email-taken` when the email (case-insensitive) exists. */
  createUser(email: string, passwordHash: string): Promise<Result<User>>;
  findUserByEmail(email: string): Promise<User | null>;
  getUser(userId: UserId): Promise<User | null>;
  /** Starts a session with a new random token. */
  createSession(userId: UserId, expiresAt: Date | string): Promise<Session>;
  /** The session with this token, or `null` when unknown or expired. */
  findSession(id: string): Promise<Session | null>;
  deleteSession(id: string): Promise<void>;

  /** Closes the database connection(s). The store cannot be used afterwards. */
  close(): Promise<void>;
};

/** Opens a store; migrations are applied automatically. Implemented in `./open-store`. */
export type OpenStore = (config: StoreConfig) => Promise<Store>;
