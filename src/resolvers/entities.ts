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
import type { EntityRow } from '../graph/rows.js';
import { fuzzyDate } from '../model/dates.js';
import { kindOfType } from '../model/entities.js';
import { byName, entities, otherEnd, relatedEntities, relationConnection, relationsOf } from './shared.js';

/** The GraphQL object type of an entity is its kind's label. */
export const entityTypeName = (e: EntityRow) => kindOfType(e.type).label;

/** The fields every entity type answers the same way. */
const common = {
  evidence: ((e, _args, ctx) =>
    ctx.loaders.entityEvidence.load(e.id)) satisfies OrganisationResolvers['evidence'],
  relations: ((e, args, ctx, info) =>
    relationConnection(ctx, e.id, args, info)) satisfies OrganisationResolvers['relations'],
  degree: ((e, _args, ctx) => ctx.loaders.degree.load(e.id)) satisfies OrganisationResolvers['degree'],
  inferredProperties: ((e) =>
    e.inferredFields.map((field, i) => ({
      field,
      assertion: 'INFERRED' as const,
      note: e.inferredNotes[i] ?? '',
    }))) satisfies OrganisationResolvers['inferredProperties'],
};

const PARTICIPATION = ['PARTICIPATED_IN', 'ORGANISED', 'HOSTED'];

export const Organisation: OrganisationResolvers = {
  ...common,
  members: (o, _a, ctx) => relatedEntities(ctx, o.id, ['MEMBER_OF'], 'INCOMING', ['ORGANISATION']),
  memberOf: (o, _a, ctx) => relatedEntities(ctx, o.id, ['MEMBER_OF'], 'OUTGOING', ['ORGANISATION']),
  partners: (o, _a, ctx) => relatedEntities(ctx, o.id, ['PARTNER_OF'], 'BOTH', ['ORGANISATION']),
  coChairs: async (o, { year }, ctx) => {
    const rels = await relationsOf(ctx, o.id, ['CO_CHAIRED'], 'INCOMING');
    const chosen = rels.filter((r) => year === undefined || year === null || r.year === year);
    return byName(await entities(ctx, [...new Set(chosen.map(otherEnd))]));
  },
  coordinator: async (o, _a, ctx) =>
    (await relatedEntities(ctx, o.id, ['COORDINATES'], 'INCOMING', ['ORGANISATION']))[0] ?? null,
  funders: (o, _a, ctx) => relatedEntities(ctx, o.id, ['FUNDS'], 'INCOMING'),
  people: (o, _a, ctx) => relationsOf(ctx, o.id, ['AFFILIATED_WITH'], 'INCOMING'),
  events: (o, _a, ctx) => relationsOf(ctx, o.id, PARTICIPATION, 'OUTGOING'),
};

export const Person: PersonResolvers = {
  ...common,
  affiliations: (p, _a, ctx) => relationsOf(ctx, p.id, ['AFFILIATED_WITH'], 'OUTGOING'),
  events: (p, _a, ctx) => relationsOf(ctx, p.id, PARTICIPATION, 'OUTGOING'),
};

export const Event: EventResolvers = {
  ...common,
  date: (e) => (e.date ? fuzzyDate(e.date) : null),
  endDate: (e) => (e.endDate ? fuzzyDate(e.endDate) : null),
  status: (e) => (e.status === 'PLANNED' ? 'PLANNED' : 'HELD'),
  participants: (e, _a, ctx) => relationsOf(ctx, e.id, PARTICIPATION, 'INCOMING'),
  place: async (e, _a, ctx) =>
    (await relatedEntities(ctx, e.id, ['HELD_IN'], 'OUTGOING', ['PLACE']))[0] ?? null,
  onMarginsOf: async (e, _a, ctx) =>
    (await relatedEntities(ctx, e.id, ['ON_MARGINS_OF'], 'OUTGOING', ['EVENT']))[0] ?? null,
  sideEvents: (e, _a, ctx) => relatedEntities(ctx, e.id, ['ON_MARGINS_OF'], 'INCOMING', ['EVENT']),
};

export const Resolution: ResolutionResolvers = {
  ...common,
  adoptedBy: (r, _a, ctx) => relatedEntities(ctx, r.id, ['ADOPTED'], 'INCOMING', ['ORGANISATION']),
  callsUpon: (r, _a, ctx) => relatedEntities(ctx, r.id, ['CALLS_UPON'], 'OUTGOING'),
  mandates: (r, _a, ctx) => relatedEntities(ctx, r.id, ['MANDATES'], 'OUTGOING'),
};

export const Brief: BriefResolvers = {
  ...common,
  authors: (b, _a, ctx) => relatedEntities(ctx, b.id, ['AUTHORED'], 'INCOMING'),
  submittedTo: (b, _a, ctx) => relatedEntities(ctx, b.id, ['SUBMITTED_TO'], 'OUTGOING'),
  endorsements: (b, _a, ctx) => relationsOf(ctx, b.id, ['ENDORSED'], 'INCOMING'),
};

export const Place: PlaceResolvers = {
  ...common,
  country: async (p, _a, ctx) =>
    (await relatedEntities(ctx, p.id, ['LOCATED_IN'], 'OUTGOING', ['PLACE']))[0] ?? null,
  events: (p, _a, ctx) => relatedEntities(ctx, p.id, ['HELD_IN'], 'INCOMING', ['EVENT']),
};

export const Topic: TopicResolvers = {
  ...common,
  addressedBy: (t, _a, ctx) => relatedEntities(ctx, t.id, ['ADDRESSES'], 'INCOMING'),
};

export const Statement: StatementResolvers = {
  ...common,
  issuers: (s, _a, ctx) => relatedEntities(ctx, s.id, ['ISSUED'], 'INCOMING'),
  addressees: (s, _a, ctx) => relatedEntities(ctx, s.id, ['ADDRESSED_TO'], 'OUTGOING'),
  topics: (s, _a, ctx) => relatedEntities(ctx, s.id, ['ADDRESSES'], 'OUTGOING', ['TOPIC']),
};

export const Quantity: QuantityResolvers = {
  ...common,
  counts: (q) => q.counts ?? '',
  quantifies: (q, _a, ctx) => relatedEntities(ctx, q.id, ['QUANTIFIES'], 'OUTGOING'),
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
