import type { Debrief, Mishap } from '../debrief/schema';

/** The reality check: which slips matter, which are best left alone, and why (rule 3). */

export type MishapVerdict = {
  mishap: Mishap;
  isAddressed: boolean;
  /** Why, in words for the person. */
  reason: string;
};

export type Assessment = {
  mishaps: MishapVerdict[];
  /** Ids of mishaps rule 3 would address, before rules 1 and 2 narrow it. */
  addressedMishapIds: string[];
  /** Ids of every missed point (rule 3 addresses them all unless rules 1 or 2 narrow it). */
  missedPointIds: string[];
  /** Ids of offensive or damaging incidents the interviewer may have seen: an apology is owed (rule 9). */
  apologyOwedIds: string[];
  strengths: string[];
};

const INCIDENT_KINDS = new Set<Mishap['kind']>(['offensive', 'physical-damage']);

/** True for an offensive remark or physical damage (the only slips that ever warrant an apology). */
export function isIncident(m: Mishap): boolean {
  return INCIDENT_KINDS.has(m.kind);
}

/** Rule 9: an incident the interviewer may have noticed is owed an apology. */
export function isApologyOwed(m: Mishap): boolean {
  return isIncident(m) && m.noticed !== 'no';
}

/** Rule 3: whether a recovery message should address this mishap. */
export function isAddressedMishap(m: Mishap): boolean {
  if (isIncident(m)) return m.noticed !== 'no';
  if (m.kind === 'nerves') return m.severity === 'major' && m.noticed === 'yes';
  return m.severity === 'major' || (m.severity === 'moderate' && m.noticed !== 'no');
}

function reasonFor(m: Mishap, isAddressed: boolean): string {
  if (isIncident(m)) {
    return isAddressed
      ? 'The interviewer may have seen this, and it affected them, not just you: a short, sincere apology is right here.'
      : 'You are sure nobody noticed, so raising it now would only create the problem you are worried about.';
  }
  if (m.kind === 'nerves') {
    return isAddressed
      ? 'Your nerves got in the way badly and the interviewer saw it: show them the calm, capable version of you in writing.'
      : 'Interviewers expect some nerves and rarely remember them. Mentioning them would only point at something they probably did not notice.';
  }
  if (isAddressed) {
    return m.severity === 'major'
      ? 'This was serious enough to shape the interviewer’s view, so it is worth answering with a better example.'
      : 'The interviewer may well have noticed, and a fuller answer can change the impression it left.';
  }
  if (m.severity === 'minor') {
    return 'A small slip. Most interviewers forget these by the end of the day; drawing attention to it would do more harm than good.';
  }
  return 'The interviewer most likely did not notice, so it is best left alone.';
}

/**
 * Weighs every mishap by how serious it was and whether the interviewer could have noticed it.
 *
 * @example
 * const { addressedMishapIds } = assessDebrief(debrief);
 */
export function assessDebrief(debrief: Debrief): Assessment {
  const mishaps = debrief.mishaps.map((mishap) => {
    const isAddressed = isAddressedMishap(mishap);
    return { mishap, isAddressed, reason: reasonFor(mishap, isAddressed) };
  });
  return {
    mishaps,
    addressedMishapIds: mishaps.filter((m) => m.isAddressed).map((m) => m.mishap.id),
    missedPointIds: debrief.missedPoints.map((p) => p.id),
    apologyOwedIds: debrief.mishaps.filter(isApologyOwed).map((m) => m.id),
    strengths: debrief.strengths,
  };
}
