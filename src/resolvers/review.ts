import { actorOf, ANONYMOUS, rolesOf } from '../auth/principal.js';
import type { Context } from '../context.js';
import { listChangeSets } from '../curation/queue.js';
import { badInput } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import { checkFirst } from './arguments.js';
import { decodeCursor, encodeCursor, sdlDefault } from './paging.js';

/** The review queue's fields (schema/review.graphql), for the /curate page and any client. */

const MAX_CHANGESET_PAGE = 100;

const principalOf = (ctx: Context) => (ctx.auth.ok ? ctx.auth.principal : ANONYMOUS);

export const reviewQuery: Pick<QueryResolvers, 'changeSets' | 'viewer'> = {
  changeSets: async (_p, args, ctx, info) => {
    const first = checkFirst('first', args.first, sdlDefault(info, 'first'), MAX_CHANGESET_PAGE);
    const after = args.after ? decodeCursor('after', 'changeSets', args.after, 2) : undefined;
    const author = args.author ?? null;
    if (author !== null && (author.length === 0 || author.length > QUERY_BOUNDS.maxIdLength))
      throw badInput('author', `must be 1 to ${QUERY_BOUNDS.maxIdLength} characters, e.g. "token:alice"`);
    const page = await listChangeSets(ctx.db, principalOf(ctx), {
      state: args.state ?? null,
      author,
      first,
      after: after ? { at: String(after[0]), id: String(after[1]) } : null,
    });
    const edges = page.rows.map((r) => ({
      cursor: encodeCursor('changeSets', [r.proposedAt, r.id]),
      node: r,
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },
  viewer: (_p, _a, ctx) => {
    const p = principalOf(ctx);
    return p.kind === 'anonymous' ? null : { actor: actorOf(p), roles: rolesOf(p) };
  },
};
