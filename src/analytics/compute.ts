import {
  BETWEENNESS_DEFAULTS,
  betweennessScores,
  closenessScores,
  eigenvectorScores,
  pagerankOnIndex,
  sampledBetweennessOnIndex,
  type Scores,
} from './centrality.js';
import { louvainOnIndex } from './communities.js';
import {
  degrees,
  flowIndex,
  tieGraph,
  tieIndex,
  type FlowIndex,
  type IndexedNetwork,
  type TieIndex,
} from './graphs.js';
import type { Graph } from './libs.js';

/**
 * What a worker thread computes (worker.ts; the unit tests call it directly). Plain data in and out: scores as a Float64Array by node index, a partition as a community id by node index.
 */

export type CentralityMetricName =
  'DEGREE' | 'IN_DEGREE' | 'OUT_DEGREE' | 'BETWEENNESS' | 'CLOSENESS' | 'EIGENVECTOR' | 'PAGERANK';

export type Job =
  | { kind: 'scores'; metric: CentralityMetricName }
  | { kind: 'louvain'; resolution: number }
  // Nothing to compute: starts a thread (pool.ts `warm`).
  | { kind: 'warm' };

export interface Task {
  /** Names the network (dataset version and filter): the worker keeps the graph views it built for it. */
  network: string;
  net: IndexedNetwork;
  job: Job;
}

export type TaskResult =
  | { kind: 'scores'; scores: Float64Array }
  | { kind: 'louvain'; community: Int32Array; modularity: number }
  | { kind: 'warm' };

/** Graph views kept per network name, the most recent few: building one at 10^6 relations takes seconds. */
export class ViewCache {
  private readonly views = new Map<string, Graph | FlowIndex | TieIndex>();
  constructor(private readonly max = 4) {}

  private view<T extends Graph | FlowIndex | TieIndex>(key: string, build: () => T): T {
    let g = this.views.get(key) as T | undefined;
    if (g) this.views.delete(key);
    else g = build();
    this.views.set(key, g);
    if (this.views.size > this.max) this.views.delete(this.views.keys().next().value as string);
    return g;
  }

  /** The undirected tie graph (graphology): closeness, eigenvector, an exact betweenness. */
  get(network: string, net: IndexedNetwork, _kind: 'ties'): Graph {
    return this.view(`ties|${network}`, () => tieGraph(net));
  }

  /** The tie graph as typed arrays (Louvain, a sampled betweenness). */
  ties(network: string, net: IndexedNetwork): TieIndex {
    return this.view(`tieIndex|${network}`, () => tieIndex(net));
  }

  /** The flow graph as compressed rows (PageRank). */
  flow(network: string, net: IndexedNetwork): FlowIndex {
    return this.view(`flow|${network}`, () => flowIndex(net));
  }
}

const byIndex = (ids: readonly string[], scores: Scores): Float64Array =>
  Float64Array.from(ids, (id) => scores[id] ?? 0);

export function runTask(task: Task, views: ViewCache): TaskResult {
  const { net, job, network } = task;
  if (job.kind === 'warm') return { kind: 'warm' };
  if (job.kind === 'louvain') {
    const partition = louvainOnIndex(net.ids, views.ties(network, net), { resolution: job.resolution });
    return {
      kind: 'louvain',
      community: Int32Array.from(net.ids, (id) => partition.community[id] ?? -1),
      modularity: partition.modularity,
    };
  }
  switch (job.metric) {
    case 'DEGREE':
      return { kind: 'scores', scores: degrees(net).degree };
    case 'IN_DEGREE':
      return { kind: 'scores', scores: degrees(net).inDegree };
    case 'OUT_DEGREE':
      return { kind: 'scores', scores: degrees(net).outDegree };
    case 'BETWEENNESS':
      if (net.ids.length > BETWEENNESS_DEFAULTS.exactMaxNodes)
        return { kind: 'scores', scores: sampledBetweennessOnIndex(views.ties(network, net)) };
      return { kind: 'scores', scores: byIndex(net.ids, betweennessScores(views.get(network, net, 'ties'))) };
    case 'CLOSENESS':
      return { kind: 'scores', scores: byIndex(net.ids, closenessScores(views.get(network, net, 'ties'))) };
    case 'EIGENVECTOR':
      return { kind: 'scores', scores: byIndex(net.ids, eigenvectorScores(views.get(network, net, 'ties'))) };
    case 'PAGERANK':
      return { kind: 'scores', scores: pagerankOnIndex(views.flow(network, net)) };
  }
}
