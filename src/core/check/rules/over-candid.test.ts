import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('over-candid', () => {
  it.each([
    'I know I bombed the interview.',
    'I completely blew it on the budgeting question.',
    'I blew the question about hiring.',
    'I really messed up the case study.',
    'Honestly, the interview was a train wreck.',
    'My answer was a disaster.',
    'I was terrible on the technical round.',
    'I choked when you asked about conflict.',
    'I made a fool of myself in the panel.',
  ])('flags a harsh verdict on one’s own performance: %s', (text) => {
    expect(fires('over-candid', text)).toBe(true);
  });

  it.each([
    'I led our disaster recovery program.',
    'Our team blew past its target in three quarters.',
    'The warehouse was a mess before I reorganized it, and picks rose 20%.',
    'I would like to expand on my answer about hiring.',
    'My answer on inventory shrink was thin, so here is the fuller version.',
  ])('does not flag neutral or professional wording: %s', (text) => {
    expect(fires('over-candid', text)).toBe(false);
  });
});
