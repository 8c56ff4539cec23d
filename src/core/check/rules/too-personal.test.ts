import { describe, expect, it } from 'vitest';
import { fires } from '../test-support';

describe('too-personal', () => {
  it.each([
    'My husband and I are hoping to start a family.',
    'I am pregnant and due in May.',
    'We are still paying off medical debt.',
    'I really need this job to cover the rent.',
    'I was diagnosed with a chronic illness last year.',
    'We have fallen behind on rent.',
    'I am going through a divorce.',
    'My therapist says I interview badly.',
  ])('flags private matters: %s', (text) => {
    expect(fires('too-personal', text)).toBe(true);
  });

  it.each([
    'I refinanced $42 million of debt at a lower rate.',
    'We cut the monthly warehouse bill by $18,000.',
    'Eviction filings fell 23% among participants.',
    'I ran the prenatal clinic’s scheduling.',
    'Our team grew revenue by 12%.',
  ])('does not flag professional facts: %s', (text) => {
    expect(fires('too-personal', text)).toBe(false);
  });
});
