import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult } from './load-worker.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The load generator in a process of its own (bench/harness/load-worker.ts), so it never shares the server's event loop. */
export class Loader {
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (r: LoadResult) => void; reject: (e: Error) => void }
  >();
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (m: { id: number; result?: LoadResult; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.result) w?.resolve(m.result);
      else w?.reject(new Error(m.error ?? 'load worker failed'));
    });
  }
  static start(): Loader {
    const child = fork(join(here, 'load-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    return new Loader(child);
  }
  run(job: LoadJob): Promise<LoadResult> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, job });
    });
  }
  stop(): void {
    this.child.disconnect();
  }
}
