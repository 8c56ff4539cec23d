/**
 * Times as the person reads them. Due times arrive as ISO strings with the person's own offset
 * (`2026-11-20T18:00:00-05:00`): the wall-clock part is already in their zone, so it is shown as
 * written, whatever zone the browser is in.
 */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * "Fri 20 Nov, 18:00" from an ISO date-time, in the offset it was written with.
 *
 * @example
 * formatWallTime('2026-11-20T18:00:00-05:00'); // 'Fri 20 Nov, 18:00'
 */
export function formatWallTime(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[mo - 1]}, ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

/** The offset part of an ISO date-time, as "UTC−05:00". */
export function formatOffset(iso: string): string {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return '';
  return m[1] === 'Z' ? 'UTC' : `UTC${m[1]!.replace('-', '−')}`;
}

/**
 * A calm countdown: "in 4 h 20 min", "in 2 days", "now", or "3 h ago".
 *
 * @example
 * formatCountdown(Date.parse('2026-11-20T18:00:00Z'), Date.parse('2026-11-20T13:40:00Z')); // 'in 4 h 20 min'
 */
export function formatCountdown(targetMs: number, nowMs: number): string {
  const diff = targetMs - nowMs;
  const abs = Math.abs(diff);
  const minutes = Math.round(abs / 60_000);
  if (minutes < 1) return 'now';
  let text: string;
  if (minutes < 60) text = `${minutes} min`;
  else if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    text = m ? `${h} h ${m} min` : `${h} h`;
  } else text = `${Math.round(minutes / (24 * 60))} days`;
  return diff > 0 ? `in ${text}` : `${text} ago`;
}
