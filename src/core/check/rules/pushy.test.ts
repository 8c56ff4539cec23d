import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('pushy', () => {
  it.each([
    'I need your decision by Friday.',
    'I deserve a clear answer.',
    'I have another offer on the table.',
    'I will keep following up until I hear back.',
    'I expect to hear back by Monday.',
    'Please let me know by Wednesday.',
    'If I don’t hear from you by then, I will move on.',
    'I will call every day this week.',
    'I would appreciate a decision by the end of the week.',
  ])('flags pressure or entitlement: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  it.each([
    'I look forward to hearing from you.',
    'I hope to hear from you soon.',
    'I have accepted another offer, so I am withdrawing my application.',
    'I would be glad to answer any questions while you decide.',
    'I am confident I can help the team hit its targets.',
  ])('does not flag courtesy or a withdrawal: %s', (text) => {
    expect(fires('pushy', text)).toBe(false);
  });
});
