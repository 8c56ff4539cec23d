import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../summary';
import type { InterviewSummary, ListOptions, UserId } from '../types';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite-file';

/**
 * The list and count without Kysely: raw prepared statements over the summary columns, so
 * `rebound list` starts as fast as opening the file allows. Same results as the Kysely queries
 * (the shared storage tests run both).
 *
 * @example
 * const list = createFastList(db);
 * list.listInterviews('local', { limit: 20 });
 */
export function createFastList(db: SqliteDatabase) {
  let listStatement: BetterSqlite3.Statement<[UserId, number, number], SummaryRow> | undefined;
  let countStatement: BetterSqlite3.Statement<[UserId], number> | undefined;
  return {
    listInterviews(userId: UserId, options: ListOptions = {}): InterviewSummary[] {
      listStatement ??= db.prepare<[UserId, number, number], SummaryRow>(
        `select ${SUMMARY_COLUMNS.join(', ')} from interviews where user_id = ? order by interview_utc desc, id desc limit ? offset ?`,
      );
      // SQLite reads a negative limit as "no limit".
      const rows = listStatement.all(userId, options.limit ?? -1, options.offset ?? 0);
      return rows.map(toSummary);
    },
    countInterviews(userId: UserId): number {
      countStatement ??= db
        .prepare<[UserId], number>('select count(*) from interviews where user_id = ?')
        .pluck();
      return Number(countStatement.get(userId));
    },
  };
}
