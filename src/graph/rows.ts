import type { EntityPropertyValues, EntityTypeName } from '../model/entities.js';
import type { AssertionName, RelationStatusName, RelationTypeName } from '../model/relations.js';

/**
 * The rows the data layer returns. Codegen maps GraphQL types onto these (see codegen.ts), so resolvers are typed
 * from the row they receive to the field they answer.
 */

/**
 * An entity as the data layer returns it: the properties every entity has, and each kind's own properties as the
 * model names them (`properties` in src/model/entities.ts ENTITY_KINDS), so a new property needs no edit here.
 */
export interface EntityRow extends EntityPropertyValues {
  rowType: 'entity';
  id: string;
  type: EntityTypeName;
  name: string;
  otherNames: string[];
  description?: string | null;
  evidence: string[];
  /** The sub-kind the network page colours by (the loader writes it). */
  category?: string | null;
  /** Which properties are a curator's reading, and why (parallel lists). */
  inferredFields: string[];
  inferredNotes: string[];
  /**
   * What the root statement (graph/fragments.ts) fetched for this entity's fields; its fields read it instead of
   * the loaders. Only on the objects a root field answers, never in the loaders' caches: below the root, such a
   * row may hold only the properties its selection reads.
   */
  compiled?: CompiledEntity;
  /** Read as of this past instant (`asOf`): only what its statement read is of that time (graph/fragments.ts). */
  asOf?: string;
}

/** One relation slice of a compiled entity: the page, each relation with the entity at its other end. */
export interface CompiledSlice {
  total: number;
  hasNextPage: boolean;
  /** `relation` is null where no field reads the relations themselves (a list of the entities at the ends). */
  items: Array<{ relation: RelationRow | null; other: EntityRow; evidence: PassageRow[] | null }>;
}

export interface CompiledEntity {
  /** null: not compiled (the field loads it). */
  evidence: PassageRow[] | null;
  degree: number | null;
  /** By sliceKey(types, direction, first, after) (graph/fragments.ts). */
  slices: ReadonlyMap<string, CompiledSlice>;
}

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
  assertion: AssertionName;
  note?: string | null;
  evidence: string[];
}

/** A relation seen from one of its ends (`perspective`), or from above (null). */
export interface RelationView extends RelationRow {
  perspective: string | null;
  /** From a root statement: the entity at the other end (seen from `perspective`) and the cited passages. */
  otherRow?: EntityRow;
  evidenceRows?: PassageRow[];
  /** From a root statement that read both ends (a path, a neighbourhood): the entities it read, by id. */
  ends?: ReadonlyMap<string, EntityRow>;
  /** Read as of this past instant (`asOf`). */
  asOf?: string;
}

export interface PassageRow {
  rowType: 'passage';
  id: string;
  /** The id of its source. */
  source: string;
  section: string;
  excerpt: string;
  start: number | null;
  end: number | null;
  /** W3C TextQuoteSelector context ('' when unknown), how the current edition placed it, the quote before. */
  prefix: string;
  suffix: string;
  anchor: 'EXACT' | 'MOVED' | 'APPROXIMATE' | 'ORPHANED';
  previousExcerpt: string | null;
}

export interface SourceRow {
  rowType: 'source';
  id: string;
  title: string;
  publisher: string;
  year: number;
  url: string;
  dataset: string;
  sectionNames: string[];
  sectionTexts: string[];
  sha256: string | null;
  edition: number;
}

export interface SourceSectionRow {
  source: string;
  name: string;
  text: string;
}

/** What a passage supports: the entities it evidences and the relations that cite it. */
export interface PassageFacts {
  entities: EntityRow[];
  relations: RelationRow[];
}

export type NodeRow = EntityRow | RelationView | PassageRow | SourceRow;

/** One page as the data layer reads it: each item with the sort key it was ordered by, and whether more follow. */
export interface Slice<T> {
  items: Array<{ key: Array<string | number>; node: T }>;
  totalCount: number;
  hasNextPage: boolean;
}

/** A connection page as the resolvers answer it (see resolvers/paging.ts): each item with its cursor. */
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
  /** As the root statement read them (with what their fields read attached). */
  entities: EntityRow[];
  steps: PathStepRow[];
}

export interface NeighbourhoodNodeRow {
  id: string;
  distance: number;
  /** As the root statement read it. */
  entity: EntityRow;
}

export interface NeighbourhoodRow {
  center: string;
  centerRow: EntityRow;
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
