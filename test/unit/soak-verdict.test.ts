import { describe, expect, it } from '@jest/globals';
import { verdict, type SoakBounds, type SoakWindow } from '../../tools/soak-verdict.js';

/** The soak's verdict on made-up series: it passes a flat run and fails each kind of trouble it names. */

const bounds: SoakBounds = { warmupS: 30, apiHeapSlope: 4, apiRssSlope: 16, neoRssMaxMiB: 1792 };

/** Twelve windows of 10 s; `f` changes one window. */
function run(f: (w: SoakWindow, minute: number) => Partial<SoakWindow> = () => ({})): SoakWindow[] {
  return Array.from({ length: 12 }, (_x, i) => {
    const w: SoakWindow = {
      t: (i + 1) * 10,
      rps: 300,
      p99: 20,
      errors: 0,
      // A sawtooth of ±3 MiB around a flat floor: noise, not growth.
      apiHeapMiB: 60 + (i % 2 === 0 ? 3 : -3),
      apiRssMiB: 180 + (i % 3),
      neoHeapMiB: 200 + (i % 4) * 10,
      neoRssMiB: 900 + i * 5,
    };
    return { ...w, ...f(w, w.t / 60) };
  });
}

describe('soak verdict', () => {
  it('passes a flat run (and ignores growth during the warm-up)', () => {
    const v = verdict(
      run((w) => (w.t <= 30 ? { apiHeapMiB: 10 * w.t } : {})),
      bounds,
    );
    expect(v.failures).toEqual([]);
    expect(v.windowsCounted).toBe(9);
  });

  it('judges the live heap once the first full collection has given it, and only then', () => {
    const late = verdict(
      run((w) => (w.t <= 60 ? { apiHeapMiB: Number.NaN } : {})),
      bounds,
    );
    expect(late.failures).toEqual([]);
    expect(
      verdict(
        run((w) => (w.t <= 100 ? { apiHeapMiB: Number.NaN } : {})),
        bounds,
      ).failures,
    ).toEqual([
      "the API's live heap is known in only 2 windows after the warm-up (no full collection before): too short to judge growth",
    ]);
    expect(
      verdict(
        run((w) => (w.t === 90 ? { apiHeapMiB: Number.NaN } : {})),
        bounds,
      ).failures,
    ).toEqual(['window at 90 s has a memory figure missing (a scrape failed)']);
  });

  it('fails on one failed request', () => {
    expect(
      verdict(
        run((w) => (w.t === 70 ? { errors: 1 } : {})),
        bounds,
      ).failures,
    ).toEqual(['1 failed requests (non-2xx or socket errors) in 1 windows']);
  });

  it('fails a heap that keeps growing after warm-up (a leak of 6 MiB/min)', () => {
    const v = verdict(
      run((_w, m) => ({ apiHeapMiB: 60 + 6 * m })),
      bounds,
    );
    expect(v.slopes.apiHeap).toBeCloseTo(6, 5);
    expect(v.failures).toEqual([`the API's live heap (after full GC) grows 6.00 MiB/min (bound 4)`]);
  });

  it('fails an RSS that grows beyond its bound, and a Neo4j beyond heap + page cache + allowance', () => {
    const v = verdict(
      run((w, m) => ({ apiRssMiB: 180 + 20 * m, neoRssMiB: w.t === 120 ? 1900 : 900 })),
      bounds,
    );
    expect(v.failures).toEqual([
      `the API's RSS grows 20.00 MiB/min (bound 16)`,
      `Neo4j's RSS reached 1900 MiB (bound 1792: heap + page cache + native allowance)`,
    ]);
  });

  it('fails a run too short to judge, and a window with a missing figure', () => {
    expect(verdict(run().slice(0, 4), bounds).failures).toEqual([
      'only 1 windows after the warm-up: too short to judge growth',
    ]);
    expect(
      verdict(
        run((w) => (w.t === 50 ? { neoHeapMiB: Number.NaN } : {})),
        bounds,
      ).failures,
    ).toEqual(['window at 50 s has a memory figure missing (a scrape failed)']);
  });
});
