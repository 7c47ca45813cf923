import { DateTimeResolver } from 'graphql-scalars';
import { ANONYMOUS } from '../auth/principal.js';
import { rules } from '../auth/rules.js';
import type { Context } from '../context.js';
import { readAudit } from '../curation/audit.js';
import type { ProposalIn } from '../curation/plan.js';
import {
  proposeChange,
  readChangeSet,
  reviewChange,
  withdrawChange,
  type Caller,
} from '../curation/use-cases.js';
import { refused } from '../errors.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/graphql.js';
import { checkFirst } from './arguments.js';
import { decodeCursor, encodeCursor, sdlDefault } from './paging.js';

/** The curation fields (schema/curation.graphql): each calls its use case in src/curation/ and nothing more. */

const MAX_AUDIT_PAGE = 200;

function caller(ctx: Context): Caller {
  // Contexts made outside the HTTP front (the warm-up) have no write path.
  if (!ctx.curation) throw refused('FORBIDDEN', 'This context cannot write');
  return {
    db: ctx.db,
    curation: ctx.curation,
    // The HTTP front refuses failed credentials before any field resolves; anywhere else they count as none.
    principal: ctx.auth.ok ? ctx.auth.principal : ANONYMOUS,
    requestId: ctx.request.id,
    idempotencyKey: ctx.request.idempotencyKey,
  };
}

const Mutation: MutationResolvers = {
  proposeChange: (_p, { input }, ctx) => proposeChange(caller(ctx), input as ProposalIn),
  reviewChange: (_p, { id, decision, comment }, ctx) =>
    reviewChange(caller(ctx), id, decision, comment ?? null),
  withdrawChange: (_p, { id }, ctx) => withdrawChange(caller(ctx), id),
  // A new source is a change-set of one operation, reviewed like any other.
  addSource: (_p, { input: { comment, ...source } }, ctx) =>
    proposeChange(
      caller(ctx),
      {
        comment: comment ?? `Add the source “${source.title}” (${source.publisher}, ${source.year})`,
        operations: [{ addSource: source }],
      },
      'addSource',
    ),
};

const Query: Pick<QueryResolvers, 'auditLog' | 'changeSet'> = {
  changeSet: (_p, { id }, ctx) => readChangeSet(caller(ctx), id),
  auditLog: async (_p, args, ctx, info) => {
    const principal = ctx.auth.ok ? ctx.auth.principal : ANONYMOUS;
    const d = rules.readAudit(principal);
    if (!d.allowed) throw refused(d.code, d.message);
    const first = checkFirst('first', args.first, sdlDefault(info, 'first'), MAX_AUDIT_PAGE);
    const after = args.after ? decodeCursor('after', 'audit', args.after, 2) : undefined;
    const page = await readAudit(
      ctx.db,
      first,
      after ? { at: String(after[0]), id: String(after[1]) } : undefined,
    );
    const edges = page.records.map((r) => ({ cursor: encodeCursor('audit', [r.at, r.id]), node: r }));
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
};

export const curationResolvers: Pick<Resolvers, 'DateTime' | 'Mutation'> & { Query: typeof Query } = {
  DateTime: DateTimeResolver,
  Mutation,
  Query,
};
