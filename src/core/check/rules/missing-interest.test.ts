import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('missing-interest', () => {
  it.each([
    'I am very interested in the role.',
    'I remain excited about joining the team.',
    'I left even more enthusiastic about the position.',
    'I would love to join Northwind.',
    'This is exactly the kind of work I want to do next.',
    'I still very much want the Facilities Manager job.',
    'My interest in the role has only grown.',
  ])('is satisfied by restated interest: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(false);
  });

  it.each([
    'Thank you for your time. Here is the report.',
    'If you are interested, I can send the report.',
    'It was an interesting conversation.',
  ])('fires when interest is never restated: %s', (text) => {
    expect(fires('missing-interest', text)).toBe(true);
  });

  it('does not apply to a withdrawal', () => {
    expect(fires('missing-interest', 'Thank you; I am withdrawing.', { purpose: 'withdraw' })).toBe(false);
  });
});
