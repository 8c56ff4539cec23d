import { TZDate } from '@date-fns/tz';

/**
 * Time-zone arithmetic for the person's own zone. A zone is an IANA name (`America/New_York`) or a
 * fixed offset (`+01:00`) taken from the interview time when no name is known.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

const OFFSET_AT_END = /(Z|[+-]\d{2}:\d{2})$/;

/** The offset written at the end of an ISO date-time (`Z` becomes `+00:00`). */
export function offsetOf(isoDateTime: string): string {
  const m = OFFSET_AT_END.exec(isoDateTime);
  if (!m || m[1] === undefined) throw new Error(`no offset in ${isoDateTime}`);
  return m[1] === 'Z' ? '+00:00' : m[1];
}

/** The wall-clock reading of an instant in a zone. */
export type LocalTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function localTimeOf(instantMs: number, zone: string): LocalTime {
  const d = new TZDate(instantMs, zone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  };
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a daylight-saving change moves
 * forward by the gap, as clocks do.
 */
export function instantAt(zone: string, t: LocalTime): number {
  return new TZDate(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, zone).getTime();
}

/** The same local calendar day shifted by `days`, keeping the wall-clock time. */
export function addLocalDays(t: LocalTime, days: number): LocalTime {
  const shifted = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  return { ...t, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ISO 8601 with the zone's offset at that instant and whole seconds: `2026-11-20T18:00:00-05:00`. */
export function formatInZone(instantMs: number, zone: string): string {
  // Rounded up so a due time never lands before the `now` it was computed from.
  const whole = Math.ceil(instantMs / 1000) * 1000;
  return new TZDate(whole, zone).toISOString().replace(/\.\d{3}(?=[+-]|Z)/, '');
}
