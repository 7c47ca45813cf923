import { readFile } from 'node:fs/promises';
import { OPS, type OpName, type ServerName } from './ops.js';
import { parseFlags } from './harness/flags.js';
import { mixRps } from './harness/report.js';
import { median } from './harness/stats.js';
import type { BenchReport } from './harness/results.js';

/**
 * Before/after, side by side, from two results files of `npm run bench`:
 *   npm run bench:compare -- <before.json> [after.json, default bench/results/full.json]
 * An earlier run comes out of git: `git show <commit>:bench/results/full.json > /tmp/before.json`.
 * Per graph size: the mix against @neo4j/graphql, each operation's throughput against @neo4j/graphql and p50
 * against the floor (medians over repetitions, 4 connections), round trips and the load rate. Each run's ratios
 * come from its own interleaved repetitions, so two runs on a noisy machine can still be set side by side.
 */

type Run = BenchReport['runs'][number];

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function runsOf(r: BenchReport, size: string, server: ServerName, op: OpName): Run[] {
  const c = r.options.connections;
  return r.runs
    .filter((x) => x.size === size && x.connections === c && x.server === server && x.op === op)
    .sort((a, b) => a.rep - b.rep);
}

function ratio(r: BenchReport, size: string, op: OpName, key: 'rps' | 'p50', base: ServerName): number {
  const mine = runsOf(r, size, 'icat-kg', op);
  const theirs = runsOf(r, size, base, op);
  return median(mine.map((x, i) => x[key] / (theirs[i]?.[key] ?? Number.NaN)));
}

function mixRatio(r: BenchReport, size: string): number {
  const reps = [...new Set(r.runs.filter((x) => x.size === size).map((x) => x.rep))];
  const c = r.options.connections;
  return median(
    reps.map(
      (rep) => mixRps(r.runs, size, c, 'icat-kg', rep) / mixRps(r.runs, size, c, 'neo4j-graphql', rep),
    ),
  );
}

export function compare(before: BenchReport, after: BenchReport): string {
  const sizes = after.sizes.map((s) => s.size).filter((s) => before.sizes.some((b) => b.size === s));
  const pair = (f: (r: BenchReport) => number, goal?: (x: number) => boolean) => {
    const a = f(after);
    const mark = goal ? (goal(a) ? ' ✓' : ' ✗') : '';
    return `${f2(f(before))} → **${f2(a)}**${mark}`;
  };
  const out: string[] = [];
  out.push(
    `Before: run ${before.when} (${before.options.reps} repetitions). After: run ${after.when} (${after.options.reps} repetitions).`,
    '',
    `| measure (median over repetitions) | ${sizes.join(' | ')} |`,
    `|---|${sizes.map(() => '---').join('|')}|`,
    `| **mix throughput / @neo4j/graphql** (goal ≥ 1.5) | ${sizes
      .map((s) =>
        pair(
          (r) => mixRatio(r, s),
          (x) => x >= 1.5,
        ),
      )
      .join(' | ')} |`,
  );
  for (const op of OPS)
    out.push(
      `| ${op}: throughput / @neo4j/graphql | ${sizes.map((s) => pair((r) => ratio(r, s, op, 'rps', 'neo4j-graphql'))).join(' | ')} |`,
    );
  for (const op of OPS)
    out.push(
      `| ${op}: p50 / floor (goal ≤ 1.5) | ${sizes
        .map((s) =>
          pair(
            (r) => ratio(r, s, op, 'p50', 'floor'),
            (x) => x <= 1.5,
          ),
        )
        .join(' | ')} |`,
    );
  const trips = (r: BenchReport, size: string) => {
    const s = r.sizes.find((x) => x.size === size);
    return s ? OPS.map((op) => [...new Set(s.roundTrips[op] ?? [])].join('/') || '?').join('·') : '–';
  };
  out.push(
    `| round trips (${OPS.join('·')}) | ${sizes.map((s) => `${trips(before, s)} → **${trips(after, s)}**`).join(' | ')} |`,
  );
  const load = (r: BenchReport, size: string) =>
    r.sizes.find((x) => x.size === size)?.load.relationsPerSecond;
  out.push(
    `| load, relationships/s (goal ≥ 100k at 100k nodes) | ${sizes.map((s) => `${load(before, s)?.toLocaleString('en-US') ?? '–'} → **${load(after, s)?.toLocaleString('en-US') ?? '–'}**`).join(' | ')} |`,
  );
  return out.join('\n') + '\n';
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const [beforePath, afterPath = 'bench/results/full.json'] = parseFlags().positional;
  if (beforePath === undefined) {
    console.error(
      'usage: npm run bench:compare -- <before.json> [after.json]  (an earlier run: git show <commit>:bench/results/full.json > before.json)',
    );
    process.exit(2);
  }
  const read = async (p: string) => JSON.parse(await readFile(p, 'utf8')) as BenchReport;
  process.stdout.write(compare(await read(beforePath), await read(afterPath)));
}
