import { createEvents, type EventAttributes } from 'ics';
import type { Action } from '../core/plan';
import { ACTION_LABELS } from '../core/plan/labels';

/**
 * Files people already use, shared by the CLI and the server: calendar reminders (.ics) and
 * ready-to-send email messages (.eml).
 */

export type IcsInput = {
  company: string;
  role: string;
  actions: readonly Action[];
  /** Deterministic ids so re-importing the calendar updates the same entries. */
  uidPrefix: string;
};

/**
 * Builds an iCalendar file with one reminder per plan action at its due time.
 *
 * @example
 * const ics = buildIcs({ company: 'Northwind', role: 'Analyst', actions: plan.actions, uidPrefix: 'rebound-42' });
 */
export function buildIcs(input: IcsInput): string {
  const events: EventAttributes[] = input.actions.map((a) => ({
    // One event per action type (a plan never repeats one), stable across exports.
    uid: `${input.uidPrefix}-${a.type}@rebound`,
    title: `${ACTION_LABELS[a.type]} (${input.company}, ${input.role})`,
    description: a.why,
    start: Date.parse(a.due),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 15 },
    productId: 'rebound',
    categories: ['Rebound'],
    alarms: [
      { action: 'display', description: ACTION_LABELS[a.type], trigger: { minutes: 15, before: true } },
    ],
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics produced no calendar');
  return value;
}
