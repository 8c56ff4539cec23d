import { describe, expect, it } from 'vitest';
import { CLEAN_EMAIL, fires } from '../test-support';

const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 9 ? 'word.' : 'word')).join(' ');
const email = (...paragraphs: string[]) =>
  `Subject: Hi\n\nHi Dana,\n\n${paragraphs.join('\n\n')}\n\nBest regards,\nSam Rivera\n`;

describe('too-long', () => {
  it('is quiet on a two-paragraph email under 180 words', () => {
    expect(fires('too-long', CLEAN_EMAIL, { kind: 'email' })).toBe(false);
  });

  it('fires on an email body with three paragraphs, however short', () => {
    expect(fires('too-long', email('One.', 'Two.', 'Three.'), { kind: 'email' })).toBe(true);
  });

  it('fires on an email body over 180 words in two paragraphs', () => {
    expect(fires('too-long', email(words(100), words(90)), { kind: 'email' })).toBe(true);
  });

  it('does not count the subject, greeting or sign-off toward the email budget', () => {
    expect(fires('too-long', email(words(90), words(90)), { kind: 'email' })).toBe(false);
  });

  it('does not count a one-line closing courtesy as a paragraph', () => {
    expect(
      fires('too-long', email('One.', 'Two.', 'Thank you again for your time.'), { kind: 'email' }),
    ).toBe(false);
  });

  it.each([
    'With kind regards,',
    'With warm regards,',
    'Warmest wishes,',
    'Kindest regards,',
    'Thanks and best regards,',
    'All my best,',
    'Yours respectfully,',
    'Respectfully,',
    'Cordially,',
    'Many thanks,',
    'Thanks again,',
    'Warmly,',
    'Very best,',
    'Speak soon,',
    'Best wishes and thanks,',
    'Kind regards and thanks,',
    'All best,',
    'Have a great weekend,',
    'Looking forward,',
    'Hope to speak soon,',
  ])('does not count the sign-off “%s” and the name under it as a paragraph', (valediction) => {
    const text = `Subject: Hi\n\nHi Dana,\n\nOne.\n\nTwo.\n\n${valediction}\nTomasz Zielinski\n`;
    expect(fires('too-long', text, { kind: 'email' })).toBe(false);
  });

  it.each([
    ['letter', 450],
    ['call', 220],
  ] as const)('fires on a %s over %i words and not at the budget', (kind, budget) => {
    expect(fires('too-long', words(budget), { kind })).toBe(false);
    expect(fires('too-long', words(budget + 1), { kind })).toBe(true);
  });

  it.each(['Xo,', 'xoxo', 'Love,', 'Hugs,', 'Warmest,'])(
    'does not count the casual sign-off “%s” and the name under it as a paragraph',
    (valediction) => {
      const text = `Subject: Hi\n\nHi Dana,\n\nOne.\n\nTwo.\n\n${valediction}\nBrianna Cole\n`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    },
  );

  it.each(['Best of luck,', 'Good luck!', 'x'])(
    'does not count the sign-off “%s” as a paragraph',
    (valediction) => {
      const text = `Subject: Hi\n\nHi Dana,\n\nOne.\n\nTwo.\n\n${valediction}\nTomasz Zielinski\n`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    },
  );

  describe('round 24 forms', () => {
    it('does not count an unknown sign-off followed by a name and a phone number as a paragraph', () => {
      const text =
        'Subject: Thank you\n\nDear Ing. Salinas,\n\nThank you for Wednesday. Rejects fell from 3,400 to 900 ppm.\n\nI am very interested and would be glad to share my checklist.\n\nSaludos cordiales,\nValeria Orozco\n555-0139\n';
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 29 forms', () => {
    it('takes a lowercase name on its own last line for the sign-off', () => {
      const text =
        "Subject: thank you\n\nhi marisol,\n\nthank you for friday. completion rose from 61% to 78%.\n\nI'd love to do this work at Ridgeway. want me to send the case study?\n\nines\n";
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 38 forms', () => {
    it('reads a sign-off name with letters after it as the sign-off', () => {
      const body =
        'Thank you for the interview. I cut peak travel time by 17%.\n\nI am keen to lead the program, and I can send the study.';
      const text = `Subject: Thanks\n\nDear Mr. Nakamura,\n\n${body}\n\nRespectfully,\nTeresa Villasenor, P.E.`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 40 forms', () => {
    it("reads 'Good morning Pharm. Ugochukwu,' as the greeting", () => {
      const body =
        'Thank you for the interview. I cut write-offs by 71%.\n\nI am keen on the role, and I can send my list.';
      const text = `Subject: Thanks\n\nGood morning Pharm. Ugochukwu,\n\n${body}\n\nGod bless,\nPharm. Amaka Obi`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 63 forms', () => {
    it("reads the service sign-off 'V/r,' as a closing", () => {
      const body =
        'Thank you for the interview. I cut shipping delays by 30%.\n\nI am keen on the role, and I can meet your manager.';
      const text = `Subject: Thanks\n\nDear Mr. Whitcombe,\n\n${body}\n\nV/r,\nKevin Lockhart`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 64 forms', () => {
    it('reads two sign-offs across a dash as one closing', () => {
      const body =
        'Thanks for the tour. I cut produce waste by 31%.\n\nI am keen on the role, and I can drop in the ordering sheet.';
      const text = `Subject: Thanks\n\nHi Gerald,\n\n${body}\n\nAll the best, b'y - and thanks again,\nColleen Power`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 65 forms', () => {
    it("reads the Fijian 'Bula vinaka,' as the greeting", () => {
      const body =
        'Thank you for the interview. Rejected entries fell from 7% to 2%.\n\nI am keen to join, and I can share the checklist.';
      const text = `Subject: Thanks\n\nBula vinaka,\n\n${body}\n\nVinaka,\nRusiate Waqa`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 66 forms', () => {
    it.each(['Cara Sra. Inês Carvalho,', 'Dear Bi. Neema Mushi,'])('reads %s as the greeting', (greeting) => {
      const body =
        'Thank you for Friday. I kept shrinkage under 1% for two years.\n\nI would be delighted to join you, and I can come in for a trial Saturday.';
      const text = `Subject: Obrigada\n\n${greeting}\n\n${body}\n\nCumprimentos,\nBeatriz Sousa`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });

  describe('round 69 forms', () => {
    it('reads a name ending in an initial as the signature', () => {
      const body =
        'Thank you for Saturday. I cut setting time from 45 minutes to 20.\n\nI am keen to join, and I will be happy to give a practical.';
      const text = `Subject: Thanks\n\nDear Mr. Palanisamy,\n\n${body}\n\nThanks and regards,\nSenthil Kumar R.`;
      expect(fires('too-long', text, { kind: 'email' })).toBe(false);
    });
  });
});
