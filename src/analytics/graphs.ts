import { sortByEnds, type Projection } from '../graph/analytics.js';
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
 * ends (`sortByEnds`: by source, then target; a pair's edge where its first relation is), so results do not depend
 * on the order Neo4j returns rows in.
 */

/** Node ids in id order; relation i runs from node `source[i]` to node `target[i]` (indices into `ids`). */
export interface IndexedNetwork {
  ids: string[];
  source: Int32Array;
  target: Int32Array;
}

/**
 * The projection as indices, the relations in the order of their ends (as `projectIndexed` has them). The two
 * arrays live in SharedArrayBuffers: a worker thread reads them in place, nothing of the million relations of a
 * large network is copied per task.
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
  sortByEnds(ids.length, source, target);
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

/**
 * The tie graph (`tieGraph`: one undirected edge per related pair, `weight` = relations between them, no
 * self-loops) as typed arrays, which is all Louvain and the sampled betweenness read — built without a graphology
 * graph, which at 10^6 pairs takes ~6 s to build against ~1 s for Louvain itself (docs/reports/benchmarks/analytics.md).
 *
 * - the pairs in `tieGraph`'s edge order (by each pair's first relation), each with that relation's direction:
 *   pair p joins `pairSource[p]` and `pairTarget[p]`, `pairWeight[p]` relations;
 * - node v's neighbours `neighbour[starts[v]..starts[v+1])`, in the order of their pairs — the order of
 *   graphology's adjacency of `tieGraph`, so a search over these rows visits nodes in the same order as one over
 *   `NeighborhoodIndex(tieGraph(net))` (node ids are never array indices such as "12": graphology would order those
 *   first; every id of the model has a prefix).
 */
export interface TieIndex {
  pairSource: Int32Array;
  pairTarget: Int32Array;
  pairWeight: Float64Array;
  starts: Int32Array;
  neighbour: Int32Array;
}

export function tieIndex(net: IndexedNetwork): TieIndex {
  const n = net.ids.length;
  const m = net.source.length;
  // Relations grouped by their lower end (a stable counting sort: relation order kept in each group).
  const lowStarts = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const s = net.source[i]!;
    const t = net.target[i]!;
    if (s !== t) lowStarts[(s < t ? s : t) + 1]! += 1;
  }
  for (let v = 0; v < n; v++) lowStarts[v + 1]! += lowStarts[v]!;
  const fill = lowStarts.slice(0, n);
  const byLow = new Int32Array(lowStarts[n]!);
  for (let i = 0; i < m; i++) {
    const s = net.source[i]!;
    const t = net.target[i]!;
    if (s !== t) byLow[fill[s < t ? s : t]!++] = i;
  }
  // In each group, the first relation to each higher end opens its pair; later ones add to its weight.
  const seenIn = new Int32Array(n).fill(-1);
  const pairAt = new Int32Array(n);
  const opens = new Uint8Array(m); // 1: the relation is its pair's first
  const weightOfFirst = new Float64Array(m);
  let pairs = 0;
  for (let low = 0; low < n; low++)
    for (let j = lowStarts[low]!; j < lowStarts[low + 1]!; j++) {
      const i = byLow[j]!;
      const s = net.source[i]!;
      const t = net.target[i]!;
      const high = s < t ? t : s;
      if (seenIn[high] === low) weightOfFirst[pairAt[high]!]! += 1;
      else {
        seenIn[high] = low;
        pairAt[high] = i;
        opens[i] = 1;
        pairs++;
        weightOfFirst[i] = 1;
      }
    }
  // Pairs in the order of their first relation.
  const pairSource = new Int32Array(pairs);
  const pairTarget = new Int32Array(pairs);
  const pairWeight = new Float64Array(pairs);
  const starts = new Int32Array(n + 1);
  let p = 0;
  for (let i = 0; i < m; i++)
    if (opens[i]) {
      pairSource[p] = net.source[i]!;
      pairTarget[p] = net.target[i]!;
      pairWeight[p++] = weightOfFirst[i]!;
      starts[net.source[i]! + 1]! += 1;
      starts[net.target[i]! + 1]! += 1;
    }
  for (let v = 0; v < n; v++) starts[v + 1]! += starts[v]!;
  const at = starts.slice(0, n);
  const neighbour = new Int32Array(2 * pairs);
  for (let q = 0; q < pairs; q++) {
    neighbour[at[pairSource[q]!]!++] = pairTarget[q]!;
    neighbour[at[pairTarget[q]!]!++] = pairSource[q]!;
  }
  return { pairSource, pairTarget, pairWeight, starts, neighbour };
}
