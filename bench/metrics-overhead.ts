import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { seedRepository } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { parseFlags } from './harness/flags.js';
import { startIcatKg } from './harness/icat.js';
import { Loader } from './harness/loader.js';
import type { LoadResult } from './harness/load-worker.js';
import { median } from './harness/stats.js';
import { startBenchNeo4j } from '../tools/neo4j.js';

/**
 * What /metrics costs: the same API with metrics on and off, on one seeded Neo4j, interleaved repetitions of
 * the same operations at 4 connections; medians and the on/off ratio side by side (no result cache in either).
 *   npm run bench:metrics [-- --reps=5 --duration=3]
 */

const here = dirname(fileURLToPath(import.meta.url));
const flags = parseFlags();
const reps = flags.number('reps', 5);
const durationS = flags.number('duration', 3);

const OPERATIONS: Record<string, string> = {
  entity:
    'query Entity { entity(id: "org:icat") { id name ... on Organisation { acronym members { name } } } }',
  connection: 'query Orgs { organisations(first: 20) { totalCount edges { node { id name } } } }',
  search: 'query Search { search(query: "trafficking", first: 10) { score entity { id name } } }',
};

async function start(db: Database, metrics: boolean): Promise<{ app: App; url: string }> {
  const { app, url } = await startIcatKg(db, { metrics, logger: createLogger('silent') });
  return { app, url: `${url}/graphql` };
}

async function main(): Promise<void> {
  const neo = await startBenchNeo4j('1g');
  const loader = Loader.start();
  try {
    await seedRepository(neo.db);
    const on = await start(neo.db, true);
    const off = await start(neo.db, false);
    const results: Record<string, { on: LoadResult[]; off: LoadResult[] }> = {};
    for (const [op, query] of Object.entries(OPERATIONS)) {
      results[op] = { on: [], off: [] };
      const job = (url: string, d: number) => ({
        url,
        method: 'POST' as const,
        body: JSON.stringify({ query }),
        connections: 4,
        durationS: d,
      });
      // Warm both (plans, JIT), then alternate which goes first.
      await loader.run(job(on.url, 1));
      await loader.run(job(off.url, 1));
      for (let r = 0; r < reps; r++) {
        const order = r % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const);
        for (const which of order)
          results[op]![which].push(await loader.run(job(which === 'on' ? on.url : off.url, durationS)));
      }
    }
    const scrape = await fetch(on.url.replace(/graphql$/, 'metrics'));
    const scrapeBytes = (await scrape.text()).length;
    const lines = [
      `metrics overhead (${reps} interleaved reps × ${durationS} s at 4 connections, seed graph; medians)`,
      '',
      '| operation | req/s metrics off | req/s metrics on | on / off | p50 off (ms) | p50 on (ms) | p99 off (ms) | p99 on (ms) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...Object.entries(results).map(([op, r]) => {
        const rpsOff = median(r.off.map((x) => x.rps));
        const rpsOn = median(r.on.map((x) => x.rps));
        const f = (x: number) => x.toFixed(2);
        return `| ${op} | ${rpsOff.toFixed(0)} | ${rpsOn.toFixed(0)} | ${(rpsOn / rpsOff).toFixed(3)} | ${f(median(r.off.map((x) => x.p50)))} | ${f(median(r.on.map((x) => x.p50)))} | ${f(median(r.off.map((x) => x.p99)))} | ${f(median(r.on.map((x) => x.p99)))} |`;
      }),
      '',
      `One scrape of /metrics after the run: ${scrapeBytes} bytes.`,
    ];
    const text = lines.join('\n');
    process.stdout.write(`${text}\n`);
    await writeFile(join(here, 'results', 'metrics-overhead.md'), `${text}\n`);
    await on.app.close();
    await off.app.close();
  } finally {
    loader.stop();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
