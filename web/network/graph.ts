// From the `network` answer to a laid-out graphology graph (ForceAtlas2), sized by a centrality and coloured by
// entity type or by community.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { EntityType, Network } from './api.js';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  name: string;
  entityType: EntityType;
  degree: number;
  /** The score the size is drawn from (the chosen centrality; the degree by default). */
  score: number;
  /** The Louvain community (as `communities` numbers them), or null before they are loaded. */
  community: number | null;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  relation: string;
  year: number | null;
  assertion: 'STATED' | 'INFERRED';
  /** The sigma program that draws it: a curator's reading is dashed (`dashed-edge.ts`). */
  type: EdgeShape;
}

/** Stated edges are grey; a curator's reading (INFERRED) is amber, so the two never look alike. */
export const EDGE_COLOR = { STATED: '#cbd5e1', INFERRED: '#f59e0b' } as const;
/** ...and dashed, so they differ without colour too (and in path mode, where every hop is amber). */
export const EDGE_SHAPE = { STATED: 'arrow', INFERRED: 'dashed' } as const;
export type EdgeShape = (typeof EDGE_SHAPE)[keyof typeof EDGE_SHAPE];

export type NetworkGraph = Graph<NodeAttrs, EdgeAttrs>;

export const TYPE_STYLE: Record<EntityType, { color: string; label: string }> = {
  ORGANISATION: { color: '#2563eb', label: 'Organisation' },
  PERSON: { color: '#ea580c', label: 'Person' },
  EVENT: { color: '#059669', label: 'Event' },
  BRIEF: { color: '#db2777', label: 'Brief or document' },
  RESOLUTION: { color: '#7c3aed', label: 'Resolution' },
  PLACE: { color: '#64748b', label: 'Place' },
  TOPIC: { color: '#0891b2', label: 'Topic' },
  STATEMENT: { color: '#ca8a04', label: 'Statement (recommendation, objective, plan…)' },
  QUANTITY: { color: '#9f1239', label: 'Figure' },
};

const MAX_LABEL = 30;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** A stable pseudo-random number per id, so the layout (and the screenshots) are the same on every load. */
function hash01(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

export function fillGraph(graph: NetworkGraph, network: Network): void {
  graph.clear();
  for (const n of network.nodes) {
    const angle = hash01(n.id) * 2 * Math.PI;
    const radius = 10 + hash01(`${n.id}#r`) * 10;
    graph.addNode(n.id, {
      x: Math.cos(angle) * radius,
      y: Math.sin(angle) * radius,
      size: 3 + 2.4 * Math.sqrt(n.degree),
      color: TYPE_STYLE[n.type].color,
      label: shortLabel(n.label),
      name: n.name,
      entityType: n.type,
      degree: n.degree,
      score: n.degree,
      community: null,
    });
  }
  for (const e of network.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      size: 1,
      color: EDGE_COLOR[e.assertion],
      relation: e.type,
      year: e.year,
      assertion: e.assertion,
      type: EDGE_SHAPE[e.assertion],
    });
  }
}

/** Runs ForceAtlas2 synchronously (the graph is small) and returns how long it took in ms. */
export function layout(graph: NetworkGraph): number {
  const started = performance.now();
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: 400,
      settings: {
        ...settings,
        gravity: 1,
        scalingRatio: 8,
        adjustSizes: false,
        barnesHutOptimize: graph.order > 500,
      },
    });
  }
  return performance.now() - started;
}

/** Distinct colours for the largest communities (0 = largest); smaller ones share OTHER_COMMUNITY. */
export const COMMUNITY_PALETTE = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#ca8a04',
  '#db2777',
  '#4d7c0f',
  '#7c2d12',
] as const;
export const OTHER_COMMUNITY = '#94a3b8';

export function communityColour(community: number | null): string {
  return community === null ? OTHER_COMMUNITY : (COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY);
}

export const MIN_SIZE = 3;
export const MAX_SIZE = 22;

/**
 * Sizes and colours from the node attributes: the area grows with the score (size ∝ √(score / max score)), so
 * a node twice as central covers twice the area; zero scores get the smallest size.
 */
export function applyStyle(graph: NetworkGraph, colourBy: 'type' | 'community'): void {
  let max = 0;
  graph.forEachNode((_, a) => {
    if (a.score > max) max = a.score;
  });
  graph.updateEachNodeAttributes((_, a) => ({
    ...a,
    size: max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(Math.max(0, a.score) / max) : MIN_SIZE,
    color: colourBy === 'community' ? communityColour(a.community) : TYPE_STYLE[a.entityType].color,
  }));
}
