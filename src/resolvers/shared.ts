import type { Context } from '../context.js';
import { decodeCursor, encodeCursor } from '../graph/cursor.js';
import type { DirectionName } from '../graph/relations.js';
import type { EntityRow, Page, PassageRow, RelationRow, RelationView } from '../graph/rows.js';
import { checkFirst, LIMITS } from '../limits.js';

/** Small helpers the resolvers share: evidence, relation lists and connections, page info. */

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
  return [...list].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
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

/** Every relation (up to the list cap) of one entity, of some types, seen from it. */
export async function related(
  ctx: Context,
  id: string,
  types: string[],
  direction: DirectionName,
): Promise<RelationView[]> {
  const slice = await ctx.loaders.relations.load({
    id,
    types,
    direction,
    first: LIMITS.maxListItems,
    after: null,
  });
  return slice.rows.map((r) => view(r, id));
}

export function otherEnd(r: RelationView): string {
  return r.perspective === r.from ? r.to : r.from;
}

export async function relatedEntities(
  ctx: Context,
  id: string,
  types: string[],
  direction: DirectionName,
  onlyTypes?: readonly string[],
): Promise<EntityRow[]> {
  const rels = await related(ctx, id, types, direction);
  const found = await entities(ctx, [...new Set(rels.map(otherEnd))]);
  return byName(onlyTypes ? found.filter((e) => onlyTypes.includes(e.type)) : found);
}

export interface RelationsArgs {
  types?: string[] | null;
  direction?: DirectionName | null;
  first?: number | null;
  after?: string | null;
}

export async function relationConnection(
  ctx: Context,
  id: string,
  args: RelationsArgs,
): Promise<Page<RelationView>> {
  const first = checkFirst('first', args.first, 20, LIMITS.maxFirst);
  const after = args.after ? String(decodeCursor('after', 'rel', args.after, 1)[0]) : null;
  const slice = await ctx.loaders.relations.load({
    id,
    types: args.types ?? [],
    direction: args.direction ?? 'BOTH',
    first,
    after,
  });
  return {
    items: slice.rows.map((r) => ({ cursor: encodeCursor('rel', [r.id]), node: view(r, id) })),
    totalCount: slice.total,
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: after !== null,
  };
}

export function pageInfo<T>(page: Page<T>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.items[0]?.cursor ?? null,
    endCursor: page.items[page.items.length - 1]?.cursor ?? null,
  };
}
