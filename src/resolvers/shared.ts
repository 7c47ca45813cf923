import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { EntityRow, Page, PassageRow, RelationRow, RelationView } from '../graph/rows.js';
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
export async function relationsOf(
  ctx: Context,
  id: string,
  types: readonly string[],
  direction: DirectionName,
): Promise<RelationView[]> {
  const slice = await ctx.loaders.relations.load({
    id,
    types: [...types],
    direction,
    first: QUERY_BOUNDS.maxListItems,
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
  types: readonly string[],
  direction: DirectionName,
  onlyTypes?: readonly string[],
): Promise<EntityRow[]> {
  const rels = await relationsOf(ctx, id, types, direction);
  const found = await entities(ctx, [...new Set(rels.map(otherEnd))]);
  return byName(onlyTypes ? found.filter((e) => onlyTypes.includes(e.type)) : found);
}

export interface RelationsArgs {
  types?: string[] | null;
  direction?: DirectionName | null;
  first?: number | null;
  after?: string | null;
}

/** An entity's relations as a connection, paged by relation id. */
export async function relationConnection(
  ctx: Context,
  id: string,
  args: RelationsArgs,
  info: GraphQLResolveInfo,
): Promise<Page<RelationView>> {
  const request = pageRequest(info, args, { tag: 'rel', arity: 1, max: QUERY_BOUNDS.maxFirst });
  const after = request.after === null ? null : String(request.after[0]);
  const slice = await ctx.loaders.relations.load({
    id,
    types: args.types ?? [],
    direction: args.direction ?? 'BOTH',
    first: request.first,
    after,
  });
  return {
    items: slice.rows.map((r) => ({ cursor: encodeCursor('rel', [r.id]), node: view(r, id) })),
    totalCount: slice.total,
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: after !== null,
  };
}
