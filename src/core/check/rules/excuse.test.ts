import { describe, expect, it } from 'vitest';
import { debriefOf, fires } from '../test-support';

describe('excuse', () => {
  it.each([
    'I was stuck in traffic for an hour.',
    'After a night with little sleep I was slow.',
    'I had barely slept the night before.',
    'My lunch did not agree with me.',
    'That was a tricky question.',
    'The question about budget cuts was unfair.',
    'You interrupted me before I could finish.',
    'My train was badly delayed.',
    'I was distracted by a family emergency.',
  ])('flags blaming circumstances: %s', (text) => {
    expect(fires('excuse', text)).toBe(true);
  });

  it.each([
    'We kept the site up despite heavy traffic on our site.',
    'Foot traffic to the back wall rose 18%.',
    'Web traffic was heavy during the launch, and we held 99.9% uptime.',
    'Thank you for the thoughtful questions.',
    'I never get tired of solving scheduling puzzles.',
  ])('does not flag results or neutral wording: %s', (text) => {
    expect(fires('excuse', text)).toBe(false);
  });

  it('tolerates a brief emergency when the debrief addresses a distraction, but not other excuses', () => {
    const context = debriefOf({
      mishaps: [{ id: 'm1', kind: 'distraction', severity: 'moderate', noticed: 'yes' }],
    });
    expect(fires('excuse', 'I was distracted by a family emergency that morning.', { context })).toBe(false);
    expect(fires('excuse', 'I was stuck in traffic for an hour.', { context })).toBe(true);
  });

  it('does not tolerate the emergency when the distraction was minor and unnoticed', () => {
    const context = debriefOf({
      mishaps: [{ id: 'm1', kind: 'distraction', severity: 'minor', noticed: 'no' }],
    });
    expect(fires('excuse', 'I was distracted by a family emergency.', { context })).toBe(true);
  });
});
