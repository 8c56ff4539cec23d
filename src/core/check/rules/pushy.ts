import { OFFER_ACCEPTED, OTHER_OFFER_PHRASES, PUSHY_PHRASES } from '../phrases/pushy';
import { ALL_KINDS, defineRule } from '../rule';
import { spanAt } from '../text/match';
import { isAboutWriter } from '../text/ownership';
import { createPhraseMatcher } from '../text/phrase-matcher';
import { phraseHits } from './phrase-hits';

const PUSHY = createPhraseMatcher(PUSHY_PHRASES);
const OTHER_OFFER = createPhraseMatcher(OTHER_OFFER_PHRASES);
const ACCEPTED = createPhraseMatcher(OFFER_ACCEPTED);

export const pushy = defineRule({
  id: 'pushy',
  severity: 'error',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'This puts pressure on the interviewer (a demand, a deadline, an ultimatum, another offer as leverage, or a promise to keep chasing). Pressure after a weak interview gives them a reason to say no.',
  suggestion: 'Restate your interest and offer to help; leave the timing of the decision to them.',
  doc: {
    firesWhen:
      'The message demands a decision or a reply, sets a deadline, says “I deserve”, uses other offers as leverage, or promises to keep following up.',
    why: 'Seed 003: expect nothing, and do not email every few days asking for another chance; interviewers have hard choices to make. A note that presses for an answer turns a recovery into a reason to reject.',
    seeds: ['003'],
    bad: 'I have two other offers, so I need to know where I stand by Wednesday.',
    good: 'I remain very interested in the role, and I am glad to answer any questions while you decide.',
  },
  check: ({ message: m }) => {
    const leverage = phraseHits(m, OTHER_OFFER).filter((hit) => {
      // "Candidates who receive competing offers" are the work; leverage is the writer's own.
      if (!isAboutWriter(m.norm, hit.start, hit.text)) return false;
      // "I have accepted another offer" is a withdrawal, not leverage.
      const sentence = spanAt(m.sentences, hit.start) ?? hit;
      return !ACCEPTED.test(m.norm, m.tokens, [sentence]);
    });
    // "Your clients expect a reply within the hour" describes the job; pressure is the writer's.
    const pressure = phraseHits(m, PUSHY).filter((hit) => isAboutWriter(m.norm, hit.start, hit.text));
    return [...pressure, ...leverage];
  },
});
