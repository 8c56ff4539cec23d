import type { Kysely } from 'kysely';

/**
 * The first schema. Migrations are append-only: never edit one that has shipped, add the next file
 * instead. Only portable column types (`text`, `integer`) so the same migration serves SQLite and
 * PostgreSQL. Every table carries the owner's `user_id` and leads its keys with it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();

  await db.schema
    .createTable('interviews')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('interview_at', 'text', (c) => c.notNull())
    .addColumn('interview_utc', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('next_action', 'text')
    .addColumn('next_due', 'text')
    .addColumn('debrief', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interviews_pk', ['user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('interviews_by_date')
    .on('interviews')
    .columns(['user_id', 'interview_utc'])
    .execute();

  await db.schema
    .createTable('action_progress')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.notNull())
    .addColumn('action_type', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_progress_pk', ['user_id', 'interview_id', 'action_type'])
    .addForeignKeyConstraint(
      'action_progress_interview',
      ['user_id', 'interview_id'],
      'interviews',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('drafts')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['user_id', 'interview_id', 'type'])
    .addForeignKeyConstraint(
      'drafts_interview',
      ['user_id', 'interview_id'],
      'interviews',
      ['user_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // Lessons and answers outlive the interview they came from (deleting it detaches them), so no
  // foreign key: the store clears `interview_id` itself.
  await db.schema
    .createTable('lessons')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lessons_pk', ['user_id', 'id'])
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('interview_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['user_id', 'id'])
    .execute();
}
