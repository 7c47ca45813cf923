/**
 * The soak's verdict (bench/soak.ts), apart so it can be tested on made-up series: what counts as a failure and
 * the bounds, stated once.
 */

export interface SoakWindow {
  /** Seconds since the start. */
  t: number;
  rps: number;
  p99: number;
  errors: number;
  /**
   * The API's heap just after its last full (mark-compact) collection, at the window's end: the live set. NaN
   * until the first full collection.
   */
  apiHeapMiB: number;
  /** Per window, the lowest value sampled (each second): the floor after garbage collection, not the sawtooth. */
  apiRssMiB: number;
  neoHeapMiB: number;
  /** Per window, the highest value sampled. */
  neoRssMiB: number;
}

export interface SoakBounds {
  /** Windows at the start left out of the slopes (JIT, caches, pools filling). */
  warmupS: number;
  /** Least-squares slope of the API's live heap (after full GC) after warm-up, MiB per minute. */
  apiHeapSlope: number;
  /** Slope of the API's RSS after warm-up, MiB per minute. */
  apiRssSlope: number;
  /**
   * Neo4j's RSS may grow while its heap's pages are first touched (the heap is allocated up front, -Xms = -Xmx,
   * but a page is resident only once used), up to heap + page cache + native allowance: beyond that it is not the
   * heap growing to its cap.
   */
  neoRssMaxMiB: number;
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

export interface Verdict {
  failures: string[];
  slopes: { apiHeap: number; apiRss: number; neoHeap: number; neoRss: number };
  windowsCounted: number;
}

export function verdict(windows: readonly SoakWindow[], bounds: SoakBounds): Verdict {
  const failures: string[] = [];
  const errors = windows.reduce((s, w) => s + w.errors, 0);
  if (errors > 0)
    failures.push(
      `${errors} failed requests (non-2xx or socket errors) in ${windows.filter((w) => w.errors > 0).length} windows`,
    );
  const after = windows.filter((w) => w.t > bounds.warmupS);
  // Each series over the windows that have it (the live heap is unknown until the first full collection).
  const s = (k: keyof SoakWindow) => {
    const known = after.filter((w) => Number.isFinite(w[k]));
    return slope(
      known.map((w) => w.t / 60),
      known.map((w) => w[k]),
    );
  };
  const slopes = {
    apiHeap: s('apiHeapMiB'),
    apiRss: s('apiRssMiB'),
    neoHeap: s('neoHeapMiB'),
    neoRss: s('neoRssMiB'),
  };
  const liveHeapKnown = after.filter((w) => Number.isFinite(w.apiHeapMiB)).length;
  if (after.length < 3)
    failures.push(`only ${after.length} windows after the warm-up: too short to judge growth`);
  else if (liveHeapKnown < 3)
    failures.push(
      `the API's live heap is known in only ${liveHeapKnown} windows after the warm-up (no full collection before): too short to judge growth`,
    );
  else {
    if (slopes.apiHeap > bounds.apiHeapSlope)
      failures.push(
        `the API's live heap (after full GC) grows ${slopes.apiHeap.toFixed(2)} MiB/min (bound ${bounds.apiHeapSlope})`,
      );
    if (slopes.apiRss > bounds.apiRssSlope)
      failures.push(`the API's RSS grows ${slopes.apiRss.toFixed(2)} MiB/min (bound ${bounds.apiRssSlope})`);
  }
  const neoRss = Math.max(...windows.map((w) => w.neoRssMiB));
  if (neoRss > bounds.neoRssMaxMiB)
    failures.push(
      `Neo4j's RSS reached ${neoRss.toFixed(0)} MiB (bound ${bounds.neoRssMaxMiB}: heap + page cache + native allowance)`,
    );
  // The live heap may be unknown in the first windows (before the first full collection), never after it.
  const firstLive = windows.findIndex((w) => Number.isFinite(w.apiHeapMiB));
  for (const [i, w] of windows.entries())
    if (
      ![w.apiRssMiB, w.neoHeapMiB, w.neoRssMiB].every(Number.isFinite) ||
      (firstLive >= 0 && i > firstLive && !Number.isFinite(w.apiHeapMiB))
    ) {
      failures.push(`window at ${w.t} s has a memory figure missing (a scrape failed)`);
      break;
    }
  return { failures, slopes, windowsCounted: after.length };
}
