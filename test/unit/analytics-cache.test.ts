import { describe, expect, it } from '@jest/globals';
import { AnalyticsCache } from '../../src/analytics/cache.js';
import { louvainCommunities } from '../../src/analytics/communities.js';
import { rankScores } from '../../src/analytics/index.js';
import { Graph } from '../../src/analytics/libs.js';

describe('AnalyticsCache', () => {
  it('shares one computation between concurrent callers of the same version and key', async () => {
    const cache = new AnalyticsCache();
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((r) => setImmediate(r));
      return runs;
    };
    const [a, b] = await Promise.all([cache.get('v1', 'k', compute), cache.get('v1', 'k', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await cache.get('v1', 'k', compute)).toBe(1);
  });

  it('a new version drops the old results', async () => {
    const cache = new AnalyticsCache();
    let runs = 0;
    const compute = async () => ++runs;
    await cache.get('v1', 'k', compute);
    expect(await cache.get('v2', 'k', compute)).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('keeps nothing from a failed computation: the next call computes again', async () => {
    const cache = new AnalyticsCache();
    let runs = 0;
    const failing = async () => {
      runs += 1;
      throw new Error('database gone');
    };
    await expect(cache.get('v1', 'k', failing)).rejects.toThrow('database gone');
    expect(cache.size).toBe(0);
    expect(await cache.get('v1', 'k', async () => ++runs)).toBe(2);
  });

  it('never caches without a version', async () => {
    const cache = new AnalyticsCache();
    let runs = 0;
    await cache.get(null, 'k', async () => ++runs);
    await cache.get(null, 'k', async () => ++runs);
    expect(runs).toBe(2);
  });
});

describe('AnalyticsCache across versions', () => {
  const gate = () => {
    let open!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    return { open, opened };
  };

  it('with stale, answers the last answer of the version before (saying so) while the new one computes', async () => {
    const cache = new AnalyticsCache();
    expect(await cache.serve('v1', 'k', async () => 'one', true)).toEqual({ value: 'one', version: 'v1' });
    const g = gate();
    const compute = async () => {
      await g.opened;
      return 'two';
    };
    expect(await cache.serve('v2', 'k', compute, true)).toEqual({ value: 'one', version: 'v1' });
    expect(cache.stats.stale).toBe(1);
    // Without stale, the caller waits for the new version.
    const waiting = cache.serve('v2', 'k', compute, false);
    g.open();
    expect(await waiting).toEqual({ value: 'two', version: 'v2' });
    expect(await cache.serve('v2', 'k', compute, true)).toEqual({ value: 'two', version: 'v2' });
    expect(cache.stats.computed).toBe(2);
  });

  it('runs one computation per key at a time: the new version starts once the old one ended', async () => {
    const cache = new AnalyticsCache();
    const events: string[] = [];
    const g = gate();
    const old = cache.get('v1', 'k', async () => {
      events.push('v1 start');
      await g.opened;
      events.push('v1 end');
      return 1;
    });
    const next = cache.get('v2', 'k', async () => {
      events.push('v2 start');
      return 2;
    });
    await new Promise((r) => setImmediate(r));
    expect(events).toEqual(['v1 start']);
    g.open();
    expect(await Promise.all([old, next])).toEqual([1, 2]);
    expect(events).toEqual(['v1 start', 'v1 end', 'v2 start']);
  });
});

describe('ranks and communities', () => {
  it('ranks densely, equal scores (to 12 digits) share a rank and are ordered by name', () => {
    const names = new Map([
      ['a', 'Zeta'],
      ['b', 'Alpha'],
      ['c', 'Mid'],
      ['d', 'Beta'],
    ]);
    const ranked = rankScores({ a: 0.3, b: 0.1 + 0.2, c: 0.5, d: 0.1 }, names);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 2],
      ['d', 3],
    ]);
  });

  it('Louvain is deterministic for a seed and numbers communities largest first', () => {
    const g = new Graph({ type: 'undirected' });
    const clique = (p: string, n: number) => {
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) g.mergeEdge(`${p}${i}`, `${p}${j}`, { weight: 1 });
    };
    clique('a', 6);
    clique('b', 4);
    g.mergeEdge('a0', 'b0', { weight: 1 });
    const first = louvainCommunities(g);
    expect(louvainCommunities(g)).toEqual(first);
    expect(first.members.map((m) => m.length)).toEqual([6, 4]);
    expect(first.community.a3).toBe(0);
    expect(first.modularity).toBeGreaterThan(0.3);
  });
});
