import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { findCandidates, findMentions, mentionMatcher, sentenceAround } from '../graph/mentions.js';
import { knownNamesOf, placedPassagesOf } from '../graph/sources.js';
import { checkFirst, checkId } from './arguments.js';
import { decodeCursor, encodeCursor, sdlDefault } from './paging.js';

/** suggestMentions (schema/sources.graphql): the source's text scanned for every known name, a page of the spans. */

const MAX_MENTION_PAGE = 500;

export const suggestMentions: NonNullable<QueryResolvers['suggestMentions']> = async (
  _p,
  args,
  ctx: Context,
  info,
) => {
  const id = checkId('source', args.source);
  const first = checkFirst('first', args.first, sdlDefault(info, 'first'), MAX_MENTION_PAGE);
  const after = args.after ? Number(decodeCursor('after', 'mention', args.after, 1)[0]) : -1;
  if (!Number.isSafeInteger(after) || after < -1) throw badInput('after', 'not a cursor of this list');
  const source = await ctx.loaders.source.load(id);
  if (!source) throw badInput('source', `no source "${id}" (the sources query lists them)`);
  const sections = source.sectionNames.map((n, i) => [n, source.sectionTexts[i] ?? ''] as [string, string]);
  const [names, passages] = await Promise.all([knownNamesOf(ctx.db), placedPassagesOf(ctx.db, id)]);
  const mentions = findMentions(mentionMatcher(names), sections);
  const page = mentions.slice(after + 1, after + 1 + first);
  const edges = await Promise.all(
    page.map(async (m, i) => {
      const text = sections.find(([n]) => n === m.section)![1];
      const { excerpt, offset } = sentenceAround(text, m.start, m.end);
      const passage =
        passages.find((p) => p.section === m.section && p.start! <= m.start && p.end! >= m.end) ?? null;
      const entity = await ctx.loaders.entity.load(m.entity);
      if (!entity) throw new Error(`entity ${m.entity} of a mention is missing`);
      return {
        cursor: encodeCursor('mention', [after + 1 + i]),
        node: { ...m, nameKind: m.kind, entity, passage, excerpt, excerptOffset: offset },
      };
    }),
  );
  return {
    edges,
    totalCount: mentions.length,
    candidates: findCandidates(sections, mentions),
    pageInfo: {
      hasNextPage: after + 1 + first < mentions.length,
      hasPreviousPage: after >= 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
};
