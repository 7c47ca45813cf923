import type { OpName, ServerName } from '../ops.js';
import { OPS, SERVERS } from '../ops.js';
import type { BenchReport } from './results.js';
import { median } from './stats.js';

/** Markdown tables from a results file: side-by-side ratios per size, the growth curve, round trips. */

type Run = BenchReport['runs'][number];

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const f0 = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const range = (xs: number[]) =>
  xs.length === 0 ? '–' : `${f2(Math.min(...xs))}–**${f2(median(xs))}**–${f2(Math.max(...xs))}`;

function pick(runs: Run[], size: string, conns: number, server: ServerName, op: OpName): Run[] {
  return runs
    .filter((r) => r.size === size && r.connections === conns && r.server === server && r.op === op)
    .sort((a, b) => a.rep - b.rep);
}

/** Equal-weight mix: one of each operation; throughput = ops / sum of per-op times. */
export function mixRps(runs: Run[], size: string, conns: number, server: ServerName, rep: number): number {
  let t = 0;
  for (const op of OPS) {
    const r = runs.find(
      (x) =>
        x.size === size && x.connections === conns && x.server === server && x.op === op && x.rep === rep,
    );
    if (!r || r.rps === 0) return Number.NaN;
    t += 1 / r.rps;
  }
  return OPS.length / t;
}

export function sideBySide(report: BenchReport, size: string): string {
  const c = report.options.connections;
  const reps = [...new Set(report.runs.filter((r) => r.size === size).map((r) => r.rep))];
  const lines = [
    `| operation | @neo4j/graphql via | req/s icat-kg · @neo4j/graphql · floor | p50 ms icat-kg · @neo4j/graphql · floor | p99 ms icat-kg · @neo4j/graphql · floor | throughput icat-kg / @neo4j/graphql (min–**med**–max) | p50 icat-kg / floor (min–**med**–max) |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const op of OPS) {
    const by = Object.fromEntries(SERVERS.map((s) => [s, pick(report.runs, size, c, s, op)])) as Record<
      ServerName,
      Run[]
    >;
    const med = (s: ServerName, k: 'rps' | 'p50' | 'p99') => median(by[s].map((r) => r[k]));
    const tput = by['icat-kg'].map((r, i) => r.rps / (by['neo4j-graphql'][i]?.rps ?? Number.NaN));
    const lat = by['icat-kg'].map((r, i) => r.p50 / (by.floor[i]?.p50 ?? Number.NaN));
    lines.push(
      `| ${op} | ${report.neo4jGraphqlMode[op]} | ${SERVERS.map((s) => f0(med(s, 'rps'))).join(' · ')} | ${SERVERS.map((s) => f1(med(s, 'p50'))).join(' · ')} | ${SERVERS.map((s) => f1(med(s, 'p99'))).join(' · ')} | ${range(tput)} | ${range(lat)} |`,
    );
  }
  const mix = (s: ServerName) => reps.map((rep) => mixRps(report.runs, size, c, s, rep));
  const mi = mix('icat-kg');
  const mn = mix('neo4j-graphql');
  const mf = mix('floor');
  lines.push(
    `| **mix** (one of each) | | ${[mi, mn, mf].map((m) => f0(median(m))).join(' · ')} | | | ${range(mi.map((x, i) => x / mn[i]!))} | (throughput vs floor: ${range(mi.map((x, i) => x / mf[i]!))}) |`,
  );
  return lines.join('\n');
}

export function growth(report: BenchReport): string {
  const sizes = report.sizes.map((s) => s.size);
  const head = `| operation | ${sizes.map((s) => `${s}: p50 · p99`).join(' | ')} |`;
  const lines = [head, `|---|${sizes.map(() => '---').join('|')}|`];
  for (const server of ['icat-kg', 'floor'] as const) {
    for (const op of OPS) {
      const cells = sizes.map((size) => {
        const rs = pick(report.runs, size, 1, server, op);
        return `${f1(median(rs.map((r) => r.p50)))} · ${f1(median(rs.map((r) => r.p99)))}`;
      });
      lines.push(`| ${server} ${op} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function loads(report: BenchReport): string {
  const lines = [
    '| graph | nodes | relationships | load time | relationships/s | icat-kg round trips: entity · connection · search · path · neighbourhood · network |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of report.sizes) {
    const trips = OPS.map((op) => [...new Set(s.roundTrips[op] ?? [])].join('/') || '?').join(' · ');
    lines.push(
      `| ${s.size} | ${f0(s.nodes)} | ${f0(s.relationships)} | ${f1(s.load.ms / 1000)} s${'method' in s.load ? ` (${s.load.method})` : ''} | ${f0(s.load.relationsPerSecond)} | ${trips} |`,
    );
  }
  return lines.join('\n');
}

export function answers(report: BenchReport): string {
  const lines = ['| graph | operation | icat-kg | @neo4j/graphql | floor |', '|---|---|---|---|---|'];
  for (const s of report.sizes)
    for (const op of OPS)
      lines.push(
        `| ${s.size} | ${op} | ${SERVERS.map((sv) => s.answers[`${op}/${sv}`] ?? '').join(' | ')} |`,
      );
  return lines.join('\n');
}

export function renderTables(report: BenchReport): string {
  const parts = [
    `Run ${report.when}: ${report.options.quick ? 'quick' : 'full'}, ${report.options.reps} repetitions, ` +
      `${report.options.durationS} s x ${report.options.connections} connections per run (latency pass ` +
      `${report.options.latencyDurationS} s x 1 connection), ${report.totalS} s in all.`,
    `Machine: ${report.machine.cpus} x ${report.machine.cpuModel}, ${report.machine.memGiB} GiB; Node ${report.machine.node}; ${report.machine.neo4j}.`,
    '### Load and round trips',
    loads(report),
  ];
  for (const s of report.sizes) {
    parts.push(
      `### Side by side: graph ${s.size} (${report.options.connections} connections)`,
      sideBySide(report, s.size),
    );
  }
  parts.push(
    '### Growth: latency (ms) against graph size, 1 connection (median over repetitions)',
    growth(report),
  );
  parts.push('### Answer sizes (checked before timing)', answers(report));
  return parts.join('\n\n') + '\n';
}
