import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult, PairJob, PairResult } from './load-worker.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The load generator in a process of its own (bench/harness/load-worker.ts), so it never shares the server's event loop. */
export class Loader {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.result) w?.resolve(m.result);
      else w?.reject(new Error(m.error ?? 'load worker failed'));
    });
    // A worker that dies answers nothing: every job still waiting fails instead of hanging.
    child.on('exit', (code, signal) => {
      for (const w of this.waiting.values())
        w.reject(new Error(`load worker exited (${signal ?? code}) before it answered`));
      this.waiting.clear();
    });
  }
  static start(): Loader {
    const child = fork(join(here, 'load-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    return new Loader(child);
  }
  run(job: LoadJob): Promise<LoadResult> {
    return this.ask<LoadResult>({ job });
  }
  /** Two servers asked in turn, request by request (`PairJob`). */
  pairs(pairs: PairJob): Promise<PairResult> {
    return this.ask<PairResult>({ pairs });
  }
  /** The worker answers a job with the result of its kind (load-worker.ts). */
  private ask<R>(message: { job: LoadJob } | { pairs: PairJob }): Promise<R> {
    const id = this.next++;
    return new Promise<R>((resolve, reject) => {
      this.waiting.set(id, { resolve: (r) => resolve(r as R), reject });
      this.child.send({ id, ...message });
    });
  }
  stop(): void {
    this.child.disconnect();
  }
}
