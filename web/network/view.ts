// What the page shows, as one value: the filter (preset, relation type, year), how nodes are sized and
// coloured, and the mode (explore, path, ego). The URL carries it, so a view can be linked and reloaded.
import type { CentralityMetric, EntityType, FilterVariables, RelationType } from './api.js';

/**
 * The partnership preset: organisations and the relation types through which they work together, as the
 * report states them — membership of ICAT, partnership, co-chairing, coordination, support, funding and
 * collaboration. Not in it: ELECTED (an act of the Working Group), PART_OF (an organisation's structure) and the
 * event, document and place relations.
 */
export const PARTNERSHIP_TYPES = [
  'MEMBER_OF',
  'PARTNER_OF',
  'CO_CHAIRED',
  'COORDINATES',
  'SUPPORTS',
  'FUNDS',
  'COLLABORATES_WITH',
] as const;

export type Preset = 'everything' | 'partnerships';
export type SizeBy = 'degree' | 'betweenness' | 'closeness' | 'eigenvector' | 'pagerank';
export type ColourBy = 'type' | 'community';
export type Mode = 'explore' | 'path' | 'ego';

export interface View {
  preset: Preset;
  relationType: string | null;
  year: number | null;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  mode: Mode;
  /** Path mode: the two ends. */
  from: string | null;
  to: string | null;
  /** Ego mode: the centre and the depth (1 or 2). */
  center: string | null;
  depth: 1 | 2;
}

export const SIZE_METRICS: Record<SizeBy, { metric: CentralityMetric; label: string }> = {
  degree: { metric: 'DEGREE', label: 'Degree (relations)' },
  betweenness: { metric: 'BETWEENNESS', label: 'Betweenness (brokers)' },
  closeness: { metric: 'CLOSENESS', label: 'Closeness' },
  eigenvector: { metric: 'EIGENVECTOR', label: 'Eigenvector' },
  pagerank: { metric: 'PAGERANK', label: 'PageRank' },
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

export function viewFromUrl(params: URLSearchParams): View {
  const year = Number.parseInt(params.get('year') ?? '', 10);
  const mode = oneOf(params.get('mode'), ['explore', 'path', 'ego'] as const, 'explore');
  return {
    preset: oneOf(params.get('preset'), ['everything', 'partnerships'] as const, 'everything'),
    relationType: params.get('type') || null,
    year: Number.isFinite(year) ? year : null,
    sizeBy: oneOf(params.get('size'), Object.keys(SIZE_METRICS) as SizeBy[], 'degree'),
    colourBy: oneOf(params.get('colour'), ['type', 'community'] as const, 'type'),
    mode,
    from: params.get('from') || null,
    to: params.get('to') || null,
    center: params.get('center') || null,
    depth: params.get('depth') === '2' ? 2 : 1,
  };
}

export function viewToUrl(view: View): string {
  const next = new URLSearchParams();
  if (view.preset !== 'everything') next.set('preset', view.preset);
  if (view.relationType) next.set('type', view.relationType);
  if (view.year !== null) next.set('year', String(view.year));
  if (view.sizeBy !== 'degree') next.set('size', view.sizeBy);
  if (view.colourBy !== 'type') next.set('colour', view.colourBy);
  if (view.mode !== 'explore') next.set('mode', view.mode);
  if (view.mode === 'path') {
    if (view.from) next.set('from', view.from);
    if (view.to) next.set('to', view.to);
  }
  if (view.mode === 'ego' && view.center) {
    next.set('center', view.center);
    next.set('depth', String(view.depth));
  }
  return next.size > 0 ? `?${next.toString()}` : '';
}

/** The relation types the view draws: the chosen one, else the preset's (null: every type). */
export function relationTypes(view: View): RelationType[] | null {
  // The URL's type is sent as it is: the API answers an unknown one with an error the page shows.
  if (view.relationType) return [view.relationType as RelationType];
  return view.preset === 'partnerships' ? [...PARTNERSHIP_TYPES] : null;
}

export function filterVariables(view: View): FilterVariables {
  return {
    types: relationTypes(view),
    entityTypes: view.preset === 'partnerships' ? (['ORGANISATION'] satisfies EntityType[]) : null,
    year: view.year,
  };
}

export type ExportFormat =
  | 'network.gexf'
  | 'network.graphml'
  | 'nodes.csv'
  | 'edges.csv'
  | 'entities.ftm.json'
  | 'graph.ttl'
  | 'graph.jsonld';

/** The `/export/…` URL of the current view: its filter, and in ego mode its centre and depth. */
export function exportUrl(view: View, format: ExportFormat): string {
  const f = filterVariables(view);
  const q = new URLSearchParams();
  if (f.types) q.set('relationTypes', f.types.join(','));
  if (f.entityTypes) q.set('types', f.entityTypes.join(','));
  if (f.year !== null) q.set('year', String(f.year));
  if (view.mode === 'ego' && view.center) {
    q.set('center', view.center);
    q.set('depth', String(view.depth));
  }
  return `/export/${format}${q.size > 0 ? `?${q.toString()}` : ''}`;
}

/** The PNG's file name, like the exports': `icat-network-2019-partnerships.png`. */
export function imageFileName(view: View): string {
  const parts = ['icat-network'];
  if (view.year !== null) parts.push(String(view.year));
  if (view.preset !== 'everything') parts.push(view.preset);
  if (view.relationType) parts.push(view.relationType.toLowerCase());
  if (view.mode === 'ego' && view.center)
    parts.push(view.center.replace(/[^a-z0-9-]/gi, '_'), `d${view.depth}`);
  return `${parts.join('-')}.png`;
}
