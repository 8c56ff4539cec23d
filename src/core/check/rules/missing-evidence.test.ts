import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('missing-evidence', () => {
  it.each([
    'We cut forecast error from 18% to 7%.',
    'The change saved $240,000 a year.',
    'I managed 14 stores.',
    'We cut stockouts by a third within the year.',
    'We closed the project eleven days early.',
    'On the Riverside Library renovation we finished under budget.',
    'Our sign-ups doubled after the redesign.',
    'The title sequence for the Harbour Lights documentary won a regional Royal Television Society award in 2024.',
    'My packaging for the Tallow Candles rebrand was shortlisted for a national design prize.',
    'On the Wharf Street housing scheme the planning application was approved first time.',
    'The Northgate Festival menu I designed sold out every night.',
    'After I rebuilt the interview loop we filled roles twice as fast.',
  ])('is satisfied by a concrete fact: %s', (text) => {
    expect(fires('missing-evidence', text)).toBe(false);
  });

  it.each([
    'I lead by listening and I work well with teams.',
    'We met on March 10 at 10:30.',
    'You can reach me at 555-0142.',
    'I joined the company in 2019.',
    'There are two points I would like to add.',
    'I led the Harbour Lights documentary in 2024.',
    'I hope to win an award with your studio one day.',
    'I am excited about the Riverside expansion.',
  ])('fires when nothing measurable backs the claim: %s', (text) => {
    expect(fires('missing-evidence', text)).toBe(true);
  });

  it.each(['thank-you', 'withdraw', 'feedback'] as const)('does not apply to the %s purpose', (purpose) => {
    expect(fires('missing-evidence', 'Thank you for your time.', { purpose })).toBe(false);
  });

  it.each([
    'I coordinated the localization of two titles into nine languages, and we shipped both on the same day as the English release.',
    'We released three updates in a quarter.',
    'I kept all twelve accounts through renewal season.',
  ])('is satisfied by counted work that shipped or held: %s', (text) => {
    expect(fires('missing-evidence', text)).toBe(false);
  });

  describe('results in words', () => {
    it.each([
      'The blend I championed scored twelve points above the original in three markets.',
      'I drafted the response that overcame all three novelty objections.',
    ])('is satisfied by: %s', (text) => {
      expect(fires('missing-evidence', text)).toBe(false);
    });
  });

  it('is satisfied by a zero count', () => {
    expect(fires('missing-evidence', 'We passed two audits with zero non-conformities.')).toBe(false);
  });

  it('is satisfied by a count that went down, in words', () => {
    expect(fires('missing-evidence', 'Unplanned trips went down from nine per year to two.')).toBe(false);
  });

  it('counts a result within a time, not an offer to start within one', () => {
    expect(fires('missing-evidence', 'The calf was born healthy and nursing within two hours.')).toBe(false);
    expect(fires('missing-evidence', 'I can start within two weeks.')).toBe(true);
  });

  it('is satisfied by a named project that ran a winter without an unplanned stop', () => {
    const text =
      'On the Hoy Sound project, after we changed the inspection interval, the site ran through the winter without an unplanned yaw stop.';
    expect(fires('missing-evidence', text)).toBe(false);
  });

  describe('round 24 forms', () => {
    it('accepts a thing done the same afternoon as a result', () => {
      const text =
        'I rang the bereavement office myself and had the death certificate released the same afternoon.';
      expect(fires('missing-evidence', text)).toBe(false);
      expect(fires('missing-evidence', 'I can start the same day if needed.')).toBe(true);
    });
  });

  describe('round 34 forms', () => {
    it('reads a figure written after its currency letters', () => {
      expect(
        fires('missing-evidence', 'Last December my sales were R186,000, the highest in the branch.'),
      ).toBe(false);
    });
  });

  describe('round 53 forms, currency letters', () => {
    it.each([
      'Our expired stock fell from MK85,000 a month to MK12,000.',
      'I cut the site diesel bill to K4,500 a month.',
      'I raised GH\u20b5300 for the school library.',
    ])('is satisfied by %s', (text) => {
      expect(fires('missing-evidence', text)).toBe(false);
    });
    it('is not satisfied by a grade band like K to 12 in words', () => {
      expect(fires('missing-evidence', 'I taught every grade from K to twelfth and I am patient.')).toBe(
        true,
      );
    });
  });

  describe('round 75 forms', () => {
    it.each([
      'I drove a crew van on the Council Road for three winters with no incidents.',
      'I have driven reach stackers for six years at a timber yard.',
    ])('is satisfied by a length of service in words: %s', (text) => {
      expect(fires('missing-evidence', text)).toBe(false);
    });
    it.each([
      'I am a hard worker, and you can call me at 555 0112.',
      'I moved here three months ago and I am careful with the rooms.',
      'I would be glad to introduce you to two clients I have worked with.',
    ])('is not satisfied by %s', (text) => {
      expect(fires('missing-evidence', text)).toBe(true);
    });
  });

  describe('round 76 forms', () => {
    it('is satisfied by a change in words', () => {
      expect(fires('missing-evidence', 'I brought our close from eight days to four.')).toBe(false);
    });
    it('is not satisfied by a move between places', () => {
      expect(fires('missing-evidence', 'I moved from Porto to Lisbon and I am careful.')).toBe(true);
    });
  });

  describe('round 77 forms', () => {
    it.each([
      'I set up and monitor up to twelve anaesthetics a day.',
      'Last year I trained three new nurses on our dental charting.',
    ])('is satisfied by a count in words: %s', (text) => {
      expect(fires('missing-evidence', text)).toBe(false);
    });
    it('is not satisfied by a meeting two days a week away', () => {
      expect(fires('missing-evidence', 'I am reliable and I learned a lot from two colleagues.')).toBe(true);
    });
  });
});
