import { mkdir, writeFile } from 'node:fs/promises';
import type { Profiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { Writable } from 'node:stream';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedRepository } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { ROOT } from '../src/paths.js';
import { pickArgs } from './harness/args.js';
import { parseFlags } from './harness/flags.js';
import { startIcatKg } from './harness/icat.js';
import { Loader } from './harness/loader.js';
import type { LoadJob } from './harness/load-worker.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { OPS, request, type OpName, type ServerName } from './ops.js';
import { startFloor } from './servers/floor.js';
import { generateGraph, loadGraph } from '../tools/synthetic.js';

/**
 * npm run bench:profile [-- --size=10000] [--requests=400] [--connections=4] [--label=before] [--heap=2g]
 *   [--ops=network,connection]
 *
 * Where a request's CPU goes in icat-kg: one embedded Neo4j with a synthetic graph (or `--size=seed`), icat-kg
 * in-process in the production configuration (as bench/run.ts builds it, and with NODE_ENV=production in the
 * environment as the Dockerfile sets it: graphql-js checks every `instanceof` at length otherwise), the floor beside it for reference,
 * autocannon in a forked process (its CPU is not ours). Two passes, each a fixed number of requests per operation:
 *   1. CPU per request (process.cpuUsage, no profiler): icat-kg and the floor, per operation;
 *   2. icat-kg under the V8 sampling profiler (inspector Profiler.start/stop around the load only), every
 *      operation in turn; self time summed by package / module and by function.
 * Writes bench/results/profile-<label>.md and the raw profile to bench/results/raw/profile-<label>.cpuprofile
 * (open it in Chrome DevTools or speedscope).
 */

const here = dirname(fileURLToPath(import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();

const size = flags.string('size', '10000');
const requests = flags.number('requests', 400);
const connections = flags.number('connections', 4);
const label = flags.string('label', 'before');
const heap = flags.string('heap', '2g');
/** `--ops=network,connection` profiles only those operations (default: all six). */
const ops: readonly OpName[] = OPS.filter((op) => flags.list('ops', OPS).includes(op));

/** Discards the log lines (one per operation, as in production) after pino has formatted them. */
class NullSink extends Writable {
  override _write(_chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    done();
  }
}

// ---------------------------------------------------------------------------------------------
// Profile summary

/** The package or module a sampled function belongs to. */
function groupOf(url: string, functionName: string): string {
  if (url === '') {
    if (functionName === '(garbage collector)') return '(garbage collector)';
    if (functionName === '(program)') return '(program: V8 / native, unattributed)';
    if (functionName === '(idle)' || functionName === '(root)') return functionName;
    return 'V8 builtins (JSON, RegExp, Map, …)';
  }
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    const pkg = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    if (pkg === 'graphql') {
      const area = parts[1] ?? '';
      if (area === 'validation') return 'graphql: validate';
      if (area === 'execution') return 'graphql: execute';
      if (area === 'language') return 'graphql: parse / print / visit';
      return `graphql: ${area.replace(/\.m?js$/, '')}`;
    }
    if (pkg === 'neo4j-driver-core' || pkg === 'neo4j-driver-bolt-connection' || pkg === 'neo4j-driver')
      return `neo4j-driver (${pkg})`;
    return pkg;
  }
  if (url.startsWith('node:')) {
    const mod = url.slice('node:'.length).replace(/^internal\//, '');
    const head = mod.split('/')[0]!;
    if (/^_?http/.test(head)) return 'node: http';
    if (head === 'streams' || head === 'stream' || head === 'net' || head === 'stream_base_commons')
      return 'node: net / streams';
    if (head === 'crypto') return 'node: crypto';
    return `node: ${head}`;
  }
  if (url.startsWith('file://')) {
    const path = relative(ROOT, fileURLToPath(url));
    if (path.startsWith('src/')) return `icat-kg ${dirname(path)}`;
    if (path.startsWith('bench/')) return 'bench (floor, harness)';
    return path;
  }
  return url;
}

interface Summary {
  totalMs: number;
  idleMs: number;
  groups: Array<{ group: string; ms: number }>;
  functions: Array<{ name: string; where: string; group: string; ms: number }>;
}

function summarise(profile: Profiler.Profile): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the gap to the next one.
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + us);
  }
  const groups = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; group: string; ms: number }>();
  let totalMs = 0;
  let idleMs = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)!.callFrame;
    const ms = us / 1000;
    totalMs += ms;
    const group = groupOf(frame.url, frame.functionName);
    if (group === '(idle)') {
      idleMs += ms;
      continue;
    }
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const file = frame.url.startsWith('file://')
      ? relative(ROOT, fileURLToPath(frame.url)).replace(/^.*node_modules\//, '')
      : frame.url;
    const where = file ? `${file}:${frame.lineNumber + 1}` : '';
    const name = frame.functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const f = functions.get(key) ?? { name, where, group, ms: 0 };
    f.ms += ms;
    functions.set(key, f);
  }
  return {
    totalMs,
    idleMs,
    groups: [...groups].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  say(
    `icat-kg profile "${label}": graph ${size}, ${requests} requests per operation, ${connections} connections`,
  );
  const neo = await startBenchNeo4j(heap, (l) => {
    if (/ERROR|Exception/.test(l)) say(`  [neo4j] ${l}`);
  });
  const loader = Loader.start();
  // The production configuration, as bench/run.ts builds it (rate limit off: all load comes from one address).
  const { app: icat, url: icatUrl } = await startIcatKg(neo.db, {
    logger: createLogger('info', new NullSink()),
  });
  const base: Partial<Record<ServerName, string>> = { 'icat-kg': icatUrl };
  const floor = await startFloor(neo.db.driver);
  base.floor = floor.url;
  const session = new Session();
  session.connect();
  try {
    let graph: string;
    if (size === 'seed') {
      const r = await seedRepository(neo.db);
      graph = `the seed (${r.changes.nodesCreated} nodes, ${r.changes.relationshipsCreated} relationships)`;
    } else {
      const load = await loadGraph(neo.db, generateGraph(Number(size)));
      graph = `synthetic ${size} (${load.nodes} nodes, ${load.relationships} relationships, loaded in ${(load.ms / 1000).toFixed(1)} s)`;
    }
    say(`  graph: ${graph}`);
    const args = await pickArgs(neo.db);
    const job = (server: ServerName, op: OpName, amount: number): LoadJob => {
      const req = request(server, op, args);
      return {
        url: base[server]! + req.path,
        method: req.method,
        body: req.body,
        connections,
        durationS: 60,
        amount,
      };
    };
    // Every answer once (no errors), then a warm-up: JIT, query plans, page cache, Apollo's document cache.
    for (const op of ops) {
      const req = request('icat-kg', op, args);
      const res = await fetch(base['icat-kg'] + req.path, {
        method: req.method,
        body: req.body,
        headers: { 'content-type': 'application/json' },
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (res.status !== 200 || body.errors)
        throw new Error(`icat-kg ${op}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      for (const server of ['icat-kg', 'floor'] as const) await loader.run(job(server, op, 300));
    }

    // Pass 1: CPU per request in this process (server side only; the load generator is another process).
    const cpu: Array<{ op: OpName; server: ServerName; usPerRequest: number; rps: number; p50: number }> = [];
    for (const op of ops) {
      for (const server of ['icat-kg', 'floor'] as const) {
        const before = process.cpuUsage();
        const r = await loader.run(job(server, op, requests));
        const used = process.cpuUsage(before);
        cpu.push({
          op,
          server,
          usPerRequest: (used.user + used.system) / r.requests,
          rps: r.rps,
          p50: r.p50,
        });
        if (r.non2xx > 0 || r.errors > 0) say(`  ! ${server} ${op}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      }
      say(
        `  cpu ${op}: ${cpu
          .slice(-2)
          .map((c) => `${c.server} ${c.usPerRequest.toFixed(0)} µs`)
          .join(', ')}`,
      );
    }

    // Pass 2: icat-kg under the sampling profiler.
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    let profiled = 0;
    for (const op of ops) profiled += (await loader.run(job('icat-kg', op, requests))).requests;
    const { profile } = await session.post('Profiler.stop');
    await session.post('Profiler.disable');

    const raw = join(here, 'results', 'raw', `profile-${label}.cpuprofile`);
    await mkdir(dirname(raw), { recursive: true });
    await writeFile(raw, JSON.stringify(profile));
    const s = summarise(profile);
    const busy = s.totalMs - s.idleMs;
    const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1)} %`;
    const perReq = (ms: number) => ((1000 * ms) / profiled).toFixed(1);
    const lines = [
      `# Profile: ${label}`,
      '',
      `Run ${new Date().toISOString()}: \`npm run bench:profile -- --size=${size} --requests=${requests} --connections=${connections} --label=${label}${ops === OPS ? '' : ` --ops=${ops.join(',')}`}\`; ${process.version}; ${Math.round((performance.now() - started) / 1000)} s in all.`,
      '',
      `Graph: ${graph}. Arguments: \`${JSON.stringify(args)}\`.`,
      '',
      '## CPU per request (this process, no profiler)',
      '',
      '| operation | icat-kg µs CPU / request | floor µs CPU / request | icat-kg / floor | icat-kg req/s · p50 ms | floor req/s · p50 ms |',
      '|---|---|---|---|---|---|',
      ...ops.map((op) => {
        const i = cpu.find((c) => c.op === op && c.server === 'icat-kg')!;
        const f = cpu.find((c) => c.op === op && c.server === 'floor')!;
        return `| ${op} | ${i.usPerRequest.toFixed(0)} | ${f.usPerRequest.toFixed(0)} | ${(i.usPerRequest / f.usPerRequest).toFixed(2)} | ${i.rps.toFixed(0)} · ${i.p50.toFixed(1)} | ${f.rps.toFixed(0)} · ${f.p50.toFixed(1)} |`;
      }),
      '',
      `## Where icat-kg's CPU goes (sampling profiler, ${profiled} requests: ${requests} of each operation)`,
      '',
      `Busy ${busy.toFixed(0)} ms (${perReq(busy)} µs per request), idle ${s.idleMs.toFixed(0)} ms (waiting for Neo4j).`,
      '',
      '| package / module | self ms | share of busy | µs per request |',
      '|---|---|---|---|',
      ...s.groups
        .filter((g) => g.ms >= busy / 500)
        .map((g) => `| ${g.group} | ${g.ms.toFixed(0)} | ${pct(g.ms)} | ${perReq(g.ms)} |`),
      '',
      '### Top 30 functions by self time',
      '',
      '| function | where | group | self ms | share of busy |',
      '|---|---|---|---|---|',
      ...s.functions
        .slice(0, 30)
        .map((f) => `| \`${f.name}\` | ${f.where} | ${f.group} | ${f.ms.toFixed(0)} | ${pct(f.ms)} |`),
      '',
    ];
    const out = join(here, 'results', `profile-${label}.md`);
    const { format } = await import('prettier');
    await writeFile(out, await format(lines.join('\n'), { parser: 'markdown' }));
    say(`\n${lines.join('\n')}\nresults: ${out}; raw profile: ${raw}`);
  } finally {
    session.disconnect();
    loader.stop();
    await floor.close();
    await icat.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
