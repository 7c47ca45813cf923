import type { GraphQLResolveInfo } from 'graphql';
import { analytics, type CentralityMetricName, type NetworkFilter } from '../analytics/index.js';
import { isSampled } from '../analytics/centrality.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type {
  CentralityConnectionResolvers,
  CentralityEdgeResolvers,
  CommunityMemberConnectionResolvers,
  CommunityPartitionResolvers,
  CommunityResolvers,
  EntityMetrics,
  NetworkDiffResolvers,
  NetworkDiffTieResolvers,
  QueryResolvers,
  Resolvers,
  TimelineConnectionResolvers,
  TimelineFactResolvers,
} from '../generated/graphql.js';
import { relationsOfYears, timelineFacts } from '../graph/analytics.js';
import type { EntityPage, RelationRow } from '../graph/rows.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import { fuzzyDate } from '../model/dates.js';
import { ENTITY_KINDS, type EntityLabel } from '../model/entities.js';
import type { CommunityRow, DiffTieRow, PartitionRow } from './analytics-rows.js';
import { checkFirst, checkId, checkYear } from './arguments.js';
import { encodeCursor, pageInfo, pageRequest, sdlDefault } from './paging.js';
import { entities, entity, passages, view } from './shared.js';

/** Root fields and types of the analytics (schema/analytics.graphql): check arguments, call src/analytics. */

// One dataset-version read per request, however many fields ask (Entity.metrics on a list of entities).
const versions = new WeakMap<Context, Promise<string | null>>();
function version(ctx: Context): Promise<string | null> {
  let v = versions.get(ctx);
  if (!v) {
    v = analytics.version(ctx.db);
    versions.set(ctx, v);
  }
  return v;
}

function networkFilter(args: {
  relationTypes?: readonly string[] | null;
  types?: readonly string[] | null;
  year?: number | null;
}): NetworkFilter {
  return {
    relationTypes: args.relationTypes ?? null,
    entityTypes: args.types ?? null,
    year: checkYear('year', args.year) ?? null,
  };
}

/** Position after the entity a decoded `after` cursor names, in a list of ids. */
function afterId(after: ReadonlyArray<string | number> | null, ids: readonly string[]): number {
  if (after === null) return 0;
  const at = ids.indexOf(String(after[0]));
  if (at === -1) throw badInput('after', 'the cursor names an entity that is no longer in this list');
  return at + 1;
}

function entityPage(
  ctx: Context,
  tag: string,
  ids: string[],
  start: number,
  first: number,
): Promise<EntityPage> {
  const slice = ids.slice(start, start + first);
  return entities(ctx, slice).then((rows) => ({
    items: rows.map((node) => ({ cursor: encodeCursor(tag, [node.id]), node })),
    totalCount: ids.length,
    hasNextPage: start + first < ids.length,
    hasPreviousPage: start > 0,
  }));
}

const byNameThenId = (names: ReadonlyMap<string, string>) => (a: string, b: string) =>
  (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'en') || (a < b ? -1 : 1);

const Query: QueryResolvers = {
  centrality: async (_p, args, ctx, info) => {
    const filter = networkFilter(args);
    const metric: CentralityMetricName = args.metric;
    const tag = `centrality:${metric}`;
    const { first, after } = pageRequest(info, args, { tag, arity: 1, max: QUERY_BOUNDS.maxFirst });
    // The last answer while a re-seeded graph's computes; `datasetVersion` says which it is.
    const served = await analytics.servedRanking(ctx.db, await version(ctx), filter, metric);
    const ranking = served.value;
    const start = afterId(
      after,
      ranking.map((r) => r.id),
    );
    const slice = ranking.slice(start, start + first);
    return {
      items: slice.map((r) => ({
        cursor: encodeCursor(tag, [r.id]),
        node: { cursor: encodeCursor(tag, [r.id]), entityId: r.id, score: r.score, rank: r.rank },
      })),
      totalCount: ranking.length,
      hasNextPage: start + first < ranking.length,
      hasPreviousPage: start > 0,
      sampled: isSampled(metric, ranking.length),
      datasetVersion: served.version,
    };
  },

  communities: async (_p, args, ctx): Promise<PartitionRow> => {
    const filter = networkFilter(args);
    const resolution = args.resolution ?? 1;
    if (!(resolution > 0 && resolution <= 10))
      throw badInput('resolution', `must be greater than 0 and at most 10; got ${resolution}`);
    // The last answer while a re-seeded graph's computes; `datasetVersion` says which it is.
    const served = await analytics.servedPartition(ctx.db, await version(ctx), filter, resolution);
    const { partition, degree, names } = served.value;
    const byName = byNameThenId(names);
    const communities: CommunityRow[] = partition.members.map((ids, id) => ({
      id,
      members: [...ids].sort(byName),
      top: [...ids].sort((a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || byName(a, b)),
    }));
    return { datasetVersion: served.version, modularity: partition.modularity, resolution, communities };
  },

  timeline: async (_p, args, ctx, info) => {
    const entityId = args.entity ? checkId('entity', args.entity) : null;
    const from = checkYear('from', args.from) ?? null;
    const to = checkYear('to', args.to) ?? null;
    if (from !== null && to !== null && from > to) throw badInput('from', 'must not be after to');
    const tag = `timeline:${entityId ?? '*'}`;
    const { first, after } = pageRequest(info, args, { tag, arity: 1, max: QUERY_BOUNDS.maxFirst });
    const offset = after === null ? 0 : Number(after[0]);
    if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'malformed cursor');
    const { total, facts } = await timelineFacts(ctx.db, {
      entity: entityId,
      entityTypes: args.types ?? null,
      fromYear: from,
      toYear: to,
      offset,
      limit: first,
    });
    return {
      items: facts.map((node, i) => ({ cursor: encodeCursor(tag, [offset + i + 1]), node })),
      totalCount: total,
      hasNextPage: offset + first < total,
      hasPreviousPage: offset > 0,
    };
  },

  networkDiff: async (_p, args, ctx) => {
    const fromYear = checkYear('fromYear', args.fromYear) ?? args.fromYear;
    const toYear = checkYear('toYear', args.toYear) ?? args.toYear;
    if (fromYear > toYear)
      throw badInput('fromYear', `must not be after toYear; got ${fromYear} > ${toYear}`);
    const rows = await relationsOfYears(ctx.db, fromYear, toYear, {
      relationTypes: args.relationTypes ?? null,
      entityTypes: args.types ?? null,
    });
    const ties = new Map<string, DiffTieRow>();
    for (const { relation, inFrom, inTo } of rows) {
      const key = `${relation.type}|${relation.from}|${relation.to}`;
      let tie = ties.get(key);
      if (!tie) {
        tie = { type: relation.type, from: relation.from, to: relation.to, before: [], after: [] };
        ties.set(key, tie);
      }
      if (inFrom) tie.before.push(relation);
      if (inTo) tie.after.push(relation);
    }
    const sorted = [...ties.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
    return {
      fromYear,
      toYear,
      added: sorted.filter((t) => t.before.length === 0),
      ended: sorted.filter((t) => t.after.length === 0),
      kept: sorted.filter((t) => t.before.length > 0 && t.after.length > 0),
    };
  },
};

const CentralityConnection: CentralityConnectionResolvers = {
  edges: (p) => p.items.map((i) => i.node),
  pageInfo: (p) => pageInfo(p),
};

const CentralityEdge: CentralityEdgeResolvers = {
  node: (e, _a, ctx) => entity(ctx, e.entityId),
};

const CommunityPartition: CommunityPartitionResolvers = {
  count: (p) => p.communities.length,
  communities: (p, args, _ctx, info) =>
    p.communities.slice(
      0,
      checkFirst('first', args.first, sdlDefault(info, 'first'), QUERY_BOUNDS.maxListItems),
    ),
};

const Community: CommunityResolvers = {
  size: (c) => c.members.length,
  members: (c, args, ctx, info) => {
    const tag = `community:${c.id}`;
    const { first, after } = pageRequest(info, args, { tag, arity: 1, max: QUERY_BOUNDS.maxFirst });
    return entityPage(ctx, tag, c.members, afterId(after, c.members), first);
  },
  top: (c, args, ctx, info) =>
    entities(
      ctx,
      c.top.slice(0, checkFirst('first', args.first, sdlDefault(info, 'first'), QUERY_BOUNDS.maxFirst)),
    ),
};

const CommunityMemberConnection: CommunityMemberConnectionResolvers = {
  edges: (p) => p.items,
  pageInfo: (p) => pageInfo(p),
};

const TimelineConnection: TimelineConnectionResolvers = {
  edges: (p) => p.items,
  pageInfo: (p) => pageInfo(p),
};

const TimelineFact: TimelineFactResolvers = {
  date: (f) => fuzzyDate(f.iso),
  event: (f, _a, ctx) => (f.eventId ? entity(ctx, f.eventId) : null),
  relation: (f) => (f.relation ? view(f.relation, null) : null),
  evidence: (f, _a, ctx) => passages(ctx, f.evidence),
};

const diffList = (list: DiffTieRow[], first: number | null | undefined, info: GraphQLResolveInfo) =>
  list.slice(0, checkFirst('first', first, sdlDefault(info, 'first'), QUERY_BOUNDS.maxListItems));

const NetworkDiff: NetworkDiffResolvers = {
  addedCount: (d) => d.added.length,
  endedCount: (d) => d.ended.length,
  keptCount: (d) => d.kept.length,
  added: (d, args, _ctx, info) => diffList(d.added, args.first, info),
  ended: (d, args, _ctx, info) => diffList(d.ended, args.first, info),
  kept: (d, args, _ctx, info) => diffList(d.kept, args.first, info),
};

const evidenceOf = (ctx: Context, relations: RelationRow[]) =>
  passages(ctx, [...new Set(relations.flatMap((r) => r.evidence))]);

const NetworkDiffTie: NetworkDiffTieResolvers = {
  from: (t, _a, ctx) => entity(ctx, t.from),
  to: (t, _a, ctx) => entity(ctx, t.to),
  before: (t) => t.before.map((r) => view(r, null)),
  after: (t) => t.after.map((r) => view(r, null)),
  fromEvidence: (t, _a, ctx) => evidenceOf(ctx, t.before),
  toEvidence: (t, _a, ctx) => evidenceOf(ctx, t.after),
};

async function metrics(
  e: { id: string },
  args: { relationTypes?: readonly string[] | null; year?: number | null },
  ctx: Context,
): Promise<EntityMetrics | null> {
  const filter = networkFilter({ relationTypes: args.relationTypes, year: args.year });
  const v = await version(ctx);
  const [degree, betweenness, pagerank, partition] = await Promise.all([
    analytics.scores(ctx.db, v, filter, 'DEGREE'),
    analytics.scores(ctx.db, v, filter, 'BETWEENNESS'),
    analytics.scores(ctx.db, v, filter, 'PAGERANK'),
    analytics.partition(ctx.db, v, filter, 1),
  ]);
  const d = degree[e.id];
  if (d === undefined) return null;
  return {
    degree: d,
    betweenness: betweenness[e.id] ?? 0,
    pagerank: pagerank[e.id] ?? 0,
    community: partition.community[e.id] ?? -1,
  };
}

/** The analytics merged into the rest of the resolvers: root fields, their types, and `metrics` on every entity. */
export function withAnalytics(base: Resolvers): Resolvers {
  return {
    ...base,
    Query: { ...base.Query, ...Query },
    // `metrics` on every kind of the model.
    ...(Object.fromEntries(ENTITY_KINDS.map((k) => [k.label, { ...base[k.label], metrics }])) as Pick<
      Resolvers,
      EntityLabel
    >),
    CentralityConnection,
    CentralityEdge,
    CommunityPartition,
    Community,
    CommunityMemberConnection,
    TimelineConnection,
    TimelineFact,
    NetworkDiff,
    NetworkDiffTie,
  };
}
