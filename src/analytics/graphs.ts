import type { Projection } from '../graph/analytics.js';
import { Graph } from './libs.js';

/**
 * The network as the worker threads get it, and the three graphs the metrics read from it. The report's
 * relations are typed and directed, and one pair of entities may hold several relations of different types
 * (ICAT-MEMBER_OF and ICAT-CO_CHAIRED):
 *
 * - relations (degrees): directed multigraph, one edge per relation — counted straight from the arrays;
 * - `tieGraph`: undirected simple graph, one edge per related pair, `weight` = number of relations between
 *   them in either direction (betweenness, closeness, eigenvector ignore the weight; Louvain uses it);
 * - `flowGraph`: directed simple graph, one edge per ordered pair, `weight` = number of relations that way
 *   (PageRank).
 *
 * Every graph holds every node of the projection, added in id order, and its edges in the order of the relations'
 * ids (a pair's edge where its first relation is), so results do not depend on row order.
 */

/** Node ids in id order; relation i runs from node `source[i]` to node `target[i]` (indices into `ids`). */
export interface IndexedNetwork {
  ids: string[];
  source: Int32Array;
  target: Int32Array;
}

/**
 * The projection as indices. The two arrays live in SharedArrayBuffers: a worker thread reads them in place,
 * nothing of the million relations of a large network is copied per task.
 */
export function indexNetwork(p: Projection): IndexedNetwork {
  const at = new Map<string, number>();
  const ids = p.nodes.map((n, i) => (at.set(n.id, i), n.id));
  const m = p.edges.length;
  const source = new Int32Array(new SharedArrayBuffer(m * 4));
  const target = new Int32Array(new SharedArrayBuffer(m * 4));
  for (let i = 0; i < m; i++) {
    const e = p.edges[i]!;
    source[i] = at.get(e.source)!;
    target[i] = at.get(e.target)!;
  }
  return { ids, source, target };
}

/** In-, out- and total degree by node index: every relation counts, a relation of a node with itself twice in `degree`. */
export function degrees(net: IndexedNetwork): {
  inDegree: Float64Array;
  outDegree: Float64Array;
  degree: Float64Array;
} {
  const n = net.ids.length;
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (let i = 0; i < net.source.length; i++) {
    outDegree[net.source[i]!]! += 1;
    inDegree[net.target[i]!]! += 1;
  }
  const degree = new Float64Array(n);
  for (let v = 0; v < n; v++) degree[v] = inDegree[v]! + outDegree[v]!;
  return { inDegree, outDegree, degree };
}

/**
 * One edge per pair (ordered or not), weight = relations of that pair, added once with its total weight, in the
 * order of each pair's first relation. Pairs are summed in a Map from the pair's key to its slot in typed arrays
 * (no object per pair): building the view of 10^6 relations is most of a cold Louvain's time.
 */
function weighted(net: IndexedNetwork, type: 'directed' | 'undirected'): Graph {
  const g = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const id of net.ids) g.addNode(id);
  const n = net.ids.length;
  const m = net.source.length;
  // Pair key: lo * n + hi (undirected) or source * n + target (directed); exact below 2^53, i.e. n < 9e7.
  const slot = new Map<number, number>();
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  let pairs = 0;
  for (let i = 0; i < m; i++) {
    const s = net.source[i]!;
    const t = net.target[i]!;
    // A relation of an entity with itself says nothing about ties between entities.
    if (s === t) continue;
    const key = type === 'directed' || s < t ? s * n + t : t * n + s;
    const at = slot.get(key);
    if (at !== undefined) weight[at]! += 1;
    else {
      slot.set(key, pairs);
      from[pairs] = s;
      to[pairs] = t;
      weight[pairs++] = 1;
    }
  }
  for (let p = 0; p < pairs; p++) g.addEdge(net.ids[from[p]!]!, net.ids[to[p]!]!, { weight: weight[p]! });
  return g;
}

export const tieGraph = (net: IndexedNetwork): Graph => weighted(net, 'undirected');
export const flowGraph = (net: IndexedNetwork): Graph => weighted(net, 'directed');

/**
 * The flow graph (`flowGraph`: one edge per ordered pair, weight = relations that way, no self-loops) as compressed
 * rows, which is all PageRank reads: node v's edges are `target[starts[v]..starts[v+1])` with `weight`, in target
 * order; `outWeight[v]` their total. Built by sorting the pairs' keys (typed arrays only), not through a graphology
 * graph: at 10^6 relations that graph alone took longer than the whole 5 s a cold PageRank may take.
 */
export interface FlowIndex {
  starts: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  outWeight: Float64Array;
}

export function flowIndex(net: IndexedNetwork): FlowIndex {
  const n = net.ids.length;
  const keys = new Float64Array(net.source.length);
  let k = 0;
  for (let i = 0; i < net.source.length; i++) {
    const s = net.source[i]!;
    const t = net.target[i]!;
    if (s !== t) keys[k++] = s * n + t;
  }
  const sorted = keys.subarray(0, k).sort();
  const starts = new Int32Array(n + 1);
  const target = new Int32Array(k);
  const weight = new Float64Array(k);
  const outWeight = new Float64Array(n);
  let pairs = 0;
  for (let i = 0; i < k; i++) {
    const key = sorted[i]!;
    if (i > 0 && key === sorted[i - 1]) {
      weight[pairs - 1]! += 1;
    } else {
      const s = Math.floor(key / n);
      target[pairs] = key - s * n;
      weight[pairs] = 1;
      starts[s + 1]! += 1;
      pairs++;
    }
    outWeight[Math.floor(key / n)]! += 1;
  }
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  return { starts, target: target.subarray(0, pairs), weight: weight.subarray(0, pairs), outWeight };
}
