import { HEDGING_PHRASES, KIND_OF_DETERMINERS } from '../phrases/hedging';
import { ALL_KINDS, defineRule } from '../rule';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits, textBefore } from './phrase-hits';

const HEDGING = createPhraseMatcher(HEDGING_PHRASES);

/** Words that end a look back for a determiner: the "kind of" is the clause's, not a noun's. */
const CLAUSE_WORDS = new Set(
  (
    'i you he she we they it who which was is are were am be been being felt feel seemed seem looked got get did do ' +
    "really just also so very only still all i'm i've i'd it's that's and but or because"
  ).split(' '),
);

/**
 * Whether "kind of" / "sort of" after `before` heads a noun phrase: a determiner right before it
 * ("the kind of work") or before up to two describing words ("the busy, seasonal kind of shop").
 */
function isNounPhrase(before: string): boolean {
  const words = before.toLowerCase().match(/[a-z'-]+/g) ?? [];
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const word = words[k]!;
    if (KIND_OF_DETERMINERS.has(word)) return true;
    if (CLAUSE_WORDS.has(word)) return false;
  }
  return false;
}

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
        return !isNounPhrase(textBefore(m.norm, hit.start, 40));
      })
      .map((hit) => ({
        ...hit,
        message: `“${m.text.slice(hit.start, hit.end)}” undercuts what you are saying. State it plainly.`,
      })),
});
