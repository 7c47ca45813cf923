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
  'ABOUT',
] as const;
export type RelationTypeName = (typeof RELATION_TYPES)[number];

const TYPES = new Set<string>(RELATION_TYPES);

export function isRelationType(type: string): type is RelationTypeName {
  return TYPES.has(type);
}

/** A relation that happened, is under way, or is announced. Unset in the seed means DONE. */
export const RELATION_STATUSES = ['DONE', 'ONGOING', 'PLANNED'] as const;
export type RelationStatusName = (typeof RELATION_STATUSES)[number];

/** Which relations of an entity: those it starts, those it ends, or both. */
export const DIRECTIONS = ['OUTGOING', 'INCOMING', 'BOTH'] as const;
export type DirectionName = (typeof DIRECTIONS)[number];
