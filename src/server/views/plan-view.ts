import { MISHAP_KIND_LABELS } from '../../core/debrief/enums';
import type { Debrief } from '../../core/debrief/schema';
import {
  assessDebrief,
  buildPlan,
  scheduleFor,
  MESSAGE_TYPES,
  type MessageType,
  type Verdict,
} from '../../core/plan';
import { formatInZone } from '../../core/time/zone';
import type { ProgressEntry } from '../../store/types';
import { ACTION_LABELS } from '../../core/plan/labels';
import type { PlanView } from '../api-types';
import { assessSelf } from '../../core/plan/self-assessment';

const VERDICT_TEXT: Record<Verdict, string> = {
  recover:
    'It is worth a recovery. A few things are worth addressing; everything else is best left alone. Here is how.',
  fine: 'It went better than it felt. Nothing the interviewer would remember needs fixing: a warm thank-you is enough.',
  withdraw:
    'This does not look like the right job for you. A gracious withdrawal keeps the door open for the future.',
  closed: 'The decision has been made. What is left is to close well and keep what you learned.',
};

/** Why a slip that would matter in a recovery is left alone when there is nothing left to win back. */
const NARROWED_REASON: Record<Verdict, string> = {
  recover: '',
  fine: '',
  withdraw: 'Since you are stepping back from this role, there is no need to revisit it.',
  closed: 'The decision is made, so revisiting it now would not change anything. Keep the lesson instead.',
};

const MESSAGE_SET = new Set<string>(MESSAGE_TYPES);

/** True when an action type sends a message a draft exists for. */
export function isMessageType(type: string): type is MessageType {
  return MESSAGE_SET.has(type);
}

/**
 * The plan as the web app shows it: the plan of `buildPlan` at `now`, each action with its label and
 * what the person did with it, the reality check and the self-assessment.
 *
 * @example
 * const view = buildPlanView('k3f9x2qa', debrief, await store.getProgress(user, id), now);
 */
export function buildPlanView(
  interviewId: string,
  debrief: Debrief,
  progress: readonly ProgressEntry[],
  now: Date,
): PlanView {
  const plan = buildPlan(debrief, now);
  const assessment = assessDebrief(debrief);
  const schedule = scheduleFor(debrief, now);
  const states = new Map(progress.map((p) => [p.actionType, p.state]));
  return {
    interviewId,
    now: formatInZone(now.getTime(), schedule.zone),
    zone: schedule.zone,
    verdict: plan.verdict,
    verdictText: VERDICT_TEXT[plan.verdict],
    address: plan.address,
    leaveAlone: plan.leaveAlone,
    actions: plan.actions.map((a) => ({
      type: a.type,
      label: ACTION_LABELS[a.type],
      due: a.due,
      why: a.why,
      addresses: a.addresses ?? [],
      state: states.get(a.type) ?? 'pending',
      messageType: isMessageType(a.type) ? a.type : null,
    })),
    deadline: { at: formatInZone(schedule.deadlineMs, schedule.zone), isPast: schedule.isPastDeadline },
    mishaps: assessment.mishaps.map((m) => ({
      ...m.mishap,
      kindLabel: MISHAP_KIND_LABELS[m.mishap.kind],
      isAddressed: plan.address.includes(m.mishap.id),
      reason: m.isAddressed && !plan.address.includes(m.mishap.id) ? NARROWED_REASON[plan.verdict] : m.reason,
    })),
    missedPoints: debrief.missedPoints,
    strengths: debrief.strengths,
    fit: debrief.fit,
    selfAssessment: assessSelf(debrief),
    contacts: debrief.contacts,
    outcome: debrief.outcome,
  };
}
