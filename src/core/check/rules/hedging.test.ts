import { describe, expect, it } from 'vitest';
import { flagged, fires } from '../test-support';

describe('hedging', () => {
  it.each([
    ['I just wanted to say thank you.', 'just wanted to'],
    ['I think maybe my answer was thin.', 'I think maybe'],
    ['My answer was kind of thin.', 'kind of'],
    ['I sort of ran the project.', 'sort of'],
    ['Hopefully this helps.', 'Hopefully'],
    ['I guess I could have said more.', 'I guess'],
  ])('flags a hedge: %s', (text, excerpt) => {
    expect(flagged('hedging', text)).toEqual([excerpt]);
  });

  it.each([
    'Kind regards,\nJordan',
    'This is exactly the kind of work I want to do.',
    'What kind of support does the team need?',
    'We sorted our backlog by priority.',
    'I am confident in this approach.',
  ])('does not flag noun phrases or sign-offs: %s', (text) => {
    expect(fires('hedging', text)).toBe(false);
  });

  it('reports hedging as info, which never fails the check', () => {
    expect(fires('hedging', 'Hopefully this helps.')).toBe(true);
  });

  it.each([
    'I think perhaps my walkthrough got lost.',
    'I guess perhaps I rushed it.',
    'It was perhaps a bit long.',
  ])('flags a claim softened with perhaps: %s', (text) => {
    expect(fires('hedging', text)).toBe(true);
  });

  it.each(['Perhaps we could meet next week.'])('leaves a polite perhaps alone: %s', (text) => {
    expect(fires('hedging', text)).toBe(false);
  });

  describe('other hedges, and the noun "sort"', () => {
    it.each([
      'I reckon my mapping work fits what you need.',
      'My background is more or less what the role asks for.',
      "I'd like to think I'm good with anxious clients.",
    ])('flags: %s', (text) => {
      expect(fires('hedging', text)).toBe(true);
    });

    it('does not flag a parcel sort of 14,000 items', () => {
      expect(fires('hedging', 'I ran the overnight sort of 14,000 parcels.')).toBe(false);
    });
  });

  it('does not flag a hedge word inside a quoted title', () => {
    expect(fires('hedging', 'I ran the "Maybe Tomorrow" campaign, and followers grew to 95,000.')).toBe(
      false,
    );
  });

  describe('round 24 look-alikes', () => {
    it('does not flag the courtesy "kind of you"', () => {
      expect(fires('hedging', 'It was kind of you to show me the chapel of rest.')).toBe(false);
      expect(fires('hedging', 'I kind of led the sessions.')).toBe(true);
    });
  });

  describe('round 54 forms', () => {
    it('flags a claim hedged with "could perhaps"', () => {
      expect(fires('hedging', 'I believe I could perhaps be useful to your team.')).toBe(true);
    });
    it('does not flag "perhaps" opening a question', () => {
      expect(fires('hedging', 'Perhaps we could meet on Tuesday to go through the 3 plans?')).toBe(false);
    });
  });

  describe('round 57 forms', () => {
    it.each(['I feel I probably handled the audit question somewhat OK.', 'I think I possibly missed it.'])(
      'flags %s',
      (text) => {
        expect(fires('hedging', text)).toBe(true);
      },
    );
  });

  describe('round 59 forms', () => {
    it('does not flag "kind of" after a determiner and two describing words', () => {
      expect(fires('hedging', "It's the busy, seasonal kind of shop I do my best work in.")).toBe(false);
    });
    it('still flags "kind of" after a clause word a few words back', () => {
      expect(fires('hedging', 'I was the one who kind of ran it.')).toBe(true);
    });
  });
});
