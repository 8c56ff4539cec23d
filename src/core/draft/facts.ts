import { ANSWER_MISHAP_KINDS } from '../debrief/enums';
import type { Debrief, Mishap, MissedPoint } from '../debrief/schema';
import { assessDebrief } from '../plan/assess';
import { damageToAmend, decideAddress, decideVerdict, distractionsToDisclose } from '../plan/rules';
import type { Verdict } from '../plan/types';
import { zoneOf } from '../plan/timing';
import { intlZoneOffsets, localTimeOf, type ZoneOffsets } from '../time/zone';
import { isSafeEvidence, isSafeToQuote } from './lexicon';
import { cleanFragment, countWords, greetingNameOf, stripTemplateMarks } from './text';

/**
 * What a draft may say, taken from the debrief and the plan's decision rules (never the clock):
 * only the items the plan addresses, each already rephrased or vetted so it is safe to show.
 */

/** An addressed missed point, ready to write about. */
export type PointFact = {
  id: string;
  /** The interviewer's question, when it is short and safe to quote. */
  question: string | null;
  /** The better answer in the person's words, when safe to show. */
  wish: string | null;
  /** True when `wish` reads as a sentence of its own ("I led ..."), not a note ("CAPM, and ..."). */
  isWishASentence: boolean;
  /** The evidence, verbatim (numbers untouched), or its safe clauses. */
  evidence: string | null;
  hasNumbers: boolean;
};

/** Addressed slips, grouped by what the draft does about them. */
export type MishapFacts = {
  /** How many weak, blank or forgotten answers are addressed (referred to in general words). */
  answerCount: number;
  isLate: boolean;
  isUnprepared: boolean;
  isRapport: boolean;
  /** Nerves that showed badly: never named, answered with a fuller picture instead. */
  isShaky: boolean;
  /** Any other addressed slip: met with an offer to clear up what came across unclearly. */
  isOther: boolean;
  /** An offensive remark the interviewer may have heard (rule 9). */
  owesApologyForRemark: boolean;
  /** Physical damage the interviewer may have seen (rule 9). */
  owesApologyForDamage: boolean;
  /** Rule 9: offer to replace or repair. */
  makesAmends: boolean;
  /** Rule 10: one brief, non-personal sentence about a real emergency. */
  disclosesDistraction: boolean;
};

export type DraftFacts = {
  verdict: Verdict;
  interviewerName: string;
  greetingName: string;
  candidateName: string | null;
  company: string;
  role: string;
  /** True when the role already ends with a noun such as "position", so no "role" is appended. */
  isRoleNoun: boolean;
  /** The role without such a trailing noun, for subject lines ("Store Manager"). */
  roleTitle: string;
  /** The interview's weekday in the person's zone, e.g. "Tuesday". */
  weekday: string;
  expressedInterest: boolean;
  /** Rule 1's "not a fit" (as opposed to not wanting the job): shapes a withdrawal's reason. */
  isPoorFit: boolean;
  points: PointFact[];
  mishaps: MishapFacts;
  strengths: string[];
  /** Number of addressed items (mishaps and missed points). */
  addressCount: number;
};

const ROLE_NOUN = /\s*\b(?:role|position|job|opening|post|vacancy)$/i;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Longest question quoted word for word; longer ones are referred to without quoting. */
const MAX_QUOTED_QUESTION_WORDS = 16;

/**
 * Gathers the facts a draft is built from.
 *
 * @example
 * const facts = gatherFacts(debrief);
 * facts.points.map((p) => p.evidence);
 */
export function gatherFacts(debrief: Debrief, zoneOffsets: ZoneOffsets = intlZoneOffsets): DraftFacts {
  const assessment = assessDebrief(debrief);
  const verdict = decideVerdict(debrief, assessment);
  const { address } = decideAddress(debrief, assessment, verdict);
  const addressed = new Set(address);
  const mishaps = debrief.mishaps.filter((m) => addressed.has(m.id));
  const owed = new Set(assessment.apologyOwedIds);
  const has = (kind: Mishap['kind']) => mishaps.some((m) => m.kind === kind);
  const role = debrief.role.trim();
  return {
    verdict,
    interviewerName: debrief.interviewer.name.trim(),
    greetingName: greetingNameOf(debrief.interviewer.name),
    candidateName: signatureOf(debrief.candidate?.name),
    company: debrief.company.trim(),
    role,
    isRoleNoun: ROLE_NOUN.test(role),
    roleTitle: role.replace(ROLE_NOUN, '').trim() || role,
    weekday: weekdayOf(debrief, zoneOffsets),
    expressedInterest: debrief.expressedInterest,
    isPoorFit: debrief.fit === 'poor',
    points: debrief.missedPoints.filter((p) => addressed.has(p.id)).map(toPointFact),
    mishaps: {
      // A mishap's note is the person's private memo (it may name a diagnosis, a record, a salary):
      // drafts never quote it, and refer to the answer in general words instead. Missed points are
      // what the person chose to say, so those are quoted.
      answerCount: mishaps.filter((m) => ANSWER_MISHAP_KINDS.has(m.kind)).length,
      isLate: has('late'),
      isUnprepared: has('unprepared'),
      isRapport: has('rapport'),
      isShaky: has('nerves'),
      isOther: has('other'),
      owesApologyForRemark: mishaps.some((m) => m.kind === 'offensive' && owed.has(m.id)),
      owesApologyForDamage: mishaps.some((m) => m.kind === 'physical-damage' && owed.has(m.id)),
      makesAmends: damageToAmend(debrief, assessment.apologyOwedIds).length > 0,
      disclosesDistraction: distractionsToDisclose(debrief, addressed).length > 0,
    },
    strengths: debrief.strengths
      .map((s) => cleanFragment(stripTemplateMarks(s)))
      .filter((s) => s && isSafeToQuote(s)),
    addressCount: address.length,
  };
}

/** The name to sign with; a template slot left in the debrief ("[Your Name]") counts as no name. */
function signatureOf(name: string | undefined): string | null {
  const cleaned = stripTemplateMarks(name ?? '');
  return cleaned && !/^(?:your|my|candidate(?:'s)?)\s+name$/i.test(cleaned) ? cleaned : null;
}

/** The interview's weekday in the person's zone (the plan's zone: its name, else the written offset). */
function weekdayOf(debrief: Debrief, zoneOffsets: ZoneOffsets): string {
  const t = localTimeOf(Date.parse(debrief.interviewAt), zoneOf(debrief), zoneOffsets);
  return WEEKDAYS[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()] ?? 'Monday';
}

function toPointFact(p: MissedPoint): PointFact {
  const question = cleanFragment(stripTemplateMarks(p.question));
  const wish = p.wishISaid ? cleanFragment(stripTemplateMarks(p.wishISaid)) : '';
  const evidence = p.evidence ? safeEvidence(p.evidence) : null;
  return {
    id: p.id,
    question:
      question && isSafeToQuote(question) && countWords(question) <= MAX_QUOTED_QUESTION_WORDS
        ? question
        : null,
    wish: wish && isSafeToQuote(wish) ? wish : null,
    isWishASentence: /^(?:i|i['’]ve|i['’]d|i['’]m|we|we['’]ve|at|in|when|while|last|over|during)\b/i.test(
      wish,
    ),
    evidence,
    hasNumbers: evidence !== null && /\d/.test(evidence),
  };
}

/**
 * Evidence exactly as written when it is safe; otherwise only its clauses that carry a number and
 * are safe, so the figures still show.
 */
function safeEvidence(raw: string): string | null {
  const text = cleanFragment(stripTemplateMarks(raw));
  if (!text) return null;
  if (isSafeEvidence(text)) return text;
  const clauses = text
    .split(/[;,](?!\d{3})|\s+(?:and|but|so)\s+/)
    .map(cleanFragment)
    .filter((c) => /\d/.test(c) && isSafeEvidence(c));
  return clauses.length ? clauses.join('; ') : null;
}
