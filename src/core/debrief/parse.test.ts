import { describe, expect, it } from 'vitest';
import { parseDebrief, parseDebriefText } from './parse';
import { DEBRIEF_LIMITS } from './schema';

const valid = {
  company: 'Northwind Logistics',
  role: 'Operations Analyst',
  interviewer: { name: 'Dana Whitfield' },
  interviewAt: '2026-11-20T10:30:00-05:00',
  wantJob: 'yes',
};

const issuesOf = (input: unknown) => {
  const r = parseDebrief(input);
  return r.ok ? [] : r.error.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('parseDebrief', () => {
  it('accepts the required fields alone and applies the documented defaults', () => {
    const r = parseDebrief(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      fit: 'unsure',
      expressedInterest: true,
      outcome: 'pending',
      durationMinutes: 60,
      mishaps: [],
      missedPoints: [],
      strengths: [],
      contacts: [],
    });
  });

  it.each([
    [
      'a missing required field',
      { ...valid, interviewAt: undefined },
      /^interviewAt: required field is missing/,
    ],
    ['a missing interviewer name', { ...valid, interviewer: {} }, /^interviewer\.name: required/],
    [
      'a wrong enum value, with the allowed values',
      { ...valid, wantJob: 'maybe' },
      /^wantJob: expected one of yes, no, unsure/,
    ],
    ['an unknown field', { ...valid, salaryExpectation: 85000 }, /^salaryExpectation: unknown field/],
    [
      'an unknown nested field',
      { ...valid, interviewer: { name: 'D', mail: 'x' } },
      /^interviewer\.mail: unknown field/,
    ],
    [
      'a date without an offset',
      { ...valid, interviewAt: '2026-11-20T10:30:00' },
      /^interviewAt: expected an ISO 8601 date-time with offset/,
    ],
    ['an impossible date', { ...valid, interviewAt: '2026-13-45T10:30:00-05:00' }, /^interviewAt: expected/],
    ['30 February', { ...valid, interviewAt: '2026-02-30T10:00:00+01:00' }, /^interviewAt: expected/],
    [
      'a decision date that does not exist',
      { ...valid, decisionExpectedBy: '2026-04-31' },
      /^decisionExpectedBy: expected/,
    ],
    [
      'an unknown time zone',
      { ...valid, timeZone: 'Mars/Olympus' },
      /^timeZone: expected an IANA time zone name/,
    ],
    [
      'a fractional duration',
      { ...valid, durationMinutes: 12.5 },
      /^durationMinutes: expected a whole number/,
    ],
    ['a zero duration', { ...valid, durationMinutes: 0 }, /^durationMinutes: expected a positive number/],
    ['an empty company', { ...valid, company: '  ' }, /^company: expected the company, got an empty string/],
    [
      'a bad email',
      { ...valid, interviewer: { name: 'D', email: 'not-an-email' } },
      /^interviewer\.email: expected an email address/,
    ],
  ])('rejects %s, naming the field', (_label, input, pattern) => {
    const issues = issuesOf(input);
    expect(issues.some((i) => pattern.test(i))).toBe(true);
  });

  it('names the list index of a bad mishap kind', () => {
    const issues = issuesOf({
      ...valid,
      mishaps: [
        { id: 'm1', kind: 'late', severity: 'minor', noticed: 'no' },
        { id: 'm2', kind: 'late', severity: 'minor', noticed: 'no' },
        { id: 'm3', kind: 'tripped', severity: 'minor', noticed: 'no' },
      ],
    });
    expect(issues).toEqual([
      expect.stringMatching(/^mishaps\[2\]\.kind: expected one of late, unprepared, weak-answer/),
    ]);
  });

  it('rejects ids shared between mishaps and missed points', () => {
    const issues = issuesOf({
      ...valid,
      mishaps: [{ id: 'x1', kind: 'late', severity: 'minor', noticed: 'no' }],
      missedPoints: [{ id: 'x1', question: 'Why us?' }],
    });
    expect(issues).toEqual([
      expect.stringMatching(
        /^missedPoints\[0\]\.id: expected a unique id, but "x1" is already used by mishaps\.0/,
      ),
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    expect(issuesOf({ ...valid, wantJob: 'maybe', fit: 'great', extra: 1 })).toHaveLength(3);
  });

  it('stores a time zone by its canonical name', () => {
    const r = parseDebrief({ ...valid, timeZone: 'america/new_york' });
    expect(r.ok && r.value.timeZone).toBe('America/New_York');
  });

  it('accepts a time zone alias and a UTC offset written as Z', () => {
    expect(parseDebrief({ ...valid, timeZone: 'UTC', interviewAt: '2026-11-20T10:30:00Z' }).ok).toBe(true);
  });

  it('rejects lists over the documented limit', () => {
    const strengths = Array.from({ length: DEBRIEF_LIMITS.maxListLength + 1 }, (_, i) => `strength ${i}`);
    expect(issuesOf({ ...valid, strengths })).toEqual([
      expect.stringMatching(/^strengths: expected at most 100 entries/),
    ]);
  });
});

describe('parseDebriefText', () => {
  it.each([
    ['empty input', '', 'input/empty', /empty input/],
    [
      'malformed JSON, with the line',
      '{\n  "company": "A",\n',
      'input/not-json',
      /expected valid JSON.*line/,
    ],
    [
      'input over the size limit',
      `"${'x'.repeat(DEBRIEF_LIMITS.maxTextLength)}"`,
      'input/too-large',
      /at most 262144/,
    ],
  ])('rejects %s', (_label, text, code, pattern) => {
    const r = parseDebriefText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.issues[0]?.message).toMatch(pattern);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseDebriefText(`\uFEFF${JSON.stringify(valid)}`).ok).toBe(true);
  });

  it('rejects JSON that is not an object', () => {
    const r = parseDebriefText('[1, 2]');
    expect(r.ok).toBe(false);
  });
});
