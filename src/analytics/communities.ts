import type { TieIndex } from './graphs.js';
import type { Graph } from './libs.js';
import { louvain } from './libs.js';
import { DEFAULT_SEED, seededRandom } from './rng.js';

export interface CommunityOptions {
  /** Modularity resolution γ; > 1 gives more, smaller communities. Default 1. */
  resolution?: number;
  /** Seed of the random node order Louvain visits. Default DEFAULT_SEED. */
  seed?: number;
}

export interface Partition {
  /** Node → community id. Ids are 0, 1, 2… by community size (largest first), then by smallest node id. */
  community: Record<string, number>;
  /** Community id → its nodes, in id order. */
  members: string[][];
  /** Newman-Girvan modularity (with the resolution, weighted) of this partition. */
  modularity: number;
}

/**
 * Louvain communities on the undirected tie graph, weighted by the number of relations between two entities,
 * deterministic for a seed. Isolated nodes are communities of their own.
 */
export function louvainCommunities(ties: Graph, options: CommunityOptions = {}): Partition {
  if (ties.order === 0) return { community: {}, members: [], modularity: 0 };
  const detailed = louvain.detailed(ties, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
  });
  return partitionOf(ties.nodes(), detailed.communities, ties.size === 0 ? 0 : detailed.modularity);
}

/**
 * What graphology-communities-louvain reads of a graph, over the tie index (graphs.ts `tieIndex`) of the nodes
 * `ids`: the library's undirected Louvain builds its own compact index from `order`, `size`, `forEachNode`,
 * `undirectedDegreeWithoutSelfLoops` and `forEachEdge`, and works on that index only. Nodes and edges come in
 * `tieGraph`'s order, so the library's index, and every move it makes, are those it has on `tieGraph(net)`
 * (test/unit/analytics-worker.test.ts compares the two). Why not the graphology graph itself: building it for
 * 10^6 pairs takes ~6 s, Louvain on it ~1 s (docs/reports/benchmarks/analytics.md). Anything else the library
 * calls is not here and throws, so a version of it that reads more of the graph fails loudly, not silently.
 */
function louvainView(ids: readonly string[], ties: TieIndex): Graph {
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  const refuse = () => {
    throw new Error('the tie index is read-only');
  };
  const attributes = { weight: 0 };
  const view = {
    type: 'undirected',
    multi: false,
    order: ids.length,
    size: ties.pairSource.length,
    selfLoopCount: 0,
    // graphology-utils' isGraph looks for these.
    addUndirectedEdgeWithKey: refuse,
    dropNode: refuse,
    forEachNode(callback: (node: string, attributes: Record<string, never>) => void) {
      for (const id of ids) callback(id, {});
    },
    undirectedDegreeWithoutSelfLoops(node: string) {
      const v = at.get(node)!;
      return ties.starts[v + 1]! - ties.starts[v]!;
    },
    forEachEdge(
      callback: (
        edge: string,
        attributes: { weight: number },
        source: string,
        target: string,
        sourceAttributes: Record<string, never>,
        targetAttributes: Record<string, never>,
        undirected: boolean,
      ) => void,
    ) {
      const none = {};
      for (let p = 0; p < ties.pairSource.length; p++) {
        attributes.weight = ties.pairWeight[p]!;
        callback(
          String(p),
          attributes,
          ids[ties.pairSource[p]!]!,
          ids[ties.pairTarget[p]!]!,
          none,
          none,
          true,
        );
      }
    },
  };
  return view as unknown as Graph;
}

/** `louvainCommunities(tieGraph(net))` on the tie index of the network's nodes `ids`: the same partition. */
export function louvainOnIndex(
  ids: readonly string[],
  ties: TieIndex,
  options: CommunityOptions = {},
): Partition {
  if (ids.length === 0) return { community: {}, members: [], modularity: 0 };
  const detailed = louvain.detailed(louvainView(ids, ties), {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
  });
  const edges = ties.pairSource.length;
  return partitionOf([...ids], detailed.communities, edges === 0 ? 0 : detailed.modularity);
}

/** Communities numbered by size (largest first), then by smallest node id; members in id order. */
function partitionOf(nodes: string[], communities: Record<string, number>, modularity: number): Partition {
  const groups = new Map<number, string[]>();
  for (const node of nodes.sort()) {
    const c = communities[node]!;
    const list = groups.get(c);
    if (list) list.push(node);
    else groups.set(c, [node]);
  }
  const members = [...groups.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const community: Record<string, number> = {};
  members.forEach((list, id) => {
    for (const node of list) community[node] = id;
  });
  // With no edges the library reports NaN (callers pass 0): no partition of an empty network has a modularity.
  return { community, members, modularity };
}
