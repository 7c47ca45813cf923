import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { NameFilter, QueryResolvers } from '../generated/graphql.js';
import { listEntities, type EntityFilter, type Order } from '../graph/entities.js';
import { relationTypeCounts } from '../graph/relations.js';
import { allSources } from '../graph/sources.js';
import type { EntityPage, NeighbourhoodRow } from '../graph/rows.js';
import { searchEntities, searchTerms } from '../graph/search.js';
import { neighbourhoodNodes, relationsAmong, shortestPath } from '../graph/traversal.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import type { EntityLabel } from '../model/entities.js';
import { isPassageId, isSourceId, relationTypeOfId } from '../model/ids.js';
import { checkFirst, checkId, checkRange, checkText, checkYear } from './arguments.js';
import { encodeCursor, pageRequest, sdlDefault, toPage } from './paging.js';
import { compileEntity, compileNeighbourhood, compilePath, nestedNeeds, primeTree } from './lookahead.js';
import { resolveNetwork } from './network.js';
import { view } from './shared.js';

/** Root fields: check arguments, then call the data layer or the loaders. */

function nameFilter(
  where: { name?: NameFilter | null } | null | undefined,
): Pick<EntityFilter, 'nameContains' | 'nameEquals'> {
  const n = where?.name;
  const out: Pick<EntityFilter, 'nameContains' | 'nameEquals'> = {};
  if (n?.contains !== undefined && n.contains !== null)
    out.nameContains = checkText('where.name.contains', n.contains, QUERY_BOUNDS.maxNameFilterLength);
  if (n?.equals !== undefined && n.equals !== null)
    out.nameEquals = checkText('where.name.equals', n.equals, QUERY_BOUNDS.maxNameFilterLength);
  return out;
}

function relatedFilter(
  where: { relatedTo?: string | null; relatedBy?: string[] | null } | null | undefined,
): Pick<EntityFilter, 'relatedTo' | 'relatedBy'> {
  if (!where?.relatedTo) {
    if (where?.relatedBy && where.relatedBy.length > 0)
      throw badInput('where.relatedBy', 'needs where.relatedTo');
    return {};
  }
  return { relatedTo: checkId('where.relatedTo', where.relatedTo), relatedBy: where.relatedBy ?? [] };
}

function list<T extends string>(
  property: NonNullable<EntityFilter['inLists']>[number]['property'],
  values: readonly T[] | null | undefined,
) {
  return values && values.length > 0 ? [{ property, values: [...values] }] : [];
}

/** A page of one entity kind, keyset-paged by (sort key, id) under a cursor tagged with the kind and order. */
async function page(
  ctx: Context,
  info: GraphQLResolveInfo,
  label: EntityLabel,
  args: { first?: number | null; after?: string | null; orderBy?: Order | null },
  filter: EntityFilter,
): Promise<EntityPage> {
  const order: Order = args.orderBy ?? 'NAME_ASC';
  const tag = `${label}:${order}`;
  const request = pageRequest(info, args, { tag, arity: 2, max: QUERY_BOUNDS.maxFirst });
  const [key, id] = request.after ?? [];
  const after = request.after ? { key: String(key), id: String(id) } : undefined;
  const needs = ctx.compile ? nestedNeeds(info, [['edges', 'node']]) : undefined;
  const slice = await listEntities(ctx.db, { label, filter, order, first: request.first, after }, needs);
  // Prime the entity loader: nested fields that reach these entities again need no further query.
  for (const { node } of slice.items) ctx.loaders.entity.prime(node.id, node);
  if (needs) for (const tree of slice.trees ?? []) primeTree(ctx, tree, needs);
  return toPage(slice, tag, request);
}

function yearRange(where: { yearFrom?: number | null; yearTo?: number | null } | null | undefined) {
  const out: Pick<EntityFilter, 'yearFrom' | 'yearTo'> = {};
  const from = checkYear('where.yearFrom', where?.yearFrom);
  const to = checkYear('where.yearTo', where?.yearTo);
  if (from !== undefined) out.yearFrom = from;
  if (to !== undefined) out.yearTo = to;
  if (from !== undefined && to !== undefined && from > to)
    throw badInput('where.yearFrom', 'must not be after where.yearTo');
  return out;
}

/** The neighbourhood as it is read with the compiler off: the walk, then the relations among the page. */
async function neighbourhoodInTwo(
  ctx: Context,
  id: string,
  depth: number,
  types: readonly string[] | null,
  page: { offset: number; first: number },
) {
  const found = await neighbourhoodNodes(ctx.db, id, depth, types, page.offset + page.first + 1);
  if (!found.found) return null;
  const nodes = found.nodes.slice(page.offset, page.offset + page.first);
  // The entities came with the walk: their fields need no further query.
  for (const n of nodes) ctx.loaders.entity.prime(n.id, n.entity);
  if (found.center) ctx.loaders.entity.prime(id, found.center);
  const edges = await relationsAmong(ctx.db, [id, ...nodes.map((n) => n.id)], types);
  return { nodes, edges, total: found.total };
}

export const Query: QueryResolvers = {
  node: async (_p, { id }, ctx, info) => {
    checkId('id', id);
    if (isPassageId(id)) return ctx.loaders.passage.load(id);
    if (isSourceId(id)) return ctx.loaders.source.load(id);
    if (relationTypeOfId(id) !== null) {
      const r = await ctx.loaders.relation.load(id);
      return r ? view(r, null) : null;
    }
    const compiled = await compileEntity(ctx, info, id);
    return compiled !== undefined ? compiled : ctx.loaders.entity.load(id);
  },

  entity: async (_p, { id }, ctx, info) => {
    const checked = checkId('id', id);
    const compiled = await compileEntity(ctx, info, checked);
    return compiled !== undefined ? compiled : ctx.loaders.entity.load(checked);
  },

  organisations: (_p, args, ctx, info) =>
    page(ctx, info, 'Organisation', args, {
      ...nameFilter(args.where),
      ...relatedFilter(args.where),
      inLists: list('classification', args.where?.classification),
    }),

  people: (_p, args, ctx, info) =>
    page(ctx, info, 'Person', args, { ...nameFilter(args.where), ...relatedFilter(args.where) }),

  events: (_p, args, ctx, info) => {
    const w = args.where;
    const filter: EntityFilter = {
      ...nameFilter(w),
      ...relatedFilter(w),
      inLists: [...list('kind', w?.kind), ...list('status', w?.status)],
    };
    if (w?.dateFrom) filter.dateFrom = w.dateFrom;
    if (w?.dateTo) filter.dateTo = w.dateTo;
    if (filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo)
      throw badInput('where.dateFrom', 'must not be after where.dateTo');
    const year = checkYear('where.year', w?.year);
    if (year !== undefined) {
      filter.dateFrom = `${year}-01-01`;
      filter.dateTo = `${year}-12-31`;
    }
    return page(ctx, info, 'Event', args, filter);
  },

  resolutions: (_p, args, ctx, info) =>
    page(ctx, info, 'Resolution', args, {
      ...nameFilter(args.where),
      ...relatedFilter(args.where),
      ...yearRange(args.where),
      inLists: list('instrument', args.where?.instrument),
    }),

  briefs: (_p, args, ctx, info) =>
    page(ctx, info, 'Brief', args, {
      ...nameFilter(args.where),
      ...relatedFilter(args.where),
      ...yearRange(args.where),
      inLists: [...list('documentType', args.where?.documentType), ...list('status', args.where?.status)],
    }),

  search: async (_p, args, ctx, info) => {
    const query = checkText('query', args.query, QUERY_BOUNDS.maxSearchLength);
    const first = checkFirst('first', args.first, sdlDefault(info, 'first'), QUERY_BOUNDS.maxSearchFirst);
    const terms = searchTerms(query);
    if (terms.length === 0) throw badInput('query', 'must contain at least one letter or digit');
    if (first === 0) return [];
    const needs = ctx.compile ? nestedNeeds(info, [['entity']]) : undefined;
    const hits = await searchEntities(ctx.db, terms, args.types ?? null, first, needs);
    for (const h of hits) ctx.loaders.entity.prime(h.entity.id, h.entity);
    if (needs) for (const h of hits) if (h.tree) primeTree(ctx, h.tree, needs);
    return hits;
  },

  path: async (_p, args, ctx, info) => {
    const from = checkId('from', args.from);
    const to = checkId('to', args.to);
    const maxHops = checkRange('maxHops', args.maxHops, sdlDefault(info, 'maxHops'), 1, QUERY_BOUNDS.maxHops);
    const types = args.relationTypes ?? null;
    const found = ctx.compile
      ? await compilePath(ctx, info, from, to, maxHops, types)
      : await shortestPath(ctx.db, from, to, maxHops, types);
    if (!found) return null;
    for (const e of found.entities) ctx.loaders.entity.prime(e.id, e);
    const steps = found.relations.map((rel, i) => {
      const here = found.entityIds[i]!;
      const next = found.entityIds[i + 1]!;
      return {
        from: here,
        entity: next,
        relation: view(rel, here),
        direction: rel.from === here ? ('OUTGOING' as const) : ('INCOMING' as const),
      };
    });
    return { entityIds: found.entityIds, steps };
  },

  neighbourhood: async (_p, args, ctx, info): Promise<NeighbourhoodRow | null> => {
    const id = checkId('id', args.id);
    const depth = checkRange('depth', args.depth, sdlDefault(info, 'depth'), 1, QUERY_BOUNDS.maxDepth);
    // Paged by position in the walk's order (nearest first, then id).
    const tag = `nbh:${id}:${depth}`;
    const request = pageRequest(info, args, { tag, arity: 1, max: QUERY_BOUNDS.maxNeighbourhoodFirst });
    const first = request.first;
    const offset = request.after === null ? 0 : Number(request.after[0]);
    if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'malformed cursor');
    const types = args.relationTypes ?? null;
    const read = ctx.compile
      ? await compileNeighbourhood(ctx, info, id, depth, types, { offset, first })
      : await neighbourhoodInTwo(ctx, id, depth, types, { offset, first });
    if (!read) return null;
    const { nodes, edges, total } = read;
    return {
      center: id,
      nodes: nodes.map(({ id: nodeId, distance }) => ({ id: nodeId, distance })),
      edges: edges.map((e) => view(e, null)),
      totalNodes: total,
      hasNextPage: offset + first < total,
      hasPreviousPage: offset > 0,
      startCursor: nodes.length > 0 ? encodeCursor(tag, [offset]) : null,
      endCursor: nodes.length > 0 ? encodeCursor(tag, [offset + nodes.length]) : null,
    };
  },

  network: (_p, args, ctx, info) =>
    resolveNetwork(
      ctx,
      info,
      args.relationTypes ?? null,
      checkYear('year', args.year) ?? null,
      args.types ?? null,
    ),

  relationTypeCounts: async (_p, _a, ctx) => relationTypeCounts(ctx.db),

  sources: (_p, _a, ctx) => allSources(ctx.db),
  source: (_p, { id }, ctx) => ctx.loaders.source.load(checkId('id', id)),
};
