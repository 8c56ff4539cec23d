import type { Kysely } from 'kysely';

/**
 * The list's index gains the id, so "most recent first, then by id" is read straight from the index
 * (scanned backwards) instead of sorting every interview of the person on each `rebound list`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('interviews_by_date').execute();
  await db.schema
    .createIndex('interviews_by_date')
    .on('interviews')
    .columns(['user_id', 'interview_utc', 'id'])
    .execute();
}
