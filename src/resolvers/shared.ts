import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { sliceKey } from '../graph/lookahead.js';
import type { CompiledSlice, EntityRow, Page, PassageRow, RelationRow, RelationView } from '../graph/rows.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import type { DirectionName } from '../model/relations.js';
import { encodeCursor, pageRequest } from './paging.js';

/** Small helpers the resolvers share: evidence, entities by id, an entity's relations as a list or a page. */

export async function passages(ctx: Context, ids: readonly string[]): Promise<PassageRow[]> {
  const rows = await ctx.loaders.passage.loadMany(ids);
  return rows.filter((p): p is PassageRow => p !== null && !(p instanceof Error));
}

export async function entities(ctx: Context, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await ctx.loaders.entity.loadMany(ids);
  return rows.filter((e): e is EntityRow => e !== null && !(e instanceof Error));
}

// `a.localeCompare(b, locales)` is specified as `new Intl.Collator(locales).compare(a, b)`: the same order,
// without building a collator per comparison.
const NAME_ORDER = new Intl.Collator('en');
const ID_ORDER = new Intl.Collator();

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

/** The slice a compiled read fetched for these arguments (EntityRow.compiled), if it did. */
function compiledSlice(
  e: EntityRow,
  types: readonly string[],
  direction: DirectionName,
  first: number,
  after: string | null,
): CompiledSlice | undefined {
  return e.compiled?.slices.get(sliceKey(types, direction, first, after));
}

/** A compiled relation seen from `perspective`, with its other end and its cited passages. */
function compiledView(item: CompiledSlice['items'][number], perspective: string): RelationView {
  const v: RelationView = { ...item.relation!, perspective, otherRow: item.other };
  if (item.evidence) v.evidenceRows = item.evidence;
  return v;
}

/** Every relation (up to the list cap) of one entity, of some types, seen from it. */
export function relationsOf(
  ctx: Context,
  e: EntityRow,
  types: readonly string[],
  direction: DirectionName,
): RelationView[] | Promise<RelationView[]> {
  const compiled = compiledSlice(e, types, direction, QUERY_BOUNDS.maxListItems, null);
  if (compiled?.items.every((x) => x.relation !== null))
    return compiled.items.map((x) => compiledView(x, e.id));
  return ctx.loaders.relations
    .load({ id: e.id, types: [...types], direction, first: QUERY_BOUNDS.maxListItems, after: null })
    .then((slice) => slice.rows.map((r) => view(r, e.id)));
}

export function otherEnd(r: RelationView): string {
  return r.perspective === r.from ? r.to : r.from;
}

/** The entity at one end of a relation: the compiled other end when it is that one, else the loader's. */
export function endOf(ctx: Context, r: RelationView, id: string): EntityRow | Promise<EntityRow> {
  return r.otherRow?.id === id ? r.otherRow : entity(ctx, id);
}

/** The passages a relation cites, in its list's order: compiled, or through the passage loader. */
export function evidenceOf(ctx: Context, r: RelationView): PassageRow[] | Promise<PassageRow[]> {
  return r.evidenceRows ?? passages(ctx, r.evidence);
}

function firstOfEachId(list: readonly EntityRow[]): EntityRow[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** The entities at the other ends of relations seen from one entity, each once (compiled, or loaded). */
export function otherEnds(ctx: Context, rels: readonly RelationView[]): EntityRow[] | Promise<EntityRow[]> {
  const compiled = rels.map((r) => r.otherRow);
  if (compiled.every((e) => e !== undefined)) return firstOfEachId(compiled);
  return entities(ctx, [...new Set(rels.map(otherEnd))]);
}

export function relatedEntities(
  ctx: Context,
  e: EntityRow,
  types: readonly string[],
  direction: DirectionName,
  onlyTypes?: readonly string[],
): EntityRow[] | Promise<EntityRow[]> {
  const only = (found: EntityRow[]) =>
    byName(onlyTypes ? found.filter((x) => onlyTypes.includes(x.type)) : found);
  const compiled = compiledSlice(e, types, direction, QUERY_BOUNDS.maxListItems, null);
  if (compiled) return only(firstOfEachId(compiled.items.map((x) => x.other)));
  return (async () => {
    const rels = await relationsOf(ctx, e, types, direction);
    return only(await entities(ctx, [...new Set(rels.map(otherEnd))]));
  })();
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
  const types = args.types ?? [];
  const direction = args.direction ?? 'BOTH';
  const compiled = compiledSlice(e, types, direction, request.first, after);
  if (compiled?.items.every((x) => x.relation !== null))
    return {
      items: compiled.items.map((x) => ({
        cursor: encodeCursor('rel', [x.relation!.id]),
        node: compiledView(x, e.id),
      })),
      totalCount: compiled.total,
      hasNextPage: compiled.hasNextPage,
      hasPreviousPage: after !== null,
    };
  return relationPage(ctx, e.id, { types, direction, first: request.first, after });
}

async function relationPage(
  ctx: Context,
  id: string,
  key: { types: string[]; direction: DirectionName; first: number; after: string | null },
): Promise<Page<RelationView>> {
  const { after } = key;
  const slice = await ctx.loaders.relations.load({ id, ...key });
  return {
    items: slice.rows.map((r) => ({ cursor: encodeCursor('rel', [r.id]), node: view(r, id) })),
    totalCount: slice.total,
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: after !== null,
  };
}
