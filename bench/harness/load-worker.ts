import autocannon from 'autocannon';
import { Agent, request as httpRequest } from 'node:http';

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

/** One request of a paired job: an absolute URL, its method and body. */
export interface PairSide {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
}

/**
 * Two servers asked in turn, one request at a time: `pairs` times a request to `a` and one to `b`, a then b in
 * even pairs and b then a in odd ones, each side on a keep-alive connection of its own. Adjacent requests see the
 * same machine, so the pair's ratio leaves out what the machine does from one second to the next.
 */
export interface PairJob {
  a: PairSide;
  b: PairSide;
  pairs: number;
}

/**
 * Each side's response times (ms) in pair order; `failed` counts non-2xx answers, GraphQL `errors`, transport
 * errors and timeouts.
 */
export interface PairResult {
  a: number[];
  b: number[];
  failed: number;
}

/** A 2xx answer whose body is a GraphQL response without `errors` (a GraphQL error comes back as HTTP 200). */
function answered(status: number | undefined, body: string): boolean {
  if (status === undefined || status < 200 || status >= 300) return false;
  try {
    return !('errors' in (JSON.parse(body) as object));
  } catch {
    return false;
  }
}

/** One request, timed from its start to the end of its response; a failed, errored or 30 s request is not ok. */
function timed(side: PairSide, agent: Agent): Promise<{ ms: number; ok: boolean }> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (ms: number, ok: boolean) => {
      if (!done) resolve({ ms, ok });
      done = true;
    };
    const started = performance.now();
    const req = httpRequest(
      side.url,
      {
        method: side.method,
        agent,
        headers: side.body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(side.body) }
          : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          finish(ms, answered(res.statusCode, Buffer.concat(chunks).toString()));
        });
        res.on('aborted', () => finish(Number.NaN, false));
        res.on('error', () => finish(Number.NaN, false));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', () => finish(Number.NaN, false));
    req.end(side.body);
  });
}

async function runPairs(job: PairJob): Promise<PairResult> {
  const agents = {
    a: new Agent({ keepAlive: true, maxSockets: 1 }),
    b: new Agent({ keepAlive: true, maxSockets: 1 }),
  };
  const out: PairResult = { a: [], b: [], failed: 0 };
  try {
    for (let i = 0; i < job.pairs; i++) {
      const order = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      for (const side of order) {
        const r = await timed(job[side], agents[side]);
        if (!r.ok) out.failed += 1;
        out[side].push(r.ms);
      }
    }
    return out;
  } finally {
    agents.a.destroy();
    agents.b.destroy();
  }
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

process.on('message', (msg: { id: number; job: LoadJob } | { id: number; pairs: PairJob }) => {
  ('pairs' in msg ? runPairs(msg.pairs) : run(msg.job)).then(
    (result) => process.send?.({ id: msg.id, result }),
    (err: unknown) => process.send?.({ id: msg.id, error: String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));
