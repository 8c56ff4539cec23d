// The subpath alone: the package's index also brings its TZDate classes, set up on every start.
import { tzOffset } from '@date-fns/tz/tzOffset';

/**
 * Time-zone arithmetic for the person's own zone. A zone is an IANA name (`America/New_York`) or a
 * fixed offset (`+01:00`) taken from the interview time when no name is known.
 *
 * The UTC offset of a named zone comes from a `ZoneOffsets` function so that each platform can use
 * its fastest correct source: the browser and the server use Intl (through @date-fns/tz), the CLI
 * injects one that avoids Intl's ~25 ms first-use cost (see src/cli/zone-offsets.ts).
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** Minutes east of UTC in `zone` at `instantMs` (New York in winter: -300). */
export type ZoneOffsets = (zone: string, instantMs: number) => number;

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** Minutes east of UTC for a fixed offset like `+05:30`, or null for a named zone. */
export function parseFixedOffset(zone: string): number | null {
  const m = FIXED_OFFSET.exec(zone);
  if (!m) return zone === 'Z' ? 0 : null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The portable default: fixed offsets by arithmetic, named zones through Intl. */
export const intlZoneOffsets: ZoneOffsets = (zone, instantMs) =>
  parseFixedOffset(zone) ?? tzOffset(zone, new Date(instantMs));

const OFFSET_AT_END = /(Z|[+-]\d{2}:\d{2})$/;

/** The offset written at the end of an ISO date-time (`Z` becomes `+00:00`). */
export function offsetOf(isoDateTime: string): string {
  const m = OFFSET_AT_END.exec(isoDateTime);
  if (!m || m[1] === undefined) throw new Error(`no offset in ${isoDateTime}`);
  return m[1] === 'Z' ? '+00:00' : m[1];
}

/** The wall-clock reading of an instant in a zone. */
export type LocalTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

export function localTimeOf(
  instantMs: number,
  zone: string,
  offsets: ZoneOffsets = intlZoneOffsets,
): LocalTime {
  const d = new Date(instantMs + offsets(zone, instantMs) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a daylight-saving change moves
 * forward by the gap, as clocks do; a repeated time resolves to its first occurrence.
 */
export function instantAt(zone: string, t: LocalTime, offsets: ZoneOffsets = intlZoneOffsets): number {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  // The offset before and after a possible transition near this wall-clock time.
  const before = offsets(zone, asUtc - DAY_MS);
  const after = offsets(zone, asUtc + DAY_MS);
  const firstTry = asUtc - before * 60_000;
  if (before === after) return firstTry;
  // A transition is near: keep the candidate whose offset agrees with itself.
  if (offsets(zone, firstTry) === before) return firstTry;
  const secondTry = asUtc - after * 60_000;
  if (offsets(zone, secondTry) === after) return secondTry;
  // Skipped wall-clock time (spring forward): move forward by the gap.
  return asUtc - before * 60_000;
}

/** The same local calendar day shifted by `days`, keeping the wall-clock time. */
export function addLocalDays(t: LocalTime, days: number): LocalTime {
  const shifted = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  return {
    ...t,
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset at that instant and whole seconds: `2026-11-20T18:00:00-05:00`. */
export function formatInZone(
  instantMs: number,
  zone: string,
  offsets: ZoneOffsets = intlZoneOffsets,
): string {
  // Rounded up so a due time never lands before the `now` it was computed from.
  const whole = Math.ceil(instantMs / 1000) * 1000;
  const offset = offsets(zone, whole);
  const t = localTimeOf(whole, zone, offsets);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}
