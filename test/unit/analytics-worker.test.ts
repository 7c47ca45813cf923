import { afterAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import {
  betweennessScores,
  pagerankOnIndex,
  pagerankScores,
  sampledBetweennessOnIndex,
} from '../../src/analytics/centrality.js';
import { louvainCommunities, louvainOnIndex } from '../../src/analytics/communities.js';
import { runTask, ViewCache } from '../../src/analytics/compute.js';
import { flowGraph, flowIndex, tieGraph, tieIndex, type IndexedNetwork } from '../../src/analytics/graphs.js';
import { betweennessCentrality, NeighborhoodIndex } from '../../src/analytics/libs.js';
import { AnalyticsPool } from '../../src/analytics/pool.js';
import { seededRandom } from '../../src/analytics/rng.js';

/** The analytics worker threads: a task computes there what it computes here, and an aborted one stops its thread. */

function network(nodes: number, relations: number, seed = 7): IndexedNetwork {
  const random = seededRandom(seed);
  const ids = Array.from({ length: nodes }, (_x, i) => `n:${String(i).padStart(6, '0')}`);
  const source = new Int32Array(new SharedArrayBuffer(relations * 4));
  const target = new Int32Array(new SharedArrayBuffer(relations * 4));
  for (let i = 0; i < relations; i++) {
    source[i] = Math.floor(random() * nodes);
    target[i] = Math.floor(random() ** 2 * nodes);
  }
  return { ids, source, target };
}

const pool = new AnalyticsPool({ threads: 1 });
afterAll(() => pool.close());

describe('analytics worker threads', () => {
  it('a metric computed in a worker equals the one computed in this thread', async () => {
    const net = network(300, 1500);
    const signal = new AbortController().signal;
    const [pr, bt] = await Promise.all([
      pool.run({ network: 'a', net, job: { kind: 'scores', metric: 'PAGERANK' } }, signal),
      pool.run({ network: 'a', net, job: { kind: 'scores', metric: 'BETWEENNESS' } }, signal),
    ]);
    const here = {
      pr: pagerankScores(flowGraph(net)),
      bt: betweennessScores(tieGraph(net)),
    };
    expect(pr.kind === 'scores' && [...pr.scores]).toEqual(net.ids.map((id) => here.pr[id]));
    expect(bt.kind === 'scores' && [...bt.scores]).toEqual(net.ids.map((id) => here.bt[id]));
    const louvain = runTask({ network: 'a', net, job: { kind: 'louvain', resolution: 1 } }, new ViewCache());
    const there = await pool.run({ network: 'a', net, job: { kind: 'louvain', resolution: 1 } }, signal);
    expect(there).toEqual(louvain);
    const lib = louvainCommunities(tieGraph(net));
    expect(louvain.kind === 'louvain' && [...louvain.community]).toEqual(
      net.ids.map((id) => lib.community[id]),
    );
  });

  it('an aborted task rejects and its thread is stopped (the computation does not run on)', async () => {
    // Exact betweenness on 2,500 nodes and 40,000 relations: seconds of work, aborted after it started.
    const net = network(2500, 40_000, 11);
    const abort = new AbortController();
    const running = pool.run(
      { network: 'big', net, job: { kind: 'scores', metric: 'BETWEENNESS' } },
      abort.signal,
    );
    while (pool.workers.length === 0) await new Promise((r) => setTimeout(r, 10));
    const worker = pool.workers[0]!;
    const exited = once(worker, 'exit');
    await new Promise((r) => setTimeout(r, 300));
    abort.abort(new Error('timed out'));
    await expect(running).rejects.toThrow();
    await exited;
    // The pool still answers afterwards, on a new thread.
    const after = await pool.run(
      { network: 'small', net: network(10, 20), job: { kind: 'scores', metric: 'DEGREE' } },
      new AbortController().signal,
    );
    expect(after.kind === 'scores' && after.scores.reduce((a, b) => a + b, 0)).toBe(40);
    expect(pool.workers[0]).not.toBe(worker);
  });
});

describe('warming the pool', () => {
  it('starts a thread before any task (as a network read starts), and the next task runs on it', async () => {
    const warm = new AnalyticsPool({ threads: 1 });
    try {
      expect(warm.workers).toHaveLength(0);
      warm.warm();
      for (let waited = 0; warm.workers.length === 0 && waited < 5000; waited += 10)
        await new Promise((r) => setTimeout(r, 10));
      expect(warm.workers).toHaveLength(1);
      const thread = warm.workers[0];
      warm.warm(); // a thread is alive: nothing more
      const answer = await warm.run(
        { network: 'w', net: network(10, 20), job: { kind: 'scores', metric: 'DEGREE' } },
        new AbortController().signal,
      );
      expect(answer.kind === 'scores' && answer.scores.reduce((a, b) => a + b, 0)).toBe(40);
      expect(warm.workers).toEqual([thread]);
    } finally {
      await warm.close();
    }
  });
});

describe('sampled betweenness', () => {
  it('from every node as a source, equals graphology’s exact betweenness (the estimator is Brandes, scaled)', () => {
    const ties = tieGraph(network(400, 1600, 5));
    const exact = betweennessCentrality(ties, { getEdgeWeight: null, normalized: true });
    const all = betweennessScores(ties, { exactMaxNodes: 0, samples: ties.order });
    for (const id of ties.nodes()) expect(all[id]).toBeCloseTo(exact[id]!, 12);
    expect(Math.max(...Object.values(all))).toBeGreaterThan(0.01);
  });
});

/** Networks with parallel relations (pairs of weight > 1), relations of a node with itself and isolated ends. */
const CASES = [
  [50, 400, 1],
  [300, 1500, 2],
  [3000, 9000, 3],
  [10, 0, 4],
] as const;

describe('the tie index (what Louvain and a sampled betweenness read in the workers)', () => {
  it('holds tieGraph’s pairs in its edge order, and each node’s neighbours in graphology’s order', () => {
    for (const [nodes, relations, seed] of CASES) {
      const net = network(nodes, relations, seed);
      const graph = tieGraph(net);
      const ties = tieIndex(net);
      const at = new Map(net.ids.map((id, i) => [id, i]));
      const edges = graph.mapEdges((_e, a, s, t) => [at.get(s), at.get(t), Number(a.weight)]);
      expect([...ties.pairSource].map((s, p) => [s, ties.pairTarget[p], ties.pairWeight[p]])).toEqual(edges);
      const index = new NeighborhoodIndex(graph);
      expect([...ties.starts]).toEqual([...index.starts]);
      expect([...ties.neighbour]).toEqual([...index.neighborhood]);
      // The cases are there (but in the network without relations): pairs of several relations, self-relations.
      const selfRelations = net.source.filter((s, i) => s === net.target[i]).length;
      expect({
        parallel: relations === 0 || ties.pairWeight.some((w) => w > 1),
        self: relations === 0 || selfRelations > 0,
      }).toEqual({ parallel: true, self: true });
    }
  });

  it('Louvain on it is graphology-communities-louvain’s partition of tieGraph: same communities, same modularity', () => {
    const communities: number[] = [];
    for (const [nodes, relations, seed] of CASES)
      for (const resolution of [1, 0.5, 2]) {
        const net = network(nodes, relations, seed);
        const options = { resolution, seed: seed * 7 };
        const lib = louvainCommunities(tieGraph(net), options);
        expect(louvainOnIndex(net.ids, tieIndex(net), options)).toEqual(lib);
        communities.push(lib.members.length);
      }
    // Partitions with something to find: many communities in the larger networks.
    expect(Math.max(...communities)).toBeGreaterThan(10);
  });

  it('the sampled betweenness on it equals the one on the graphology graph to the last bit', () => {
    for (const [nodes, relations, seed] of CASES) {
      const net = network(nodes, relations, seed);
      const options = { exactMaxNodes: 0, samples: Math.ceil(nodes / 3), seed };
      const lib = betweennessScores(tieGraph(net), options);
      expect([...sampledBetweennessOnIndex(tieIndex(net), options)]).toEqual(net.ids.map((id) => lib[id]));
    }
  });
});

describe('PageRank on the compressed rows (what the workers run)', () => {
  it('equals graphology-metrics’ pagerank on the flow graph to the last bit: parallel and self-relations, dangling entities', () => {
    for (const [nodes, relations, seed] of CASES) {
      const net = network(nodes, relations, seed);
      // The last fifth of the entities are never a source: dangling nodes.
      for (let i = 0; i < relations; i++) net.source[i] = net.source[i]! % Math.ceil(nodes * 0.8);
      const flow = flowIndex(net);
      const lib = pagerankScores(flowGraph(net));
      expect([...pagerankOnIndex(flow)]).toEqual(net.ids.map((id) => lib[id]));
      // The cases are there: entities with no relation out, and pairs with more than one relation.
      expect({
        dangling: relations === 0 || flow.outWeight.some((w) => w === 0),
        parallel: relations === 0 || flow.weight.some((w) => w > 1),
      }).toEqual({ dangling: true, parallel: true });
    }
  });
});
