import { Analytics, type CentralityMetricName } from '../src/analytics/index.js';
import { ExportTooLarge, buildExport, write, type ExportFormat } from '../src/export/index.js';
import { seedRepository } from '../src/ingest/index.js';
import { startBenchNeo4j } from './neo4j.js';
import { clearGraph, generateGraph, loadGraph } from './synthetic.js';

/**
 * npm run bench:analytics [-- --sizes=seed,1000,10000]
 *
 * Per graph: the projection read, each metric cold (first computation on the read projection) and cached
 * (the same request again), Louvain, then every export format (build + write, bytes) with the process's RSS.
 * One embedded Neo4j with its own data directory; the synthetic graphs come from bench/synthetic.ts.
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
const FORMATS: ExportFormat[] = ['gexf', 'graphml', 'nodes.csv', 'edges.csv', 'json'];
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const out = await work();
  return [out, performance.now() - started];
}

async function main(): Promise<void> {
  const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.split('=')[1] ?? 'seed,10000')
    .split(',')
    .map((s) => (s === 'seed' ? 'seed' : Number(s)));
  const neo = await startBenchNeo4j('4g');
  try {
    for (const size of sizes) {
      await clearGraph(neo.db);
      if (size === 'seed') await seedRepository(neo.db);
      else {
        await loadGraph(neo.db, generateGraph(size));
        // Synthetic graphs do not pass the seed writer: record a version so results can be cached.
        await neo.db.write(
          "MERGE (d:Dataset {name: 'synthetic'}) SET d.contentHash = 'bench', d.seededAt = toString(datetime()), d.version = randomUUID()",
        );
      }
      const analytics = new Analytics();
      const filter = { relationTypes: null, entityTypes: null, year: null };
      const version = await analytics.version(neo.db);
      const [projection, readMs] = await timed(() => analytics.projection(neo.db, version, filter));
      say(
        `\n== ${size}: ${projection.nodes.length} entities, ${projection.edges.length} relations in the network`,
      );
      say(`| step | cold ms | cached ms |\n| --- | ---: | ---: |`);
      say(
        `| projection (one Cypher statement) | ${readMs.toFixed(0)} | ${(await timed(() => analytics.projection(neo.db, version, filter)))[1].toFixed(2)} |`,
      );
      for (const metric of METRICS) {
        const [, cold] = await timed(() => analytics.ranking(neo.db, version, filter, metric));
        const [, warm] = await timed(() => analytics.ranking(neo.db, version, filter, metric));
        say(
          `| ${metric}${metric === 'BETWEENNESS' && projection.nodes.length > 2500 ? ' (sampled, 500 sources)' : ''} | ${cold.toFixed(0)} | ${warm.toFixed(2)} |`,
        );
      }
      const [, louvainMs] = await timed(() => analytics.partition(neo.db, version, filter, 1));
      const [, louvainWarm] = await timed(() => analytics.partition(neo.db, version, filter, 1));
      say(`| Louvain (resolution 1) | ${louvainMs.toFixed(0)} | ${louvainWarm.toFixed(2)} |`);
      say(`\n| export | ms (metrics cached) | size | RSS after |\n| --- | ---: | ---: | ---: |`);
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
            `| ${format} | ${ms.toFixed(0)} | ${(bytes / 1024).toFixed(0)} KiB | ${mib(process.memoryUsage().rss)} MiB |`,
          );
        } catch (err) {
          if (err instanceof ExportTooLarge) say(`| ${format} | over the cap | | |`);
          else throw err;
        }
      }
      say(`peak RSS so far: ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
    }
  } finally {
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
