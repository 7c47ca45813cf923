import autocannon from 'autocannon';

/**
 * The load generator, in its own process (forked by run.ts): receives a job over IPC, runs autocannon against
 * the server on loopback and answers with throughput and exact latency percentiles (autocannon's histogram
 * rounds to whole milliseconds, so every response time is also kept here).
 */

export interface LoadJob {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  /** Several bodies, sent in turn on every connection (a mixed workload); overrides `body`. */
  bodies?: string[];
  connections: number;
  durationS: number;
  /** A fixed number of requests instead of a duration (profiles compare like with like). */
  amount?: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function run(job: LoadJob): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: job.method,
        body: job.body,
        headers: job.body || job.bodies ? { 'content-type': 'application/json' } : {},
        ...(job.bodies ? { requests: job.bodies.map((body) => ({ method: job.method, body })) } : {}),
        connections: job.connections,
        duration: job.durationS,
        ...(job.amount ? { amount: job.amount } : {}),
      },
      (err: unknown, r: autocannon.Result) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(r),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) times.push(responseTime);
    });
  });
  const sorted = Float64Array.from(times).sort();
  const sum = times.reduce((s, t) => s + t, 0);
  return {
    requests: times.length,
    rps: times.length / (result.duration || job.durationS),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: times.length > 0 ? sum / times.length : Number.NaN,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

process.on('message', (msg: { id: number; job: LoadJob }) => {
  run(msg.job).then(
    (result) => process.send?.({ id: msg.id, result }),
    (err: unknown) => process.send?.({ id: msg.id, error: String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
