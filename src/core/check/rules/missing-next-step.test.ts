import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('missing-next-step', () => {
  it.each([
    'I would be glad to walk you through the model.',
    'I can send a one-page summary this afternoon.',
    'I would welcome the chance to discuss it further.',
    'Please let me know if you have any questions.',
    'Would it help if I came in to show you?',
    'I am available for a follow-up call.',
  ])('is satisfied by a call to action: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(false);
  });

  it.each([
    'I look forward to hearing from you.',
    'I hope to hear from you soon.',
    'Thank you again for your time.',
  ])('fires on a polite close alone: %s', (text) => {
    expect(fires('missing-next-step', text)).toBe(true);
  });

  it('counts a feedback request as the next step of a reply to a rejection', () => {
    const text = 'Thank you for letting me know. Any feedback on my application would help.';
    expect(fires('missing-next-step', text, { purpose: 'feedback' })).toBe(false);
    expect(fires('missing-next-step', text, { purpose: 'recovery' })).toBe(true);
  });

  it('does not apply to a withdrawal', () => {
    expect(fires('missing-next-step', 'I am withdrawing my application.', { purpose: 'withdraw' })).toBe(
      false,
    );
  });
});
