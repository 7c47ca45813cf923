import type { Context } from '../context.js';
import type { EvidenceResolvers, SourceResolvers, SourceSectionResolvers } from '../generated/graphql.js';
import type { SourceRow } from '../graph/rows.js';
import { passageUrl } from '../model/sources.js';
import { view } from './shared.js';
import { orphansOf } from '../graph/sources.js';

/** Sources, their sections, and evidence passages: where each stands and what it supports. */

async function sourceOf(ctx: Context, id: string): Promise<SourceRow> {
  const s = await ctx.loaders.source.load(id);
  if (!s) throw new Error(`Source ${id} of a passage is missing`);
  return s;
}

export const Evidence: EvidenceResolvers = {
  source: async (p, _a, ctx) => (await sourceOf(ctx, p.source)).title,
  document: (p, _a, ctx) => sourceOf(ctx, p.source),
  url: (p) => passageUrl(p.source, p.id),
  entities: async (p, _a, ctx) => (await ctx.loaders.facts.load(p.id)).entities,
  relations: async (p, _a, ctx) => (await ctx.loaders.facts.load(p.id)).relations.map((r) => view(r, null)),
  quote: (p) => ({ exact: p.excerpt, prefix: p.prefix, suffix: p.suffix }),
  position: (p) => (p.start !== null && p.end !== null ? { start: p.start, end: p.end } : null),
  anchor: (p) => p.anchor,
  previousExcerpt: (p) => p.previousExcerpt,
};

export const Source: SourceResolvers = {
  textAvailable: (s: SourceRow) => s.sectionTexts.some((t) => t !== ''),
  sha256: (s: SourceRow) => s.sha256,
  edition: (s: SourceRow) => s.edition,
  orphans: (s: SourceRow, _a, ctx) => orphansOf(ctx.db, s.id),
  sections: (s: SourceRow) =>
    s.sectionNames.map((name, i) => ({ source: s.id, name, text: s.sectionTexts[i] ?? '' })),
};

export const SourceSection: SourceSectionResolvers = {
  passages: (s, _a, ctx) => ctx.loaders.sectionPassages.load({ source: s.source, name: s.name }),
};
