import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { dbReader, seedTime, type AcceptedPage, type ChangeSetRow } from '../curation/store.js';
import { badInput } from '../errors.js';
import { checkFirst } from './arguments.js';
import { decodeCursor, encodeCursor, sdlDefault } from './paging.js';

/**
 * History's connections (docs/how-to/CURATION.md#history): `changes` (the feed, oldest first) and
 * `Entity.history` (newest first), both pages of accepted change-sets keyed by (appliedAt, id).
 */

const MAX_PAGE = 200;

type Fetch = (page: AcceptedPage) => Promise<{ rows: ChangeSetRow[]; hasNextPage: boolean }>;

export async function changeSetConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: { first?: number | null; after?: string | null },
  tag: string,
  fetch: (read: ReturnType<typeof dbReader>, page: AcceptedPage) => ReturnType<Fetch>,
) {
  const first = checkFirst('first', args.first, sdlDefault(info, 'first'), MAX_PAGE);
  const after = args.after ? decodeCursor('after', tag, args.after, 2) : undefined;
  const page = await fetch(dbReader(ctx.db), {
    first,
    after: after ? { at: String(after[0]), id: String(after[1]) } : null,
  });
  const edges = page.rows.map((c) => ({ cursor: encodeCursor(tag, [c.appliedAt ?? '', c.id]), node: c }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * An `asOf` argument, checked: null (now) when not given, else the instant as ISO 8601 UTC with milliseconds (the
 * form history's times are stored in). Before the seed there is no graph to show: a clear error naming the
 * seed's time, rather than an empty answer that reads like "no such entity".
 */
export async function checkAsOf(ctx: Context, value: unknown): Promise<string | null> {
  if (value === null || value === undefined) return null;
  const at = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(at.getTime()))
    throw badInput('asOf', 'must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z');
  const iso = at.toISOString();
  const seeded = await seedTime(dbReader(ctx.db));
  if (seeded === null || iso < seeded)
    throw badInput(
      'asOf',
      seeded === null
        ? 'the graph has no history yet (it was seeded before history was kept, or not at all): leave out asOf'
        : `${iso} is before the seed (${seeded}), when the graph's history begins: ask for ${seeded} or later`,
    );
  return iso;
}
