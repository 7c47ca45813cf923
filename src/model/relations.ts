import type { EntityTypeName } from './entities.js';

/** The relation types between entities, their statuses, and the directions a relation is read in. */

export const RELATION_TYPES = [
  'MEMBER_OF',
  'PARTNER_OF',
  'CO_CHAIRED',
  'ELECTED',
  'COORDINATES',
  'FUNDS',
  'SUBMITTED_TO',
  'AUTHORED',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'ORGANISED',
  'HOSTED',
  'HELD_IN',
  'LOCATED_IN',
  'ON_MARGINS_OF',
  'ADOPTED',
  'CALLS_UPON',
  'MANDATES',
  'PURSUANT_TO',
  'ENDORSED',
  'PART_OF',
  'ESTABLISHED_UNDER',
  'SUPPORTS',
  'DISSEMINATED_TO',
  'ENCOURAGES',
  'INFORMS',
  'COLLABORATES_WITH',
  'LAUNCHED',
  'ON_OCCASION_OF',
  'ABOUT',
  'ADDRESSES',
  'ISSUED',
  'ADDRESSED_TO',
  'QUANTIFIES',
] as const;
export type RelationTypeName = (typeof RELATION_TYPES)[number];

const TYPES = new Set<string>(RELATION_TYPES);

export function isRelationType(type: string): type is RelationTypeName {
  return TYPES.has(type);
}

/** The entity kinds one end of a relation type may be; absent means any kind. */
export interface RelationEnds {
  from?: readonly EntityTypeName[];
  to?: readonly EntityTypeName[];
}

/**
 * The kinds a relation type joins, where the model constrains them (a type not listed joins any kinds). The seed
 * validator enforces this table, and docs/reference/SEED-FORMAT.md describes it. ADDRESSES: an entity of any kind (a brief, an
 * event, a body such as the supply-chain Task Force…) addresses a topic, and only a topic is addressed.
 */
export const RELATION_ENDS: Partial<Record<RelationTypeName, RelationEnds>> = {
  ADDRESSES: { to: ['TOPIC'] },
};

/**
 * A relation that happened, is under way, is being discussed (its modalities not yet settled), or is announced.
 * Unset in the seed means DONE.
 */
export const RELATION_STATUSES = ['DONE', 'ONGOING', 'UNDER_DISCUSSION', 'PLANNED'] as const;
export type RelationStatusName = (typeof RELATION_STATUSES)[number];

/** Which relations of an entity: those it starts, those it ends, or both. */
export const DIRECTIONS = ['OUTGOING', 'INCOMING', 'BOTH'] as const;
export type DirectionName = (typeof DIRECTIONS)[number];

/**
 * How a fact stands to the report: STATED (the text says it) or INFERRED (a curator's reading of the text, which
 * then carries a note saying why). Unset in the seed means STATED.
 */
export const ASSERTIONS = ['STATED', 'INFERRED'] as const;
export type AssertionName = (typeof ASSERTIONS)[number];

const STATUSES = new Set<string>(RELATION_STATUSES);

export function isRelationStatus(status: unknown): status is RelationStatusName {
  return typeof status === 'string' && STATUSES.has(status);
}
