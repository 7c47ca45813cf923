import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../src/embedded/neo4j-launcher.js';
import { ROOT } from '../src/paths.js';
import { coldQuestions } from '../tools/bench-operations.js';
import { parseFlags } from './harness/flags.js';

/**
 * npm run bench:cold [-- --runs=1] [--warmup=on,off] [--steady=50] [--out=bench/results/cold.json]
 *
 * Cold start of `npm start` (build, embedded Neo4j on a fresh data dir, seed, warm-up, listen): wall time from
 * launch to the "Ready" line; then, over HTTP, the FIRST request of each operation after Ready, and its steady
 * state (`--steady` more requests each: p50, p99). Once with the start-up warm-up (WARMUP_BUDGET_MS default)
 * and once without (WARMUP_BUDGET_MS=0), to show what it buys. Runs `npm start` in its own process group on
 * free ports and stops exactly that group afterwards.
 */

const here = dirname(fileURLToPath(import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();

interface OpTiming {
  op: string;
  firstMs: number;
  p50: number;
  p99: number;
  ratio: number;
  firstErrors: string | null;
}

interface ColdRun {
  warmup: boolean;
  totalS: number;
  readyLine: string;
  warmupLine: string | null;
  ops: OpTiming[];
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

async function timed(url: string, body: string): Promise<{ ms: number; errors: string | null }> {
  const t = performance.now();
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const json = (await res.json()) as { errors?: Array<{ message: string }> };
  const ms = performance.now() - t;
  const errors = json.errors
    ? json.errors.map((e) => e.message).join('; ')
    : res.ok
      ? null
      : `HTTP ${res.status}`;
  return { ms, errors };
}

async function measure(base: string, steady: number): Promise<OpTiming[]> {
  const docs = coldQuestions();
  // First requests: each operation once, in order, nothing else before them.
  const first = new Map<string, { ms: number; errors: string | null }>();
  for (const d of docs) first.set(d.name, await timed(`${base}/graphql`, d.body));
  const out: OpTiming[] = [];
  for (const d of docs) {
    const times: number[] = [];
    for (let i = 0; i < steady; i++) times.push((await timed(`${base}/graphql`, d.body)).ms);
    times.sort((a, b) => a - b);
    const f = first.get(d.name)!;
    const p99 = quantile(times, 0.99);
    out.push({
      op: d.name,
      firstMs: f.ms,
      p50: quantile(times, 0.5),
      p99,
      ratio: f.ms / p99,
      firstErrors: f.errors,
    });
  }
  return out;
}

async function once(warmup: boolean, steady: number): Promise<ColdRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icat-kg-cold-'));
  const port = await findFreePort();
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(await findFreePort()),
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '0',
    ...(warmup ? {} : { WARMUP_BUDGET_MS: '0' }),
  };
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  try {
    const readyLine = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no Ready line within 240 s')), 240_000);
      createInterface({ input: child.stderr }).on('line', (l) => lines.push(`stderr: ${l}`));
      createInterface({ input: child.stdout }).on('line', (l) => {
        lines.push(l);
        if (/^Ready in /.test(l)) {
          clearTimeout(timer);
          resolve(l);
        }
      });
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${lines.join('\n')}`)));
    });
    const totalS = (performance.now() - started) / 1000;
    const ops = await measure(`http://127.0.0.1:${port}`, steady);
    const warmupLine = lines.find((l) => l.startsWith('Warm-up done')) ?? null;
    return { warmup, totalS, readyLine, warmupLine, ops };
  } finally {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

const runs = flags.number('runs', 1);
const steady = flags.number('steady', 50);
const modes = flags.list('warmup', ['on', 'off']).map((m) => {
  if (m !== 'on' && m !== 'off') throw new Error('--warmup takes on, off or on,off');
  return m === 'on';
});
const out = flags.string('out') ?? join(here, 'results', 'cold.json');
const results: ColdRun[] = [];
for (let i = 0; i < runs; i++) {
  for (const warmup of modes) {
    const r = await once(warmup, steady);
    results.push(r);
    say(
      `cold start ${i + 1}/${runs}, warm-up ${warmup ? 'on' : 'off'}: ${r.totalS.toFixed(1)} s from launch to "${r.readyLine}"`,
    );
    if (r.warmupLine) say(`  ${r.warmupLine}`);
  }
}

const f1 = (n: number) => n.toFixed(1);
const table = (r: ColdRun) => [
  `Warm-up ${r.warmup ? 'on (default budget)' : 'off (WARMUP_BUDGET_MS=0)'}: ${f1(r.totalS)} s from launch to "${r.readyLine}"${r.warmupLine ? `; ${r.warmupLine}` : ''}`,
  '',
  `| operation | first ms | steady p50 ms | steady p99 ms | first / p99 |`,
  `|---|---|---|---|---|`,
  ...r.ops.map(
    (o) =>
      `| ${o.op} | ${f1(o.firstMs)}${o.firstErrors ? ` (error: ${o.firstErrors.slice(0, 80)})` : ''} | ${f1(o.p50)} | ${f1(o.p99)} | ${o.ratio.toFixed(2)} |`,
  ),
  '',
];
const md = [
  `Run ${new Date().toISOString()}: \`npm run bench:cold -- ${process.argv.slice(2).join(' ')}\` — ${steady} steady requests per operation after the first, one at a time, over HTTP, seed graph (NODE_ENV=production).`,
  '',
  ...results.flatMap(table),
].join('\n');
await mkdir(dirname(out), { recursive: true });
const { format } = await import('prettier');
await writeFile(
  out,
  await format(JSON.stringify({ when: new Date().toISOString(), steady, results }), { parser: 'json' }),
);
await writeFile(out.replace(/\.json$/, '.md'), md);
say(`\n${md}`);
