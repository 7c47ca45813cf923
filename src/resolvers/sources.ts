import type { Context } from '../context.js';
import type { EvidenceResolvers, SourceResolvers, SourceSectionResolvers } from '../generated/graphql.js';
import type { SourceRow } from '../graph/rows.js';
import { passageUrl } from '../model/sources.js';
import { view } from './shared.js';

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
};

export const Source: SourceResolvers = {
  sections: (s: SourceRow) =>
    s.sectionNames.map((name, i) => ({ source: s.id, name, text: s.sectionTexts[i] ?? '' })),
};

export const SourceSection: SourceSectionResolvers = {
  passages: (s, _a, ctx) => ctx.loaders.sectionPassages.load({ source: s.source, name: s.name }),
};
