import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Task, TaskResult } from './compute.js';

/**
 * The worker threads that compute the analytics (piscina), off the thread that answers requests.
 *
 * Which file a worker loads: `worker.js` beside this module when it exists — `npm run build` compiles it next
 * to this one in `dist/src/analytics/`, which is what production runs. Otherwise this module runs from its
 * TypeScript source (ts-jest, `tsx` for `npm run dev`, the benchmarks): the worker then loads `worker.ts` with
 * tsx's loader (`--import tsx`, a devDependency), since a worker thread gets none of ts-jest's transforms.
 */

function workerFile(): { filename: string; execArgv: string[] } {
  const compiled = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(compiled)) return { filename: compiled, execArgv: [] };
  return { filename: fileURLToPath(new URL('./worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

export interface PoolOptions {
  /** Worker threads; default: the cores less one (one left for the requests), at least 1. */
  threads?: number;
}

export class AnalyticsPool {
  private pool: Piscina<Task, TaskResult> | null = null;
  constructor(private readonly options: PoolOptions = {}) {}

  private get piscina(): Piscina<Task, TaskResult> {
    if (!this.pool) {
      const threads = this.options.threads ?? Math.max(1, availableParallelism() - 1);
      this.pool = new Piscina<Task, TaskResult>({
        ...workerFile(),
        minThreads: 0,
        maxThreads: threads,
        // Threads exit after a minute idle (and never keep the process alive): the heap of a large network's
        // views goes with them.
        idleTimeout: 60_000,
        // Below the request thread in the scheduler's eyes, so requests keep their share of the cores.
        niceIncrement: 10,
      });
    }
    return this.pool;
  }

  /** Runs a task in a worker; `signal` aborts it, stopping its thread if it is running (piscina). */
  run(task: Task, signal: AbortSignal): Promise<TaskResult> {
    return this.piscina.run(task, { signal });
  }

  /**
   * Starts a thread if none is alive, so a computation that follows a cold network read does not wait for one
   * (loading the worker's modules: ~0.25 s with tsx). Called as the read starts; never fails.
   */
  warm(): void {
    if (this.piscina.threads.length > 0) return;
    const empty: Task = {
      network: '',
      net: { ids: [], source: new Int32Array(0), target: new Int32Array(0) },
      job: { kind: 'warm' },
    };
    this.piscina.run(empty).catch(() => undefined);
  }

  /** Thread ids of the workers alive now, and their Worker objects (tests watch one stop). */
  get workers() {
    return this.pool?.threads ?? [];
  }

  /** Stops every worker (shutdown; tests). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }
}
