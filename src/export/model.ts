import type { Analytics, NetworkFilter } from '../analytics/index.js';
import type { Scores } from '../analytics/centrality.js';
import type { Database } from '../db/database.js';
import { relationEvidence, type ProjectedEdge, type ProjectedNode } from '../graph/analytics.js';
import { passagesByIds } from '../graph/entities.js';
import type { PassageRow } from '../graph/rows.js';

/**
 * What every export format writes: the filtered network (optionally the ego network around `center`), each node
 * with its attributes and centralities, each edge with its properties and evidence. Centralities and the
 * community are those of the whole filtered network, also in an ego export (a node's place in the network does
 * not change because fewer of its neighbours are written).
 */

export interface ExportFilter extends NetworkFilter {
  center: string | null;
  /** Hops around `center` (1–3); ignored without it. */
  depth: number;
}

export interface ExportNode {
  id: string;
  label: string;
  type: string;
  name: string;
  acronym: string | null;
  classification: string | null;
  /** The years of the node's relations in this export, ascending. */
  years: number[];
  community: number;
  degree: number;
  inDegree: number;
  outDegree: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  year: number | null;
  years: number[];
  role: string | null;
  status: string;
  evidenceIds: string[];
  /** The sections and excerpts of the relation's passages, one per line, in evidence order. */
  evidenceSection: string;
  evidenceExcerpt: string;
}

export interface ExportGraph {
  filter: ExportFilter;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export class ExportTooLarge extends Error {
  constructor(
    readonly nodes: number,
    readonly edges: number,
    readonly maxNodes: number,
    readonly maxEdges: number,
  ) {
    super(
      `The export would hold ${nodes} nodes and ${edges} edges; the limit is ${maxNodes} nodes and ${maxEdges} edges ` +
        '(EXPORT_MAX_NODES, EXPORT_MAX_EDGES). Narrow the filter: a year (year=2019), entity types ' +
        '(types=ORGANISATION), relation types (relationTypes=MEMBER_OF,PARTNER_OF) or an ego export (center=org:icat&depth=1).',
    );
    this.name = 'ExportTooLarge';
  }
}

export class UnknownCenter extends Error {
  constructor(readonly center: string) {
    super(`The entity "${center}" has no relation in the filtered network; check the id and the filter.`);
    this.name = 'UnknownCenter';
  }
}

export interface ExportLimits {
  maxNodes: number;
  maxEdges: number;
}

/** Entities within `depth` hops of `center` in the filtered network (relations in either direction). */
function egoNodes(edges: readonly ProjectedEdge[], center: string, depth: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of adjacent.get(n) ?? [])
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
    frontier = next;
  }
  return seen;
}

const joinLines = (xs: Array<string | undefined>) => xs.filter((x) => x !== undefined).join('\n');

/**
 * The filtered network (or the ego network around `center`) as every export format sees it, checked against the
 * limits before anything else is computed or read: an oversized export costs one read.
 */
export async function exportProjection(
  db: Database,
  analytics: Analytics,
  filter: ExportFilter,
  limits: ExportLimits,
): Promise<{ version: string | null; nodes: ProjectedNode[]; edges: ProjectedEdge[] }> {
  const version = await analytics.version(db);
  const projection = await analytics.projection(db, version, filter);
  let nodes: ProjectedNode[] = projection.nodes;
  let edges: ProjectedEdge[] = projection.edges;
  if (filter.center !== null) {
    if (!nodes.some((n) => n.id === filter.center)) throw new UnknownCenter(filter.center);
    const keep = egoNodes(edges, filter.center, filter.depth);
    nodes = nodes.filter((n) => keep.has(n.id));
    edges = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  }
  if (nodes.length > limits.maxNodes || edges.length > limits.maxEdges)
    throw new ExportTooLarge(nodes.length, edges.length, limits.maxNodes, limits.maxEdges);
  return { version, nodes, edges };
}

export async function buildExport(
  db: Database,
  analytics: Analytics,
  filter: ExportFilter,
  limits: ExportLimits,
  progress: (step: string) => void = () => undefined,
): Promise<ExportGraph> {
  progress('reading the network');
  const { version, nodes, edges } = await exportProjection(db, analytics, filter, limits);

  progress('computing the metrics');
  const score = (metric: Parameters<Analytics['scores']>[3]) => analytics.scores(db, version, filter, metric);
  const [degree, inDegree, outDegree, betweenness, closeness, eigenvector, pagerank, partition] =
    await Promise.all([
      score('DEGREE'),
      score('IN_DEGREE'),
      score('OUT_DEGREE'),
      score('BETWEENNESS'),
      score('CLOSENESS'),
      score('EIGENVECTOR'),
      score('PAGERANK'),
      analytics.partition(db, version, filter, 1),
    ]);

  progress('reading the evidence');
  const evidenceOf = await relationEvidence(db, filter);
  const evidence = (id: string) => evidenceOf.get(id) ?? [];
  const passages: Map<string, PassageRow> = await passagesByIds(db, [
    ...new Set(edges.flatMap((e) => evidence(e.id))),
  ]);

  const years = new Map<string, Set<number>>();
  for (const e of edges)
    for (const end of [e.source, e.target]) {
      let set = years.get(end);
      if (!set) years.set(end, (set = new Set()));
      for (const y of e.years) set.add(y);
    }
  const at = (s: Scores, id: string) => s[id] ?? 0;
  return {
    filter,
    nodes: nodes.map((n) => ({
      id: n.id,
      label: n.acronym ?? n.name,
      type: n.type,
      name: n.name,
      acronym: n.acronym,
      classification: n.classification,
      years: [...(years.get(n.id) ?? [])].sort((a, b) => a - b),
      community: partition.community[n.id] ?? -1,
      degree: at(degree, n.id),
      inDegree: at(inDegree, n.id),
      outDegree: at(outDegree, n.id),
      betweenness: at(betweenness, n.id),
      closeness: at(closeness, n.id),
      eigenvector: at(eigenvector, n.id),
      pagerank: at(pagerank, n.id),
    })),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      year: e.year,
      years: e.years,
      role: e.role,
      status: e.status,
      evidenceIds: evidence(e.id),
      evidenceSection: joinLines(evidence(e.id).map((id) => passages.get(id)?.section)),
      evidenceExcerpt: joinLines(evidence(e.id).map((id) => passages.get(id)?.excerpt)),
    })),
  };
}

/** The attribute columns, in file order, with their types (GraphML keys, GEXF attributes, CSV headers). */
export const NODE_ATTRIBUTES = [
  ['label', 'string'],
  ['type', 'string'],
  ['name', 'string'],
  ['acronym', 'string'],
  ['classification', 'string'],
  ['years', 'string'],
  ['community', 'int'],
  ['degree', 'int'],
  ['inDegree', 'int'],
  ['outDegree', 'int'],
  ['betweenness', 'double'],
  ['closeness', 'double'],
  ['eigenvector', 'double'],
  ['pagerank', 'double'],
] as const satisfies ReadonlyArray<readonly [keyof ExportNode, string]>;

export const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['year', 'int'],
  ['years', 'string'],
  ['role', 'string'],
  ['status', 'string'],
  ['evidenceIds', 'string'],
  ['evidenceSection', 'string'],
  ['evidenceExcerpt', 'string'],
] as const satisfies ReadonlyArray<readonly [keyof ExportEdge, string]>;

/** Lists are written as space-separated values (`2018 2019`) in every flat format. */
export function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value === 'number') return value;
  return String(value);
}
