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
 * One edge per pair (ordered or not), weight = relations of that pair, added once with its total weight: summing
 * in a Map first and adding each edge once is ~10× faster at 10^6 relations than updating an edge per relation.
 */
function weighted(net: IndexedNetwork, type: 'directed' | 'undirected'): Graph {
  const g = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const id of net.ids) g.addNode(id);
  const n = net.ids.length;
  // Pair key: lo * n + hi (undirected) or source * n + target (directed); exact below 2^53, i.e. n < 9e7.
  const pairs = new Map<number, { source: number; target: number; weight: number }>();
  for (let i = 0; i < net.source.length; i++) {
    const s = net.source[i]!;
    const t = net.target[i]!;
    // A relation of an entity with itself says nothing about ties between entities.
    if (s === t) continue;
    const key = type === 'directed' || s < t ? s * n + t : t * n + s;
    const pair = pairs.get(key);
    if (pair) pair.weight += 1;
    else pairs.set(key, { source: s, target: t, weight: 1 });
  }
  for (const { source, target, weight } of pairs.values())
    g.addEdge(net.ids[source]!, net.ids[target]!, { weight });
  return g;
}

export const tieGraph = (net: IndexedNetwork): Graph => weighted(net, 'undirected');
export const flowGraph = (net: IndexedNetwork): Graph => weighted(net, 'directed');
