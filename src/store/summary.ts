import type { Outcome } from '../core/debrief/enums';
import type { Debrief } from '../core/debrief/schema';
import { buildPlan, type ActionType } from '../core/plan';
import type { InterviewSummary } from './types';

/** The columns of `interviews` a summary is read from: the list never parses a debrief. */
export type SummaryRow = {
  id: string;
  company: string;
  role: string;
  interview_at: string;
  outcome: string;
  next_action: string | null;
  next_due: string | null;
  created_at: string;
  updated_at: string;
};

export const SUMMARY_COLUMNS = [
  'id',
  'company',
  'role',
  'interview_at',
  'outcome',
  'next_action',
  'next_due',
  'created_at',
  'updated_at',
] as const;

export function toSummary(row: SummaryRow): InterviewSummary {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    interviewAt: row.interview_at,
    outcome: row.outcome as Outcome,
    nextAction:
      row.next_action && row.next_due ? { type: row.next_action as ActionType, due: row.next_due } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The first action of the plan at `now` that the person has not done or skipped: what the list
 * shows as "next". Kept as columns so listing never rebuilds plans.
 *
 * @example
 * findNextAction(debrief, new Set(['cool-off']), now); // { type: 'recovery-email', due: '…' }
 */
export function findNextAction(
  debrief: Debrief,
  finished: ReadonlySet<string>,
  now: Date,
): { type: ActionType; due: string } | null {
  const next = buildPlan(debrief, now).actions.find((a) => !finished.has(a.type));
  return next ? { type: next.type, due: next.due } : null;
}

/** The `interviews` columns derived from a debrief (everything but the keys and timestamps). */
export function debriefColumns(debrief: Debrief, finished: ReadonlySet<string>, now: Date) {
  const next = findNextAction(debrief, finished, now);
  return {
    company: debrief.company,
    role: debrief.role,
    interview_at: debrief.interviewAt,
    interview_utc: new Date(debrief.interviewAt).toISOString(),
    outcome: debrief.outcome,
    next_action: next?.type ?? null,
    next_due: next?.due ?? null,
    debrief: JSON.stringify(debrief),
  };
}
