import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isKnownTimeZone } from './schema';
import { CANONICAL_TIME_ZONES } from './time-zones.generated';

const listed = CANONICAL_TIME_ZONES.split(' ');

describe('the generated list of time zones', () => {
  it('holds only names this runtime knows, so no zone is accepted that Intl cannot compute', () => {
    const runtime = new Set(Intl.supportedValuesOf('timeZone'));
    expect(listed.filter((zone) => !runtime.has(zone))).toEqual([]);
    expect(listed.length).toBeGreaterThan(300);
  });

  it('accepts listed names as they are and still asks Intl about aliases and newer names', () => {
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(listed).not.toContain('US/Eastern');
    expect(isKnownTimeZone('US/Eastern')).toBe(true);
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
  });

  it('rejects names no runtime knows and offsets written as zones', () => {
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('+05:00')).toBe(false);
  });
});
