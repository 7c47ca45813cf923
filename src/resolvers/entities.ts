import type {
  EntityResolvers,
  EventResolvers,
  NodeResolvers,
  OrganisationResolvers,
  QuantityResolvers,
  Resolvers,
} from '../generated/graphql.js';
import type { Context } from '../context.js';
import type { EntityRow, EntityPage } from '../graph/rows.js';
import { fuzzyDate } from '../model/dates.js';
import { ENTITY_KINDS, kindOfType, type EntityLabel } from '../model/entities.js';
import { historyOf } from '../curation/store.js';
import { changeSetConnection } from './history.js';
import { pageInfo } from './paging.js';
import {
  byName,
  notReadAsOf,
  otherEnds,
  relatedEntities,
  relationConnection,
  relationsOf,
} from './shared.js';
import { TYPED_LISTS, typedListsOf, type TypedList } from './typed-lists.js';

/**
 * The entity types' resolvers, derived from the model (ENTITY_KINDS) and the typed lists (typed-lists.ts): every
 * kind answers the common fields and its typed lists the same way; only the fields computed from the row or with
 * arguments of their own are written here (FIELDS_OF).
 */

/** The GraphQL object type of an entity is its kind's label. */
export const entityTypeName = (e: EntityRow) => kindOfType(e.type).label;

/** The fields every entity type answers the same way. */
const common = {
  // Each reads what the root statement attached (EntityRow.compiled) when there is one, else its loader.
  evidence: ((e, _args, ctx) =>
    e.compiled?.evidence ??
    (e.asOf
      ? notReadAsOf(e.asOf, 'evidence')
      : ctx.loaders.entityEvidence.load(e.id))) satisfies OrganisationResolvers['evidence'],
  relations: ((e, args, ctx, info) =>
    relationConnection(ctx, e, args, info)) satisfies OrganisationResolvers['relations'],
  degree: ((e, _args, ctx) =>
    e.compiled?.degree ??
    (e.asOf
      ? notReadAsOf(e.asOf, 'degree')
      : ctx.loaders.degree.load(e.id))) satisfies OrganisationResolvers['degree'],
  history: ((e, args, ctx, info) =>
    changeSetConnection(ctx, info, args, 'history', (read, page) =>
      historyOf(read, e.id, page),
    )) satisfies OrganisationResolvers['history'],
  mergedIds: ((e, _args, ctx) =>
    ctx.loaders.mergedIds.load(e.id)) satisfies OrganisationResolvers['mergedIds'],
  inferredProperties: ((e) =>
    e.inferredFields.map((field, i) => ({
      field,
      assertion: 'INFERRED' as const,
      note: e.inferredNotes[i] ?? '',
    }))) satisfies OrganisationResolvers['inferredProperties'],
};

/** A typed list field: the relations themselves seen from the entity, the entities at the other ends, or one. */
function listResolver(list: TypedList) {
  if (list.shape === 'relations')
    return (e: EntityRow, _a: unknown, ctx: Context) => relationsOf(ctx, e, list.types, list.direction);
  const all = (e: EntityRow, _a: unknown, ctx: Context) =>
    relatedEntities(ctx, e, list.types, list.direction, list.onlyTypes);
  if (!list.one) return all;
  return async (e: EntityRow, a: unknown, ctx: Context) => (await all(e, a, ctx))[0] ?? null;
}

/** The fields of a kind that are neither common nor a plain typed list. */
const FIELDS_OF: Partial<Record<EntityLabel, object>> = {
  Organisation: {
    coChairs: (async (o, { year }, ctx) => {
      const list = TYPED_LISTS.Organisation.coChairs;
      const rels = await relationsOf(ctx, o, list.types, list.direction);
      const chosen = rels.filter((r) => year === undefined || year === null || r.year === year);
      return byName(await otherEnds(ctx, chosen));
    }) satisfies OrganisationResolvers['coChairs'],
  },
  Event: {
    date: ((e) => (e.date ? fuzzyDate(e.date) : null)) satisfies EventResolvers['date'],
    endDate: ((e) => (e.endDate ? fuzzyDate(e.endDate) : null)) satisfies EventResolvers['endDate'],
    status: ((e) => (e.status === 'PLANNED' ? 'PLANNED' : 'HELD')) satisfies EventResolvers['status'],
  },
  Quantity: {
    counts: ((q) => q.counts ?? '') satisfies QuantityResolvers['counts'],
  },
};

function resolversOf(label: EntityLabel): object {
  const lists = Object.entries(typedListsOf(label)).map(([field, list]) => [field, listResolver(list)]);
  return { ...common, ...Object.fromEntries(lists), ...FIELDS_OF[label] };
}

/** Organisation, Person, … : one entry per kind of the model. */
export const ENTITY_TYPES = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k.label, resolversOf(k.label)]),
) as Pick<Resolvers, EntityLabel>;

const entityConnection = {
  edges: (p: EntityPage) => p.items,
  pageInfo: (p: EntityPage) => pageInfo(p),
};

/** OrganisationConnection, PersonConnection, … : each kind's root connection type. */
export const ENTITY_CONNECTIONS = Object.fromEntries(
  ENTITY_KINDS.map((k) => [`${k.label}Connection`, entityConnection]),
) as Pick<Resolvers, `${EntityLabel}Connection`>;

export const Entity: EntityResolvers = {
  __resolveType: (e) => entityTypeName(e),
};

export const Node: NodeResolvers = {
  __resolveType: (n) => {
    if (n.rowType === 'passage') return 'Evidence';
    if (n.rowType === 'relation') return 'Relation';
    if (n.rowType === 'source') return 'Source';
    return entityTypeName(n);
  },
};
