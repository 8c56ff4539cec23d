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
    'I am writing to check whether you have made a decision yet, since I need an answer soon.',
    'Have you decided yet?',
    'I need a decision quickly.',
    'When can I expect an offer?',
    'I cannot wait much longer for an answer.',
    'Please decide as soon as possible.',
  ])('flags pressure or entitlement: %s', (text) => {
    expect(fires('pushy', text)).toBe(true);
  });

  it.each([
    'I look forward to hearing from you.',
    'I hope to hear from you soon.',
    'I have accepted another offer, so I am withdrawing my application.',
    'I would be glad to answer any questions while you decide.',
    'I am confident I can help the team hit its targets.',
    'I know you are still making a decision, and I am glad to help with anything you need.',
    'I needed an answer to the supplier question quickly, so I built a tracker.',
    'I can’t wait to start on the backlog.',
  ])('does not flag courtesy or a withdrawal: %s', (text) => {
    expect(fires('pushy', text)).toBe(false);
  });
});
