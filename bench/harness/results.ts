import type { OpArgs, OpName, ServerName } from '../ops.js';
import type { LoadStats } from '../../tools/synthetic.js';
import type { LoadResult } from './load-worker.js';

/** The shape of a results file of `npm run bench` (bench/results/<mode>.json), read by the report and compare. */

export interface Options {
  quick: boolean;
  sizes: Array<'seed' | number>;
  reps: number;
  durationS: number;
  latencyDurationS: number;
  connections: number;
  heap: string;
  load: 'auto' | 'import' | 'cypher';
  /** Share of relations given a kept earlier version before timing (bench/harness/history.ts); 0: none. */
  history: number;
  out: string;
}

export interface Run extends LoadResult {
  size: string;
  server: ServerName;
  op: OpName;
  rep: number;
  connections: number;
}

export interface SizeReport {
  size: string;
  nodes: number;
  relationships: number;
  load: LoadStats | { ms: number; relationsPerSecond: number; nodes: number; relationships: number };
  args: OpArgs;
  answers: Record<string, string>;
  roundTrips: Record<string, number[]>;
  /** Kept (RETRACTED_*) relationships beside the live graph during the timing. */
  historyRelationships?: number;
}

export type BenchReport = {
  when: string;
  options: Options;
  machine: { cpus: number; cpuModel: string; memGiB: number; node: string; neo4j: string };
  neo4jGraphqlMode: Record<OpName, string>;
  sizes: SizeReport[];
  runs: Run[];
  totalS: number;
};
