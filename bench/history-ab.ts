import { seedRepository } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { pickArgs } from './harness/args.js';
import { FlagError, parseFlags } from './harness/flags.js';
import { addHistory, removeHistory } from './harness/history.js';
import { startIcatKg } from './harness/icat.js';
import { Loader } from './harness/loader.js';
import { median } from './harness/stats.js';
import { OPS, request, type OpName } from './ops.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { clearGraph, dropSchema, generateGraph, loadGraph } from '../tools/synthetic.js';

/**
 * npm run bench:history-ab [-- --sizes=seed,1000] [--share=0.1] [--rounds=6] [--duration=1]
 *
 * Do reads of the current graph pay for the history kept beside it (issue 23)? The quick bench compares runs,
 * each on a Neo4j and an API of its own, whose spread (±10 % between repetitions) is as large as the question.
 * Here both sides share one Neo4j, one API process, one JIT and the same questions: per graph, icat-kg's six
 * operations are timed at one connection with no history (A), then with `share` of the relations and evidence
 * links given a kept earlier version (B, `addHistory`, as the bench's `--history`), and again without it: per
 * operation both sides back to back, A B in even rounds and B A in odd ones, after an untimed pass each way. Each
 * cell is the median over the rounds of the timed run's p50, B / A of those, and the median of each round's own
 * B / A (the two runs seconds apart) with how many rounds had B above A. Removing history deletes the
 * `RETRACTED_*` relationships that adding it made; the live graph is never touched, so both sides answer the same
 * questions with the same answers (checked before every run).
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const sizes = flags.list('sizes', ['seed', '1000']);
  const share = flags.number('share', 0.1);
  const rounds = flags.number('rounds', 6);
  const durationS = flags.number('duration', 1);
  if (!(share > 0 && share <= 1))
    throw new FlagError(`--share is a share of the relations, from 0 to 1, got ${share}`);
  const neo = await startBenchNeo4j('4g');
  const { app, url } = await startIcatKg(neo.db, { logger: createLogger('warn') });
  const loader = Loader.start();
  const out: string[] = [
    `history A/B: share ${share}, ${rounds} rounds (per operation A then B, or B then A), ${durationS} s a side at 1 connection`,
    '',
    '| graph | operation | A: no history, p50 ms (rounds) | B: with history | B / A | B / A per round: median (B above A) |',
    '| --- | --- | --- | --- | ---: | ---: |',
  ];
  try {
    for (const size of sizes) {
      say(`== graph ${size}`);
      await clearGraph(neo.db);
      if (size === 'seed') await seedRepository(neo.db);
      else {
        await dropSchema(neo.db);
        await loadGraph(neo.db, generateGraph(Number(size)), { method: 'fast' });
        await neo.db.write("MERGE (d:Dataset {name: 'synthetic'}) SET d.contentHash = $hash", {
          hash: `bench-${size}`,
        });
      }
      const args = await pickArgs(neo.db);
      const p50 = { A: new Map<OpName, number[]>(), B: new Map<OpName, number[]>() };
      const answers = new Map<OpName, string>();
      let kept = 0;
      let side: 'A' | 'B' = 'A';
      const become = async (want: 'A' | 'B') => {
        if (want === side) return;
        if (want === 'B') kept = await addHistory(neo.db, share);
        else await removeHistory(neo.db);
        side = want;
      };
      const measure = async (op: OpName, timed: boolean) => {
        const req = request('icat-kg', op, args);
        const job = { url: url + req.path, method: req.method, body: req.body, connections: 1 };
        const res = await fetch(job.url, {
          method: req.method,
          body: req.body,
          headers: req.body ? { 'content-type': 'application/json' } : {},
        });
        const text = await res.text();
        if (!answers.has(op)) answers.set(op, text);
        else if (answers.get(op) !== text) throw new Error(`${op} answered differently with side ${side}`);
        await loader.run({ ...job, durationS: 0.3 }); // warm: plans, JIT, page cache
        if (!timed) return;
        const r = await loader.run({ ...job, durationS });
        if (r.non2xx > 0 || r.errors > 0) throw new Error(`${op}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        p50[side].set(op, [...(p50[side].get(op) ?? []), r.p50]);
      };
      // An untimed pass each way first: a fresh process's JIT and both sides' plans.
      for (const want of ['A', 'B', 'A'] as const) {
        await become(want);
        for (const op of OPS) await measure(op, false);
      }
      for (let round = 0; round < rounds; round++) {
        // Per operation both sides back to back, A first in even rounds and B first in odd ones, so a drift of
        // the machine within a round falls on both sides alike.
        const order = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
        for (const op of OPS)
          for (const want of order) {
            await become(want);
            await measure(op, true);
          }
        say(`  round ${round + 1}/${rounds} done (history: ${kept} kept relationships)`);
      }
      for (const op of OPS) {
        const a = p50.A.get(op)!;
        const b = p50.B.get(op)!;
        const f = (xs: number[]) => `${median(xs).toFixed(2)} (${xs.map((x) => x.toFixed(2)).join(', ')})`;
        // A round's two runs are seconds apart: their ratio leaves out what the machine does between rounds.
        const paired = a.map((x, i) => b[i]! / x);
        const above = paired.filter((r) => r > 1).length;
        out.push(
          `| ${size} | ${op} | ${f(a)} | ${f(b)} | ${(median(b) / median(a)).toFixed(2)} | ${median(paired).toFixed(2)} (${above} of ${paired.length}) |`,
        );
      }
      await removeHistory(neo.db);
    }
    say(`\n${out.join('\n')}`);
  } finally {
    loader.stop();
    await app.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof FlagError ? `npm run bench:history-ab: ${err.message}` : err);
  process.exit(err instanceof FlagError ? 2 : 1);
});
