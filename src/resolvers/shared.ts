import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { sliceKey } from '../graph/fragments.js';
import type { CompiledSlice, EntityRow, Page, PassageRow, RelationRow, RelationView } from '../graph/rows.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import { ID_ORDER, NAME_ORDER } from '../model/order.js';
import type { DirectionName } from '../model/relations.js';
import { badInput } from '../errors.js';
import { encodeCursor, pageRequest } from './paging.js';
import { SLICE_LEVELS } from './selection.js';

/**
 * Small helpers the resolvers share: evidence, entities by id, an entity's relations as a list or a page. Each
 * reads the answer the root statement attached to the row (EntityRow.compiled, RelationView.otherRow/ends) and,
 * where there is none (deeper levels, uncovered fields, ICAT_COMPILE=off), the loader that reads the same
 * fragment: one shape either way.
 */

/**
 * A field of a row read as of a past instant that its statement did not read: the loaders read the graph now, so
 * rather than answer a mixture of two times, the request is refused with what to do.
 */
export function notReadAsOf(at: string, field: string): never {
  throw badInput(
    'asOf',
    `${field} was not read as of ${at}: with asOf, nest relation lists at most ${SLICE_LEVELS} level(s) below the root field's entities (or leave out asOf)`,
  );
}

export async function passages(ctx: Context, ids: readonly string[]): Promise<PassageRow[]> {
  const rows = await ctx.loaders.passage.loadMany(ids);
  return rows.filter((p): p is PassageRow => p !== null && !(p instanceof Error));
}

export async function entities(ctx: Context, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await ctx.loaders.entity.loadMany(ids);
  return rows.filter((e): e is EntityRow => e !== null && !(e instanceof Error));
}

/** Unpaged lists read in name order, whatever order the relations came in. */
export function byName(list: EntityRow[]): EntityRow[] {
  return [...list].sort((a, b) => NAME_ORDER.compare(a.name, b.name) || ID_ORDER.compare(a.id, b.id));
}

export async function entity(ctx: Context, id: string): Promise<EntityRow> {
  const e = await ctx.loaders.entity.load(id);
  // Relations only ever join existing entities; a miss means the graph changed under the request.
  if (!e) throw new Error(`Entity ${id} vanished during the request`);
  return e;
}

export function view(row: RelationRow, perspective: string | null): RelationView {
  return { ...row, perspective };
}

/** `f` of a value that may still be loading: no promise where the answer is already there. */
function then<T, U>(v: T | Promise<T>, f: (x: T) => U): U | Promise<U> {
  return v instanceof Promise ? v.then(f) : f(v);
}

interface SliceArgs {
  types: readonly string[];
  direction: DirectionName;
  first: number;
  after: string | null;
}

/**
 * One relation slice of an entity: the one its root statement attached, else the relations loader's. A slice
 * read for a list of the other ends only (no relation rows) does not serve a field that reads the relations.
 */
function sliceOf(
  ctx: Context,
  e: EntityRow,
  k: SliceArgs,
  relationRows: boolean,
): CompiledSlice | Promise<CompiledSlice> {
  const attached = e.compiled?.slices.get(sliceKey(k.types, k.direction, k.first, k.after));
  if (attached && (!relationRows || attached.items.every((x) => x.relation !== null))) return attached;
  if (e.asOf) notReadAsOf(e.asOf, 'a relation list');
  return ctx.loaders.relations.load({
    id: e.id,
    types: [...k.types],
    direction: k.direction,
    first: k.first,
    after: k.after,
  });
}

/** A relation of a slice seen from `perspective`, with its other end and (when read) its cited passages. */
function itemView(item: CompiledSlice['items'][number], perspective: string): RelationView {
  const v: RelationView = { ...item.relation!, perspective, otherRow: item.other };
  if (item.other.asOf) v.asOf = item.other.asOf;
  if (item.evidence) v.evidenceRows = item.evidence;
  return v;
}

const listOf = (types: readonly string[], direction: DirectionName): SliceArgs => ({
  types,
  direction,
  first: QUERY_BOUNDS.maxListItems,
  after: null,
});

/** Every relation (up to the list cap) of one entity, of some types, seen from it. */
export function relationsOf(
  ctx: Context,
  e: EntityRow,
  types: readonly string[],
  direction: DirectionName,
): RelationView[] | Promise<RelationView[]> {
  return then(sliceOf(ctx, e, listOf(types, direction), true), (s) => s.items.map((x) => itemView(x, e.id)));
}

export function otherEnd(r: RelationView): string {
  return r.perspective === r.from ? r.to : r.from;
}

/** The entity at one end of a relation: as the statement that read the relation read it, else the loader's. */
export function endOf(ctx: Context, r: RelationView, id: string): EntityRow | Promise<EntityRow> {
  if (r.otherRow?.id === id) return r.otherRow;
  const read = r.ends?.get(id);
  if (read) return read;
  if (r.asOf) notReadAsOf(r.asOf, 'this end of a relation');
  return entity(ctx, id);
}

/** The passages a relation cites, in its list's order: as read with it, or through the passage loader. */
export function evidenceOf(ctx: Context, r: RelationView): PassageRow[] | Promise<PassageRow[]> {
  return r.evidenceRows ?? passages(ctx, r.evidence);
}

function firstOfEachId(list: readonly EntityRow[]): EntityRow[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** The entities at the other ends of relations seen from one entity, each once. */
export function otherEnds(ctx: Context, rels: readonly RelationView[]): EntityRow[] | Promise<EntityRow[]> {
  const read = rels.map((r) => r.otherRow);
  if (read.every((e) => e !== undefined)) return firstOfEachId(read);
  return entities(ctx, [...new Set(rels.map(otherEnd))]);
}

export function relatedEntities(
  ctx: Context,
  e: EntityRow,
  types: readonly string[],
  direction: DirectionName,
  onlyTypes?: readonly string[],
): EntityRow[] | Promise<EntityRow[]> {
  return then(sliceOf(ctx, e, listOf(types, direction), false), (s) => {
    const found = firstOfEachId(s.items.map((x) => x.other));
    return byName(onlyTypes ? found.filter((x) => onlyTypes.includes(x.type)) : found);
  });
}

export interface RelationsArgs {
  types?: string[] | null;
  direction?: DirectionName | null;
  first?: number | null;
  after?: string | null;
}

/** An entity's relations as a connection, paged by relation id. */
export function relationConnection(
  ctx: Context,
  e: EntityRow,
  args: RelationsArgs,
  info: GraphQLResolveInfo,
): Page<RelationView> | Promise<Page<RelationView>> {
  const request = pageRequest(info, args, { tag: 'rel', arity: 1, max: QUERY_BOUNDS.maxFirst });
  const after = request.after === null ? null : String(request.after[0]);
  const key = { types: args.types ?? [], direction: args.direction ?? 'BOTH', first: request.first, after };
  return then(sliceOf(ctx, e, key, true), (s) => ({
    items: s.items.map((x) => ({ cursor: encodeCursor('rel', [x.relation!.id]), node: itemView(x, e.id) })),
    totalCount: s.total,
    hasNextPage: s.hasNextPage,
    hasPreviousPage: after !== null,
  }));
}
