import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { seedRepository } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { pickArgs } from './harness/args.js';
import { FlagError, parseFlags } from './harness/flags.js';
import { startIcatKg } from './harness/icat.js';
import { Loader } from './harness/loader.js';
import type { LoadJob } from './harness/load-worker.js';
import type { BenchReport, Options, Run, SizeReport } from './harness/results.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import {
  answerSize,
  NEO4J_GRAPHQL_MODE,
  OPERATION_NAMES,
  OPS,
  request,
  SERVERS,
  type OpName,
  type ServerName,
} from './ops.js';
import { startFloor } from './servers/floor.js';
import { startNeo4jGraphQL } from './servers/neo4j-graphql.js';
import { answerDiff } from '../tools/answers.js';
import { importGraph } from '../tools/import.js';
import { clearGraph, dropSchema, generateGraph, loadGraph } from '../tools/synthetic.js';
import { addHistory } from './harness/history.js';

/**
 * npm run bench [-- --quick] [--sizes=seed,1000,10000,100000] [--reps=3] [--duration=2] [--latency-duration=1.5]
 *                 [--connections=4] [--heap=4g] [--load=auto|import|cypher] [--history=0]
 *                 [--out=bench/results/full.json]
 *
 * One embedded Neo4j (own temp data dir), three servers in this process (icat-kg, @neo4j/graphql, floor),
 * autocannon in a forked process. Per graph size: load, check the answers, warm up, then repetitions in which
 * every (operation, server) pair runs once, the server order rotating between repetitions (interleaved).
 * A second, single-connection pass measures unloaded latency for the growth curve.
 *
 * A synthetic size of 100k nodes or more is loaded by the offline import (`--load=auto`, the default; `import` for
 * every size; tools/import.ts: at 1k and 10k its fixed costs make it slower than the Cypher load): Neo4j is
 * stopped, its store replaced by the importer's and started again on the same port, while the three servers keep
 * their one driver (its dead connections are dropped on acquire, its bookmarks forgotten: tools/neo4j.ts). Each
 * synthetic graph gets a Dataset node of its own content hash (`bench-<size>`), so a version is cached for one size.
 * `--load=cypher` is the Cypher fast load into the running Neo4j (tools/synthetic.ts). `--history=0.5` gives about
 * half the relations of every graph a kept earlier version before timing (bench/harness/history.ts): the current
 * graph unchanged, its history beside it.
 */

const here = dirname(fileURLToPath(import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);

/** `--load=auto`: the offline import from this many nodes (docs/reports/benchmarks/import.md: 2.5x at 100k, slower at 10k). */
const IMPORT_FROM = 100_000;

function loadFlag(v: string | undefined): Options['load'] {
  if (v === undefined || v === 'auto' || v === 'import' || v === 'cypher') return v ?? 'auto';
  throw new FlagError(`--load must be auto, import or cypher, got ${v}`);
}

function historyFlag(v: number): number {
  if (Number.isFinite(v) && v >= 0 && v <= 1) return v;
  throw new FlagError(`--history is a share of the relations, from 0 to 1, got ${v}`);
}

function parseOptions(argv: string[]): Options {
  const flags = parseFlags(argv);
  const quick = flags.has('quick');
  const sizes = flags
    .list('sizes', quick ? ['seed', '1000'] : ['seed', '1000', '10000', '100000'])
    .map((s) => {
      if (s === 'seed') return 'seed' as const;
      const n = Number(s);
      if (!Number.isInteger(n) || n <= 0)
        throw new FlagError(`--sizes takes seed or node counts, got "${s}"`);
      return n;
    });
  return {
    quick,
    sizes,
    reps: flags.number('reps', quick ? 2 : 3),
    durationS: flags.number('duration', quick ? 1 : 2),
    latencyDurationS: flags.number('latency-duration', quick ? 0.5 : 1.5),
    connections: flags.number('connections', 4),
    heap: flags.string('heap', '4g'),
    load: loadFlag(flags.string('load')),
    history: historyFlag(flags.number('history', 0)),
    out: flags.string('out') ?? join(here, 'results', quick ? 'quick.json' : 'full.json'),
  };
}

// ---------------------------------------------------------------------------------------------
// Round trips, read from icat-kg's own operation log line

class RoundTripSink extends Writable {
  capture = false;
  readonly seen = new Map<string, number[]>();
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    if (this.capture) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.includes('"roundTrips"')) continue;
        const entry = JSON.parse(line) as { operationName?: string; roundTrips?: number };
        if (entry.operationName && typeof entry.roundTrips === 'number') {
          const list = this.seen.get(entry.operationName) ?? [];
          list.push(entry.roundTrips);
          this.seen.set(entry.operationName, list);
        }
      }
    }
    done();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const started = performance.now();
  say(`icat-kg benchmark (${o.quick ? 'quick' : 'full'}): sizes ${o.sizes.join(', ')}, ${o.reps} reps`);
  say(`  ${o.durationS}s x ${o.connections} connections per run; latency pass ${o.latencyDurationS}s x 1`);

  const neo = await startBenchNeo4j(o.heap, (l) => {
    if (/ERROR|Exception/.test(l)) say(`  [neo4j] ${l}`);
  });
  say(`Neo4j ${neo.uri} (data ${neo.dataDir}, heap ${o.heap})`);
  const sink = new RoundTripSink();
  // Production settings, except the per-client rate limit: all load comes from one loopback address.
  // ICAT_COMPILE=off measures icat-kg without the selection look-ahead (before/after, docs/reports/benchmarks/lookahead.md).
  const { app: icat, url: icatUrl } = await startIcatKg(neo.db, { logger: createLogger('info', sink) });
  const neoGql = await startNeo4jGraphQL(neo.db.driver);
  const floor = await startFloor(neo.db.driver);
  const base: Record<ServerName, string> = {
    'icat-kg': icatUrl,
    'neo4j-graphql': neoGql.url.replace(/\/graphql$/, ''),
    floor: floor.url,
  };
  const loader = Loader.start();
  const runs: Run[] = [];
  const sizes: SizeReport[] = [];
  const versions = await neo.db.read<{ name: string; versions: string[] }>(
    'CALL dbms.components() YIELD name, versions RETURN name, versions',
  );

  try {
    for (const size of o.sizes) {
      const label = String(size);
      say(`\n== graph: ${label}`);
      // The import replaces the whole store; the other loads write into an emptied one.
      const imported = size !== 'seed' && (o.load === 'import' || (o.load === 'auto' && size >= IMPORT_FROM));
      if (!imported) await clearGraph(neo.db);
      let load: SizeReport['load'];
      if (size === 'seed') {
        const r = await seedRepository(neo.db);
        load = {
          ms: r.ms,
          nodes: r.changes.nodesCreated,
          relationships: r.changes.relationshipsCreated,
          relationsPerSecond: Math.round(r.changes.relationshipsCreated / (r.ms / 1000)),
        };
        say(
          `  seed: ${r.changes.nodesCreated} nodes, ${r.changes.relationshipsCreated} relationships in ${r.ms} ms`,
        );
      } else {
        const g = generateGraph(size);
        if (imported) {
          const stats = await importGraph(neo, g);
          load = stats;
          const p = stats.phases;
          say(
            `  imported ${load.nodes} nodes, ${load.relationships} relationships in ${load.ms} ms ` +
              `(${load.relationsPerSecond} relationships/s with the indexes built; csv ${p.csvMs} ms, ` +
              `stop ${p.stopMs} ms, import ${p.importMs} ms, start ${p.startMs} ms, reconnect ${p.reconnectMs} ms, post-pass ${p.postPassMs} ms, ` +
              `indexes ${stats.indexMs} ms)`,
          );
        } else {
          // The bench's own database: the fast load builds the indexes after the data (tools/synthetic.ts).
          await dropSchema(neo.db);
          load = await loadGraph(neo.db, g, { method: 'fast' });
          say(
            `  loaded ${load.nodes} nodes, ${load.relationships} relationships in ${load.ms} ms ` +
              `(${load.relationsPerSecond} relationships/s with the indexes built)`,
          );
        }
      }
      if (size !== 'seed') {
        // Synthetic graphs do not pass the seed writer: record a version per size, as a seed does, so that what
        // is kept per dataset version (search's name index) is kept here too.
        await neo.db.write("MERGE (d:Dataset {name: 'synthetic'}) SET d.contentHash = $hash", {
          hash: `bench-${size}`,
        });
      }
      const [counts] = await neo.db.read<{ nodes: number; rels: number }>(
        'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      );
      // The questions are chosen before any history is added: pickArgs ranks entities by their relationships of
      // every type, so kept records would choose other entities, and a run with history would time other questions.
      const args = await pickArgs(neo.db);
      say(`  args: ${JSON.stringify(args)}`);
      const historyRelationships = await addHistory(neo.db, o.history);
      if (o.history > 0) say(`  history: ${historyRelationships} kept relationships beside the live graph`);

      // search's name index is built by the first search of a dataset version (icat-kg's and the floor's each):
      // built here, so the round trips counted below are a search's own.
      for (const server of ['icat-kg', 'floor'] as const) {
        const req = request(server, 'search', args);
        await fetch(base[server] + req.path, {
          method: req.method,
          body: req.body,
          headers: req.body ? { 'content-type': 'application/json' } : {},
        });
      }

      // Check every answer once (no GraphQL errors; icat-kg's data equal to the floor's JSON in full; the
      // answer sizes of all three) and count icat-kg's round trips.
      const answers: Record<string, string> = {};
      const mismatches: string[] = [];
      sink.capture = true;
      sink.seen.clear();
      for (const op of OPS) {
        const data: Partial<Record<ServerName, unknown>> = {};
        for (const server of SERVERS) {
          const req = request(server, op, args);
          const res = await fetch(base[server] + req.path, {
            method: req.method,
            body: req.body,
            headers: req.body ? { 'content-type': 'application/json' } : {},
          });
          const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
          if (res.status !== 200 || body.errors)
            throw new Error(`${server} ${op}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
          answers[`${op}/${server}`] = answerSize(server, op, body);
          data[server] = body.data;
        }
        const diff = answerDiff(data['icat-kg'], data.floor);
        if (diff !== null) mismatches.push(`${op} (+ floor, - icat-kg):\n${diff}`);
        say(`  ${op.padEnd(14)} ${SERVERS.map((s) => `${s}: ${answers[`${op}/${s}`]}`).join(' | ')}`);
      }
      sink.capture = false;
      if (mismatches.length > 0)
        throw new Error(
          `graph ${label}: icat-kg and the floor answer differently (args ${JSON.stringify(args)}):\n${mismatches.join('\n\n')}`,
        );
      say(`  full answers: icat-kg's data equal to the floor's JSON for ${OPS.join(', ')}`);
      const roundTrips = Object.fromEntries(OPS.map((op) => [op, sink.seen.get(OPERATION_NAMES[op]) ?? []]));
      say(`  icat-kg round trips: ${OPS.map((op) => `${op}=${roundTrips[op]!.join(',')}`).join(' ')}`);
      sizes.push({
        size: label,
        nodes: counts?.nodes ?? 0,
        relationships: counts?.rels ?? 0,
        load,
        args,
        answers,
        roundTrips,
        historyRelationships,
      });

      const job = (server: ServerName, op: OpName, connections: number, durationS: number): LoadJob => {
        const req = request(server, op, args);
        return { url: base[server] + req.path, method: req.method, body: req.body, connections, durationS };
      };
      // Warm-up: JIT in Node and the JVM, query plans, page cache.
      for (const op of OPS)
        for (const server of SERVERS) await loader.run(job(server, op, o.connections, o.quick ? 0.5 : 1));

      for (const [connections, durationS] of [
        [o.connections, o.durationS],
        [1, o.latencyDurationS],
      ] as const) {
        for (let rep = 0; rep < o.reps; rep++) {
          for (const op of OPS) {
            const order = SERVERS.map((_, i) => SERVERS[(i + rep) % SERVERS.length]!);
            for (const server of order) {
              const r = await loader.run(job(server, op, connections, durationS));
              if (r.non2xx > 0 || r.errors > 0)
                say(`  ! ${server} ${op}: ${r.non2xx} non-2xx, ${r.errors} errors`);
              runs.push({ ...r, size: label, server, op, rep, connections });
            }
          }
          say(`  c=${connections} rep ${rep + 1}/${o.reps} done`);
        }
      }
    }
  } finally {
    loader.stop();
    await floor.close();
    await neoGql.close();
    await icat.close();
    await neo.stop();
  }

  const report: BenchReport = {
    when: new Date().toISOString(),
    options: o,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      neo4j: versions.map((v) => `${v.name} ${v.versions.join(',')}`).join('; '),
    },
    neo4jGraphqlMode: NEO4J_GRAPHQL_MODE,
    sizes,
    runs,
    totalS: Math.round((performance.now() - started) / 1000),
  };
  await mkdir(dirname(o.out), { recursive: true });
  // Formatted as `prettier --check .` expects, so results can be committed as they are.
  const { format } = await import('prettier');
  await writeFile(o.out, await format(JSON.stringify(report), { parser: 'json' }));
  const { renderTables } = await import('./harness/report.js');
  const md = renderTables(report);
  await writeFile(o.out.replace(/\.json$/, '.md'), md);
  say(`\n${md}`);
  say(`results: ${o.out} (${report.totalS} s)`);
}

main().catch((err: unknown) => {
  if (err instanceof FlagError) {
    console.error(`npm run bench: ${err.message}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
