import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../src/embedded/neo4j-launcher.js';
import { seedRepository } from '../src/ingest/index.js';
import { ROOT } from '../src/paths.js';
import { parseFlags } from './harness/flags.js';
import { Loader } from './harness/loader.js';
import { median } from './harness/stats.js';
import { startBenchNeo4j } from '../tools/neo4j.js';

/**
 * `npm run soak [-- --minutes=10 --window=10]` (not in CI): the real API process on its own seeded Neo4j under a
 * mixed workload at 4 connections for `minutes`; every `window` seconds: throughput, p99 and errors of that
 * window, the API's heap and RSS (from its /metrics), Neo4j's heap (JMX) and RSS (/proc). The report gives each
 * memory series' least-squares slope and its start/end figures, to show whether anything grows.
 */

const here = dirname(fileURLToPath(import.meta.url));
const flags = parseFlags();
const minutes = flags.number('minutes', 10);
const windowS = flags.number('window', 10);

const MIX = [
  'query Entity { entity(id: "org:icat") { id name ... on Organisation { acronym members { name } } relations(first: 20) { edges { node { type other { name } evidence { excerpt } } } } } }',
  'query Orgs { organisations(first: 20, orderBy: NAME_DESC) { totalCount edges { node { id name } } } }',
  'query Search { search(query: "trafficking coordination", first: 10) { score entity { id name } } }',
  'query Path { path(from: "person:melanie-thompson", to: "org:osce") { length steps { relation { type } } } }',
  'query Hood { neighbourhood(id: "org:unodc", depth: 2, first: 50) { totalNodes edges { type } } }',
  'query Net { network(year: 2019) { nodes { id degree } edges { id } } }',
].map((query) => JSON.stringify({ query }));

interface Sample {
  t: number;
  rps: number;
  p99: number;
  errors: number;
  apiHeapMiB: number;
  apiRssMiB: number;
  neoHeapMiB: number;
  neoRssMiB: number;
}

const MiB = 1024 * 1024;

function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function main(): Promise<void> {
  const neo = await startBenchNeo4j('1g');
  const loader = Loader.start();
  const port = await findFreePort();
  // Seed before the API starts: it then finds the graph and only reads.
  await seedRepository(neo.db);
  const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo.uri,
      PORT: String(port),
      RATE_LIMIT_MAX: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      api.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('Ready in')) resolve();
      });
      api.once('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const samples: Sample[] = [];
    const started = performance.now();
    const windows = Math.round((minutes * 60) / windowS);
    process.stdout.write(
      `soak: ${minutes} min, ${windows} windows of ${windowS} s, 4 connections, ${MIX.length} operations\n`,
    );
    for (let w = 0; w < windows; w++) {
      const r = await loader.run({
        url: `${base}/graphql`,
        method: 'POST',
        bodies: MIX,
        connections: 4,
        durationS: windowS,
      });
      const scrape = await (await fetch(`${base}/metrics`)).text();
      const [jmx] = await neo.db.read<{ used: number }>(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used",
      );
      const sample: Sample = {
        t: Math.round((performance.now() - started) / 1000),
        rps: Math.round(r.rps),
        p99: Math.round(r.p99 * 10) / 10,
        errors: r.errors + r.non2xx,
        apiHeapMiB: metric(scrape, 'icat_nodejs_heap_size_used_bytes') / MiB,
        apiRssMiB: metric(scrape, 'icat_process_resident_memory_bytes') / MiB,
        neoHeapMiB: (jmx?.used ?? Number.NaN) / MiB,
        neoRssMiB: await rssMiB(neo.embedded.pid),
      };
      samples.push(sample);
      process.stdout.write(`  ${JSON.stringify(sample)}\n`);
    }
    const f = (x: number) => x.toFixed(1);
    const series = (['apiHeapMiB', 'apiRssMiB', 'neoHeapMiB', 'neoRssMiB'] as const).map((k) => {
      const ys = samples.map((s) => s[k]);
      const third = Math.max(1, Math.floor(ys.length / 3));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      return `| ${k} | ${f(mean(ys.slice(0, third)))} | ${f(mean(ys.slice(-third)))} | ${f(Math.max(...ys))} | ${slope(
        samples.map((s) => s.t / 60),
        ys,
      ).toFixed(2)} |`;
    });
    const errors = samples.reduce((s, x) => s + x.errors, 0);
    const requests = samples.reduce((s, x) => s + x.rps * windowS, 0);
    const md = [
      `Soak: ${minutes} min at 4 connections, mixed workload (${MIX.length} operations in turn), sampled every ${windowS} s; ${new Date().toISOString()}`,
      '',
      `Requests: ~${Math.round(requests)}; errors (non-2xx or socket): ${errors}; p99 per window: first ${samples[0]?.p99} ms, median ${median(samples.map((s) => s.p99))} ms, last ${samples.at(-1)?.p99} ms (slope ${slope(
        samples.map((s) => s.t / 60),
        samples.map((s) => s.p99),
      ).toFixed(2)} ms/min).`,
      '',
      '| series (MiB) | mean, first third | mean, last third | max | slope (MiB/min) |',
      '| --- | --- | --- | --- | --- |',
      ...series,
      '',
      '<details><summary>every sample</summary>',
      '',
      '| t (s) | req/s | p99 (ms) | errors | API heap | API RSS | Neo4j heap | Neo4j RSS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...samples.map(
        (s) =>
          `| ${s.t} | ${s.rps} | ${s.p99} | ${s.errors} | ${f(s.apiHeapMiB)} | ${f(s.apiRssMiB)} | ${f(s.neoHeapMiB)} | ${f(s.neoRssMiB)} |`,
      ),
      '',
      '</details>',
    ].join('\n');
    await writeFile(join(here, 'results', 'soak.md'), `${md}\n`);
    process.stdout.write(`\n${md}\n`);
  } finally {
    api.kill('SIGTERM');
    loader.stop();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
