/**
 * Deterministic variety: a draft's wording is picked by a small PRNG seeded from the debrief's own
 * content, so the same debrief always gives the same draft and two debriefs rarely share one.
 */

/**
 * FNV-1a over UTF-16 code units, as an unsigned 32-bit integer.
 *
 * @example
 * hashString('Northwind'); // a stable 32-bit number
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** JSON with sorted keys, so key order in the input file does not change the wording. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Picks phrasings; every call advances the sequence. */
export type Picker = {
  /** One item of a non-empty list. */
  pick: <T>(items: readonly [T, ...T[]]) => T;
  /** True with the given probability (0..1). */
  chance: (probability: number) => boolean;
  /**
   * Like `pick`, but skips the phrasings this picker already gave out for the same slot, so one
   * draft does not open two paragraphs the same way (repeats only when all are used).
   */
  pickFresh: <T>(slot: string, items: readonly [T, ...T[]]) => T;
};

/**
 * A mulberry32 generator wrapped as a picker.
 *
 * @example
 * const p = createPicker(hashString('seed'));
 * p.pick(['Hi', 'Hello']);
 */
export function createPicker(seed: number): Picker {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const used = new Map<string, Set<number>>();
  return {
    pick: <T>(items: readonly [T, ...T[]]): T => items[Math.floor(next() * items.length)] ?? items[0],
    chance: (probability: number) => next() < probability,
    pickFresh: <T>(slot: string, items: readonly [T, ...T[]]): T => {
      const taken = used.get(slot) ?? new Set<number>();
      used.set(slot, taken);
      const start = Math.floor(next() * items.length);
      for (let i = 0; i < items.length; i++) {
        const index = (start + i) % items.length;
        if (!taken.has(index)) {
          taken.add(index);
          return items[index] ?? items[0];
        }
      }
      return items[start] ?? items[0];
    },
  };
}
