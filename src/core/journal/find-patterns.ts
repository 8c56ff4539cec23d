import { MISHAP_KIND_LABELS, OUTCOMES, type MishapKind, type Outcome } from '../debrief/enums';
import type { Debrief } from '../debrief/schema';
import { assessDebrief } from '../plan/assess';

/** What the person's interviews show taken together (journey step 9). */
export type Patterns = {
  outcomes: Record<Outcome, number>;
  /** Interviews where a recovery was planned, and how many of them reached a next round or offer. */
  recoveries: { total: number; reachedNextRound: number };
  /** Which kinds of moments keep going badly across interviews, most frequent first. */
  troubleKinds: { kind: MishapKind; label: string; count: number }[];
  /** The questions the person wished they had answered better, most frequent first. */
  troubleQuestions: { question: string; count: number }[];
};

const MOVED_ON = new Set<Outcome>(['next-round', 'offer']);

/** Normalizes a question so the same question asked twice is counted once. */
function questionKey(q: string): string {
  return q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Patterns across interviews: outcomes, how recoveries went, which kinds of moments keep going badly.
 *
 * @example
 * const { troubleQuestions } = findPatterns(debriefs);
 */
export function findPatterns(debriefs: readonly Debrief[]): Patterns {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const kinds = new Map<MishapKind, number>();
  const questions = new Map<string, { question: string; count: number }>();
  let recoveries = 0;
  let reachedNextRound = 0;

  for (const d of debriefs) {
    outcomes[d.outcome] += 1;
    const a = assessDebrief(d);
    const hadRecovery =
      a.addressedMishapIds.length + a.missedPointIds.length > 0 && d.wantJob !== 'no' && d.fit !== 'poor';
    if (hadRecovery) {
      recoveries += 1;
      if (MOVED_ON.has(d.outcome)) reachedNextRound += 1;
    }
    for (const m of d.mishaps) if (m.severity !== 'minor') kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    for (const p of d.missedPoints) {
      const key = questionKey(p.question);
      const entry = questions.get(key) ?? { question: p.question, count: 0 };
      entry.count += 1;
      questions.set(key, entry);
    }
  }

  return {
    outcomes,
    recoveries: { total: recoveries, reachedNextRound },
    troubleKinds: [...kinds]
      .map(([kind, count]) => ({ kind, label: MISHAP_KIND_LABELS[kind], count }))
      .sort((x, y) => y.count - x.count || x.kind.localeCompare(y.kind)),
    troubleQuestions: [...questions.values()].sort(
      (x, y) => y.count - x.count || x.question.localeCompare(y.question),
    ),
  };
}
