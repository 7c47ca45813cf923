import type { RelationTypeName } from '../ingest/seed-schema.js';

/**
 * The rows the data layer returns. Codegen maps GraphQL types onto these (see codegen.ts), so resolvers are typed
 * from the row they receive to the field they answer.
 */

export type EntityTypeName = 'ORGANISATION' | 'PERSON' | 'EVENT' | 'RESOLUTION' | 'BRIEF' | 'PLACE';

export interface EntityRow {
  rowType: 'entity';
  id: string;
  type: EntityTypeName;
  name: string;
  otherNames: string[];
  description?: string | null;
  evidence: string[];
  // Organisation
  acronym?: string | null;
  classification?: string | null;
  website?: string | null;
  // Person
  title?: string | null;
  role?: string | null;
  // Event
  kind?: string | null;
  date?: string | null;
  endDate?: string | null;
  status?: string | null;
  participantCount?: number | null;
  participantCountQualifier?: string | null;
  // Resolution
  instrument?: string | null;
  symbol?: string | null;
  year?: number | null;
  // Brief
  documentType?: string | null;
  url?: string | null;
  // Place
  placeType?: string | null;
  category?: string | null;
}

export type RelationStatusName = 'DONE' | 'ONGOING' | 'PLANNED';

export interface RelationRow {
  rowType: 'relation';
  id: string;
  type: RelationTypeName;
  from: string;
  to: string;
  year?: number | null;
  since?: string | null;
  until?: string | null;
  role?: string | null;
  status: RelationStatusName;
  onBehalfOf?: string | null;
  quote?: string | null;
  evidence: string[];
}

/** A relation seen from one of its ends (`perspective`), or from above (null). */
export interface RelationView extends RelationRow {
  perspective: string | null;
}

export interface PassageRow {
  rowType: 'passage';
  id: string;
  section: string;
  excerpt: string;
}

export type NodeRow = EntityRow | RelationView | PassageRow;

export interface FuzzyDateValue {
  iso: string;
  precision: 'YEAR' | 'MONTH' | 'DAY';
  earliest: string;
  latest: string;
}

export interface Page<T> {
  items: Array<{ cursor: string; node: T }>;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export type EntityPage = Page<EntityRow>;
export type RelationPage = Page<RelationView>;

export interface PathStepRow {
  from: string;
  entity: string;
  relation: RelationView;
  direction: 'OUTGOING' | 'INCOMING';
}

export interface PathRow {
  entityIds: string[];
  steps: PathStepRow[];
}

export interface NeighbourhoodNodeRow {
  id: string;
  distance: number;
}

export interface NeighbourhoodRow {
  center: string;
  nodes: NeighbourhoodNodeRow[];
  edges: RelationView[];
  totalNodes: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
  matched: string;
}
