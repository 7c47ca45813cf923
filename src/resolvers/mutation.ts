import { DateTimeResolver } from 'graphql-scalars';
import { ANONYMOUS } from '../auth/principal.js';
import { rules } from '../auth/rules.js';
import type { Context } from '../context.js';
import { readAudit } from '../curation/audit.js';
import type { ProposalIn } from '../curation/plan.js';
import {
  proposeChange,
  proposeMerge,
  proposeUnmerge,
  readChangeSet,
  reviewChange,
  withdrawChange,
  type Caller,
} from '../curation/use-cases.js';
import { acceptedSince } from '../curation/store.js';
import { refused } from '../errors.js';
import { duplicateCandidates } from '../graph/duplicates.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/graphql.js';
import { checkFirst } from './arguments.js';
import { changeSetConnection } from './history.js';
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
  proposeMerge: (_p, { from, into, note, evidence }, ctx) =>
    proposeMerge(caller(ctx), { from, into, note, evidence: evidence ?? null }),
  unmerge: (_p, { id, note }, ctx) => proposeUnmerge(caller(ctx), { id, note: note ?? null }),
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

const MAX_CANDIDATE_PAGE = 200;

const Query: Pick<QueryResolvers, 'auditLog' | 'changeSet' | 'changes' | 'duplicateCandidates'> = {
  // Open to readers: names and scores only (the judgements' notes stay with the change-sets).
  duplicateCandidates: async (_p, args, ctx, info) => {
    const first = checkFirst('first', args.first, sdlDefault(info, 'first'), MAX_CANDIDATE_PAGE);
    const after = args.after ? decodeCursor('after', 'dup', args.after, 3) : undefined;
    const all = await duplicateCandidates(ctx.db);
    // Keyset: the pairs after (score descending, then a, b), so a judgement made between pages skips nothing.
    const start = after
      ? all.findIndex(
          (p) =>
            p.score < Number(after[0]) ||
            (p.score === Number(after[0]) && `${p.a}|${p.b}` > `${String(after[1])}|${String(after[2])}`),
        )
      : 0;
    const from = start < 0 ? all.length : start;
    const page = all.slice(from, from + first);
    const rows = await Promise.all(
      page.flatMap((p) => [ctx.loaders.entity.load(p.a), ctx.loaders.entity.load(p.b)]),
    );
    const edges = page.flatMap((p, i) => {
      const [a, b] = [rows[2 * i], rows[2 * i + 1]];
      if (!a || !b) return [];
      return [{ cursor: encodeCursor('dup', [p.score, p.a, p.b]), node: { ...p, a, b } }];
    });
    return {
      edges,
      totalCount: all.length,
      pageInfo: {
        hasNextPage: from + first < all.length,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },
  changeSet: (_p, { id }, ctx) => readChangeSet(caller(ctx), id),
  // A read (the auth gate applies READ_REQUIRES_AUTH): accepted change-sets only.
  changes: (_p, args, ctx, info) => {
    const since = args.since ? new Date(args.since as Date | string).toISOString() : null;
    return changeSetConnection(ctx, info, args, 'changes', (read, page) => acceptedSince(read, since, page));
  },
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
