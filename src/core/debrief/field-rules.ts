import { isIsoDate, isIsoDateTimeWithOffset } from '../time/iso';
import { CANONICAL_TIME_ZONES } from './time-zones.generated';

/**
 * The debrief's own field rules, as named functions without zod: the schema (schema.ts) uses them,
 * and so does the validator generated from it (accept-debrief.generated.ts), which finds each one
 * by name. Keeping them here lets the CLI accept a valid debrief without building the zod schema.
 */

export { isIsoDateTimeWithOffset };

/** Limits that keep one debrief small enough to check, store and render instantly. */
export const DEBRIEF_LIMITS = {
  /** Largest debrief accepted as JSON text, in UTF-16 code units (about 256 KB). */
  maxTextLength: 256 * 1024,
  /** Longest free-text field (a note, a question, a better answer). */
  maxStringLength: 2000,
  /** Most entries in any one list (mishaps, missed points, strengths, contacts). */
  maxListLength: 100,
  /** Longest interview (a week: day-long assessment centres fit, typos in the thousands do not). */
  maxDurationMinutes: 7 * 24 * 60,
} as const;

/** Free text is stored without the spaces around it. */
export function trimText(text: string): string {
  return text.trim();
}

/** A calendar date (`2026-12-01`) or an instant with offset. */
export function isDateOrDateTime(s: string): boolean {
  return isIsoDate(s) || isIsoDateTimeWithOffset(s);
}

let supportedZones: ReadonlySet<string> | undefined;

/** The canonical zone names, from a generated list (Intl.supportedValuesOf costs ~4 ms per process). */
function knownZones(): ReadonlySet<string> {
  supportedZones ??= new Set(CANONICAL_TIME_ZONES.split(' '));
  return supportedZones;
}

/**
 * The canonical spelling of a known zone ("america/new_york" → "America/New_York"). Names from the
 * canonical list are returned as they are, without the cost of a formatter.
 */
export function canonicalTimeZone(zone: string): string {
  if (knownZones().has(zone)) return zone;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** True when the runtime knows the IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  // The canonical list is cheap to read; constructing a formatter costs ~25 ms on first use, so it
  // is only the fallback for aliases such as "US/Eastern" or "UTC", and for zones newer than the list.
  if (knownZones().has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    // Intl also accepts offsets like "+05:00"; the debrief wants an IANA name.
    return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone);
  } catch {
    return false;
  }
}

/** What the id rule needs of a debrief: the entries a plan refers to by id. */
type IdentifiedEntries = {
  mishaps: readonly { id: string }[];
  missedPoints: readonly { id: string }[];
};

/** One id used twice: where the second use is, and a message naming the first. */
export type DuplicateId = { path: (string | number)[]; message: string };

/** Ids are unique across mishaps and missed points, because plan actions point at them. */
export function findDuplicateIds(d: IdentifiedEntries): DuplicateId[] {
  const duplicates: DuplicateId[] = [];
  const seen = new Map<string, string>();
  const visit = (itemId: string, path: (string | number)[]) => {
    const earlier = seen.get(itemId);
    if (earlier === undefined) seen.set(itemId, path.join('.'));
    else {
      duplicates.push({
        path: [...path, 'id'],
        message: `expected a unique id, but "${itemId}" is already used by ${earlier}`,
      });
    }
  };
  d.mishaps.forEach((m, i) => visit(m.id, ['mishaps', i]));
  d.missedPoints.forEach((p, i) => visit(p.id, ['missedPoints', i]));
  return duplicates;
}

/** The id rule as a yes or no, for the generated validator. */
export function hasUniqueIds(d: IdentifiedEntries): boolean {
  return findDuplicateIds(d).length === 0;
}
