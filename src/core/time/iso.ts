/**
 * ISO 8601 checks without zod: the CLI's `--now`/`--at` options and commands that never validate a
 * debrief use them, and loading the debrief schema just for these costs a CLI start several ms.
 */

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when the date part names a real calendar day (no 30 February) and the clock is in range. */
function isRealCalendarTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((x) => Number(x ?? 0));
  const d = new Date(Date.UTC(year!, month! - 1, day!));
  return (
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month! - 1 &&
    d.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/**
 * True for an ISO 8601 date-time with offset that names a real instant (no 30 February).
 *
 * @example
 * isIsoDateTimeWithOffset('2026-11-20T10:30:00-05:00'); // true
 * isIsoDateTimeWithOffset('2026-11-20T10:30:00'); // false: no offset
 */
export function isIsoDateTimeWithOffset(s: string): boolean {
  return ISO_WITH_OFFSET.test(s) && isRealCalendarTime(s) && !Number.isNaN(Date.parse(s));
}

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2026-02-28'); // true
 * isIsoDate('2026-02-30'); // false
 */
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && isRealCalendarTime(s);
}
