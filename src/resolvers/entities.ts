import type {
  BriefResolvers,
  EntityResolvers,
  EventResolvers,
  NodeResolvers,
  OrganisationResolvers,
  PersonResolvers,
  PlaceResolvers,
  QuantityResolvers,
  StatementResolvers,
  TopicResolvers,
  ResolutionResolvers,
} from '../generated/graphql.js';
import type { Context } from '../context.js';
import type { EntityRow } from '../graph/rows.js';
import { fuzzyDate } from '../model/dates.js';
import { kindOfType } from '../model/entities.js';
import { byName, otherEnds, relatedEntities, relationConnection, relationsOf } from './shared.js';
import { TYPED_LISTS, typedList } from './typed-lists.js';

/** The GraphQL object type of an entity is its kind's label. */
export const entityTypeName = (e: EntityRow) => kindOfType(e.type).label;

/** The fields every entity type answers the same way. */
const common = {
  // Each reads what a compiled read fetched (EntityRow.compiled) when there is one, else its loader.
  evidence: ((e, _args, ctx) =>
    e.compiled?.evidence ??
    ctx.loaders.entityEvidence.load(e.id)) satisfies OrganisationResolvers['evidence'],
  relations: ((e, args, ctx, info) =>
    relationConnection(ctx, e, args, info)) satisfies OrganisationResolvers['relations'],
  degree: ((e, _args, ctx) =>
    e.compiled?.degree ?? ctx.loaders.degree.load(e.id)) satisfies OrganisationResolvers['degree'],
  inferredProperties: ((e) =>
    e.inferredFields.map((field, i) => ({
      field,
      assertion: 'INFERRED' as const,
      note: e.inferredNotes[i] ?? '',
    }))) satisfies OrganisationResolvers['inferredProperties'],
};

/** A typed list field (typed-lists.ts) answered as the entities at the other ends. */
function related(type: keyof typeof TYPED_LISTS, field: string) {
  const list = typedList(type, field)!;
  return (e: EntityRow, _a: unknown, ctx: Context) =>
    relatedEntities(ctx, e, list.types, list.direction, list.onlyTypes);
}

/** The same, for a field answering one entity (the first by name). */
function relatedOne(type: keyof typeof TYPED_LISTS, field: string) {
  const all = related(type, field);
  return async (e: EntityRow, a: unknown, ctx: Context) => (await all(e, a, ctx))[0] ?? null;
}

/** A typed list field answered as the relations themselves, seen from the entity. */
function relations(type: keyof typeof TYPED_LISTS, field: string) {
  const list = typedList(type, field)!;
  return (e: EntityRow, _a: unknown, ctx: Context) => relationsOf(ctx, e, list.types, list.direction);
}

export const Organisation: OrganisationResolvers = {
  ...common,
  members: related('Organisation', 'members'),
  memberOf: related('Organisation', 'memberOf'),
  partners: related('Organisation', 'partners'),
  coChairs: async (o, { year }, ctx) => {
    const list = TYPED_LISTS.Organisation.coChairs;
    const rels = await relationsOf(ctx, o, list.types, list.direction);
    const chosen = rels.filter((r) => year === undefined || year === null || r.year === year);
    return byName(await otherEnds(ctx, chosen));
  },
  coordinator: relatedOne('Organisation', 'coordinator'),
  funders: related('Organisation', 'funders'),
  people: relations('Organisation', 'people'),
  events: relations('Organisation', 'events'),
};

export const Person: PersonResolvers = {
  ...common,
  affiliations: relations('Person', 'affiliations'),
  events: relations('Person', 'events'),
};

export const Event: EventResolvers = {
  ...common,
  date: (e) => (e.date ? fuzzyDate(e.date) : null),
  endDate: (e) => (e.endDate ? fuzzyDate(e.endDate) : null),
  status: (e) => (e.status === 'PLANNED' ? 'PLANNED' : 'HELD'),
  participants: relations('Event', 'participants'),
  place: relatedOne('Event', 'place'),
  onMarginsOf: relatedOne('Event', 'onMarginsOf'),
  sideEvents: related('Event', 'sideEvents'),
};

export const Resolution: ResolutionResolvers = {
  ...common,
  adoptedBy: related('Resolution', 'adoptedBy'),
  callsUpon: related('Resolution', 'callsUpon'),
  mandates: related('Resolution', 'mandates'),
};

export const Brief: BriefResolvers = {
  ...common,
  authors: related('Brief', 'authors'),
  submittedTo: related('Brief', 'submittedTo'),
  endorsements: relations('Brief', 'endorsements'),
};

export const Place: PlaceResolvers = {
  ...common,
  country: relatedOne('Place', 'country'),
  events: related('Place', 'events'),
};

export const Topic: TopicResolvers = {
  ...common,
  addressedBy: related('Topic', 'addressedBy'),
};

export const Statement: StatementResolvers = {
  ...common,
  issuers: related('Statement', 'issuers'),
  addressees: related('Statement', 'addressees'),
  topics: related('Statement', 'topics'),
};

export const Quantity: QuantityResolvers = {
  ...common,
  counts: (q) => q.counts ?? '',
  quantifies: related('Quantity', 'quantifies'),
};

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
