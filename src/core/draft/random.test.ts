import { describe, expect, it } from 'vitest';
import { canonicalJson, createPicker, hashString } from './random';

describe('random', () => {
  it('hashes the same text to the same number, and different text to different ones', () => {
    expect(hashString('Northwind')).toBe(hashString('Northwind'));
    expect(hashString('Northwind')).not.toBe(hashString('Northwinds'));
  });

  it('writes JSON with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('picks the same sequence from the same seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e'] as const;
    const run = (seed: number) => {
      const p = createPicker(seed);
      return Array.from({ length: 20 }, () => p.pick(items));
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('gives out fresh phrasings until all are used', () => {
    const p = createPicker(7);
    const items = ['x', 'y', 'z'] as const;
    expect(new Set([p.pickFresh('s', items), p.pickFresh('s', items), p.pickFresh('s', items)]).size).toBe(3);
    expect(items).toContain(p.pickFresh('s', items));
  });
});
