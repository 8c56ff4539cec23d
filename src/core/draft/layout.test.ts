import { describe, expect, it } from 'vitest';
import { budgetWords, renderLayout, trimEvidence } from './layout';

describe('layout', () => {
  it('renders greeting, paragraphs and sign-off separated by blank lines', () => {
    const layout = {
      subject: 'S',
      greeting: 'Hi Dana,',
      paragraphs: ['One.', 'Two.'],
      signOff: 'Best regards,\nSam',
    };
    expect(renderLayout(layout)).toBe('Hi Dana,\n\nOne.\n\nTwo.\n\nBest regards,\nSam\n');
    expect(budgetWords(layout)).toBe(2);
  });

  it('trims long evidence to the words around its numbers, keeping each number whole', () => {
    const long =
      'after a long and careful migration of every nightly job we had, on-time delivery rose from 81% to 99.5% within four months across $18,000 of spend';
    const trimmed = trimEvidence(long);
    for (const n of ['81%', '99.5%', '$18,000']) expect(trimmed).toContain(n);
    expect(trimmed.split(' ').length).toBeLessThan(long.split(' ').length);
  });

  it('keeps short evidence as it is', () => {
    expect(trimEvidence('cut costs by 22%')).toBe('cut costs by 22%');
  });
});
