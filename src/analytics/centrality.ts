import type { FlowIndex, TieIndex } from './graphs.js';
import type { Graph } from './libs.js';
import {
  betweennessCentrality,
  closenessCentrality,
  eigenvectorCentrality,
  NeighborhoodIndex,
  pagerank,
} from './libs.js';
import { DEFAULT_SEED, seededRandom } from './rng.js';

/**
 * One function per centrality, in graphology's style: a graph in, an options object with documented
 * defaults, a plain record `{node: score}` out. Which graph each expects is in graphs.ts; docs/reference/ANALYTICS.md
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
  const index = new NeighborhoodIndex(ties);
  const centrality = sampledBrandes(Int32Array.from(index.starts), Int32Array.from(index.neighborhood), o);
  const nodes = ties.nodes();
  const out: Scores = {};
  for (let i = 0; i < n; i++) out[nodes[i]!] = centrality[i]!;
  return out;
}

/**
 * `betweennessScores(tieGraph(net))` on the tie index (graphs.ts `tieIndex`), by node index, for a network above
 * `exactMaxNodes` (the worker computes a smaller one on the graphology graph). The index's rows hold each node's
 * neighbours in the graphology graph's order, so the searches and every sum are the same
 * (test/unit/analytics-worker.test.ts compares the two).
 */
export function sampledBetweennessOnIndex(ties: TieIndex, options: BetweennessOptions = {}): Float64Array {
  return sampledBrandes(ties.starts, ties.neighbour, { ...BETWEENNESS_DEFAULTS, ...options });
}

/**
 * Brandes from `samples` seeded sources over the rows `neighbour[starts[v]..starts[v+1])`, scaled as
 * `betweennessScores` says. On typed arrays: each node's predecessors (its neighbours one hop nearer the source)
 * are written into its own row's slots of one array as the search finds them, so the accumulation reads only
 * them, and nothing is allocated per source (graphology's indexed Brandes allocates n lists per source: ~200 ms
 * a source at 80k nodes). Same search order, same accumulation order as graphology's loop: the same sums.
 */
function sampledBrandes(
  starts: Int32Array,
  neighbour: Int32Array,
  o: { samples: number; seed: number },
): Float64Array {
  const n = starts.length - 1;
  const k = Math.min(o.samples, n);
  const random = seededRandom(o.seed);
  // A seeded partial Fisher-Yates shuffle picks k distinct sources.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const distance = new Int32Array(n);
  const sigma = new Float64Array(n);
  const queue = new Int32Array(n);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  // Node w's predecessors are pred[starts[w]..predEnd[w]).
  const pred = new Int32Array(neighbour.length);
  const predEnd = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s]!;
    distance.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    distance[source] = 0;
    sigma[source] = 1;
    predEnd[source] = starts[source]!;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++]!;
      const next = distance[v]! + 1;
      const sv = sigma[v]!;
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighbour[j]!;
        let dw = distance[w]!;
        if (dw === -1) {
          distance[w] = dw = next;
          queue[tail++] = w;
          predEnd[w] = starts[w]!;
        }
        if (dw === next) {
          sigma[w]! += sv;
          pred[predEnd[w]!++] = v;
        }
      }
    }
    // Accumulation in the order of decreasing distance (graphology's loop, over a sample of sources): each node's
    // contributions arrive in the same order as when every neighbour is tested again.
    for (let i = tail - 1; i >= 0; i--) {
      const w = queue[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let j = starts[w]!, end = predEnd[w]!; j < end; j++) {
        const v = pred[j]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}

export interface ClosenessOptions {
  /** Graphs with at most this many nodes get the exact value (a BFS from every node, O(n·m)). Default 2,500. */
  exactMaxNodes?: number;
  /**
   * Above it, in every connected component larger than this, the distances are summed from this many pivot
   * nodes drawn with the seed (a component of at most this many nodes stays exact). Default 500.
   */
  samples?: number;
  /** Default DEFAULT_SEED. */
  seed?: number;
}

export const CLOSENESS_DEFAULTS = { exactMaxNodes: 2500, samples: 500, seed: DEFAULT_SEED } as const;

/**
 * Closeness on the undirected tie graph, unweighted, with the Wasserman-Faust correction for disconnected
 * graphs (networkx's default): (r/(n-1)) · (r / Σd), r = nodes reachable from the node; 0 for an isolated node.
 * Exact up to `exactMaxNodes` (graphology-metrics). Above, r stays exact (its component's size less one) and Σd is
 * estimated as Eppstein & Wang (2004) do: the distances from `samples` seeded pivots of the node's component,
 * scaled by (r / pivots other than the node) — the expected value of the estimated Σd is the exact one.
 */
export function closenessScores(ties: Graph, options: ClosenessOptions = {}): Scores {
  const o = { ...CLOSENESS_DEFAULTS, ...options };
  const n = ties.order;
  if (n === 0) return {};
  if (n <= o.exactMaxNodes) return closenessCentrality(ties, { wassermanFaust: true });
  const index = new NeighborhoodIndex(ties, 'inbound');
  const { starts, neighborhood } = index;
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  /** Breadth-first from `source`: calls `visit` with every node reached (the source too, at 0); returns how many. */
  const bfs = (source: number, visit: (node: number, d: number) => void): number => {
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    distance[source] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const d = distance[v]!;
      visit(v, d);
      for (let j = starts[v]!, end = starts[v + 1]!; j < end; j++) {
        const w = neighborhood[j]!;
        if (distance[w] === -1) {
          distance[w] = d + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) distance[queue[i]!] = -1;
    return tail;
  };
  // Components (in node order), then the pivots of each: all of a small one, a seeded sample of a large one.
  const component = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let v = 0; v < n; v++) {
    if (component[v] !== -1) continue;
    const list: number[] = [];
    bfs(v, (w) => {
      component[w] = members.length;
      list.push(w);
    });
    members.push(list);
  }
  const random = seededRandom(o.seed);
  const sum = new Float64Array(n);
  const isPivot = new Uint8Array(n);
  const pivotsIn = new Int32Array(members.length);
  members.forEach((list, c) => {
    const k = Math.min(o.samples, list.length);
    // A seeded partial Fisher-Yates shuffle picks k distinct pivots (all of them when k is the whole component).
    const order = [...list];
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (order.length - i));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    pivotsIn[c] = k;
    for (let i = 0; i < k; i++) {
      isPivot[order[i]!] = 1;
      bfs(order[i]!, (w, d) => (sum[w]! += d));
    }
  });
  const nodes = ties.nodes();
  const out: Scores = {};
  for (let v = 0; v < n; v++) {
    const c = component[v]!;
    const r = members[c]!.length - 1;
    const others = pivotsIn[c]! - isPivot[v]!;
    const total = others > 0 ? (sum[v]! * r) / others : 0;
    out[nodes[v]!] = total > 0 ? (r / total) * (r / (n - 1)) : 0;
  }
  return out;
}

/** Whether a metric over a network of `nodes` entities is estimated from a sample (not exact). */
export function isSampled(metric: string, nodes: number): boolean {
  if (metric === 'BETWEENNESS') return nodes > BETWEENNESS_DEFAULTS.exactMaxNodes;
  if (metric === 'CLOSENESS') return nodes > CLOSENESS_DEFAULTS.exactMaxNodes;
  return false;
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

/**
 * `pagerankScores` on the flow graph's compressed rows (graphs.ts `flowIndex`), by node index: graphology-metrics'
 * power iteration step for step (same start, same dangling and teleport terms, same order of every sum, same
 * convergence test), so the scores are the same to the last bit (test/unit/analytics-worker.test.ts checks it),
 * without building a graphology graph of the network first, which at 10^6 relations costs seconds.
 */
export function pagerankOnIndex(flow: FlowIndex, options: PagerankOptions = {}): Float64Array {
  const alpha = options.alpha ?? 0.85;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  const { starts, target, weight, outWeight } = flow;
  const n = outWeight.length;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const normalized = new Float64Array(weight.length);
  const dangling: number[] = [];
  let x = new Float64Array(n).fill(p);
  for (let i = 0; i < n; i++) {
    if (outWeight[i] === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j++) normalized[j] = weight[j]! / outWeight[i]!;
  }
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const last = x;
    x = new Float64Array(n);
    let dangleSum = 0;
    for (const d of dangling) dangleSum += last[d]!;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      for (let j = starts[i]!, end = starts[i + 1]!; j < end; j++)
        x[target[j]!]! += alpha * last[i]! * normalized[j]!;
      x[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < n * tolerance) return x;
  }
  throw new Error('graphology-metrics/centrality/pagerank: failed to converge.');
}
