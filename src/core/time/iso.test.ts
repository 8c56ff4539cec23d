import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTimeWithOffset } from './iso';

describe('isIsoDateTimeWithOffset', () => {
  it.each([
    ['2026-11-20T10:30:00-05:00', true],
    ['2026-11-20T10:30-05:00', true],
    ['2026-11-20T10:30:00.250Z', true],
    ['2028-02-29T09:00:00+01:00', true],
    ['2026-11-20T10:30:00', false],
    ['2026-02-30T10:30:00Z', false],
    ['2026-11-20T24:00:00Z', false],
    ['2026-11-20 10:30:00Z', false],
    ['next Tuesday', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDateTimeWithOffset(value)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-12-01', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-12-01T10:00:00Z', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
