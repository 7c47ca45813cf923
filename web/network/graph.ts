// From the `network` answer to a laid-out graphology graph: colour by type, size by degree, ForceAtlas2.
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
}

export interface EdgeAttrs {
  size: number;
  color: string;
  relation: string;
  year: number | null;
  assertion: 'STATED' | 'INFERRED';
}

/** Stated edges are grey; a curator's reading (INFERRED) is amber, so the two never look alike. */
export const EDGE_COLOR = { STATED: '#cbd5e1', INFERRED: '#f59e0b' } as const;

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
