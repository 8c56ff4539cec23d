import { describe, expect, it } from 'vitest';
import {
  formatInZone,
  instantAt,
  intlZoneOffsets,
  localTimeOf,
  parseFixedOffset,
  type ZoneOffsets,
} from './zone';

/** The CLI's offset source, rebuilt here from Date to prove it agrees with Intl. */
const offsetsFromTz: ZoneOffsets = (zone, ms) => {
  const fixed = parseFixedOffset(zone);
  if (fixed !== null) return fixed;
  const previous = process.env.TZ;
  process.env.TZ = zone;
  const minutes = -new Date(ms).getTimezoneOffset() || 0;
  process.env.TZ = previous;
  return minutes;
};

describe('zone arithmetic', () => {
  it.each([
    ['America/New_York', '2026-07-01T12:00:00Z', -240],
    ['America/New_York', '2026-12-01T12:00:00Z', -300],
    ['Asia/Kolkata', '2026-06-09T04:30:00Z', 330],
    ['Australia/Lord_Howe', '2026-01-10T00:00:00Z', 660],
    ['+01:00', '2026-02-17T10:00:00Z', 60],
    ['-09:30', '2026-02-17T10:00:00Z', -570],
  ])('knows the offset of %s at %s', (zone, iso, minutes) => {
    expect(intlZoneOffsets(zone, Date.parse(iso))).toBe(minutes);
    expect(offsetsFromTz(zone, Date.parse(iso))).toBe(minutes);
  });

  it('formats an instant with the offset in force on that day', () => {
    expect(formatInZone(Date.parse('2026-03-07T23:00:00Z'), 'America/New_York')).toBe(
      '2026-03-07T18:00:00-05:00',
    );
    expect(formatInZone(Date.parse('2026-03-08T22:00:00Z'), 'America/New_York')).toBe(
      '2026-03-08T18:00:00-04:00',
    );
  });

  it('never rounds a time down below the instant it was given', () => {
    expect(formatInZone(Date.parse('2026-03-07T23:00:00.400Z'), '+00:00')).toBe('2026-03-07T23:00:01+00:00');
  });

  it('moves a wall-clock time skipped by spring-forward ahead by the gap', () => {
    const ms = instantAt('America/New_York', {
      year: 2026,
      month: 3,
      day: 8,
      hour: 2,
      minute: 30,
      second: 0,
    });
    expect(formatInZone(ms, 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
  });

  it('resolves a repeated wall-clock time (fall-back) to its first occurrence', () => {
    const ms = instantAt('America/New_York', {
      year: 2026,
      month: 11,
      day: 1,
      hour: 1,
      minute: 30,
      second: 0,
    });
    expect(formatInZone(ms, 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
  });

  it('round-trips local times through instants', () => {
    const t = { year: 2026, month: 6, day: 9, hour: 23, minute: 59, second: 59 };
    expect(localTimeOf(instantAt('Asia/Kolkata', t), 'Asia/Kolkata')).toEqual(t);
  });
});
