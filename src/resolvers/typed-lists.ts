import type { EntityLabel, EntityTypeName } from '../model/entities.js';
import type { DirectionName, RelationTypeName } from '../model/relations.js';

/**
 * The typed list fields of the entity types, written once: which relations each reads, which way, and what it
 * answers. The field resolvers (entities.ts) and the selection compiler (selection.ts) both read this table, so
 * the loader key a field asks for and the key the compiler primes cannot drift apart.
 *  - `entities`: the entities at the other ends (in name order), optionally only of some types;
 *  - `relations`: the relations themselves, seen from the entity (Affiliation, Participation, Endorsement).
 */
export interface TypedList {
  types: RelationTypeName[];
  direction: DirectionName;
  shape: 'entities' | 'relations';
  onlyTypes?: EntityTypeName[];
  /** An `entities` list whose resolver also reads the relations (coChairs picks them by year). */
  readsRelations?: true;
  /** An `entities` field answering one entity (the first by name), or null. */
  one?: true;
}

const PARTICIPATION: RelationTypeName[] = ['PARTICIPATED_IN', 'ORGANISED', 'HOSTED'];

const entitiesVia = (
  types: RelationTypeName[],
  direction: DirectionName,
  onlyTypes?: EntityTypeName[],
): TypedList =>
  onlyTypes ? { types, direction, shape: 'entities', onlyTypes } : { types, direction, shape: 'entities' };
const oneVia = (
  types: RelationTypeName[],
  direction: DirectionName,
  onlyTypes: EntityTypeName[],
): TypedList => ({
  ...entitiesVia(types, direction, onlyTypes),
  one: true,
});
const relationsVia = (types: RelationTypeName[], direction: DirectionName): TypedList => ({
  types,
  direction,
  shape: 'relations',
});

export const TYPED_LISTS = {
  Organisation: {
    members: entitiesVia(['MEMBER_OF'], 'INCOMING', ['ORGANISATION']),
    memberOf: entitiesVia(['MEMBER_OF'], 'OUTGOING', ['ORGANISATION']),
    partners: entitiesVia(['PARTNER_OF'], 'BOTH', ['ORGANISATION']),
    coChairs: { ...entitiesVia(['CO_CHAIRED'], 'INCOMING'), readsRelations: true },
    coordinator: oneVia(['COORDINATES'], 'INCOMING', ['ORGANISATION']),
    funders: entitiesVia(['FUNDS'], 'INCOMING'),
    people: relationsVia(['AFFILIATED_WITH'], 'INCOMING'),
    events: relationsVia(PARTICIPATION, 'OUTGOING'),
  },
  Person: {
    affiliations: relationsVia(['AFFILIATED_WITH'], 'OUTGOING'),
    events: relationsVia(PARTICIPATION, 'OUTGOING'),
  },
  Event: {
    participants: relationsVia(PARTICIPATION, 'INCOMING'),
    place: oneVia(['HELD_IN'], 'OUTGOING', ['PLACE']),
    onMarginsOf: oneVia(['ON_MARGINS_OF'], 'OUTGOING', ['EVENT']),
    sideEvents: entitiesVia(['ON_MARGINS_OF'], 'INCOMING', ['EVENT']),
  },
  Resolution: {
    adoptedBy: entitiesVia(['ADOPTED'], 'INCOMING', ['ORGANISATION']),
    callsUpon: entitiesVia(['CALLS_UPON'], 'OUTGOING'),
    mandates: entitiesVia(['MANDATES'], 'OUTGOING'),
  },
  Brief: {
    authors: entitiesVia(['AUTHORED'], 'INCOMING'),
    submittedTo: entitiesVia(['SUBMITTED_TO'], 'OUTGOING'),
    endorsements: relationsVia(['ENDORSED'], 'INCOMING'),
  },
  Place: {
    country: oneVia(['LOCATED_IN'], 'OUTGOING', ['PLACE']),
    events: entitiesVia(['HELD_IN'], 'INCOMING', ['EVENT']),
  },
  Topic: {
    addressedBy: entitiesVia(['ADDRESSES'], 'INCOMING'),
  },
  Statement: {
    issuers: entitiesVia(['ISSUED'], 'INCOMING'),
    addressees: entitiesVia(['ADDRESSED_TO'], 'OUTGOING'),
    topics: entitiesVia(['ADDRESSES'], 'OUTGOING', ['TOPIC']),
  },
  Quantity: {
    quantifies: entitiesVia(['QUANTIFIES'], 'OUTGOING'),
  },
} satisfies Partial<Record<EntityLabel, Record<string, TypedList>>>;

/** The typed list a field of an entity type reads, if it is one. */
export function typedList(typeName: string, field: string): TypedList | undefined {
  return typedListsOf(typeName)[field];
}

/** Every typed list field of an entity type, by field name (none for a kind that has none). */
export function typedListsOf(typeName: string): Readonly<Record<string, TypedList>> {
  const lists: Partial<Record<string, Record<string, TypedList>>> = TYPED_LISTS;
  return lists[typeName] ?? {};
}
