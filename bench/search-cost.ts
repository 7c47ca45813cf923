import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type { Database } from '../src/db/database.js';
import { NameIndex, type NameRow } from '../src/graph/name-index.js';
import { searchEntities, searchIndex, searchTerms } from '../src/graph/search.js';
import { seedRepository } from '../src/ingest/index.js';
import { RELEVANCE_FILE, type QueryClass, type RelevanceSet } from '../test/support/search-relevance.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { generateGraph, loadGraph } from '../tools/synthetic.js';
import { parseFlags } from './harness/flags.js';

/**
 * npm run bench:search [-- --size=seed|<n>] [--reps=30] [--parts=relevance,time,memory,rank] [--memory=100000,1000000]
 *   [--rank=100000]
 *
 * Search before and after issue 25, in one run on the benchmark's own embedded Neo4j (tools/neo4j.ts):
 *   relevance  the relevance set (test/fixtures/search-relevance.json; seed only) through the Lucene statement
 *              search ran before (BEFORE below, as it was) and through `searchEntities` now: hit@1 and MRR per
 *              class, and the examples;
 *   time       a few texts through both, interleaved, after a warm-up: wall p50 / p90 at the client, and the
 *              in-process ranking alone; a bare round trip and an entity read by id for scale;
 *   memory     the name index of a synthetic graph of n entities (names as tools/synthetic.ts makes them):
 *              heap held after a full GC, and the time to build it (no Neo4j);
 *   rank       the in-process ranking alone (`NameIndex.rank`, first 10) on a synthetic graph of n entities, for
 *              common words and near spellings (no Neo4j): what the early stop of issue 25 changed. Not in the
 *              default parts; run it in two checkouts back to back to compare.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();
const size = flags.string('size', 'seed');
const reps = flags.number('reps', 30);
const parts = flags.list('parts', ['relevance', 'time', 'memory']);
const memorySizes = flags.list('memory', ['100000', '1000000']).map(Number);
const rankSizes = flags.list('rank', ['100000']).map(Number);

// ---------------------------------------------------------------------------------------------
// Before: the statement of src/graph/search.ts before issue 25 (fulltext, exact + prefix + fuzzy clauses per
// term, the acronym probe of issue 14), ordered by score, then id; `matched` is not compared.

const fuzzyEdits = (t: string): 0 | 1 | 2 => (t.length >= 7 ? 2 : t.length >= 4 ? 1 : 0);
const FIELDS = ['name', 'acronym', 'otherNamesText'];
function termClause(t: string, acronymFuzzy = true): string {
  const e = fuzzyEdits(t);
  if (e === 0) return `(${t}^4 OR ${t}*^2)`;
  if (acronymFuzzy) return `(${t}^4 OR ${t}*^2 OR ${t}~${e})`;
  const fields = FIELDS.filter((f) => f !== 'acronym').map((f) => `${f}:${t}~${e}`);
  return `(${t}^4 OR ${t}*^2 OR (${fields.join(' OR ')}))`;
}
const BEFORE = `UNWIND range(0, size($clauses) - 1) AS i
CALL (i) {
  UNWIND CASE WHEN $probes[i] IS NULL THEN [] ELSE [$probes[i]] END AS probe
  CALL db.index.fulltext.queryNodes('entity_names', probe, {limit: 1}) YIELD node
  RETURN count(node) AS near
}
WITH i, CASE WHEN $probes[i] IS NULL OR near > 0 THEN $clauses[i] ELSE $narrowed[i] END AS clause
ORDER BY i
WITH collect(clause) AS clauses
CALL db.index.fulltext.queryNodes('entity_names', reduce(s = head(clauses), c IN tail(clauses) | s + ' OR ' + c),
  {limit: $limit}) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT $first
RETURN node {.*} AS e, score`;
const beforeParams = (terms: readonly string[]) => ({
  clauses: terms.map((t) => termClause(t)),
  narrowed: terms.map((t) => termClause(t, false)),
  probes: terms.map((t) =>
    fuzzyEdits(t) === 2 ? `acronym:/.{${[...t].length - 2},${[...t].length + 2}}/` : null,
  ),
  limit: 50,
  first: 10,
});
// The old terms: at most 12 (the Lucene string's cost grew with them).
const beforeTerms = (q: string) => searchTerms(q).slice(0, 12);

async function before(db: Database, q: string): Promise<string[]> {
  const rows = await db.read<{ e: { id: string } }>(BEFORE, beforeParams(beforeTerms(q)));
  return rows.map((r) => r.e.id);
}
async function after(db: Database, q: string): Promise<string[]> {
  return (await searchEntities(db, searchTerms(q), null, 10)).map((h) => h.entity.id);
}

// ---------------------------------------------------------------------------------------------

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function relevance(db: Database): Promise<void> {
  const set = JSON.parse(readFileSync(RELEVANCE_FILE, 'utf8')) as RelevanceSet;
  const groups: Array<[string, QueryClass[]]> = [
    ['exact names (as written, lower-cased)', ['name', 'lower']],
    ['acronyms and other names', ['acronym', 'other']],
    ['one-typo names', ['typo']],
    ['partial names', ['partial']],
  ];
  say(`\n### Relevance (${set.queries.length} queries over ${set.entities} entities; first 10 hits)\n`);
  say('| class | queries | before: hit@1 · MRR | after: hit@1 · MRR |');
  say('|---|---|---|---|');
  for (const [label, classes] of groups) {
    const qs = set.queries.filter((q) => classes.includes(q.class));
    const m = { before: { hit: 0, rr: 0 }, after: { hit: 0, rr: 0 } };
    for (const q of qs) {
      for (const [k, ids] of [
        ['before', await before(db, q.q)],
        ['after', await after(db, q.q)],
      ] as const) {
        const rank = ids.findIndex((id) => q.expected.includes(id));
        if (rank === 0) m[k].hit += 1;
        if (rank >= 0) m[k].rr += 1 / (rank + 1);
      }
    }
    const f = (x: { hit: number; rr: number }) =>
      `${(x.hit / qs.length).toFixed(3)} · ${(x.rr / qs.length).toFixed(3)}`;
    say(`| ${label} | ${qs.length} | ${f(m.before)} | ${f(m.after)} |`);
  }
  // By typo kind, after.
  say('\n| one typo, by kind | queries | before: hit@1 | after: hit@1 |');
  say('|---|---|---|---|');
  for (const v of ['dropped', 'doubled', 'swapped', 'accent'] as const) {
    const qs = set.queries.filter((q) => q.class === 'typo' && q.variant === v);
    if (qs.length === 0) continue;
    let b = 0;
    let a = 0;
    for (const q of qs) {
      if (q.expected.includes((await before(db, q.q))[0] ?? '')) b += 1;
      if (q.expected.includes((await after(db, q.q))[0] ?? '')) a += 1;
    }
    say(`| ${v} | ${qs.length} | ${(b / qs.length).toFixed(3)} | ${(a / qs.length).toFixed(3)} |`);
  }
  say("\n| the issue's examples | before: first 3 | after: first 3 |");
  say('|---|---|---|');
  for (const q of [
    'ICAT',
    'OSCE',
    'HLCM',
    'Interpoll',
    'Crime Ofice',
    'Giammarino',
    'coordination trafficking persons',
  ])
    say(
      `| ${q} | ${(await before(db, q)).slice(0, 3).join(', ')} | ${(await after(db, q)).slice(0, 3).join(', ')} |`,
    );
}

async function time(db: Database, label: string, entityId: string): Promise<void> {
  const texts = ['coordination trafficking persons', 'ICAT', 'Interpoll', 'Crime Ofice', 'Giammarino'];
  type Runner = [string, () => Promise<unknown>];
  const runners: Runner[] = [
    ['RETURN 1 (a round trip)', () => db.read('RETURN 1 AS x')],
    [
      'an entity by id (MATCH … {id} RETURN n {.*})',
      () => db.read('MATCH (n:Entity {id: $id}) RETURN n {.*} AS e', { id: entityId }),
    ],
    ...texts.flatMap((q): Runner[] => [
      [`before: "${q}"`, () => before(db, q)],
      [`after: "${q}"`, () => after(db, q)],
    ]),
  ];
  const { index } = await searchIndex(db);
  for (let w = 0; w < 10; w++) for (const [, run] of runners) await run();
  const wall = new Map<string, number[]>(runners.map(([n]) => [n, []]));
  for (let r = 0; r < reps; r++) {
    for (const [name, run] of runners) {
      const t = performance.now();
      await run();
      wall.get(name)!.push(performance.now() - t);
    }
  }
  say(
    `\n### Time (${label}, ${reps} interleaved repetitions after 10 warm-up rounds; wall ms at the client)\n`,
  );
  say('| statement | p50 | p90 |');
  say('|---|---|---|');
  for (const [name, xs] of wall) say(`| ${name} | ${pct(xs, 50).toFixed(2)} | ${pct(xs, 90).toFixed(2)} |`);
  say('\n| in-process ranking alone (index.rank, first 10) | µs p50 | µs p90 |');
  say('|---|---|---|');
  for (const q of texts) {
    const xs: number[] = [];
    for (let r = 0; r < 200; r++) {
      const t = performance.now();
      index.rank(searchTerms(q), null, 10);
      xs.push((performance.now() - t) * 1000);
    }
    say(`| ${q} | ${pct(xs, 50).toFixed(0)} | ${pct(xs, 90).toFixed(0)} |`);
  }
}

/** A synthetic graph's name rows (generateGraph makes 80 % of its nodes entities; no relations are needed). */
function syntheticRows(n: number): NameRow[] {
  return generateGraph(Math.round(n / 0.8), 0).entities.map((e) => ({
    id: String(e.props.id),
    type: String(e.props.type),
    name: String(e.props.name),
    acronym: typeof e.props.acronym === 'string' ? e.props.acronym : null,
    otherNames: (e.props.otherNames as string[] | undefined) ?? [],
  }));
}

/** Common words (each held by about a tenth of the synthetic entities), starts, near spellings, partial. */
const RANK_TEXTS = [
  'trafficking',
  'office',
  'traf',
  'traffiking',
  'Crime Ofice',
  'coordination trafficking persons',
  'women children',
  'Interpoll',
];

function rankTimes(): void {
  for (const n of rankSizes) {
    const index = new NameIndex(syntheticRows(n));
    say(
      `\n### In-process ranking (index.rank, first 10; ${index.size.toLocaleString('en')} synthetic entities)\n`,
    );
    say('| text | µs p50 | µs p90 | hits |');
    say('|---|---|---|---|');
    for (const q of RANK_TEXTS) {
      for (let w = 0; w < 20; w++) index.rank(searchTerms(q), null, 10);
      const xs: number[] = [];
      let hits = 0;
      for (let r = 0; r < 200; r++) {
        const t = performance.now();
        hits = index.rank(searchTerms(q), null, 10).length;
        xs.push((performance.now() - t) * 1000);
      }
      say(`| ${q} | ${pct(xs, 50).toFixed(0)} | ${pct(xs, 90).toFixed(0)} | ${hits} |`);
    }
  }
}

function memory(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  say('\n### Memory of the name index (synthetic names, as bench/synthetic.ts makes them)\n');
  say('| entities | words in the vocabulary | heap held MB | build s |');
  say('|---|---|---|---|');
  for (const n of memorySizes) {
    const rows = syntheticRows(n);
    gc();
    gc();
    const base = process.memoryUsage().heapUsed;
    const t = performance.now();
    const index = new NameIndex(rows);
    const buildS = (performance.now() - t) / 1000;
    gc();
    gc();
    const held = (process.memoryUsage().heapUsed - base) / 2 ** 20;
    const vocab = (index as unknown as { vocabulary: string[] }).vocabulary.length;
    say(
      `| ${index.size.toLocaleString('en')} | ${vocab.toLocaleString('en')} | ${held.toFixed(0)} | ${buildS.toFixed(2)} |`,
    );
  }
}

async function main(): Promise<void> {
  if (parts.includes('memory')) memory();
  if (parts.includes('rank')) rankTimes();
  if (!parts.includes('relevance') && !parts.includes('time')) return;
  const neo = await startBenchNeo4j(flags.string('heap', '2g'));
  try {
    if (size === 'seed') await seedRepository(neo.db);
    else {
      await loadGraph(neo.db, generateGraph(Number(size)), { method: 'fast' });
      await neo.db.write("MERGE (d:Dataset {name: 'synthetic'}) SET d.contentHash = $hash", {
        hash: `bench-${size}`,
      });
    }
    const [{ id } = { id: '' }] = await neo.db.read<{ id: string }>(
      'MATCH (n:Organisation) RETURN n.id AS id ORDER BY n.id LIMIT 1',
    );
    if (parts.includes('relevance') && size === 'seed') await relevance(neo.db);
    if (parts.includes('time')) await time(neo.db, `graph ${size}`, id);
  } finally {
    await neo.stop();
  }
}

await main();
