import type { DraftFacts, PointFact } from './facts';
import type { Writer } from './phrases';
import { createPicker } from './random';
import { countWords } from './text';
import type { ComposedText } from './types';

/** A draft's parts before they become text: the budget counts only the paragraphs. */
export type Layout = {
  subject: string | null;
  greeting: string | null;
  paragraphs: string[];
  signOff: string | null;
};

/** Greeting, paragraphs and sign-off separated by blank lines, ending with a newline. */
export function renderLayout(layout: Layout): string {
  const blocks = [layout.greeting, ...layout.paragraphs, layout.signOff].filter(
    (b): b is string => typeof b === 'string' && b.trim() !== '',
  );
  return `${blocks.join('\n\n')}\n`;
}

/** Words the checker's budget counts: the body without the greeting line and the sign-off block. */
export function budgetWords(layout: Layout): number {
  return layout.paragraphs.reduce((n, para) => n + countWords(para), 0);
}

/**
 * Builds a draft at increasing levels of compactness until it fits the word target. Each attempt
 * starts the picker from the same seed, so the wording stays the same where the content does.
 *
 * @example
 * composeWithinBudget(facts, seed, 165, 4, (w, level) => layoutFor(w, level));
 */
export function composeWithinBudget(
  facts: DraftFacts,
  seed: number,
  target: number,
  maxLevel: number,
  build: (w: Writer, level: number) => Layout,
): ComposedText {
  let layout = build({ f: facts, p: createPicker(seed) }, 0);
  for (let level = 1; level <= maxLevel && budgetWords(layout) > target; level++) {
    // The tightest level also trims each piece of evidence to the words around its numbers.
    const f = level === maxLevel ? withTrimmedEvidence(facts) : facts;
    layout = build({ f, p: createPicker(seed) }, level);
  }
  return { subject: layout.subject, text: renderLayout(layout) };
}

/** Facts whose long evidence is cut down to the clauses (or words) around its numbers. */
function withTrimmedEvidence(facts: DraftFacts): DraftFacts {
  const points: PointFact[] = facts.points.map((p) => ({
    ...p,
    wish: p.evidence ? null : trimWords(p.wish, 14),
    evidence: p.evidence ? trimEvidence(p.evidence) : null,
    question: null,
  }));
  return { ...facts, points, strengths: facts.strengths.map((s) => trimWords(s, 8) ?? s) };
}

function trimWords(text: string | null, max: number): string | null {
  if (text === null) return null;
  const words = text.split(/\s+/);
  return words.length <= max ? text : `${words.slice(0, max).join(' ')} …`;
}

/**
 * Keeps every number token verbatim with a few words of context either side.
 *
 * @example
 * trimEvidence('after a long migration ... error fell from 18% to 7% over two quarters ...');
 */
export function trimEvidence(evidence: string, radius = 3): string {
  const words = evidence.split(/\s+/);
  if (words.length <= 12 || !/\d/.test(evidence)) return trimWords(evidence, 12) ?? evidence;
  const keep = new Set<number>();
  words.forEach((w, i) => {
    if (/\d/.test(w))
      for (let j = Math.max(0, i - radius); j <= Math.min(words.length - 1, i + radius); j++) keep.add(j);
  });
  const out: string[] = [];
  let last = -2;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (last >= 0 && i !== last + 1) out.push('…');
    out.push(words[i] ?? '');
    last = i;
  }
  return out.join(' ');
}
