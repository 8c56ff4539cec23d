import { describe, expect, it } from 'vitest';
import { checkMessage } from '../core/check';
import { applyFix, messageOf, placeFindings, segmentsOf, sentenceAround } from './draft-fixes';

const body =
  'Hi Priya,\n\nI think maybe the pricing answer was thin. I was so nervous. Thank you for your time.\n\nBest,\nJordan';

function findingsFor(subject: string | null, text: string) {
  const { text: message, prefix } = messageOf(subject, text);
  return placeFindings(checkMessage(message, { kind: subject === null ? 'letter' : 'email' }), prefix, text);
}

describe('placing findings on the edited body', () => {
  it('shifts positions past the subject line so highlights land on the right words', () => {
    const findings = findingsFor('Thanks', body);
    const hedge = findings.find((f) => f.rule === 'hedging')!;
    expect(body.slice(hedge.bodyStart!, hedge.bodyEnd!)).toBe('I think maybe');
    expect(hedge.isInline).toBe(true);
  });

  it('lists whole-message findings without highlighting them inline', () => {
    const missing = findingsFor('Thanks', body).filter((f) => f.rule.startsWith('missing-'));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => !f.isInline)).toBe(true);
  });

  it('keeps a finding in the subject line out of the body', () => {
    const findings = findingsFor('Sorry I bombed it', body);
    const inSubject = findings.filter((f) => f.bodyStart === null);
    expect(inSubject.map((f) => f.rule)).toEqual(expect.arrayContaining(['over-candid']));
  });
});

describe('one-click fixes', () => {
  it('removes a hedge with its space', () => {
    const hedge = findingsFor('Thanks', body).find((f) => f.rule === 'hedging')!;
    expect(applyFix(body, hedge.fix!)).toContain('\n\nthe pricing answer was thin.');
  });

  it('removes the sentence that draws attention to nerves', () => {
    const nerves = findingsFor('Thanks', body).find((f) => f.rule === 'minor-mistake')!;
    const fixed = applyFix(body, nerves.fix!);
    expect(fixed).not.toContain('nervous');
    expect(fixed).toContain('thin. Thank you for your time.');
  });

  it.each([
    ['a sentence in the middle', 'One. Two words here. Three.', 6, 9, 'Two words here. '],
    ['the first sentence', 'Alpha beta. Gamma.', 0, 5, 'Alpha beta. '],
    ['a line without a full stop', 'Hello\nI was nervous\nBye', 8, 11, 'I was nervous'],
  ])('finds %s around a span', (_name, text, start, end, expected) => {
    const s = sentenceAround(text, start, end);
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('highlight segments', () => {
  it('covers the whole body exactly once, colouring only the flagged runs', () => {
    const findings = findingsFor('Thanks', body);
    const segments = segmentsOf(body, findings);
    expect(segments.map((s) => s.text).join('')).toBe(body);
    expect(segments.find((s) => s.severity === 'info')?.text).toBe('I think maybe');
    expect(segments.find((s) => s.severity === 'warning')?.text).toContain('nervous');
  });
});
