/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, parseCorpus, renderCorpusReport } from './corpus-report';
import corpusText from './fixtures/corpus.jsonl?raw';

const entries = parseCorpus(corpusText);
const evaluation = evaluateCorpus(entries);

describe('the labeled corpus', () => {
  it('holds at least 60 varied messages, 20 of them clean, of every kind', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(entries.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['email', 'letter', 'call']));
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('labels every rule at least once', () => {
    const labeled = new Set(entries.flatMap((e) => e.expect));
    for (const [rule, score] of Object.entries(evaluation.perRule)) {
      expect(labeled.has(rule as never), rule).toBe(true);
      expect(score.tp + score.fn).toBeGreaterThan(0);
    }
  });

  it.each(evaluation.cases.filter((c) => c.isClean).map((c) => [c.id, c] as const))(
    'finds nothing in the clean note %s',
    (_id, c) => {
      expect(c.fired).toEqual([]);
    },
  );

  it.each(evaluation.cases.filter((c) => !c.isClean).map((c) => [c.id, c] as const))(
    'fires exactly the labeled rules on %s',
    (_id, c) => {
      expect({ missing: c.missing, extra: c.extra }).toEqual({ missing: [], extra: [] });
    },
  );

  it('prints the per-rule precision and recall', () => {
    const report = renderCorpusReport(entries, evaluation);
    console.log(report);
    expect(report).toContain('| `apology` |');
  });
});
