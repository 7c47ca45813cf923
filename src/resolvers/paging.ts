import type { GraphQLField, GraphQLResolveInfo } from 'graphql';
import { badInput } from '../errors.js';
import type { Page, Slice } from '../graph/rows.js';
import { checkFirst } from './arguments.js';

/**
 * Paging is the resolvers' job: the data layer reads slices by sort key; here `first` is checked (its default
 * read from the SDL, so it is written once), cursors are decoded into sort keys and encoded from them.
 * Cursors are opaque and stable: base64url of a small JSON tuple, tagged with what they page through.
 */

export function encodeCursor(tag: string, values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify([tag, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(
  argument: string,
  tag: string,
  cursor: string,
  arity: number,
): Array<string | number> {
  const malformed = () =>
    badInput(
      argument,
      'malformed cursor; pass an endCursor or cursor value returned by this same field and order',
    );
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity + 1 ||
    parsed[0] !== tag ||
    !parsed.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw malformed();
  }
  return parsed.slice(1) as Array<string | number>;
}

/** The default the SDL gives an integer argument of the field being resolved (used when a client sends null). */
export function sdlDefault(info: GraphQLResolveInfo, argument: string): number {
  return fieldDefault(
    info.parentType.getFields()[info.fieldName],
    argument,
    `${info.parentType.name}.${info.fieldName}`,
  );
}

/** The same, from the field's definition (the selection compiler reads fields before they resolve). */
export function fieldDefault(
  field: GraphQLField<unknown, unknown> | undefined,
  argument: string,
  name = field?.name ?? '?',
): number {
  const value = field?.args.find((a) => a.name === argument)?.defaultValue;
  if (typeof value !== 'number') throw new Error(`${name}(${argument}) has no integer default in the SDL`);
  return value;
}

export interface PageRequest {
  first: number;
  /** The sort key the page starts after, decoded from the `after` cursor. */
  after: Array<string | number> | null;
}

/** Checks `first` and decodes `after` for a field paged by a sort key of `arity` values. */
export function pageRequest(
  info: GraphQLResolveInfo,
  args: { first?: number | null; after?: string | null },
  paging: { tag: string; arity: number; max: number },
): PageRequest {
  return {
    first: checkFirst('first', args.first, sdlDefault(info, 'first'), paging.max),
    after: args.after ? decodeCursor('after', paging.tag, args.after, paging.arity) : null,
  };
}

/** A connection page from a data-layer slice: each item's cursor is its sort key under the field's tag. */
export function toPage<T>(slice: Slice<T>, tag: string, request: PageRequest): Page<T> {
  return {
    items: slice.items.map(({ key, node }) => ({ cursor: encodeCursor(tag, key), node })),
    totalCount: slice.totalCount,
    hasNextPage: slice.hasNextPage,
    hasPreviousPage: request.after !== null,
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
