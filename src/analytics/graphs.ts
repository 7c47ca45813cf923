import type { Projection } from '../graph/analytics.js';
import { Graph } from './libs.js';

/**
 * The three graphs the metrics read from one projection. The report's relations are typed and directed, and one
 * pair of entities may hold several relations of different types (ICAT-MEMBER_OF and ICAT-CO_CHAIRED):
 *
 * - `relationGraph`: directed multigraph, one edge per relation (degrees count relations);
 * - `tieGraph`: undirected simple graph, one edge per related pair, `weight` = number of relations between
 *   them in either direction (betweenness, closeness, eigenvector ignore the weight; Louvain uses it);
 * - `flowGraph`: directed simple graph, one edge per ordered pair, `weight` = number of relations that way
 *   (PageRank).
 *
 * Every graph holds every node of the projection, added in id order, so results do not depend on row order.
 */

export interface EdgeWeight {
  weight: number;
}

export function relationGraph(p: Projection): Graph {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const n of p.nodes) g.addNode(n.id);
  for (const e of p.edges) g.addDirectedEdgeWithKey(e.id, e.source, e.target);
  return g;
}

function weighted(p: Projection, type: 'directed' | 'undirected'): Graph {
  const g = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const n of p.nodes) g.addNode(n.id);
  for (const e of p.edges) {
    // A relation of an entity with itself says nothing about ties between entities.
    if (e.source === e.target) continue;
    g.updateEdge(e.source, e.target, (attr) => ({ ...attr, weight: (Number(attr.weight) || 0) + 1 }));
  }
  return g;
}

export const tieGraph = (p: Projection): Graph => weighted(p, 'undirected');
export const flowGraph = (p: Projection): Graph => weighted(p, 'directed');
