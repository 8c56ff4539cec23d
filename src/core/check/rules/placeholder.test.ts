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

  describe('slots the work talks about', () => {
    it.each([
      'I built the templating service that fills {first_name} and {due_date} for two million customers.',
      'I returned any cover letter that still said [Organisation Name].',
      'Before the audit I resolved 300 items marked TBD in the risk register.',
      'I subtitled 30 films, tagging sound cues like [music] and [laughter].',
      'I ran trade marketing for XXXX Gold across 900 pubs.',
      'I measured [H+] concentrations in 200 groundwater samples.',
    ])('does not flag %s', (text) => {
      expect(fires('placeholder', text)).toBe(false);
    });
    it.each([
      "I'd like [Company] to know how much I enjoyed the visit.",
      'Dear {first_name}, thank you for the interview.',
      'I would love to join [Company] as [Role].',
      'I grew sales by XX% last year.',
    ])('still flags the leftover slot in %s', (text) => {
      expect(fires('placeholder', text)).toBe(true);
    });
  });

  describe('round 61 forms', () => {
    it('flags an employer left as XXX Hotel', () => {
      expect(fires('placeholder', 'As Events Assistant at XXX Hotel I supported 90 weddings.')).toBe(true);
    });
  });
});
