/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, parseCorpus } from './corpus-report';

// The blind sets in fixtures/holdout*/: each was written from the contract alone by someone who had
// not seen the checker, scored once as written (first contact, in each README's commit and in
// docs/checker-report.md) and only then used to find what the rules missed. This keeps every later
// change honest about the cases already learned from.
const SETS = import.meta.glob<string>('../../../fixtures/holdout*/check-cases.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The holdout lines leave out what the corpus spells out: the purpose, the context, `tolerate`. */
function withDefaults(jsonl: string): string {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.stringify({ purpose: 'recovery', context: null, tolerate: [], ...JSON.parse(l) }))
    .join('\n');
}

describe.each(Object.entries(SETS).map(([path, text]) => [path.split('/').at(-2)!, text] as const))(
  'the blind set %s',
  (_name, text) => {
    const entries = parseCorpus(withDefaults(text));
    const evaluation = evaluateCorpus(entries);

    it('leaves every clean note without a finding', () => {
      const flagged = evaluation.cases.filter((c) => c.isClean && c.fired.length > 0);
      expect(flagged.map((c) => `${c.id}: ${c.fired.join(', ')}`)).toEqual([]);
    });

    it('keeps micro-F1 at 0.97 or above', () => {
      const totals = Object.values(evaluation.perRule).reduce(
        (sum, s) => ({ tp: sum.tp + s.tp, fp: sum.fp + s.fp, fn: sum.fn + s.fn }),
        { tp: 0, fp: 0, fn: 0 },
      );
      const f1 = (2 * totals.tp) / (2 * totals.tp + totals.fp + totals.fn);
      expect(f1).toBeGreaterThanOrEqual(0.97);
    });
  },
);

it('finds the blind sets', () => {
  expect(Object.keys(SETS).length).toBeGreaterThanOrEqual(10);
});
