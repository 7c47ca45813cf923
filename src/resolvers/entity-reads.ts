import { ENTITY_BASE_PROPERTIES, ENTITY_PROPERTIES } from '../model/entities.js';
import { TYPED_LISTS } from './typed-lists.js';

/**
 * Which properties of an entity row each field of the entity types reads, for the compiled reads that fetch
 * only those (graph/fragments.ts, EntityNeeds.props). `id`, `type` and `name` are always read (the lists sort by
 * name, abstract types resolve by type). A field that is not listed makes the compiler read the whole row, so a
 * new field is answered correctly before anyone adds it here; test/unit/entity-reads.test.ts checks the
 * entries against the resolvers.
 */

/** Fields with a resolver of their own (entities.ts) and the properties it reads. */
export const COMPUTED_READS: Readonly<Record<string, readonly string[]>> = {
  __typename: ['type'],
  date: ['date'],
  endDate: ['endDate'],
  status: ['status'],
  counts: ['counts'],
  inferredProperties: ['inferredFields', 'inferredNotes'],
  // Read by the entity's id, through the loaders or the compiled read.
  evidence: [],
  degree: [],
  relations: [],
  mergedIds: [],
};

const TYPED_LIST_FIELDS = Object.values(TYPED_LISTS).flatMap((lists) => Object.keys(lists));

/**
 * Fields answered by the default resolver, the property of the same name: every property of the model (those every
 * entity has and each kind's own) that has no resolver of its own.
 */
const OWN = [...ENTITY_BASE_PROPERTIES, ...ENTITY_PROPERTIES.keys()].filter((p) => !(p in COMPUTED_READS));

export const FIELD_READS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...OWN.map((f): [string, readonly string[]] => [f, [f]]),
  ...Object.entries(COMPUTED_READS),
  ...TYPED_LIST_FIELDS.map((f): [string, readonly string[]] => [f, []]),
]);

export const OWN_FIELDS: readonly string[] = OWN;
