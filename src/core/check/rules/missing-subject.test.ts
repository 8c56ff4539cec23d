import { describe, expect, it } from 'vitest';
import { CLEAN_EMAIL, fires, flagged } from '../test-support';

describe('missing-subject', () => {
  it('is quiet when an email starts with a subject line', () => {
    expect(fires('missing-subject', CLEAN_EMAIL, { kind: 'email' })).toBe(false);
  });

  it('points at the first line of an email without a subject', () => {
    expect(flagged('missing-subject', 'Hi Dana,\n\nThank you.', { kind: 'email' })).toEqual(['Hi Dana,']);
  });

  it('fires on an empty subject', () => {
    expect(fires('missing-subject', 'Subject:\n\nHi Dana,\n\nThank you.', { kind: 'email' })).toBe(true);
  });

  it.each(['letter', 'call'] as const)('does not apply to a %s', (kind) => {
    expect(fires('missing-subject', 'Dear Dana,\n\nThank you.', { kind })).toBe(false);
  });
});
