import type { Database } from '../db/database.js';
import { DEFAULT_ANALYTICS_TIMEOUT_MS } from '../config.js';
import { AnalyticsTimeout } from '../errors.js';
import {
  datasetVersion,
  projectIndexed,
  projectNetwork,
  type IndexedProjection,
  type Projection,
  type ProjectionFilter,
} from '../graph/analytics.js';
import { NAME_ORDER } from '../model/order.js';
import { AnalyticsCache, type Served } from './cache.js';
import type { Scores } from './centrality.js';
import type { Partition } from './communities.js';
import type { CentralityMetricName, Job, TaskResult } from './compute.js';
import type { IndexedNetwork } from './graphs.js';
import { AnalyticsPool } from './pool.js';

export type { CentralityMetricName } from './compute.js';
export type { Served } from './cache.js';

/**
 * Metrics over the projected subgraph, cached per dataset version (see cache.ts) and computed in worker threads
 * (pool.ts), each computation with its own timeout (ANALYTICS_TIMEOUT_MS). Knows nothing of GraphQL or HTTP:
 * callers pass the database, the version they read for their request, and a filter. The network is read here,
 * in the calling thread (the driver lives here), as compact indices (`indexed`); everything computed from it
 * runs in a worker. The full projection (`projection`) is read only for exports.
 */

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
      tieKey(b.score) - tieKey(a.score) || NAME_ORDER.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
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

/** A partition as Louvain's worker returns it (a community id per node index), as lists. */
function partitionOf(
  ids: readonly string[],
  result: { community: Int32Array; modularity: number },
): Partition {
  const community: Record<string, number> = {};
  const members: string[][] = [];
  ids.forEach((id, i) => {
    const c = result.community[i]!;
    community[id] = c;
    (members[c] ??= []).push(id);
  });
  return { community, members: members.filter((m) => m !== undefined), modularity: result.modularity };
}

export interface AnalyticsOptions {
  /** ANALYTICS_TIMEOUT_MS: longest one computation may run in its worker before it is stopped. */
  timeoutMs?: number;
  /** Worker threads (default: the cores less one). */
  threads?: number;
}

export class Analytics {
  private pool: AnalyticsPool;
  private timeoutMs: number;
  private readonly aborts = new Set<AbortController>();

  constructor(
    readonly cache: AnalyticsCache = new AnalyticsCache(),
    options: AnalyticsOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_ANALYTICS_TIMEOUT_MS;
    this.pool = new AnalyticsPool({ threads: options.threads });
  }

  /** Applies the configuration (main.ts, the export CLI); a running computation keeps the timeout it started with. */
  configure(options: AnalyticsOptions): void {
    if (options.timeoutMs !== undefined) this.timeoutMs = options.timeoutMs;
    if (options.threads !== undefined) {
      void this.pool.close();
      this.pool = new AnalyticsPool({ threads: options.threads });
    }
  }

  /** Stops every computation in flight (they fail) and the worker threads. */
  async close(): Promise<void> {
    for (const a of this.aborts) a.abort(new Error('analytics closed'));
    await this.pool.close();
  }

  /** The version to key this request's results by (one cheap read). */
  version(db: Database): Promise<string | null> {
    return datasetVersion(db);
  }

  projection(db: Database, version: string | null, filter: NetworkFilter): Promise<Projection> {
    return this.cache.get(version, `projection|${filterKey(filter)}`, () => projectNetwork(db, filter));
  }

  /**
   * The network as indices (what the workers compute on) and the entities' names: read by its own compact
   * statement (`projectIndexed`), not derived from the full projection, which only exports need.
   */
  indexed(db: Database, version: string | null, filter: NetworkFilter): Promise<IndexedProjection> {
    return this.cache.get(version, `indexed|${filterKey(filter)}`, () => {
      // A computation follows a read: its thread starts while the database answers.
      this.pool.warm();
      return projectIndexed(db, filter);
    });
  }

  private async names(db: Database, version: string | null, filter: NetworkFilter) {
    const { ids, names } = await this.indexed(db, version, filter);
    return new Map(ids.map((id, i) => [id, names[i]!]));
  }

  /** One task in a worker, stopped (its thread too) after the timeout. */
  private async compute(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    job: Job,
    what: string,
  ): Promise<{ net: IndexedNetwork; result: TaskResult }> {
    const { ids, source, target } = await this.indexed(db, version, filter);
    // Only what the worker reads goes to it (the arrays are shared, not copied).
    const net: IndexedNetwork = { ids, source, target };
    const timeoutMs = this.timeoutMs;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new AnalyticsTimeout(what, timeoutMs)), timeoutMs);
    this.aborts.add(abort);
    try {
      const result = await this.pool.run(
        { network: `${version}|${filterKey(filter)}`, net, job },
        abort.signal,
      );
      return { net, result };
    } catch (err) {
      if (abort.signal.aborted && abort.signal.reason instanceof AnalyticsTimeout) throw abort.signal.reason;
      throw err;
    } finally {
      clearTimeout(timer);
      this.aborts.delete(abort);
    }
  }

  private scoresKey = (metric: CentralityMetricName, filter: NetworkFilter) =>
    `scores:${metric}|${filterKey(filter)}`;

  private computeScores(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ) {
    return async (): Promise<Scores> => {
      const { net, result } = await this.compute(db, version, filter, { kind: 'scores', metric }, metric);
      if (result.kind !== 'scores') throw new Error('the worker answered a scores task with a partition');
      const out: Scores = {};
      net.ids.forEach((id, i) => (out[id] = result.scores[i]!));
      return out;
    };
  }

  scores(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ): Promise<Scores> {
    return this.cache.get(
      version,
      this.scoresKey(metric, filter),
      this.computeScores(db, version, filter, metric),
    );
  }

  /** As `scores`, or the last answer of an older dataset version while this one computes (it says which). */
  servedScores(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ): Promise<Served<Scores>> {
    return this.cache.serve(
      version,
      this.scoresKey(metric, filter),
      this.computeScores(db, version, filter, metric),
      true,
    );
  }

  private computeRanking(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ) {
    return async (): Promise<RankedEntry[]> => {
      const [names, scores] = await Promise.all([
        this.names(db, version, filter),
        this.scores(db, version, filter, metric),
      ]);
      return rankScores(scores, names);
    };
  }

  /** Every node of the filtered network, best score first, ties by name. */
  ranking(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ): Promise<RankedEntry[]> {
    return this.cache.get(
      version,
      `ranking:${metric}|${filterKey(filter)}`,
      this.computeRanking(db, version, filter, metric),
    );
  }

  /** As `ranking`, or the last answer of an older dataset version while this one computes (it says which). */
  servedRanking(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    metric: CentralityMetricName,
  ): Promise<Served<RankedEntry[]>> {
    return this.cache.serve(
      version,
      `ranking:${metric}|${filterKey(filter)}`,
      this.computeRanking(db, version, filter, metric),
      true,
    );
  }

  private computePartition(db: Database, version: string | null, filter: NetworkFilter, resolution: number) {
    return async (): Promise<Partition> => {
      const { net, result } = await this.compute(
        db,
        version,
        filter,
        { kind: 'louvain', resolution },
        'communities',
      );
      if (result.kind !== 'louvain') throw new Error('the worker answered a Louvain task with scores');
      return partitionOf(net.ids, result);
    };
  }

  partition(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    resolution: number,
  ): Promise<Partition> {
    return this.cache.get(
      version,
      `louvain:${resolution}|${filterKey(filter)}`,
      this.computePartition(db, version, filter, resolution),
    );
  }

  /**
   * The partition with what a listing of it needs (each member's degree and name), of one dataset version: the
   * current one, or the last answer of an older one while the current one computes (it says which).
   */
  servedPartition(
    db: Database,
    version: string | null,
    filter: NetworkFilter,
    resolution: number,
  ): Promise<Served<{ partition: Partition; degree: Scores; names: ReadonlyMap<string, string> }>> {
    return this.cache.serve(
      version,
      `communities:${resolution}|${filterKey(filter)}`,
      async () => {
        const [partition, degree, names] = await Promise.all([
          this.partition(db, version, filter, resolution),
          this.scores(db, version, filter, 'DEGREE'),
          this.names(db, version, filter),
        ]);
        return { partition, degree, names };
      },
      true,
    );
  }
}

/** The process's analytics: one cache shared by every request (GraphQL and exports). */
export const analytics = new Analytics();
