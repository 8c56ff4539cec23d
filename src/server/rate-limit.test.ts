import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

function clock(startMs = Date.UTC(2026, 10, 20, 12)) {
  let ms = startMs;
  return { now: () => new Date(ms), advance: (seconds: number) => (ms += seconds * 1000) };
}

describe('createRateLimiter', () => {
  it('allows a burst up to the capacity and then refuses with a wait time', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now: c.now });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].every((r) => r.ok)).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('gives tokens back as the injected clock moves', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.5, now: c.now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    c.advance(2);
    expect(limiter.take('a').ok).toBe(true);
  });

  it('keeps separate buckets per key', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('forgets old keys instead of growing without bound', () => {
    const c = clock();
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: c.now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // 'a' was evicted, so it starts with a full bucket again.
    expect(limiter.take('a').ok).toBe(true);
  });
});
