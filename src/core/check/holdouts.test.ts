/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, microF1, parseHoldoutSet } from './corpus-report';

// The blind sets in fixtures/holdout*/: each was written from the contract alone by someone who had
// not seen the checker, scored once as written (first contact, in each README's commit and in
// docs/checker-report.md) and only then used to find what the rules missed. This keeps every later
// change honest about the cases already learned from.
const SETS = import.meta.glob<string>('../../../fixtures/holdout*/check-cases.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe.each(Object.entries(SETS).map(([path, text]) => [path.split('/').at(-2)!, text] as const))(
  'the blind set %s',
  (_name, text) => {
    const entries = parseHoldoutSet(text);
    const evaluation = evaluateCorpus(entries);

    it('leaves every clean note without a finding', () => {
      const flagged = evaluation.cases.filter((c) => c.isClean && c.fired.length > 0);
      expect(flagged.map((c) => `${c.id}: ${c.fired.join(', ')}`)).toEqual([]);
    });

    it('keeps micro-F1 at 0.97 or above', () => {
      expect(microF1(evaluation)).toBeGreaterThanOrEqual(0.97);
    });
  },
);

it('finds the blind sets', () => {
  expect(Object.keys(SETS).length).toBeGreaterThanOrEqual(10);
});
