import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKey } from '../src/auth/keys.js';
import type { Database } from '../src/db/database.js';
import { findFreePort } from '../src/embedded/neo4j-launcher.js';
import { seedRepository } from '../src/ingest/index.js';
import { ROOT } from '../src/paths.js';
import { parseFlags } from './harness/flags.js';
import { Loader } from './harness/loader.js';
import { median } from './harness/stats.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { verdict, type SoakBounds, type SoakWindow } from '../tools/soak-verdict.js';

/**
 * `npm run soak [-- --minutes=10 --window=10 --warmup=60 --out=bench/results/soak.md]`: the real API process on its
 * own seeded Neo4j (heap 1 GiB, page cache 256 MiB) under a mixed read workload at 4 connections for `minutes`.
 * Every `window` seconds: throughput, p99 and errors of that window; each second, the API's heap and RSS (its
 * /metrics) and Neo4j's heap (JMX) and RSS (/proc), kept per window as the lowest heap (the floor after garbage
 * collection) and the highest RSS. After the warm-up, each series' least-squares slope; the verdict
 * (tools/soak-verdict.ts) fails the run — exit 1, the reasons printed — on any failed request or on growth beyond
 * the bounds (flags below, defaults stated in the report). CI runs 2 minutes (test/integration/soak.test.ts).
 * Beside the reads, curation writes at a low rate (`--curation-writes=2` a minute; 0 for none): a curator's API
 * key proposes a one-entity change-set and a reviewer's key accepts it; a write that fails or is refused counts
 * as an error of its window.
 */

const here = dirname(fileURLToPath(import.meta.url));
const flags = parseFlags();
const minutes = flags.number('minutes', 10);
const windowS = flags.number('window', 10);
const warmupS = flags.number('warmup', Math.min(60, Math.round(minutes * 15)));
const out = flags.string('out', join(here, 'results', 'soak.md'));
const NEO_HEAP_MIB = 1024;
const NEO_PAGECACHE_MIB = 256; // the embedded launcher's setting (EmbeddedNeo4j.java)
const bounds: SoakBounds = {
  warmupS,
  apiHeapSlope: flags.number('max-api-heap-slope', 4),
  apiRssSlope: flags.number('max-api-rss-slope', 16),
  neoRssMaxMiB: flags.number('max-neo4j-rss', NEO_HEAP_MIB + NEO_PAGECACHE_MIB + 512),
};

const MIX = [
  'query Entity { entity(id: "org:icat") { id name ... on Organisation { acronym members { name } } relations(first: 20) { edges { node { type other { name } evidence { excerpt } } } } } }',
  'query Orgs { organisations(first: 20, orderBy: NAME_DESC) { totalCount edges { node { id name } } } }',
  'query Search { search(query: "trafficking coordination", first: 10) { score entity { id name } } }',
  'query Path { path(from: "person:melanie-thompson", to: "org:osce") { length steps { relation { type } } } }',
  'query Hood { neighbourhood(id: "org:unodc", depth: 2, first: 50) { totalNodes edges { type } } }',
  'query Net { network(year: 2019) { nodes { id degree } edges { id } } }',
  'query Central { centrality(metric: BETWEENNESS, year: 2019, first: 5) { datasetVersion edges { score node { id } } } }',
].map((query) => JSON.stringify({ query }));

const MiB = 1024 * 1024;
const curationPerMinute = flags.number('curation-writes', 2);

/**
 * Curation writes beside the reads: every 60/`perMinute` s, propose (curator key) and accept (reviewer key) a
 * change-set adding one topic with evidence from the report. Each accept makes a new dataset version, so the
 * reads' caches and the analytics are invalidated as in production. `takeErrors` hands over the failures since
 * the last call (the window's share); `done` says how many change-sets were accepted.
 */
async function curationWriter(db: Database, base: string, perMinute: number) {
  let errors = 0;
  let done = 0;
  let stopped = perMinute <= 0;
  let timer: NodeJS.Timeout | undefined;
  if (stopped) return { takeErrors: () => 0, done: () => 0, stop: () => undefined };
  const curator = (await createKey(db, 'soak-curator', 'curator')).key;
  const reviewer = (await createKey(db, 'soak-reviewer', 'reviewer')).key;
  const gql = async (query: string, variables: Record<string, unknown>, key: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data?: Record<
        string,
        { changeSet: { id: string; state: string } | null; userErrors: unknown[] } | null
      >;
    };
  };
  const once = async (n: number) => {
    const proposed = await gql(
      'mutation P($input: ProposeChangeInput!) { proposeChange(input: $input) { changeSet { id state } userErrors { code message } } }',
      {
        input: {
          comment: `soak write ${n}`,
          operations: [
            {
              createEntity: {
                id: `topic:soak-${process.pid}-${n}`,
                type: 'TOPIC',
                name: `Soak topic ${n}`,
                evidence: [
                  {
                    section: 'SUPPLY CHAINS',
                    excerpt:
                      'International and regional organizations have an integral role to play in preventing trafficking in persons in their own supply chains',
                  },
                ],
              },
            },
          ],
        },
      },
      curator,
    );
    const id = proposed.data?.proposeChange?.changeSet?.id;
    if (!id) throw new Error(`proposeChange: ${JSON.stringify(proposed)}`);
    const reviewed = await gql(
      'mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { changeSet { id state } userErrors { code message } } }',
      { id },
      reviewer,
    );
    if (reviewed.data?.reviewChange?.changeSet?.state !== 'ACCEPTED')
      throw new Error(`reviewChange: ${JSON.stringify(reviewed)}`);
  };
  const everyMs = 60_000 / perMinute;
  const next = (n: number) => {
    timer = setTimeout(() => {
      once(n)
        .then(
          () => (done += 1),
          (err: unknown) => {
            errors += 1;
            process.stderr.write(`soak: curation write ${n} failed: ${String(err)}\n`);
          },
        )
        .finally(() => !stopped && next(n + 1));
    }, everyMs);
  };
  next(1);
  return {
    takeErrors: () => {
      const e = errors;
      errors = 0;
      return e;
    },
    done: () => done,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

let exitCode = 1;

async function main(): Promise<void> {
  const neo = await startBenchNeo4j(`${NEO_HEAP_MIB}m`);
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
      // The soak's one curator proposes `--curation-writes` a minute for the whole run: the per-curator hourly
      // limit (30 by default) would refuse the 31st of a run longer than 15 minutes at 2 a minute.
      CURATION_PROPOSALS_PER_HOUR: String(Math.max(30, Math.ceil(curationPerMinute * 60 * 1.2))),
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
    const writes = await curationWriter(neo.db, base, curationPerMinute);
    const windows: SoakWindow[] = [];
    const started = performance.now();
    const count = Math.round((minutes * 60) / windowS);
    process.stdout.write(
      `soak: ${minutes} min, ${count} windows of ${windowS} s, 4 connections, ${MIX.length} operations, warm-up ${warmupS} s, curation writes ${curationPerMinute}/min\n`,
    );
    const sample = async () => {
      const scrape = await (await fetch(`${base}/metrics`)).text();
      const [jmx] = await neo.db.read<{ used: number }>(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used",
      );
      return {
        // The live set after the API's last full collection: sampled heap use climbs for minutes between full
        // collections (the old space fills with promoted garbage), which read as growth on a short run.
        apiHeap: metric(scrape, 'icat_nodejs_heap_after_full_gc_bytes') / MiB,
        apiRss: metric(scrape, 'icat_process_resident_memory_bytes') / MiB,
        neoHeap: (jmx?.used ?? Number.NaN) / MiB,
        neoRss: await rssMiB(neo.embedded.pid),
      };
    };
    for (let w = 0; w < count; w++) {
      const seen: Array<Awaited<ReturnType<typeof sample>>> = [];
      let failedScrapes = 0;
      const every = setInterval(() => {
        sample().then(
          (x) => seen.push(x),
          () => (failedScrapes += 1),
        );
      }, 1000);
      const r = await loader.run({
        url: `${base}/graphql`,
        method: 'POST',
        bodies: MIX,
        connections: 4,
        durationS: windowS,
      });
      clearInterval(every);
      seen.push(await sample());
      const min = (k: keyof (typeof seen)[number]) => Math.min(...seen.map((x) => x[k]));
      const max = (k: keyof (typeof seen)[number]) => Math.max(...seen.map((x) => x[k]));
      const last = (k: keyof (typeof seen)[number]) => seen.at(-1)![k];
      const window: SoakWindow = {
        t: Math.round((performance.now() - started) / 1000),
        rps: Math.round(r.rps),
        p99: Math.round(r.p99 * 10) / 10,
        errors: r.errors + r.non2xx + failedScrapes + writes.takeErrors(),
        apiHeapMiB: last('apiHeap'),
        apiRssMiB: max('apiRss'),
        neoHeapMiB: min('neoHeap'),
        neoRssMiB: max('neoRss'),
      };
      windows.push(window);
      process.stdout.write(`  ${JSON.stringify(window)}\n`);
    }
    writes.stop();
    const judged = verdict(windows, bounds);
    const f = (x: number) => x.toFixed(1);
    const after = windows.filter((w) => w.t > warmupS);
    const finite = (xs: number[]) => xs.filter(Number.isFinite);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const series = (
      [
        ['apiHeapMiB', 'API live heap (after full GC)', judged.slopes.apiHeap, `≤ ${bounds.apiHeapSlope}`],
        ['apiRssMiB', 'API RSS', judged.slopes.apiRss, `≤ ${bounds.apiRssSlope}`],
        ['neoHeapMiB', 'Neo4j heap (post-GC floor)', judged.slopes.neoHeap, '(capped at 1 GiB)'],
        ['neoRssMiB', 'Neo4j RSS', judged.slopes.neoRss, `max ≤ ${bounds.neoRssMaxMiB} MiB`],
      ] as const
    ).map(([k, name, sl, bound]) => {
      const ys = finite(after.map((w) => w[k]));
      const third = Math.max(1, Math.floor(ys.length / 3));
      return `| ${name} | ${f(mean(ys.slice(0, third)))} | ${f(mean(ys.slice(-third)))} | ${f(Math.max(...finite(windows.map((w) => w[k]))))} | ${sl.toFixed(2)} | ${bound} |`;
    });
    const errors = windows.reduce((s, x) => s + x.errors, 0);
    const requests = windows.reduce((s, x) => s + x.rps * windowS, 0);
    const p99s = after.map((w) => w.p99).sort((a, b) => a - b);
    const md = [
      `Soak: ${minutes} min at 4 connections, mixed reads (${MIX.length} operations in turn), windows of ${windowS} s, warm-up ${warmupS} s left out of the slopes; Neo4j heap ${NEO_HEAP_MIB} MiB (-Xms = -Xmx), page cache ${NEO_PAGECACHE_MIB} MiB; ${new Date().toISOString()}`,
      '',
      `Requests: ~${Math.round(requests)} (${f(mean(after.map((w) => w.rps)))} req/s after warm-up); errors (non-2xx, socket, failed scrapes, failed curation writes): ${errors}; p99 per window after warm-up: median ${median(p99s)} ms, max ${p99s.at(-1)} ms.`,
      '',
      `Curation writes: ${writes.done()} change-sets proposed and accepted (${curationPerMinute}/min, each a new dataset version).`,
      '',
      `**Verdict: ${judged.failures.length === 0 ? 'pass' : `FAIL — ${judged.failures.join('; ')}`}**`,
      '',
      '| series (MiB) | mean, first third | mean, last third | max | slope (MiB/min) | bound |',
      '| --- | --- | --- | --- | --- | --- |',
      ...series,
      '',
      '<details><summary>every window</summary>',
      '',
      '| t (s) | req/s | p99 (ms) | errors | API live heap | API RSS | Neo4j heap floor | Neo4j RSS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...windows.map(
        (s) =>
          `| ${s.t} | ${s.rps} | ${s.p99} | ${s.errors} | ${f(s.apiHeapMiB)} | ${f(s.apiRssMiB)} | ${f(s.neoHeapMiB)} | ${f(s.neoRssMiB)} |`,
      ),
      '',
      '</details>',
    ].join('\n');
    await writeFile(out, `${md}\n`);
    process.stdout.write(`\n${md}\n`);
    exitCode = judged.failures.length === 0 ? 0 : 1;
  } finally {
    api.kill('SIGTERM');
    loader.stop();
    await neo.stop();
  }
}

main().then(
  () => process.exit(exitCode),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
