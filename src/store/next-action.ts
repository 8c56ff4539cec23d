import type { Debrief } from '../core/debrief/schema';
import { buildPlan, type ActionType } from '../core/plan';
import type { ZoneOffsets } from '../core/time/zone';

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
  zoneOffsets?: ZoneOffsets,
): { type: ActionType; due: string } | null {
  const next = buildPlan(debrief, now, zoneOffsets ? { zoneOffsets } : {}).actions.find(
    (a) => !finished.has(a.type),
  );
  return next ? { type: next.type, due: next.due } : null;
}

/** The `interviews` columns derived from a debrief (everything but the keys and timestamps). */
export function debriefColumns(
  debrief: Debrief,
  finished: ReadonlySet<string>,
  now: Date,
  zoneOffsets?: ZoneOffsets,
) {
  const next = findNextAction(debrief, finished, now, zoneOffsets);
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
