import type { Database } from '../db/database.js';
import {
  datasetVersion,
  projectNetwork,
  type Projection,
  type ProjectionFilter,
} from '../graph/analytics.js';
import { AnalyticsCache } from './cache.js';
import {
  betweennessScores,
  closenessScores,
  degreeScores,
  eigenvectorScores,
  inDegreeScores,
  outDegreeScores,
  pagerankScores,
  type Scores,
} from './centrality.js';
import { louvainCommunities, type Partition } from './communities.js';
import { flowGraph, relationGraph, tieGraph } from './graphs.js';
import type { Graph } from './libs.js';

/**
 * Metrics over the projected subgraph, cached per dataset version (see cache.ts). Knows nothing of GraphQL or
 * HTTP: callers pass the database, the version they read for their request, and a filter.
 */

export type CentralityMetricName =
  'DEGREE' | 'IN_DEGREE' | 'OUT_DEGREE' | 'BETWEENNESS' | 'CLOSENESS' | 'EIGENVECTOR' | 'PAGERANK';

export type NetworkFilter = ProjectionFilter;

export interface RankedEntry {
  id: string;
  name: string;
  score: number;
  /** Dense: equal scores share a rank, the next score takes the next integer. */
  rank: number;
}

/** Scores equal to 12 significant digits are ties (floating-point noise is not a difference). */
const tieKey = (score: number) => Number(score.toPrecision(12));

function filterKey(f: NetworkFilter): string {
  const list = (xs: readonly string[] | null) =>
    xs && xs.length > 0 ? [...new Set(xs)].sort().join(',') : '*';
  return `${list(f.relationTypes)}|${f.year ?? '*'}|${list(f.entityTypes)}`;
}

export function rankScores(scores: Scores, names: ReadonlyMap<string, string>): RankedEntry[] {
  const entries = Object.entries(scores).map(([id, score]) => ({ id, name: names.get(id) ?? id, score }));
  entries.sort(
    (a, b) =>
      tieKey(b.score) - tieKey(a.score) || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
  );
  let rank = 0;
  let last: number | undefined;
  return entries.map((e) => {
    const key = tieKey(e.score);
    if (key !== last) {
      rank += 1;
      last = key;
    }
    return { ...e, rank };
  });
}

export class Analytics {
  constructor(readonly cache: AnalyticsCache = new AnalyticsCache()) {}

  /** The version to key this request's results by (one cheap read). */
  version(db: Database): Promise<string | null> {
    return datasetVersion(db);
  }

  projection(db: Database, version: string | null, filter: NetworkFilter): Promise<Projection> {
    return this.cache.get(version, `projection|${filterKey(filter)}`, () => projectNetwork(db, filter));
  }

  private graph(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    kind: 'relations' | 'ties' | 'flow',
  ): Promise<Graph> {
    const build = { relations: relationGraph, ties: tieGraph, flow: flowGraph }[kind];
    return this.cache.get(version, `graph:${kind}|${filterKey(filter)}`, async () =>
      build(await this.projection(db, version, filter)),
    );
  }

  scores(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ): Promise<Scores> {
    return this.cache.get(version, `scores:${metric}|${filterKey(filter)}`, async () => {
      switch (metric) {
        case 'DEGREE':
          return degreeScores(await this.graph(db, version, filter, 'relations'));
        case 'IN_DEGREE':
          return inDegreeScores(await this.graph(db, version, filter, 'relations'));
        case 'OUT_DEGREE':
          return outDegreeScores(await this.graph(db, version, filter, 'relations'));
        case 'BETWEENNESS':
          return betweennessScores(await this.graph(db, version, filter, 'ties'));
        case 'CLOSENESS':
          return closenessScores(await this.graph(db, version, filter, 'ties'));
        case 'EIGENVECTOR':
          return eigenvectorScores(await this.graph(db, version, filter, 'ties'));
        case 'PAGERANK':
          return pagerankScores(await this.graph(db, version, filter, 'flow'));
      }
    });
  }

  /** Every node of the filtered network, best score first, ties by name. */
  ranking(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ): Promise<RankedEntry[]> {
    return this.cache.get(version, `ranking:${metric}|${filterKey(filter)}`, async () => {
      const [projection, scores] = await Promise.all([
        this.projection(db, version, filter),
        this.scores(db, version, filter, metric),
      ]);
      return rankScores(scores, new Map(projection.nodes.map((n) => [n.id, n.name])));
    });
  }

  partition(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    resolution: number,
  ): Promise<Partition> {
    return this.cache.get(version, `louvain:${resolution}|${filterKey(filter)}`, async () =>
      louvainCommunities(await this.graph(db, version, filter, 'ties'), { resolution }),
    );
  }
}

/** The process's analytics: one cache shared by every request (GraphQL and exports). */
export const analytics = new Analytics();
