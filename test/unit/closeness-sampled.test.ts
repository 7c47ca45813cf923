import { describe, expect, it } from '@jest/globals';
import { closenessScores, isSampled } from '../../src/analytics/centrality.js';
import { Graph } from '../../src/analytics/libs.js';
import { seededRandom } from '../../src/analytics/rng.js';

/**
 * Closeness above the exact size is estimated from seeded pivots (Eppstein & Wang): the same answer every run,
 * exact where every node of a component is a pivot, close to the exact value on a large component.
 */

/** A random connected 3,000-node graph (a path plus random chords), a separate triangle and an isolated node. */
function graph(): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const random = seededRandom(7);
  const n = 3000;
  for (let i = 0; i < n; i++) g.addNode(`n${String(i).padStart(4, '0')}`);
  for (let i = 1; i < n; i++)
    g.mergeEdge(`n${String(i - 1).padStart(4, '0')}`, `n${String(i).padStart(4, '0')}`);
  for (let k = 0; k < 3 * n; k++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a !== b) g.mergeEdge(`n${String(a).padStart(4, '0')}`, `n${String(b).padStart(4, '0')}`);
  }
  for (const x of ['t1', 't2', 't3', 'lonely']) g.addNode(x);
  g.addEdge('t1', 't2');
  g.addEdge('t2', 't3');
  g.addEdge('t3', 't1');
  return g;
}

describe('closenessScores above the exact size', () => {
  const g = graph();
  const exact = closenessScores(g, { exactMaxNodes: Infinity });

  it('is the exact value when every node of every component is a pivot', () => {
    const all = closenessScores(g, { exactMaxNodes: 0, samples: g.order });
    for (const node of g.nodes()) expect(all[node]).toBeCloseTo(exact[node]!, 12);
  });

  it('is sampled, the same every run, exact on small components and within 2 % of exact on average', () => {
    const a = closenessScores(g, { exactMaxNodes: 0, samples: 100 });
    const b = closenessScores(g, { exactMaxNodes: 0, samples: 100 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(exact);
    expect([a.t1, a.t2, a.t3, a.lonely]).toEqual([exact.t1, exact.t2, exact.t3, 0]);
    const big = g.nodes().filter((x) => x.startsWith('n'));
    const error = big.reduce((s, x) => s + Math.abs(a[x]! - exact[x]!) / exact[x]!, 0) / big.length;
    expect(error).toBeLessThan(0.02);
    expect(closenessScores(g, { exactMaxNodes: 0, samples: 100, seed: 1 })).not.toEqual(a);
  });

  it('is flagged sampled above 2,500 entities, as betweenness is', () => {
    expect([isSampled('CLOSENESS', 2500), isSampled('CLOSENESS', 2501)]).toEqual([false, true]);
    expect([isSampled('BETWEENNESS', 2501), isSampled('PAGERANK', 1e6)]).toEqual([true, false]);
  });
});
