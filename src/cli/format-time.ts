import { DAY_MS, HOUR_MS, localTimeOf, type ZoneOffsets } from '../core/time/zone';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "in 5 h", "in 3 days", "now", "2 h ago": how far an instant is from now, roughly. */
export function formatRelative(ms: number, nowMs: number): string {
  const delta = ms - nowMs;
  const abs = Math.abs(delta);
  if (abs < 60_000) return 'now';
  const amount =
    abs < HOUR_MS
      ? `${Math.round(abs / 60_000)} min`
      : abs < 2 * DAY_MS
        ? `${Math.round(abs / HOUR_MS)} h`
        : `${Math.round(abs / DAY_MS)} days`;
  return delta > 0 ? `in ${amount}` : `${amount} ago`;
}

/** A due time as a person reads it in their own zone: `today 18:00 (in 5 h)`. */
export function formatDue(iso: string, nowMs: number, zone: string, offsets: ZoneOffsets): string {
  const ms = Date.parse(iso);
  const t = localTimeOf(ms, zone, offsets);
  const today = localTimeOf(nowMs, zone, offsets);
  const dayNumber = (x: { year: number; month: number; day: number }) =>
    Date.UTC(x.year, x.month - 1, x.day) / DAY_MS;
  const days = dayNumber(t) - dayNumber(today);
  const clock = `${pad(t.hour)}:${pad(t.minute)}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
  const day =
    days === 0
      ? 'today'
      : days === 1
        ? 'tomorrow'
        : days === -1
          ? 'yesterday'
          : `${weekday} ${t.day} ${MONTHS[t.month - 1]}${t.year !== today.year ? ` ${t.year}` : ''}`;
  return `${day} ${clock} (${formatRelative(ms, nowMs)})`;
}
