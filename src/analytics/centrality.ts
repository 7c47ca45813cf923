import type { Graph } from './libs.js';
import {
  betweennessCentrality,
  closenessCentrality,
  createUnweightedIndexedBrandes,
  eigenvectorCentrality,
  pagerank,
} from './libs.js';
import { DEFAULT_SEED, seededRandom } from './rng.js';

/**
 * One function per centrality, in graphology's style: a graph in, an options object with documented
 * defaults, a plain record `{node: score}` out. Which graph each expects is in graphs.ts; docs/ANALYTICS.md
 * explains what the numbers mean.
 */

export type Scores = Record<string, number>;

/** Relations at a node, both directions, parallel relations each counted (a raw count, not normalised). */
export function degreeScores(relations: Graph): Scores {
  const out: Scores = {};
  relations.forEachNode((n) => (out[n] = relations.degree(n)));
  return out;
}

/** Relations pointing at a node (`x -TYPE-> node`), raw count. */
export function inDegreeScores(relations: Graph): Scores {
  const out: Scores = {};
  relations.forEachNode((n) => (out[n] = relations.inDegree(n)));
  return out;
}

/** Relations starting at a node, raw count. */
export function outDegreeScores(relations: Graph): Scores {
  const out: Scores = {};
  relations.forEachNode((n) => (out[n] = relations.outDegree(n)));
  return out;
}

export interface BetweennessOptions {
  /** Graphs with at most this many nodes get the exact value (Brandes, O(n·m)). Default 2,500. */
  exactMaxNodes?: number;
  /** Above it, shortest paths from this many source nodes, drawn with the seed, estimate it. Default 500. */
  samples?: number;
  /** Default DEFAULT_SEED. */
  seed?: number;
}

export const BETWEENNESS_DEFAULTS = { exactMaxNodes: 2500, samples: 500, seed: DEFAULT_SEED } as const;

/**
 * Betweenness on the undirected tie graph, unweighted (each hop counts 1), normalised by 2/((n-1)(n-2)) as
 * networkx does for undirected graphs: the share of shortest paths between other pairs that pass through a node.
 * Exact up to `exactMaxNodes`; above, estimated from `samples` seeded source nodes (Brandes & Pich 2007),
 * scaled by n/samples, so the expected value is the exact one.
 */
export function betweennessScores(ties: Graph, options: BetweennessOptions = {}): Scores {
  const o = { ...BETWEENNESS_DEFAULTS, ...options };
  const n = ties.order;
  if (n === 0) return {};
  if (n <= o.exactMaxNodes) return betweennessCentrality(ties, { getEdgeWeight: null, normalized: true });
  const k = Math.min(o.samples, n);
  const random = seededRandom(o.seed);
  // A seeded partial Fisher-Yates shuffle picks k distinct sources.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const brandes = createUnweightedIndexedBrandes(ties);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s]!;
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    // Accumulation in the order of decreasing distance (graphology's own loop, over a sample of sources).
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const nodes = ties.nodes();
  const out: Scores = {};
  for (let i = 0; i < n; i++) out[nodes[i]!] = centrality[i]! * scale;
  return out;
}

/**
 * Closeness on the undirected tie graph, unweighted, with the Wasserman-Faust correction for disconnected
 * graphs (networkx's default): (r/(n-1)) · (r / Σd), r = nodes reachable from the node; 0 for an isolated node.
 */
export function closenessScores(ties: Graph): Scores {
  if (ties.order === 0) return {};
  return closenessCentrality(ties, { wassermanFaust: true });
}

export interface EigenvectorOptions {
  /**
   * Default 1,000. networkx stops at 100, but a network whose largest eigenvalues are close (the 2018 slice of this
   * graph) needs more; where both converge the answer is the same (the same tolerance ends the iteration).
   */
  maxIterations?: number;
  /** Default 1e-6 (networkx's): stop when the L1 change is below n·tolerance. */
  tolerance?: number;
}

/**
 * Eigenvector centrality on the undirected tie graph, unweighted, scaled to unit Euclidean norm (networkx's
 * convention). Power iteration on A + I (as networkx), so bipartite parts converge. Throws when it does not
 * converge within maxIterations.
 */
export function eigenvectorScores(ties: Graph, options: EigenvectorOptions = {}): Scores {
  if (ties.order === 0) return {};
  return eigenvectorCentrality(ties, {
    getEdgeWeight: null,
    maxIterations: options.maxIterations ?? 1000,
    tolerance: options.tolerance ?? 1e-6,
  });
}

export interface PagerankOptions {
  /** Damping factor; default 0.85. */
  alpha?: number;
  /** Default 100. */
  maxIterations?: number;
  /** Default 1e-6: stop when the L1 change is below n·tolerance. */
  tolerance?: number;
}

/**
 * PageRank on the directed flow graph, an edge weighted by the number of relations that way: standing flows
 * along relations (member → body, participant → event, resolution → addressee). Dangling nodes spread their
 * rank uniformly; the scores sum to 1 (networkx's `pagerank`).
 */
export function pagerankScores(flow: Graph, options: PagerankOptions = {}): Scores {
  if (flow.order === 0) return {};
  return pagerank(flow, {
    getEdgeWeight: 'weight',
    alpha: options.alpha ?? 0.85,
    maxIterations: options.maxIterations ?? 100,
    tolerance: options.tolerance ?? 1e-6,
  });
}
