import type {
  AffiliationResolvers,
  EndorsementResolvers,
  NeighbourhoodNodeResolvers,
  NeighbourhoodResolvers,
  ParticipationResolvers,
  PathResolvers,
  PathStepResolvers,
  RelationConnectionResolvers,
  RelationResolvers,
} from '../generated/graphql.js';
import { fuzzyDate } from '../model/dates.js';
import { pageInfo } from './paging.js';
import { endOf, evidenceOf, otherEnd } from './shared.js';

/** Relations and the types built on them: edges, affiliations, participations, paths, connections. */

// The ends and the evidence come from a compiled read when it fetched them (endOf, evidenceOf), else the loaders.
export const Relation: RelationResolvers = {
  from: (r, _a, ctx) => endOf(ctx, r, r.from),
  to: (r, _a, ctx) => endOf(ctx, r, r.to),
  direction: (r) => (r.perspective === null ? 'BOTH' : r.perspective === r.from ? 'OUTGOING' : 'INCOMING'),
  other: (r, _a, ctx) => endOf(ctx, r, r.perspective === null ? r.to : otherEnd(r)),
  since: (r) => (r.since ? fuzzyDate(r.since) : null),
  until: (r) => (r.until ? fuzzyDate(r.until) : null),
  onBehalfOf: async (r, _a, ctx) => (r.onBehalfOf ? ctx.loaders.entity.load(r.onBehalfOf) : null),
  evidence: (r, _a, ctx) => evidenceOf(ctx, r),
};

export const Affiliation: AffiliationResolvers = {
  person: (r, _a, ctx) => endOf(ctx, r, r.from),
  organisation: (r, _a, ctx) => endOf(ctx, r, r.to),
  evidence: (r, _a, ctx) => evidenceOf(ctx, r),
};

export const Participation: ParticipationResolvers = {
  participant: (r, _a, ctx) => endOf(ctx, r, r.from),
  event: (r, _a, ctx) => endOf(ctx, r, r.to),
  relationType: (r) => r.type,
  evidence: (r, _a, ctx) => evidenceOf(ctx, r),
};

export const Endorsement: EndorsementResolvers = {
  by: (r, _a, ctx) => endOf(ctx, r, r.from),
  brief: (r, _a, ctx) => endOf(ctx, r, r.to),
  evidence: (r, _a, ctx) => evidenceOf(ctx, r),
};

export const RelationConnection: RelationConnectionResolvers = {
  edges: (p) => p.items,
  pageInfo: (p) => pageInfo(p),
};

// Paths and neighbourhoods hold their entities as the root statement read them.
export const Path: PathResolvers = {
  length: (p) => p.steps.length,
  entities: (p) => p.entities,
  steps: (p) => p.steps,
};

export const PathStep: PathStepResolvers = {
  from: (s, _a, ctx) => endOf(ctx, s.relation, s.from),
  entity: (s, _a, ctx) => endOf(ctx, s.relation, s.entity),
  relation: (s) => s.relation,
  evidence: (s, _a, ctx) => evidenceOf(ctx, s.relation),
};

export const Neighbourhood: NeighbourhoodResolvers = {
  center: (n) => n.centerRow,
  nodes: (n) => n.nodes,
  edges: (n) => n.edges,
  pageInfo: (n) => ({
    hasNextPage: n.hasNextPage,
    hasPreviousPage: n.hasPreviousPage,
    startCursor: n.startCursor,
    endCursor: n.endCursor,
  }),
};

export const NeighbourhoodNode: NeighbourhoodNodeResolvers = {
  entity: (n) => n.entity,
};
