import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('minor-mistake', () => {
  it.each([
    'I was a little nervous at the start.',
    'My nerves got the better of me.',
    'I was talking too fast in the first half.',
    'I stumbled over my words.',
    'I was sweating through the first question.',
    'Sorry for fidgeting.',
    'I rambled on the pricing question.',
    'I lost my train of thought.',
  ])('flags a small slip: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(true);
  });

  it.each([
    'I worked on the peripheral nervous system project.',
    'I stumbled across your paper while preparing.',
    'I answered 200 support calls a week.',
    'I know candidates can find panels intimidating.',
  ])('does not flag unrelated uses: %s', (text) => {
    expect(fires('minor-mistake', text)).toBe(false);
  });
});
