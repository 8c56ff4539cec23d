import { ANSWER_MISHAP_KINDS } from '../debrief/enums';
import type { Debrief } from '../debrief/schema';
import type { Assessment } from './assess';
import type { FirstMessageType, Verdict } from './types';

/**
 * The decision rules of contract section 2, one small function each. They decide *what* the plan
 * holds; `build-plan.ts` decides when, and says why.
 */

/** Rule 1: the person does not want the job, or it is not a fit. */
export function isNotAFit(d: Debrief): boolean {
  return d.wantJob === 'no' || d.fit === 'poor';
}

/** Rule 2: the outcome is already decided. */
export function isOutcomeKnown(d: Debrief): boolean {
  return d.outcome === 'rejected' || d.outcome === 'offer';
}

/** Rules 1, 2 and 4, in that order of precedence. */
export function decideVerdict(d: Debrief, a: Assessment): Verdict {
  if (isNotAFit(d)) return 'withdraw';
  if (isOutcomeKnown(d)) return 'closed';
  const hasSomethingToAddress = a.addressedMishapIds.length > 0 || a.missedPointIds.length > 0;
  return hasSomethingToAddress ? 'recover' : 'fine';
}

/**
 * Rule 3, narrowed by rules 1 and 2: when the person withdraws or the outcome is known, only the
 * incidents still owed an apology are addressed, and missed points are in neither list.
 */
export function decideAddress(
  d: Debrief,
  a: Assessment,
  verdict: Verdict,
): { address: string[]; leaveAlone: string[] } {
  const isNarrowed = verdict === 'withdraw' || verdict === 'closed';
  const addressed = new Set(isNarrowed ? a.apologyOwedIds : a.addressedMishapIds);
  const mishapIds = d.mishaps.map((m) => m.id);
  return {
    address: [...mishapIds.filter((id) => addressed.has(id)), ...(isNarrowed ? [] : a.missedPointIds)],
    leaveAlone: mishapIds.filter((id) => !addressed.has(id)),
  };
}

/** Rule 11: what the contacts already made still allow. */
export function contactAllowance(d: Debrief): { mayWriteFirstMessage: boolean; mayFollowUp: boolean } {
  const hasWritten = d.contacts.some((c) => c.type === 'email' || c.type === 'letter');
  const isAtLimit = d.contacts.length >= 2;
  return { mayWriteFirstMessage: !hasWritten && !isAtLimit, mayFollowUp: !isAtLimit };
}

/** Rules 4 and 7: the first message for a recover or fine verdict. */
export function firstMessageFor(verdict: Verdict, addressCount: number): FirstMessageType | null {
  if (verdict === 'fine') return 'thank-you-email';
  if (verdict !== 'recover') return null;
  return addressCount >= 3 ? 'expansive-letter' : 'recovery-email';
}

/** Rule 6: the addressed answers to rebuild before writing. */
export function answersToRebuild(d: Debrief, address: ReadonlySet<string>): string[] {
  return [
    ...d.mishaps.filter((m) => address.has(m.id) && ANSWER_MISHAP_KINDS.has(m.kind)).map((m) => m.id),
    ...d.missedPoints.filter((p) => address.has(p.id)).map((p) => p.id),
  ];
}

/** Rule 6: addressed missed points that still lack evidence. */
export function pointsNeedingEvidence(d: Debrief, address: ReadonlySet<string>): string[] {
  return d.missedPoints.filter((p) => address.has(p.id) && !p.evidence?.trim()).map((p) => p.id);
}

/** Rule 8: a call to elaborate, when there is a number to call and a reason to. */
export function isCallWarranted(d: Debrief, verdict: Verdict): boolean {
  if (verdict !== 'recover' || !d.interviewer.phone) return false;
  return (
    d.expressedInterest === false || d.mishaps.some((m) => m.severity === 'major' && m.noticed === 'yes')
  );
}

/** Rule 9: physical damage the interviewer may have seen calls for making amends. */
export function damageToAmend(d: Debrief, apologyOwedIds: readonly string[]): string[] {
  const owed = new Set(apologyOwedIds);
  return d.mishaps.filter((m) => owed.has(m.id) && m.kind === 'physical-damage').map((m) => m.id);
}

/** Rule 10: an addressed distraction (a real emergency) is explained, briefly. */
export function distractionsToDisclose(d: Debrief, address: ReadonlySet<string>): string[] {
  return d.mishaps.filter((m) => address.has(m.id) && m.kind === 'distraction').map((m) => m.id);
}
