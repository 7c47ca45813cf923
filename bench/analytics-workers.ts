import { Analytics, analytics, type CentralityMetricName } from '../src/analytics/index.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { exportRoutes } from '../src/http/exports.js';
import { createLogger } from '../src/log.js';
import { pickArgs } from './harness/args.js';
import { importGraph } from '../tools/import.js';
import { Loader } from './harness/loader.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { request, type OpName } from './ops.js';
import { generateGraph, SYNTHETIC_DATASET } from '../tools/synthetic.js';

/**
 * npm run bench:analytics-workers [-- --size=100000 --window=10]
 *
 * The analytics in worker threads (issue 27 item 2), on one synthetic graph loaded by the offline import:
 * 1. cold PageRank and Louvain with the network read included (a fresh cache each: the indexed read
 *    `projectIndexed`, then the graph view and the metric in a worker), and the sampled betweenness the same way;
 * 2. the API (in this process, as in production: its worker threads beside its request thread) under a mixed
 *    read workload (entity, connection, search, path, neighbourhood; 4 connections from a load process of its
 *    own): p99 idle, then p99 per window while a cold betweenness request runs (projection already read), the
 *    ratio of the two.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const size = Number(flag('size') ?? 100_000);
const windowS = Number(flag('window') ?? 10);
const filter = { relationTypes: null, entityTypes: null, year: null };

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const out = await work();
  return [out, performance.now() - started];
}

async function main(): Promise<void> {
  const neo = await startBenchNeo4j('4g');
  const loader = Loader.start();
  try {
    const [, loadMs] = await timed(() => importGraph(neo, generateGraph(size)));
    await neo.db.write(
      `MERGE (d:Dataset {name: '${SYNTHETIC_DATASET}'}) SET d.contentHash = 'bench', d.seededAt = toString(datetime())`,
    );
    say(`== ${size}: loaded by the offline import in ${(loadMs / 1000).toFixed(1)} s`);

    say('\n| cold, projection included (fresh cache) | ms |\n| --- | ---: |');
    for (const [what, run] of [
      [
        'PAGERANK',
        (a: Analytics, v: string | null) => a.scores(neo.db, v, filter, 'PAGERANK').then(() => undefined),
      ],
      [
        'Louvain (resolution 1)',
        (a: Analytics, v: string | null) => a.partition(neo.db, v, filter, 1).then(() => undefined),
      ],
      [
        'BETWEENNESS (sampled, 500 sources)',
        (a: Analytics, v: string | null) => a.scores(neo.db, v, filter, 'BETWEENNESS'),
      ],
    ] as const) {
      const fresh = new Analytics(undefined, { threads: 1 });
      const version = await fresh.version(neo.db);
      const [, projectionMs] = await timed(() => fresh.indexed(neo.db, version, filter));
      const [, computeMs] = await timed(() => run(fresh, version));
      say(
        `| ${what} | ${(projectionMs + computeMs).toFixed(0)} (read ${projectionMs.toFixed(0)} + rest ${computeMs.toFixed(0)}) |`,
      );
      await fresh.close();
    }

    const { logger } = { logger: createLogger('warn') };
    const config = loadConfig({ NODE_ENV: 'production', RATE_LIMIT_MAX: '0' });
    const app = await createApp({
      limits: config.http,
      db: neo.db,
      logger,
      routes: exportRoutes({ db: neo.db, limits: config.exports, logger }),
    });
    const base = await app.listen(0, '127.0.0.1');
    const args = await pickArgs(neo.db);
    const ops: OpName[] = ['entity', 'connection', 'search', 'path', 'neighbourhood'];
    const bodies = ops.map((op) => request('icat-kg', op, args).body!);
    const load = () =>
      loader.run({ url: `${base}/graphql`, method: 'POST', bodies, connections: 4, durationS: windowS });
    const ask = (metric: CentralityMetricName) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ centrality(metric: ${metric}, first: 3) { sampled edges { score } } }`,
        }),
      }).then((r) => r.json() as Promise<{ errors?: unknown }>);
    // The projection is read (and cached) before the windows: what runs during them is the worker's computation.
    const [, degreeMs] = await timed(() => ask('DEGREE'));
    say(`\nDEGREE over HTTP (reads the projection): ${degreeMs.toFixed(0)} ms`);
    await load(); // warm-up
    const idle = await load();
    say(`\n| window | req/s | p50 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: |`);
    say(`| idle | ${idle.rps.toFixed(0)} | ${idle.p50} | ${idle.p99} | ${idle.errors + idle.non2xx} |`);
    let done = false;
    const started = performance.now();
    const betweenness = ask('BETWEENNESS').then((body) => {
      done = true;
      return [body, performance.now() - started] as const;
    });
    const during: number[] = [];
    for (let w = 1; !done; w++) {
      const r = await load();
      if (done) break; // a window that outlasted the computation measures less than it
      during.push(r.p99);
      say(
        `| during betweenness, ${w} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} |`,
      );
    }
    const [body, bMs] = await betweenness;
    const after = await load();
    say(`| after | ${after.rps.toFixed(0)} | ${after.p50} | ${after.p99} | ${after.errors + after.non2xx} |`);
    const worst = Math.max(...during);
    say(
      `\ncold BETWEENNESS over HTTP (projection cached): ${bMs.toFixed(0)} ms${body.errors ? ` ERRORS ${JSON.stringify(body.errors)}` : ''}; ` +
        `p99 during it: worst window ${worst} ms = ${(worst / idle.p99).toFixed(2)}× idle (${idle.p99} ms), over ${during.length} full windows`,
    );
    await app.close();
  } finally {
    loader.stop();
    await analytics.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
