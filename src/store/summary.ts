import type { Outcome } from '../core/debrief/enums';
import type { ActionType } from '../core/plan/types';
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
