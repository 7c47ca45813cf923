import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { NameFilter, QueryResolvers } from '../generated/graphql.js';
import { listEntities, readEntity, type EntityFilter, type Order } from '../graph/entities.js';
import { isWholeRow, plainRow } from '../graph/fragments.js';
import { relationTypeCounts } from '../graph/relations.js';
import { sourcePage } from '../graph/sources.js';
import type { EntityPage, EntityRow, NeighbourhoodRow, RelationView } from '../graph/rows.js';
import { survivorsOf } from '../graph/merged.js';
import { searchEntities, searchTerms } from '../graph/search.js';
import { readNeighbourhood, readPath, type RelationItem } from '../graph/traversal.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import {
  ENTITY_KINDS,
  filtersOf,
  type EntityConnectionName,
  type EntityKind,
  type EntityLabel,
  type ListFilterProperty,
} from '../model/entities.js';
import { isPassageId, isSourceId, relationTypeOfId } from '../model/ids.js';
import { checkFirst, checkId, checkRange, checkText, checkYear } from './arguments.js';
import { decodeCursor, encodeCursor, pageRequest, sdlDefault, toPage } from './paging.js';

/** The largest page of sources one request may ask for. */
const MAX_SOURCE_PAGE = 100;
import {
  NEIGHBOURHOOD_ENTITIES,
  NEIGHBOURHOOD_EVIDENCE,
  PATH_ENTITIES,
  PATH_EVIDENCE,
  selectionNeeds,
  selectionRelationEvidence,
  SLICE_LEVELS,
} from './selection.js';
import { checkAsOf } from './history.js';
import { resolveNetwork } from './network.js';
import { view } from './shared.js';
import { suggestMentions } from './mentions.js';

/**
 * Root fields: check arguments, then read ONE statement built from the selection (selection.ts → graph/): the
 * rows come back with what their fields read attached (EntityRow.compiled), and the whole rows of the listed
 * entities fill the entity loader for any other field that reaches them.
 */

/** Puts the whole rows a root statement read into the entity loader (without what was attached to them). */
function primeRows(ctx: Context, rows: readonly EntityRow[]): void {
  for (const row of rows) ctx.loaders.entity.prime(row.id, plainRow(row));
}

/** A relation a root statement read, seen from `perspective`, its ends and evidence as the statement read them. */
function readView(item: RelationItem, perspective: string | null, ends: ReadonlyMap<string, EntityRow>) {
  const v: RelationView = { ...item.relation, perspective, ends };
  if (item.evidence) v.evidenceRows = item.evidence;
  return v;
}

/**
 * entity(id) / node(id) of an entity. A selection of plain properties is left to the entity loader (so that
 * several such root fields still batch into one query); any other reads one statement.
 */
async function rootEntity(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  asOf: string | null = null,
): Promise<EntityRow | null> {
  const needs = selectionNeeds(ctx, info, null, 0, asOf);
  // As of an instant: always its own statement, and nothing of it goes into the loaders (they hold the graph now).
  if (asOf !== null) return readEntity(ctx.db, id, needs, asOf);
  if (isWholeRow(needs)) return ctx.loaders.entity.load(id);
  const row = await readEntity(ctx.db, id, needs);
  ctx.loaders.entity.prime(id, row && plainRow(row));
  // Its evidence and degree serve any other field that loads this entity, e.g. a relation's end that is the root.
  if (row?.compiled?.evidence) ctx.loaders.entityEvidence.prime(id, row.compiled.evidence);
  if (row?.compiled && row.compiled.degree !== null) ctx.loaders.degree.prime(id, row.compiled.degree);
  return row;
}

/**
 * A read of `ids` in which a merged id answers for its survivor (graph/merged.ts): the survivors are asked for only
 * when the read found nothing, so a read of current entities costs no more; then it is read once more with each
 * merged id replaced by its survivor.
 */
async function orSurvivors<T>(
  ctx: Context,
  ids: readonly string[],
  read: (ids: readonly string[]) => Promise<T | null>,
): Promise<T | null> {
  const found = await read(ids);
  if (found) return found;
  const survivors = await survivorsOf(ctx.db, ids);
  return survivors.size > 0 ? read(ids.map((id) => survivors.get(id) ?? id)) : null;
}

/**
 * entity(id) / node(id): a merged id answers its survivor. As of an instant too: a merged entity is no longer an
 * `:Entity`, so before its merge it reads as the survivor as of then (a limit, in CURATION.md).
 */
async function entityOrSurvivor(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  asOf: string | null = null,
) {
  return orSurvivors(ctx, [id], ([at]) => rootEntity(ctx, info, at!, asOf));
}

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

function list(property: ListFilterProperty, values: readonly string[] | null | undefined) {
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
  const needs = selectionNeeds(ctx, info, [['edges', 'node']]);
  const slice = await listEntities(ctx.db, { label, filter, order, first: request.first, after }, needs);
  primeRows(
    ctx,
    slice.items.map((x) => x.node),
  );
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

/** The `where` of any kind's root connection (each kind's SDL input holds the part its model row names). */
type ConnectionWhere = {
  name?: NameFilter | null;
  relatedTo?: string | null;
  relatedBy?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  year?: number | null;
} & Partial<Record<ListFilterProperty, readonly string[] | null>>;

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  orderBy?: Order | null;
  where?: ConnectionWhere | null;
}

/** A kind's `where`, checked, as the model row says it filters (src/model/entities.ts, ENTITY_KINDS). */
function connectionFilter(kind: EntityKind, w: ConnectionWhere | null | undefined): EntityFilter {
  const f = filtersOf(kind);
  const filter: EntityFilter = {
    ...nameFilter(w),
    ...relatedFilter(w),
    ...(f.years ? yearRange(w) : {}),
    inLists: f.lists.flatMap((property) => list(property, w?.[property])),
  };
  if (f.dates) {
    if (w?.dateFrom) filter.dateFrom = w.dateFrom;
    if (w?.dateTo) filter.dateTo = w.dateTo;
    if (filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo)
      throw badInput('where.dateFrom', 'must not be after where.dateTo');
    const year = checkYear('where.year', w?.year);
    if (year !== undefined) {
      filter.dateFrom = `${year}-01-01`;
      filter.dateTo = `${year}-12-31`;
    }
  }
  return filter;
}

/** Every kind's root connection (organisations, people, …), with the same paging and orders. */
const connections = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind.connection,
    (_p: unknown, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) =>
      page(ctx, info, kind.label, args, connectionFilter(kind, args.where)),
  ]),
) as Pick<QueryResolvers, EntityConnectionName>;

export const Query: QueryResolvers = {
  node: async (_p, { id }, ctx, info) => {
    checkId('id', id);
    if (isPassageId(id)) return ctx.loaders.passage.load(id);
    if (isSourceId(id)) return ctx.loaders.source.load(id);
    if (relationTypeOfId(id) !== null) {
      const r = await ctx.loaders.relation.load(id);
      return r ? view(r, null) : null;
    }
    return entityOrSurvivor(ctx, info, id);
  },

  entity: async (_p, { id, asOf }, ctx, info) =>
    entityOrSurvivor(ctx, info, checkId('id', id), await checkAsOf(ctx, asOf)),

  ...connections,

  search: async (_p, args, ctx, info) => {
    const query = checkText('query', args.query, QUERY_BOUNDS.maxSearchLength);
    const first = checkFirst('first', args.first, sdlDefault(info, 'first'), QUERY_BOUNDS.maxSearchFirst);
    const terms = searchTerms(query);
    if (terms.length === 0) throw badInput('query', 'must contain at least one letter or digit');
    if (first === 0) return [];
    const needs = selectionNeeds(ctx, info, [['entity']]);
    const hits = await searchEntities(ctx.db, terms, args.types ?? null, first, needs);
    primeRows(
      ctx,
      hits.map((h) => h.entity),
    );
    return hits;
  },

  path: async (_p, args, ctx, info) => {
    const from = checkId('from', args.from);
    const to = checkId('to', args.to);
    const maxHops = checkRange('maxHops', args.maxHops, sdlDefault(info, 'maxHops'), 1, QUERY_BOUNDS.maxHops);
    const types = args.relationTypes ?? null;
    const asOf = await checkAsOf(ctx, args.asOf);
    const needs = selectionNeeds(ctx, info, PATH_ENTITIES, SLICE_LEVELS, asOf);
    const relationEvidence = selectionRelationEvidence(ctx, info, PATH_EVIDENCE, asOf);
    // A path from an entity to itself: no walk, the entity alone.
    const walk = (a: string, b: string) =>
      a === b
        ? readEntity(ctx.db, a, needs, asOf).then((e) => e && { entities: [e], relations: [] })
        : readPath(ctx.db, { from: a, to: b, maxHops, types, needs, relationEvidence, asOf });
    // Either end may be a merged id.
    const read = await orSurvivors(ctx, [from, to], ([a, b]) => walk(a!, b!));
    if (!read) return null;
    if (asOf === null) primeRows(ctx, read.entities);
    const entityIds = read.entities.map((e) => e.id);
    const ends = new Map(read.entities.map((e) => [e.id, e]));
    const steps = read.relations.map((item, i) => {
      const here = entityIds[i]!;
      const rel = item.relation;
      return {
        from: here,
        entity: entityIds[i + 1]!,
        relation: readView(item, here, ends),
        direction: rel.from === here ? ('OUTGOING' as const) : ('INCOMING' as const),
      };
    });
    return { entityIds, entities: read.entities, steps };
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
    const asOf = await checkAsOf(ctx, args.asOf);
    const needs = selectionNeeds(ctx, info, NEIGHBOURHOOD_ENTITIES, SLICE_LEVELS, asOf);
    const edgeEvidence = selectionRelationEvidence(ctx, info, NEIGHBOURHOOD_EVIDENCE, asOf);
    const around = (center: string) =>
      readNeighbourhood(ctx.db, {
        id: center,
        depth,
        types,
        page: { offset, first },
        needs,
        edgeEvidence,
        asOf,
      });
    // The center may be a merged id: the answer's center is then its survivor.
    const found = await orSurvivors(ctx, [id], ([at]) =>
      around(at!).then((r) => r && { read: r, center: at! }),
    );
    if (!found) return null;
    const { read, center } = found;
    const { nodes, total } = read;
    if (asOf === null) primeRows(ctx, [read.center, ...nodes.map((n) => n.entity)]);
    const ends = new Map([read.center, ...nodes.map((n) => n.entity)].map((e) => [e.id, e]));
    return {
      center,
      centerRow: read.center,
      nodes,
      edges: read.edges.map((e) => readView(e, null, ends)),
      totalNodes: total,
      hasNextPage: offset + first < total,
      hasPreviousPage: offset > 0,
      startCursor: nodes.length > 0 ? encodeCursor(tag, [offset]) : null,
      endCursor: nodes.length > 0 ? encodeCursor(tag, [offset + nodes.length]) : null,
    };
  },

  network: async (_p, args, ctx, info) =>
    resolveNetwork(
      ctx,
      info,
      args.relationTypes ?? null,
      checkYear('year', args.year) ?? null,
      args.types ?? null,
      await checkAsOf(ctx, args.asOf),
    ),

  relationTypeCounts: async (_p, _a, ctx) => relationTypeCounts(ctx.db),

  sources: async (_p, args, ctx, info) => {
    const first = checkFirst('first', args.first, sdlDefault(info, 'first'), MAX_SOURCE_PAGE);
    const after = args.after ? String(decodeCursor('after', 'source', args.after, 1)[0]) : null;
    const page = await sourcePage(ctx.db, first, after);
    const edges = page.rows.map((node) => ({ cursor: encodeCursor('source', [node.id]), node }));
    return {
      edges,
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },
  source: (_p, { id }, ctx) => ctx.loaders.source.load(checkId('id', id)),
  suggestMentions,
};
