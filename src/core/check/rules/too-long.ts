import { LENGTH_BUDGETS } from '../kinds';
import { ALL_KINDS, defineRule, type RuleHit } from '../rule';
import { bodySpan, wholeSpan } from '../text/regions';
import { countWords } from '../text/span';

export const tooLong = defineRule({
  id: 'too-long',
  severity: 'warning',
  kinds: ALL_KINDS,
  skipPurposes: [],
  message:
    'The message is longer than its budget. A short, hard-hitting note is more likely to be read to the end.',
  suggestion: 'Keep one point per paragraph and cut what the interviewer already knows.',
  doc: {
    firesWhen:
      'An email body (without the subject, greeting line and sign-off) has more than 2 paragraphs or more than 180 words; a letter has more than 450 words; a call script more than 220 words.',
    why: 'Seed 003 keeps the recovery email to two short paragraphs at most; seed 004 allows a more expansive letter when several points need re-addressing, and a call must fit in the few minutes the interviewer gives you.',
    seeds: ['003', '004'],
    bad: 'An email with four paragraphs: thanks, the first answer, the second answer, and a closing.',
    good: 'Two short paragraphs: thanks and the one point that matters most, then interest and a next step.',
  },
  check: ({ message: m, kind }) => {
    const budget = LENGTH_BUDGETS[kind];
    const hits: RuleHit[] = [];
    if (kind === 'email') {
      const span = bodySpan(m);
      const paragraphs = m.paragraphs.length;
      if (budget.paragraphs !== null && paragraphs > budget.paragraphs) {
        hits.push({
          ...span,
          message: `The email body has ${paragraphs} paragraphs; keep a recovery email to ${budget.paragraphs} short paragraphs at most.`,
        });
      } else if (m.words > budget.words) {
        hits.push({
          ...span,
          message: `The email body has ${m.words} words; keep it under ${budget.words}.`,
        });
      }
      return hits;
    }
    const span = wholeSpan(m);
    const words = countWords(m.norm, span);
    if (words > budget.words) {
      hits.push({
        ...span,
        message: `The ${kind === 'call' ? 'call script' : 'letter'} has ${words} words; keep it under ${budget.words}.`,
      });
    }
    return hits;
  },
});
