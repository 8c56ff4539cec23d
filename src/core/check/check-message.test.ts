import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage, checkMessageWithinLimit, hasErrorFinding } from './check-message';
import { MAX_MESSAGE_LENGTH } from './kinds';
import { RULE_IDS, RULES } from './registry';
import { CLEAN_EMAIL } from './test-support';

/** The point of an offset, counted the slow, obvious way. */
function pointOf(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1, offset };
}

const MESSY = `Hi [Name],\r\n\r\nI’m so sorry I bombed it 😬 — I was stuck in traffic.\r\nHopefully I deserve another chance.\r\n\r\nThanks,\r\nSam`;

describe('checkMessage', () => {
  it('finds nothing in a clean recovery email and reports its stats', () => {
    expect(checkMessage(CLEAN_EMAIL)).toEqual({
      kind: 'email',
      findings: [],
      stats: { words: 48, paragraphs: 2, sentences: 3 },
    });
  });

  it('defaults to an email for recovery', () => {
    expect(checkMessage('Hi Dana,\n\nThanks.').findings.map((f) => f.rule)).toContain('missing-subject');
  });

  it('returns findings sorted by position with the contract’s severities', () => {
    const { findings } = checkMessage(MESSY);
    const offsets = findings.map((f) => f.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const severities = Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
    for (const f of findings) expect(f.severity).toBe(severities[f.rule]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set([
        'placeholder',
        'apology',
        'over-candid',
        'excuse',
        'hedging',
        'pushy',
        'missing-subject',
        'missing-gratitude',
        'missing-evidence',
        'missing-interest',
        'missing-next-step',
        // "Hi [Name]," names no one, and nothing else names the role or company.
        'missing-personalization',
      ]),
    );
  });

  it('maps every offset to its 1-based line and column, CRLF and emoji included', () => {
    for (const f of checkMessage(MESSY).findings) {
      expect(f.start).toEqual(pointOf(MESSY, f.start.offset));
      expect(f.end).toEqual(pointOf(MESSY, f.end.offset));
      expect(f.end.offset).toBeGreaterThanOrEqual(f.start.offset);
    }
  });

  it('points phrase findings at the phrase itself', () => {
    const apology = checkMessage(MESSY).findings.find((f) => f.rule === 'apology');
    expect(apology && MESSY.slice(apology.start.offset, apology.end.offset)).toBe('I’m so sorry');
  });

  it('reports only rule ids from the registry, with a message on every finding', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('email', 'letter', 'call'), (text, kind) => {
        for (const f of checkMessage(text, { kind }).findings) {
          expect(RULE_IDS).toContain(f.rule);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.start).toEqual(pointOf(text, f.start.offset));
          expect(f.end.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('says whether a result holds an error', () => {
    expect(hasErrorFinding(checkMessage(CLEAN_EMAIL))).toBe(false);
    expect(hasErrorFinding(checkMessage(MESSY))).toBe(true);
  });
});

describe('checkMessageWithinLimit', () => {
  it('refuses a message over the size limit as a value', () => {
    const r = checkMessageWithinLimit('a'.repeat(MAX_MESSAGE_LENGTH + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('check/too-large');
  });

  it('checks a message at the limit, in linear time', () => {
    const text = CLEAN_EMAIL.repeat(Math.floor(MAX_MESSAGE_LENGTH / CLEAN_EMAIL.length));
    const r = checkMessageWithinLimit(text);
    expect(r.ok && r.value.findings.some((f) => f.rule === 'too-long')).toBe(true);
  });
});
