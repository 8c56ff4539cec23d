import { describe, expect, it } from 'vitest';
import { debriefOf, flagged, fires } from '../test-support';

describe('apology', () => {
  it.each([
    ['I am so sorry that I blew the question.', 'I am so sorry'],
    ['I’m really sorry for being late.', 'I’m really sorry'],
    ['Sorry for my vague answer about budgets.', 'Sorry'],
    ['I apologize for my answer on pricing.', 'I apologize'],
    ['I want to apologize for how the interview went.', 'I want to apologize'],
    ['My apologies for the rambling reply.', 'My apologies'],
    ['Please forgive my poor answer.', 'Please forgive my'],
    ['I regret not preparing better.', 'I regret not'],
    ['I also want to apologize for how I handled your question.', 'I also want to apologize'],
    ['I would also like to sincerely apologise for my answer.', 'I would also like to sincerely apologise'],
    ['Apologies again for the muddled answer on pricing.', 'Apologies'],
    ['And sorry about my answer on the budget.', 'sorry'],
    ['I owe you an apology for my answer on churn.', 'owe you an apology'],
    ['I hope you can forgive the rambling.', 'I hope you can forgive'],
    ['I deeply regret how I answered the question.', 'I deeply regret how'],
  ])('flags an apology for the performance: %s', (text, excerpt) => {
    expect(flagged('apology', text)).toEqual([excerpt]);
  });

  it.each([
    'I was sorry to hear about the reorganization.',
    'I am sorry to learn the move was delayed.',
    'I promise you will never be sorry you hired me.',
    'Sorry to bother you on a Friday.',
    'I apologize for any inconvenience.',
    'Thank you for your time today.',
    'I was sorry about the reorganization your team went through.',
    'Sorry for the short notice of this message.',
    'Sorry to reach out again so soon.',
    'Apologies for the second email today.',
    'The old process was in a sorry state until we rebuilt it.',
    'I was sorry to miss meeting Dana on Tuesday.',
    'Our team used a “sorry-state” dashboard for refunds.',
  ])('does not flag sympathy, reassurance or courtesy: %s', (text) => {
    expect(fires('apology', text)).toBe(false);
  });

  it('allows an apology when the debrief records offensive or damaging incidents that may have been noticed', () => {
    const text = 'I am sorry for spilling coffee on your notes.';
    const damage = debriefOf({
      mishaps: [{ id: 'm1', kind: 'physical-damage', severity: 'minor', noticed: 'unsure' }],
    });
    expect(fires('apology', text, { context: damage })).toBe(false);
  });

  it('still flags an apology when the only offensive incident went unnoticed', () => {
    const unnoticed = debriefOf({
      mishaps: [{ id: 'm1', kind: 'offensive', severity: 'minor', noticed: 'no' }],
    });
    expect(fires('apology', 'I am sorry I blew the question.', { context: unnoticed })).toBe(true);
  });

  it('lets a withdrawal apologize for the inconvenience but not for the performance', () => {
    expect(fires('apology', 'I am sorry to step away so late in the process.', { purpose: 'withdraw' })).toBe(
      false,
    );
    expect(
      fires('apology', 'I apologize for my weak answers in the interview.', { purpose: 'withdraw' }),
    ).toBe(true);
  });

  describe('apologies without "sorry", and titles that hold the word', () => {
    it.each(['My bad on the staffing question.', 'Please pardon the muddle I made of the rota task.'])(
      'flags: %s',
      (text) => {
        expect(fires('apology', text)).toBe(true);
      },
    );

    it.each([
      'I curated the retrospective of her series "Never Sorry", which drew 9,000 visitors.',
      'Please excuse the brevity of this note.',
    ])('does not flag: %s', (text) => {
      expect(fires('apology', text)).toBe(false);
    });
  });

  describe('formal and foreign apologies', () => {
    it.each([
      'Mea culpa on the budget question.',
      'I must beg your pardon for my answer on the schedule.',
      'I ask your pardon for not having the figures to hand.',
      "I hope you'll excuse how rushed my answers were.",
    ])('flags: %s', (text) => {
      expect(fires('apology', text)).toBe(true);
    });
  });

  it('flags forgiveness asked for interrupting during the interview, not for interrupting a weekend', () => {
    expect(fires('apology', 'Please forgive me for interrupting you so often during the panel.')).toBe(true);
    expect(fires('apology', 'Sorry for interrupting your weekend with this.')).toBe(false);
  });

  describe('sorry as a name or as the work', () => {
    it.each([
      'I enjoyed hearing about the relaunch of your party game Say Sorry First.',
      'I liked your point that teaching toddlers to say sorry matters less than giving them words.',
    ])('does not flag: %s', (text) => {
      expect(fires('apology', text)).toBe(false);
    });

    it('still flags a sentence that opens with Sorry', () => {
      expect(fires('apology', 'Thank you. Sorry for the muddled answer on rotas.')).toBe(true);
    });
  });

  describe('others apologizing, sympathy for others', () => {
    it.each([
      'When a family calls, I say I am sorry for their loss and then I listen.',
      'Many of my learners apologise for their handwriting before they start.',
      'I was sorry for the loss of the old mill.',
    ])('does not flag: %s', (text) => {
      expect(fires('apology', text)).toBe(false);
    });

    it.each(['I am sorry for my answer on budgets.', 'I apologise for the rambling answer.'])(
      'still flags: %s',
      (text) => {
        expect(fires('apology', text)).toBe(true);
      },
    );
  });

  it('flags asking pardon for the answer itself', () => {
    expect(fires('apology', 'Forgive the muddled answer on rotas.')).toBe(true);
  });

  it('flags asking pardon for how the writer spoke', () => {
    expect(fires('apology', 'Please forgive how I stumbled in the first part.')).toBe(true);
  });

  it('does not flag others saying sorry in restorative meetings', () => {
    expect(fires('apology', 'Some write a letter first; others want to say sorry face to face.')).toBe(false);
  });

  it('flags regret for keeping the panel waiting', () => {
    expect(fires('apology', 'I regret keeping you and the panel waiting.')).toBe(true);
  });

  it('flags an apology for a long silence, not for a long email', () => {
    expect(fires('apology', 'I apologise for the long silence after your question.')).toBe(true);
    expect(fires('apology', 'I apologise for the long email.')).toBe(false);
  });

  it('flags asking pardon for how fast the writer talked', () => {
    expect(fires('apology', 'Please forgive how fast I was talking.')).toBe(true);
  });

  describe('round 18: sorry said by others in the work', () => {
    it('does not flag clinicians saying sorry under a policy the writer wrote', () => {
      const text = 'I rewrote the guidance so that clinicians could say sorry to families early.';
      expect(fires('apology', text)).toBe(false);
    });
  });

  describe('round 19: letters that say sorry', () => {
    it('does not flag replies the writer designed to say sorry', () => {
      const text = 'I rewrote our response templates so that every reply says sorry plainly.';
      expect(fires('apology', text)).toBe(false);
    });
  });

  describe('round 20: sorry as the work', () => {
    it.each([
      'A good apology names the mistake, says sorry once and plainly, and says what we will do next.',
      'My first step is to say sorry on behalf of the hotel and fix it before the guest has finished.',
      'I coach new advisers to say sorry to customers before they explain the bill.',
    ])('does not flag: %s', (text) => {
      expect(fires('apology', text)).toBe(false);
    });

    it.each([
      "I'm sorry once again for my answer on pricing.",
      'I want to say sorry for rambling on the budget question.',
    ])('still flags: %s', (text) => {
      expect(fires('apology', text)).toBe(true);
    });
  });

  describe('round 22: apologising to passengers is the work', () => {
    it('does not flag apologising to passengers every day', () => {
      const text =
        'I apologize to passengers every day, but the apology only works when it comes with a fix.';
      expect(fires('apology', text)).toBe(false);
    });
  });

  describe('round 25 look-alikes', () => {
    it('does not flag being sorry for missing a call', () => {
      expect(fires('apology', "I'm sorry I missed your call yesterday afternoon.")).toBe(false);
      expect(fires('apology', 'Sorry for missing your message on Friday.')).toBe(false);
      expect(fires('apology', "I'm sorry I missed the point of your question.")).toBe(true);
    });
  });

  describe('round 29 look-alikes', () => {
    it("does not flag being sorry for the call's timing", () => {
      expect(fires('apology', 'Sorry to catch you before service. Have you got two minutes?')).toBe(false);
    });
  });

  describe('round 32 forms', () => {
    it('flags an apology translated from French', () => {
      expect(fires('apology', 'I present you my excuses for my answer about HACCP verification.')).toBe(true);
    });
  });

  describe('round 44 forms', () => {
    it('flags being sorry the interviewer had to sit through the answer', () => {
      expect(
        fires('apology', "I'm sorry you had to sit through that, so here are the 12 years of data."),
      ).toBe(true);
    });
    it('does not flag sympathy for what the interviewer had on', () => {
      expect(fires('apology', "I'm sorry you had such a hectic week with the 3 audits.")).toBe(false);
    });
  });

  describe('round 71 forms', () => {
    it('flags an apology for the delay of a late arrival', () => {
      const text =
        'Thank you for seeing me even though I arrived twenty minutes late. I apologise for the delay and for keeping you waiting.';
      expect(fires('apology', text)).toBe(true);
    });
    it('still takes an apology for a slow reply as courtesy', () => {
      expect(fires('apology', 'I apologise for the delay in sending this note.')).toBe(false);
    });
  });

  describe('round 74 forms', () => {
    it('does not flag the apology letters a complaints handler writes', () => {
      const text = 'I cut repeat complaints by 40% after rewriting our apology and redress letters.';
      expect(fires('apology', text)).toBe(false);
    });
    it('still flags our apologies for the mix-up', () => {
      expect(fires('apology', 'Please accept our apologies for the mix-up on Friday.')).toBe(true);
    });
  });
});
