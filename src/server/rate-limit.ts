/**
 * A small in-memory token bucket per key (an IP address, an account name). Each key may spend
 * `capacity` requests at once and regains `refillPerSecond`. The clock is injected so tests can
 * move time instead of waiting.
 */
export type RateLimiter = {
  /** Spends one token for `key`; `ok: false` with the seconds to wait when none is left. */
  take: (key: string) => { ok: true } | { ok: false; retryAfterSeconds: number };
};

export type RateLimitOptions = {
  capacity: number;
  refillPerSecond: number;
  now: () => Date;
  /** Most keys kept; full buckets are forgotten first so memory stays bounded under a flood of keys. */
  maxKeys?: number;
};

/**
 * Creates a token-bucket limiter.
 *
 * @example
 * const login = createRateLimiter({ capacity: 5, refillPerSecond: 1 / 60, now: () => new Date() });
 * if (!login.take(ip).ok) return tooMany();
 */
export function createRateLimiter(opts: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxKeys = opts.maxKeys ?? 10_000;

  const refill = (b: { tokens: number; at: number }, nowMs: number) => {
    b.tokens = Math.min(opts.capacity, b.tokens + ((nowMs - b.at) / 1000) * opts.refillPerSecond);
    b.at = nowMs;
  };

  const prune = (nowMs: number) => {
    for (const [key, b] of buckets) {
      refill(b, nowMs);
      if (b.tokens >= opts.capacity) buckets.delete(key);
    }
    // Still too many: drop the oldest entries (Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  };

  return {
    take(key) {
      const nowMs = opts.now().getTime();
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= maxKeys) prune(nowMs);
        b = { tokens: opts.capacity, at: nowMs };
        buckets.set(key, b);
      } else refill(b, nowMs);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / opts.refillPerSecond)) };
    },
  };
}
