import { describe, expect, it } from 'vitest';
import { flagged, fires } from '../test-support';

describe('placeholder', () => {
  it.each([
    ['Hi [Name],', '[Name]'],
    ['the {role} opening', '{role}'],
    ['at <company> last year', '<company>'],
    ['grew sales by XXX%', 'XXX'],
    ['start date TBD', 'TBD'],
    ['Best,\n[Your Name]', '[Your Name]'],
    ['Hi {{first_name}},', '{{first_name}}'],
  ])('flags an unfilled slot: %s', (text, excerpt) => {
    expect(flagged('placeholder', text)).toEqual([excerpt]);
  });

  it.each([
    'Email me at <sam@example.com>.',
    'We cut costs by 22% [1].',
    'I use Excel daily.',
    'See https://example.com/report for details.',
  ])('does not flag ordinary text: %s', (text) => {
    expect(fires('placeholder', text)).toBe(false);
  });

  describe('round 24 forms', () => {
    it('flags an angle-bracket slot with a slash', () => {
      expect(
        fires('placeholder', 'Dear <Mr/Ms Surname>,\n\nThank you for Thursday.', { kind: 'letter' }),
      ).toBe(true);
    });
  });

  describe('round 34 forms', () => {
    it('flags an angle-bracket slot with an accented letter', () => {
      expect(
        fires('placeholder', 'I would be a good fit for the team at <café name>.', { kind: 'email' }),
      ).toBe(true);
    });
  });
});
