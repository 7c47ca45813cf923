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
  const resolution = options.resolution ?? 1;
  if (ties.order === 0) return { community: {}, members: [], modularity: 0 };
  const detailed = louvain.detailed(ties, {
    getEdgeWeight: 'weight',
    resolution,
    rng: seededRandom(options.seed ?? DEFAULT_SEED),
  });
  const groups = new Map<number, string[]>();
  for (const node of ties.nodes().sort()) {
    const c = detailed.communities[node]!;
    const list = groups.get(c);
    if (list) list.push(node);
    else groups.set(c, [node]);
  }
  const members = [...groups.values()].sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const community: Record<string, number> = {};
  members.forEach((list, id) => {
    for (const node of list) community[node] = id;
  });
  // With no edges the library reports NaN: no partition of an empty network has a modularity.
  return { community, members, modularity: ties.size === 0 ? 0 : detailed.modularity };
}
