import type { Contact, Debrief } from '../debrief/schema';
import {
  addLocalDays,
  DAY_MS,
  HOUR_MS,
  instantAt,
  intlZoneOffsets,
  localTimeOf,
  offsetOf,
  type ZoneOffsets,
} from '../time/zone';

/** Rule 5 and the other clocks of the plan, all computed in the person's own time zone. */

/** The person's zone: the debrief's IANA name, else the fixed offset the interview time was written with. */
export function zoneOf(debrief: Debrief): string {
  return debrief.timeZone ?? offsetOf(debrief.interviewAt);
}

/** The interview's start, end and the windows that follow from them (rule 5). */
export type Schedule = {
  zone: string;
  offsets: ZoneOffsets;
  nowMs: number;
  startMs: number;
  endMs: number;
  /** When the cool-off is done: an hour after the end, or now if that has passed. */
  coolOffMs: number;
  /** The latest moment for the first message. */
  deadlineMs: number;
  /** True when `now` is already past the first message's deadline. */
  isPastDeadline: boolean;
  /** When the first message is due: a humane hour inside the window, never before the cool-off. */
  firstMessageMs: number;
};

/** Before this local hour, an interview's first message goes out the same day. */
const SAME_DAY_CUTOFF_HOUR = 15;
/** The suggested hour for a same-day message, and for a next-morning one. */
const SAME_DAY_SEND_HOUR = 18;
const NEXT_DAY_SEND_HOUR = 10;

export function scheduleFor(debrief: Debrief, now: Date, offsets: ZoneOffsets = intlZoneOffsets): Schedule {
  const zone = zoneOf(debrief);
  const nowMs = now.getTime();
  const startMs = Date.parse(debrief.interviewAt);
  const endMs = startMs + debrief.durationMinutes * 60_000;
  const coolOffMs = Math.max(nowMs, endMs + HOUR_MS);

  const endLocal = localTimeOf(endMs, zone, offsets);
  const endsBeforeCutoff = endLocal.hour < SAME_DAY_CUTOFF_HOUR;
  const sameDay = { ...endLocal, minute: 0, second: 0 };
  const deadlineMs = endsBeforeCutoff
    ? instantAt(zone, { ...endLocal, hour: 23, minute: 59, second: 59 }, offsets)
    : startMs + DAY_MS;
  const suggestedMs = endsBeforeCutoff
    ? instantAt(zone, { ...sameDay, hour: SAME_DAY_SEND_HOUR }, offsets)
    : instantAt(zone, { ...addLocalDays(sameDay, 1), hour: NEXT_DAY_SEND_HOUR }, offsets);

  // Past the window when now is, or when even the cool-off ends after it (a day-long interview).
  const isPastDeadline = nowMs > deadlineMs || coolOffMs > deadlineMs;
  const firstMessageMs = isPastDeadline
    ? Math.max(nowMs, coolOffMs)
    : Math.max(coolOffMs, Math.min(suggestedMs, deadlineMs));
  return { zone, offsets, nowMs, startMs, endMs, coolOffMs, deadlineMs, isPastDeadline, firstMessageMs };
}

/** Rule 8: a call comes after the first message and no later than 48 hours after the interview. */
export function callDueMs(s: Schedule, afterMs: number): number {
  const latestMs = s.startMs + 2 * DAY_MS;
  if (s.nowMs >= latestMs) return s.nowMs;
  return Math.max(afterMs, Math.min(latestMs, afterMs + DAY_MS));
}

/** Days of quiet after the last contact before one polite check-in is reasonable (rule 11). */
export const QUIET_DAYS = 10;

/**
 * Rule 11's wait: until the decision date the interviewer gave (09:00 local on a bare date),
 * else ten days after the last contact.
 */
export function waitDueMs(
  s: Schedule,
  decisionExpectedBy: string | undefined,
  lastContactMs: number,
): number {
  let dueMs: number;
  if (decisionExpectedBy === undefined) dueMs = lastContactMs + QUIET_DAYS * DAY_MS;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(decisionExpectedBy)) {
    const [year, month, day] = decisionExpectedBy.split('-').map(Number) as [number, number, number];
    dueMs = instantAt(s.zone, { year, month, day, hour: 9, minute: 0, second: 0 }, s.offsets);
  } else dueMs = Date.parse(decisionExpectedBy);
  // A decision date that has already passed by the last contact gives the usual quiet period.
  if (dueMs <= lastContactMs) dueMs = lastContactMs + QUIET_DAYS * DAY_MS;
  return Math.max(s.nowMs, dueMs);
}

/** The most recent contact's instant, or undefined when none was made. */
export function lastContactMs(contacts: readonly Contact[]): number | undefined {
  return contacts.length ? Math.max(...contacts.map((c) => Date.parse(c.at))) : undefined;
}
