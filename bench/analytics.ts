import { Analytics, type CentralityMetricName } from '../src/analytics/index.js';
import { closenessScores, isSampled, type Scores } from '../src/analytics/centrality.js';
import { indexNetwork, tieGraph } from '../src/analytics/graphs.js';
import { projectNetwork, relationEvidence } from '../src/graph/analytics.js';
import { ExportTooLarge, buildExport, write, type ExportFormat } from '../src/export/index.js';
import { seedRepository } from '../src/ingest/index.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { parseFlags } from './harness/flags.js';
import { projectionBefore } from './projection-before.js';
import { clearGraph, generateGraph, loadGraph } from '../tools/synthetic.js';

/**
 * npm run bench:analytics [-- --sizes=seed,10000,100000]
 *
 * Per graph: the projection read (and, up to 10k, the statement it replaced), each metric cold (first computation
 * on the read projection) and cached (the same request again), Louvain, then every export format (build + write,
 * bytes) with the process's RSS and peak RSS. Where closeness is sampled and the graph is at most 20k nodes, the
 * exact closeness is computed too and the estimate's error reported. Exports are built with the caps raised
 * (EXPORT_MAX_NODES / EXPORT_MAX_EDGES would refuse the 100k network: 1.1M relations). One embedded Neo4j
 * (4 GB heap) with its own data directory; the synthetic graphs come from tools/synthetic.ts.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const METRICS: CentralityMetricName[] = [
  'DEGREE',
  'IN_DEGREE',
  'OUT_DEGREE',
  'PAGERANK',
  'EIGENVECTOR',
  'BETWEENNESS',
  'CLOSENESS',
];
// GEXF last, as in the runs when it was built in memory (now streamed like the others).
const FORMATS: ExportFormat[] = ['nodes.csv', 'edges.csv', 'graphml', 'json', 'gexf'];
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const peakMib = () => mib(process.resourceUsage().maxRSS * 1024);
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const out = await work();
  return [out, performance.now() - started];
}

/** Mean and largest relative error of an estimate, and how many of the exact top 10 / top 100 it keeps. */
function estimateError(estimate: Scores, exact: Scores): string {
  const ids = Object.keys(exact).filter((id) => exact[id]! > 0);
  const rel = ids.map((id) => Math.abs(estimate[id]! - exact[id]!) / exact[id]!);
  const top = (s: Scores, k: number) =>
    new Set(
      Object.keys(s)
        .sort((a, b) => s[b]! - s[a]!)
        .slice(0, k),
    );
  const overlap = (k: number) => [...top(estimate, k)].filter((id) => top(exact, k).has(id)).length;
  const mean = rel.reduce((a, b) => a + b, 0) / rel.length;
  return `mean relative error ${(mean * 100).toFixed(2)} %, largest ${(Math.max(...rel) * 100).toFixed(2)} %, top 10 kept ${overlap(10)}/10, top 100 kept ${overlap(100)}/100`;
}

async function main(): Promise<void> {
  const flags = parseFlags();
  const sizes = flags.list('sizes', ['seed', '10000']).map((s) => (s === 'seed' ? 'seed' : Number(s)));
  // --only=projection: just the projection and evidence reads (twice each), for comparing statements.
  const projectionOnly = flags.has('only=projection');
  const neo = await startBenchNeo4j('4g');
  try {
    for (const graphSize of sizes) {
      await clearGraph(neo.db);
      if (graphSize === 'seed') await seedRepository(neo.db);
      else {
        await loadGraph(neo.db, generateGraph(graphSize));
        // Synthetic graphs do not pass the seed writer: record a version so results can be cached.
        await neo.db.write(
          "MERGE (d:Dataset {name: 'synthetic'}) SET d.contentHash = 'bench', d.seededAt = toString(datetime()), d.version = randomUUID()",
        );
      }
      const analytics = new Analytics(undefined, { threads: 1 });
      const filter = { relationTypes: null, entityTypes: null, year: null };
      const version = await analytics.version(neo.db);
      if (graphSize === 'seed' || graphSize <= 10_000) {
        // The statement this projection replaced, read the way it was (warms the page cache for the next one).
        const [, beforeMs] = await timed(() => projectionBefore(neo.db));
        say(`\n(the statement before: ${beforeMs.toFixed(0)} ms)`);
      }
      const [projection, readMs] = await timed(() => analytics.projection(neo.db, version, filter));
      say(
        `\n== ${graphSize}: ${projection.nodes.length} entities, ${projection.edges.length} relations in the network`,
      );
      if (projectionOnly) {
        const [, again] = await timed(() => projectNetwork(neo.db, filter));
        const [evidence, evidenceMs] = await timed(() => relationEvidence(neo.db, filter));
        say(
          `projection ${readMs.toFixed(0)} ms, again ${again.toFixed(0)} ms; evidence of ${evidence.size} relations ${evidenceMs.toFixed(0)} ms; peak RSS ${peakMib()} MiB`,
        );
        continue;
      }
      say(`| step | cold ms | cached ms |\n| --- | ---: | ---: |`);
      say(
        `| projection (one Cypher statement) | ${readMs.toFixed(0)} | ${(await timed(() => analytics.projection(neo.db, version, filter)))[1].toFixed(2)} |`,
      );
      for (const metric of METRICS) {
        const [, cold] = await timed(() => analytics.ranking(neo.db, version, filter, metric));
        const [, warm] = await timed(() => analytics.ranking(neo.db, version, filter, metric));
        const sampled = isSampled(metric, projection.nodes.length) ? ' (sampled, 500 sources)' : '';
        say(`| ${metric}${sampled} | ${cold.toFixed(0)} | ${warm.toFixed(2)} |`);
      }
      const [, louvainMs] = await timed(() => analytics.partition(neo.db, version, filter, 1));
      const [, louvainWarm] = await timed(() => analytics.partition(neo.db, version, filter, 1));
      say(`| Louvain (resolution 1) | ${louvainMs.toFixed(0)} | ${louvainWarm.toFixed(2)} |`);
      if (isSampled('CLOSENESS', projection.nodes.length) && projection.nodes.length <= 20_000) {
        const ties = tieGraph(indexNetwork(projection));
        const sampled = await analytics.scores(neo.db, version, filter, 'CLOSENESS');
        const [exact, exactMs] = await timed(async () => closenessScores(ties, { exactMaxNodes: Infinity }));
        say(`closeness exact: ${exactMs.toFixed(0)} ms; sampled vs exact: ${estimateError(sampled, exact)}`);
      }
      say(`peak RSS before the exports: ${peakMib()} MiB`);
      say(
        `\n| export | ms (metrics cached) | size | RSS after | peak RSS so far |\n| --- | ---: | ---: | ---: | ---: |`,
      );
      for (const format of FORMATS) {
        try {
          const [bytes, ms] = await timed(async () => {
            const g = await buildExport(
              neo.db,
              analytics,
              { ...filter, center: null, depth: 1 },
              { maxNodes: 1e9, maxEdges: 1e9 },
            );
            let n = 0;
            for await (const chunk of write(format, g)) n += Buffer.byteLength(chunk);
            return n;
          });
          say(
            `| ${format} | ${ms.toFixed(0)} | ${size(bytes)} | ${mib(process.memoryUsage().rss)} MiB | ${peakMib()} MiB |`,
          );
        } catch (err) {
          if (err instanceof ExportTooLarge) say(`| ${format} | over the cap | | | |`);
          else
            say(
              `| ${format} | failed: ${String(err)} | | ${mib(process.memoryUsage().rss)} MiB | ${peakMib()} MiB |`,
            );
        }
      }
      await analytics.close();
    }
  } finally {
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
