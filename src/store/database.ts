/**
 * The tables as Kysely sees them. Every column that holds a time is ISO 8601 text in UTC, so the
 * same values, comparisons and sorting work on SQLite and PostgreSQL alike; debriefs are JSON text.
 */

export type UsersTable = { id: string; email: string; password_hash: string; created_at: string };

export type SessionsTable = { id: string; user_id: string; expires_at: string; created_at: string };

export type InterviewsTable = {
  user_id: string;
  id: string;
  company: string;
  role: string;
  /** As written in the debrief, with its offset (shown to the person). */
  interview_at: string;
  /** The same instant in UTC, for sorting. */
  interview_utc: string;
  outcome: string;
  /** The first planned action not yet done or skipped at the last write, and when it was due. */
  next_action: string | null;
  next_due: string | null;
  /** The validated debrief (defaults applied) as JSON text. */
  debrief: string;
  created_at: string;
  updated_at: string;
};

export type ActionProgressTable = {
  user_id: string;
  interview_id: string;
  action_type: string;
  state: string;
  at: string;
};

export type DraftsTable = {
  user_id: string;
  interview_id: string;
  type: string;
  subject: string | null;
  text: string;
  updated_at: string;
};

export type LessonsTable = {
  user_id: string;
  id: string;
  interview_id: string | null;
  text: string;
  created_at: string;
};

export type AnswersTable = {
  user_id: string;
  id: string;
  question: string;
  answer: string;
  evidence: string | null;
  interview_id: string | null;
  created_at: string;
};

export type MigrationsTable = { name: string; applied_at: string };

export type Database = {
  users: UsersTable;
  sessions: SessionsTable;
  interviews: InterviewsTable;
  action_progress: ActionProgressTable;
  drafts: DraftsTable;
  lessons: LessonsTable;
  answers: AnswersTable;
  rebound_migrations: MigrationsTable;
};
