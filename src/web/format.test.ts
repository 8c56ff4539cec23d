import { describe, expect, it } from 'vitest';
import { formatCountdown, formatOffset, formatWallTime } from './format';

const at = (iso: string) => Date.parse(iso);

describe('formatWallTime', () => {
  it.each([
    ['2026-11-20T18:00:00-05:00', 'Fri 20 Nov, 18:00'],
    ['2026-03-29T01:30:00+01:00', 'Sun 29 Mar, 01:30'],
    ['2026-12-31T23:59:59Z', 'Thu 31 Dec, 23:59'],
  ])('shows %s in the offset it was written with', (iso, expected) => {
    expect(formatWallTime(iso)).toBe(expected);
  });

  it('leaves a string that is not a date-time as it is', () => {
    expect(formatWallTime('soon')).toBe('soon');
  });
});

describe('formatOffset', () => {
  it.each([
    ['2026-11-20T18:00:00-05:00', 'UTC−05:00'],
    ['2026-11-20T18:00:00+05:30', 'UTC+05:30'],
    ['2026-11-20T18:00:00Z', 'UTC'],
  ])('names the offset of %s', (iso, expected) => {
    expect(formatOffset(iso)).toBe(expected);
  });
});

describe('formatCountdown', () => {
  const now = at('2026-11-20T13:40:00Z');
  it.each([
    ['2026-11-20T13:40:20Z', 'now'],
    ['2026-11-20T14:05:00Z', 'in 25 min'],
    ['2026-11-20T18:00:00Z', 'in 4 h 20 min'],
    ['2026-11-20T15:40:00Z', 'in 2 h'],
    ['2026-11-25T13:40:00Z', 'in 5 days'],
    ['2026-11-20T10:40:00Z', '3 h ago'],
  ])('counts down to %s as %j', (target, expected) => {
    expect(formatCountdown(at(target), now)).toBe(expected);
  });
});
