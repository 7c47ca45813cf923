/**
 * A fixed-window request counter per client address, in memory (one process). Behind a proxy every client
 * shares the proxy's address: put the limit in the proxy then, or set RATE_LIMIT_MAX=0 here.
 */

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export interface RateLimiter {
  check(client: string, now?: number): RateLimitDecision;
}

/** Windows are swept when this many clients are tracked, so memory stays bounded under address churn. */
const SWEEP_AT = 10_000;

export function createRateLimiter(max: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    check(client, now = Date.now()) {
      if (max <= 0) return { allowed: true, limit: 0, remaining: 0, resetSeconds: 0 };
      let w = windows.get(client);
      if (!w || now - w.start >= windowMs) {
        if (!w && windows.size >= SWEEP_AT) {
          for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
          // Still full: forget the oldest client rather than grow without bound.
          if (windows.size >= SWEEP_AT) windows.delete(windows.keys().next().value as string);
        }
        w = { start: now, count: 0 };
        windows.set(client, w);
      }
      w.count += 1;
      const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
      return { allowed: w.count <= max, limit: max, remaining: Math.max(0, max - w.count), resetSeconds };
    },
  };
}
