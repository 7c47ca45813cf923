import { Writable } from 'node:stream';
import type { Principal } from '../src/auth/principal.js';
import { DEFAULT_CURATION_LIMITS } from '../src/config.js';
import { createCuration } from '../src/curation/index.js';
import { proposeChange, reviewChange, type Caller } from '../src/curation/use-cases.js';
import { seedRepository } from '../src/ingest/index.js';
import { createLogger } from '../src/log.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { generateGraph, loadGraph } from '../tools/synthetic.js';
import { parseFlags } from './harness/flags.js';
import { median } from './harness/stats.js';

/**
 * npm run bench:curation [-- --sizes=seed,100000] [--reps=5]
 *
 * Issue 23's write benchmark: propose + accept of a 10-operation change-set (ten relation retractions, each one
 * relation found by id and retracted in place), through the use cases with real principals, on the seed graph
 * and on a synthetic graph of n nodes (tools/synthetic.ts), each on a fresh embedded Neo4j. Reports the median
 * and the range of `reps` change-sets, each on ten relations not touched before.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();
const sizes = flags.list('sizes', ['seed', '100000']);
const reps = flags.number('reps', 5);
const OPS = 10;

const curator: Principal = { kind: 'operator', subject: 'bench-curator', roles: ['curator'] };
const reviewer: Principal = { kind: 'operator', subject: 'bench-reviewer', roles: ['reviewer'] };
const quiet = createLogger(
  'warn',
  new Writable({
    write: (_c, _e, done) => done(),
  }),
);

for (const size of sizes) {
  const neo = await startBenchNeo4j('2g');
  try {
    if (size === 'seed') await seedRepository(neo.db);
    else await loadGraph(neo.db, generateGraph(Number(size)));
    const curation = createCuration(neo.db, quiet, { ...DEFAULT_CURATION_LIMITS, proposalsPerHour: 10_000 });
    const caller = (p: Principal): Caller => ({
      db: neo.db,
      curation,
      principal: p,
      requestId: undefined,
      idempotencyKey: undefined,
    });
    const ids = (
      await neo.db.read<{ id: string }>(
        'MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN r.id AS id ORDER BY r.id LIMIT $n',
        { n: OPS * (reps + 1) },
      )
    ).map((r) => r.id);
    const propose: number[] = [];
    const accept: number[] = [];
    for (let i = 0; i <= reps; i++) {
      const operations = ids
        .slice(i * OPS, (i + 1) * OPS)
        .map((id) => ({ retractRelation: { id, note: 'bench retraction' } }));
      const t0 = performance.now();
      const p = await proposeChange(caller(curator), { comment: `bench ${i}`, operations });
      const t1 = performance.now();
      if (!p.changeSet) throw new Error(`proposal refused: ${JSON.stringify(p.userErrors)}`);
      const r = await reviewChange(caller(reviewer), p.changeSet.id, 'ACCEPT', null);
      const t2 = performance.now();
      if (r.changeSet?.state !== 'ACCEPTED') throw new Error(`not accepted: ${JSON.stringify(r.userErrors)}`);
      // The first change-set warms the plans: not counted.
      if (i > 0) {
        propose.push(t1 - t0);
        accept.push(t2 - t1);
      }
    }
    const nodes = await neo.db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    const fmt = (xs: number[]) =>
      `median ${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
    say(`${size} (${nodes[0]?.n ?? 0} nodes), ${OPS} operations, ${reps} change-sets:`);
    say(`  propose ${fmt(propose)}`);
    say(`  accept  ${fmt(accept)}`);
    say(`  both    ${fmt(propose.map((p, i) => p + accept[i]!))}`);
  } finally {
    await neo.stop();
  }
}
