import { HEDGING_PHRASES, KIND_OF_DETERMINERS } from '../phrases/hedging';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits, textBefore } from './phrase-hits';

const HEDGING = createPhraseMatcher(HEDGING_PHRASES);

export const hedging = defineRule({
  id: 'hedging',
  severity: 'info',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message: 'Hedging undercuts what you are saying. State it plainly.',
  suggestion: 'Delete the hedge and keep the claim.',
  doc: {
    firesWhen:
      'The message uses weak wording that undercuts a claim: I think maybe, kind of, sort of, just wanted to, hopefully, I guess.',
    why: 'A recovery note has a few lines to sound confident (seed 003 asks for a short, strong note); hedges spend those lines doubting the claim they make. This is a prose-quality rule, so it is only informational.',
    seeds: [],
    bad: 'I just wanted to say that I guess my answer on pricing was sort of incomplete.',
    good: 'I want to complete my answer on pricing: our tiered plan lifted average order value by 14%.',
  },
  check: ({ message: m }) =>
    phraseHits(m, HEDGING)
      .filter((hit) => {
        if (!/^(?:kind|sort) of$/i.test(hit.text)) return true;
        const previous = /([A-Za-z']+)\s+$/.exec(textBefore(m.norm, hit.start, 30))?.[1]?.toLowerCase();
        return !previous || !KIND_OF_DETERMINERS.has(previous);
      })
      .map((hit) => ({
        ...hit,
        message: `“${m.text.slice(hit.start, hit.end)}” undercuts what you are saying. State it plainly.`,
      })),
});
