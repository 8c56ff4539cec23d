import type { Debrief } from '../debrief/schema';
import { formatInZone, type ZoneOffsets } from '../time/zone';
import { assessDebrief, type Assessment } from './assess';
import {
  answersToRebuild,
  contactAllowance,
  damageToAmend,
  decideAddress,
  decideVerdict,
  distractionsToDisclose,
  firstMessageFor,
  isCallWarranted,
  pointsNeedingEvidence,
} from './rules';
import { callDueMs, lastContactMs, scheduleFor, waitDueMs, type Schedule } from './timing';
import type { Action, ActionType, Plan, Verdict } from './types';
import { why } from './why';

export type PlanOptions = {
  /** Where UTC offsets of named zones come from (default: Intl); see core/time/zone.ts. */
  zoneOffsets?: ZoneOffsets;
};

type Step = { type: ActionType; dueMs: number; why: string; addresses?: string[] };

/**
 * Builds the recovery plan for a debrief at a given moment. Pure: the same debrief and `now`
 * always give the same plan.
 *
 * @example
 * const plan = buildPlan(debrief, new Date('2026-11-20T14:00:00-05:00'));
 * plan.actions.map((a) => a.type); // ['cool-off', 'rebuild-answers', 'recovery-email', 'wait', 'lessons']
 */
export function buildPlan(debrief: Debrief, now: Date, options: PlanOptions = {}): Plan {
  const assessment = assessDebrief(debrief);
  const verdict = decideVerdict(debrief, assessment);
  const { address, leaveAlone } = decideAddress(debrief, assessment, verdict);
  const schedule = scheduleFor(debrief, now, options.zoneOffsets);
  const steps =
    verdict === 'recover' || verdict === 'fine'
      ? recoverySteps(debrief, assessment, verdict, address, schedule)
      : closingSteps(debrief, assessment, verdict, schedule);
  // Rule 12: every plan ends with lessons, due once everything before it is.
  const lessonsMs = Math.max(schedule.nowMs, ...steps.filter((s) => s.type !== 'wait').map((s) => s.dueMs));
  steps.push({ type: 'lessons', dueMs: lessonsMs, why: why.lessons() });
  return { verdict, address, leaveAlone, actions: steps.map((s) => toAction(s, schedule)) };
}

function toAction(step: Step, s: Schedule): Action {
  const action: Action = {
    type: step.type,
    due: formatInZone(Math.max(step.dueMs, s.nowMs), s.zone, s.offsets),
    why: step.why,
  };
  if (step.addresses?.length) action.addresses = step.addresses;
  return action;
}

/** Apology and amends (rule 9): owed in every verdict, due with the first message's window. */
function apologySteps(d: Debrief, a: Assessment, dueMs: number): Step[] {
  if (!a.apologyOwedIds.length) return [];
  const steps: Step[] = [{ type: 'apology', dueMs, why: why.apology(), addresses: a.apologyOwedIds }];
  const damaged = damageToAmend(d, a.apologyOwedIds);
  if (damaged.length) steps.push({ type: 'make-amends', dueMs, why: why.makeAmends(), addresses: damaged });
  return steps;
}

/** Rules 1 and 2: withdraw, or the outcome is known. Nothing here argues for the job. */
function closingSteps(d: Debrief, a: Assessment, verdict: Verdict, s: Schedule): Step[] {
  const steps = apologySteps(d, a, s.firstMessageMs);
  if (verdict === 'withdraw') steps.push({ type: 'withdraw', dueMs: s.firstMessageMs, why: why.withdraw(d) });
  else if (d.outcome === 'rejected') {
    steps.push({ type: 'feedback-request', dueMs: s.nowMs + 24 * 3600_000, why: why.feedbackRequest() });
  } else steps.unshift({ type: 'congratulate-self', dueMs: s.nowMs, why: why.congratulateSelf() });
  return steps;
}

/** Rules 3 to 11 for a person who wants the job (or is still deciding). */
function recoverySteps(d: Debrief, a: Assessment, verdict: Verdict, address: string[], s: Schedule): Step[] {
  const addressed = new Set(address);
  const allowance = contactAllowance(d);
  const firstType = allowance.mayWriteFirstMessage ? firstMessageFor(verdict, address.length) : null;
  const hasCall = allowance.mayFollowUp && isCallWarranted(d, verdict);
  const distractions = allowance.mayFollowUp ? distractionsToDisclose(d, addressed) : [];
  const isReachingOut = firstType !== null || hasCall || distractions.length > 0;

  const steps: Step[] = [];
  // Rule 5: calm down before anything goes out.
  if (isReachingOut) steps.push({ type: 'cool-off', dueMs: s.coolOffMs, why: why.coolOff(d) });

  // Rule 6: prepare the better answers (and their proof) before writing or calling; when nothing
  // more may be sent, they still serve the next conversation.
  const messageMs = firstType ? s.firstMessageMs : s.coolOffMs;
  const prepMs = Math.max(s.coolOffMs, messageMs - 2 * 3600_000);
  const rebuild = answersToRebuild(d, addressed);
  if (rebuild.length) {
    steps.push({
      type: 'rebuild-answers',
      dueMs: prepMs,
      why: why.rebuildAnswers(d, rebuild),
      addresses: rebuild,
    });
  }
  const evidence = pointsNeedingEvidence(d, addressed);
  if (evidence.length) {
    steps.push({
      type: 'gather-evidence',
      dueMs: prepMs,
      why: why.gatherEvidence(d, evidence),
      addresses: evidence,
    });
  }

  steps.push(...apologySteps(d, a, s.firstMessageMs));

  // Rule 10: a real emergency is explained briefly, in the first message or on its own.
  if (distractions.length) {
    steps.push({
      type: 'disclose-distraction',
      dueMs: s.firstMessageMs,
      why: why.discloseDistraction(),
      addresses: distractions,
    });
  }

  if (firstType) {
    const text =
      firstType === 'recovery-email'
        ? why.recoveryEmail(s.isPastDeadline)
        : firstType === 'expansive-letter'
          ? why.expansiveLetter(s.isPastDeadline, address.length)
          : why.thankYouEmail(s.isPastDeadline);
    steps.push({
      type: firstType,
      dueMs: s.firstMessageMs,
      why: text,
      ...(address.length ? { addresses: address } : {}),
    });
  }

  if (hasCall) {
    const afterMs = firstType ? s.firstMessageMs : s.nowMs;
    steps.push({ type: 'call', dueMs: callDueMs(s, afterMs), why: why.call(d), addresses: address });
  }

  // Rule 11 and send discipline: after the last contact, a quiet period before any check-in.
  const plannedContactMs = steps
    .filter((st) => st.type === firstType || st.type === 'call')
    .map((st) => st.dueMs);
  const madeContactMs = lastContactMs(d.contacts);
  const lastMs = Math.max(...plannedContactMs, madeContactMs ?? -Infinity);
  if (Number.isFinite(lastMs)) {
    const waitWhy = allowance.mayFollowUp
      ? why.waitAfterMessage(d.decisionExpectedBy)
      : why.waitAfterContacts(d.decisionExpectedBy);
    steps.push({ type: 'wait', dueMs: waitDueMs(s, d.decisionExpectedBy, lastMs), why: waitWhy });
  }
  return steps;
}
