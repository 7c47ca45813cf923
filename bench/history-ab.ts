import type { Driver } from 'neo4j-driver';
import { toParams } from '../src/db/database.js';
import { seedRepository } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { pickArgs } from './harness/args.js';
import { FlagError, parseFlags } from './harness/flags.js';
import { addHistory, removeHistory } from './harness/history.js';
import { startIcatKg } from './harness/icat.js';
import { Loader } from './harness/loader.js';
import { dbHits } from './harness/plans.js';
import type { PairSide } from './harness/load-worker.js';
import { median } from './harness/stats.js';
import { OPS, request, type OpName } from './ops.js';
import { seededRandom } from '../src/analytics/rng.js';
import { startBenchNeo4j, type BenchNeo4j } from '../tools/neo4j.js';
import { clearGraph, dropSchema, generateGraph, loadGraph } from '../tools/synthetic.js';

/**
 * npm run bench:history-ab [-- --sizes=seed,1000] [--share=0.1] [--pairs=1500] [--blocks=5] [--sham]
 *
 * Do reads of the current graph pay for the history kept beside it (issue 23)? Two Neo4j processes hold the same
 * graph, each with an API of its own (both in this process: one JIT); one of them is given history (`share` of
 * the relations and evidence links with a kept earlier version, `addHistory`), the other not. The load process
 * then asks both the same question in turn, one request at a time (`Loader.pairs`: A B, B A, A B, …), so that
 * every request with history has one without it beside it, milliseconds apart: what the machine does from one
 * second to the next falls on both alike. Then the history moves to the other Neo4j (phase 2), so that what differs
 * between the two processes (a JIT's choices, a store's layout) falls on both sides too. Per operation and phase:
 * the ratio of the medians, with history over without, and a 95 % interval from resampling the pairs; both
 * phases together as the geometric mean of the two. Beside the times, the work: the statements the operation sends
 * (recorded from a real request) under PROFILE on the store that is given history, before and after it: database
 * hits with history over without, on one store, a count that no machine noise moves. The live graph is never
 * touched, so both sides answer the same (checked before timing; `path` may answer another shortest path of the
 * same length, which the run says). `--sham` is the placebo: the
 * history is written and removed again before timing, so both sides hold none and one has recent writes.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
}

async function profiledHits(driver: Driver, statements: readonly Recorded[]): Promise<number> {
  let hits = 0;
  for (const s of statements) {
    const { summary } = await driver.executeQuery(`PROFILE ${s.cypher}`, s.params, { database: 'neo4j' });
    if (!summary.profile) throw new Error(`no profile for: ${s.cypher.slice(0, 80)}`);
    hits += dbHits(summary.profile);
  }
  return hits;
}

/** Phase results of one operation: each side's times, in pair order. */
interface PhaseTimes {
  history: number[];
  plain: number[];
}

const ratio = (p: PhaseTimes) => median(p.history) / median(p.plain);

/** `p` resampled: as many pairs, drawn with replacement (a pair keeps its two requests together). */
function resample(p: PhaseTimes, random: () => number): PhaseTimes {
  const out: PhaseTimes = { history: [], plain: [] };
  for (let i = 0; i < p.plain.length; i++) {
    const j = Math.floor(random() * p.plain.length);
    out.history.push(p.history[j]!);
    out.plain.push(p.plain[j]!);
  }
  return out;
}

/** The geometric mean of the phases' ratios, with its 95 % interval from `draws` resamplings of each phase. */
function combined(phases: readonly PhaseTimes[], draws = 1000): { r: number; lo: number; hi: number } {
  const random = seededRandom(2019);
  const geo = (xs: readonly PhaseTimes[]) =>
    Math.exp(xs.reduce((s, p) => s + Math.log(ratio(p)), 0) / xs.length);
  const boots = Array.from({ length: draws }, () => geo(phases.map((p) => resample(p, random)))).sort(
    (a, b) => a - b,
  );
  return { r: geo(phases), lo: boots[Math.floor(0.025 * draws)]!, hi: boots[Math.ceil(0.975 * draws) - 1]! };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const sizes = flags.list('sizes', ['seed', '1000']);
  const share = flags.number('share', 0.1);
  const pairs = flags.number('pairs', 1500);
  const blocks = flags.number('blocks', 5);
  // A placebo: the side that would hold history gets it written and taken away again before timing, so that it
  // has the same recent writes and no history: what remains between the sides is the bench's own bias.
  const sham = flags.has('sham');
  if (!(share > 0 && share <= 1))
    throw new FlagError(`--share is a share of the relations, from 0 to 1, got ${share}`);
  if (!(Number.isInteger(pairs) && Number.isInteger(blocks) && blocks >= 1 && pairs >= blocks))
    throw new FlagError(
      `--pairs and --blocks are whole numbers, pairs at least blocks, got ${pairs} and ${blocks}`,
    );
  const neo: [BenchNeo4j, BenchNeo4j] = [await startBenchNeo4j('3g'), await startBenchNeo4j('3g')];
  let recording: Recorded[] | null = null;
  const record = (cypher: string, params: Record<string, unknown>) =>
    recording?.push({ cypher, params: toParams(params) as Record<string, unknown> });
  const apps = [
    await startIcatKg(neo[0].db.observe(record), { logger: createLogger('warn') }),
    await startIcatKg(neo[1].db.observe(record), { logger: createLogger('warn') }),
  ];
  const loader = Loader.start();
  const out: string[] = [
    `history A/B${sham ? ' (--sham: history written and removed again, none timed)' : ''}: share ${share}; two Neo4j with the same graph, asked in turn request by request, ${pairs} pairs per operation and phase (in ${blocks} blocks); phase 1 with history on the first, phase 2 on the second`,
    '',
    '| graph | operation | p50 ms, without / with history | phase 1: with / without | phase 2 | both: ratio [95 % interval] | database hits on one store, with / without history: phase 1; phase 2 |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
  ];
  try {
    for (const size of sizes) {
      say(`== graph ${size}`);
      for (const n of neo) {
        await clearGraph(n.db);
        if (size === 'seed') await seedRepository(n.db);
        else {
          await dropSchema(n.db);
          await loadGraph(n.db, generateGraph(Number(size)), { method: 'fast' });
          await n.db.write("MERGE (d:Dataset {name: 'synthetic'}) SET d.contentHash = $hash", {
            hash: `bench-${size}`,
          });
        }
      }
      const args = await pickArgs(neo[0].db);
      const times = new Map<OpName, PhaseTimes[]>(OPS.map((op) => [op, []]));
      // Per operation and phase, the database hits of its statements on the store given history, before and after.
      const hits = new Map<OpName, Array<{ history: number; plain: number }>>(OPS.map((op) => [op, []]));
      const statements = new Map<OpName, Recorded[]>();
      const side = (i: number, op: OpName): PairSide => {
        const req = request('icat-kg', op, args);
        return { url: apps[i]!.url + req.path, method: req.method, ...(req.body ? { body: req.body } : {}) };
      };
      const answer = async (s: PairSide) => {
        const res = await fetch(s.url, {
          method: s.method,
          body: s.body,
          headers: s.body ? { 'content-type': 'application/json' } : {},
        });
        if (res.status !== 200) throw new Error(`HTTP ${res.status} from ${s.url}`);
        return res.text();
      };
      // The statements each operation sends, recorded from a real request (the same on both sides).
      for (const op of OPS) {
        recording = [];
        await answer(side(0, op));
        statements.set(op, recording);
        recording = null;
      }
      for (const phase of [0, 1] as const) {
        const withHistory = phase;
        const without = 1 - phase;
        const driver = neo[withHistory].db.driver;
        const plain = new Map<OpName, number>();
        for (const op of OPS) plain.set(op, await profiledHits(driver, statements.get(op)!));
        const kept = await addHistory(neo[withHistory].db, share);
        if (sham) await removeHistory(neo[withHistory].db);
        for (const op of OPS)
          hits
            .get(op)!
            .push({ history: await profiledHits(driver, statements.get(op)!), plain: plain.get(op)! });
        say(
          `  phase ${phase + 1}: ${kept} kept relationships on Neo4j ${withHistory + 1}${sham ? ', removed again (--sham)' : ''}`,
        );
        for (const op of OPS) {
          const [h, p] = [await answer(side(withHistory, op)), await answer(side(without, op))];
          if (h !== p) {
            // Of several shortest paths Neo4j returns the first its search meets, and the order it meets them in is
            // the store's: kept records on the chains change it. Another path of the same length is as good an answer.
            const length = (text: string) =>
              (JSON.parse(text) as { data?: { path?: { length?: number } } }).data?.path?.length;
            if (op !== 'path' || length(h) === undefined || length(h) !== length(p))
              throw new Error(`${op} answered differently with history`);
            say(`  path: with history, another shortest path (${length(h)} steps, as without)`);
          }
          // Untimed: plans, JIT and page cache warm on both sides.
          await loader.pairs({ a: side(withHistory, op), b: side(without, op), pairs: 100 });
        }
        const t: PhaseTimes[] = OPS.map(() => ({ history: [], plain: [] }));
        // In blocks, each operation in turn, so that no operation's samples all come from one stretch of time.
        for (let b = 0; b < blocks; b++)
          for (const [i, op] of OPS.entries()) {
            const r = await loader.pairs({
              a: side(withHistory, op),
              b: side(without, op),
              pairs: Math.floor(pairs / blocks) + (b < pairs % blocks ? 1 : 0),
            });
            if (r.failed > 0) throw new Error(`${op}: ${r.failed} requests failed`);
            t[i]!.history.push(...r.a);
            t[i]!.plain.push(...r.b);
          }
        for (const [i, op] of OPS.entries()) times.get(op)!.push(t[i]!);
        await removeHistory(neo[withHistory].db);
      }
      for (const op of OPS) {
        const phases = times.get(op)!;
        const both = combined(phases);
        const h = hits.get(op)!.map((x) => `${x.history} / ${x.plain} = ${(x.history / x.plain).toFixed(3)}`);
        const p50 = (xs: number[][]) => median(xs.flat()).toFixed(2);
        out.push(
          `| ${size} | ${op} | ${p50(phases.map((p) => p.plain))} / ${p50(phases.map((p) => p.history))} | ${phases.map((p) => ratio(p).toFixed(3)).join(' | ')} | **${both.r.toFixed(3)}** [${both.lo.toFixed(3)}, ${both.hi.toFixed(3)}] | ${h.join('; ')} |`,
        );
      }
      say(out.slice(-OPS.length).join('\n'));
    }
    say(`\n${out.join('\n')}`);
  } finally {
    loader.stop();
    for (const a of apps) await a.app.close();
    for (const n of neo) await n.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof FlagError ? `npm run bench:history-ab: ${err.message}` : err);
  process.exit(err instanceof FlagError ? 2 : 1);
});
