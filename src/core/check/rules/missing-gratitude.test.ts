import { describe, expect, it } from 'vitest';
import { CLEAN_EMAIL, fires } from '../test-support';

describe('missing-gratitude', () => {
  it.each([
    'Thank you for your time this morning.',
    'Thanks again for meeting with me.',
    'I appreciate you taking the time to talk.',
    'I am grateful for the chance to interview.',
  ])('is satisfied by thanks: %s', (text) => {
    expect(fires('missing-gratitude', text)).toBe(false);
  });

  it.each([
    'On the forecasting question: we cut error from 18% to 7%.',
    'Thanks to my team, we cut error from 18% to 7%.',
    'I would appreciate any feedback.',
  ])('fires without thanks for the interviewer: %s', (text) => {
    expect(fires('missing-gratitude', text)).toBe(true);
  });

  it('does not count a bare “Thanks,” sign-off', () => {
    const text = 'Subject: Forecasting\n\nHi Dana,\n\nOn forecasting: we cut error by 40%.\n\nThanks,\nSam';
    expect(fires('missing-gratitude', text, { kind: 'email' })).toBe(true);
  });

  it('does not count a “Thank you” subject line when the body never thanks', () => {
    const text =
      'Subject: Thank you — Junior Architect\n\nHi Anouk,\n\nI wanted to reach out after Friday’s interview. We cut costs by 12%.\n\nBest,\nEmil';
    expect(fires('missing-gratitude', text, { kind: 'email' })).toBe(true);
  });

  it('is quiet on a complete email', () => {
    expect(fires('missing-gratitude', CLEAN_EMAIL, { kind: 'email' })).toBe(false);
  });

  describe('informal thanks', () => {
    it('is satisfied by "Cheers for having me in"', () => {
      expect(fires('missing-gratitude', 'Cheers for having me in on Thursday.')).toBe(false);
    });

    it('is not satisfied by "Cheers" as a sign-off only', () => {
      const text = 'Subject: Chef de partie\n\nHi Jo,\n\nGood to meet you on Thursday.\n\nCheers,\nSam';
      expect(fires('missing-gratitude', text, { kind: 'email' })).toBe(true);
    });
  });

  it('is not satisfied by gratitude to someone else', () => {
    const text =
      'Subject: Marketing Manager\n\nHi Ann,\n\nI am grateful to the box office team there, who made it work.\n\nBest,\nSam';
    expect(fires('missing-gratitude', text, { kind: 'email' })).toBe(true);
  });

  it('is not satisfied by thanks passed on to the receptionist', () => {
    const text =
      'Subject: Technical Writer\n\nHi Ana,\n\nIt was great to meet you, and please pass my thanks to Joe at reception.\n\nBest,\nSam';
    expect(fires('missing-gratitude', text, { kind: 'email' })).toBe(true);
  });

  it('is not satisfied by thanks in advance for a reply', () => {
    expect(
      fires('missing-gratitude', 'It was a pleasure to meet you. Thank you in advance for your answer.'),
    ).toBe(true);
  });

  it.each([
    'Much obliged for your time on Monday.',
    'Thx for the chat yesterday.',
    'I really valued our conversation on Monday.',
    'I owe you one for the tour of the yard.',
    'Mahalo for your time on Monday.',
  ])('is satisfied by thanks in other words: %s', (text) => {
    expect(fires('missing-gratitude', text)).toBe(false);
  });

  it('is not satisfied by thanks owed to someone else', () => {
    expect(fires('missing-gratitude', 'I valued accuracy above all in my last role. Good to chat.')).toBe(
      true,
    );
  });

  describe('round 53 forms', () => {
    it.each(["Fa'afetai lava for your time on Wednesday.", 'Vinaka vakalevu for the tour of the yard.'])(
      'is satisfied by %s',
      (text) => {
        expect(fires('missing-gratitude', text)).toBe(false);
      },
    );
  });

  describe('round 59 forms', () => {
    it('is satisfied by Asante sana', () => {
      expect(fires('missing-gratitude', 'Asante sana for the interview on Tuesday.')).toBe(false);
    });
  });
});
