import type { QueryResolvers } from '../generated/graphql.js';
import { datasetsInfo, datasetVersion } from '../graph/analytics.js';

/** `meta`: the dataset version a tool can key its caches on, and what each dataset holds. */
export const meta: NonNullable<QueryResolvers['meta']> = async (_p, _a, ctx) => {
  const [version, datasets] = await Promise.all([datasetVersion(ctx.db), datasetsInfo(ctx.db)]);
  return { datasetVersion: version, datasets };
};
