import neo4j, { type Driver } from 'neo4j-driver';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { FULLTEXT_HITS, fulltextParams, luceneQuery, searchTerms } from '../src/graph/search.js';
import { seedRepository } from '../src/ingest/index.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import { generateGraph, loadGraph } from '../tools/synthetic.js';
import { parseFlags } from './harness/flags.js';

/**
 * npm run bench:search [-- --size=seed|<n>] [--reps=40] [--heap=1g] [--sample=400]
 *
 * Where the fixed cost of `search` goes, and whether a cheaper formulation finds the same. On the benchmark's
 * own embedded Neo4j (tools/neo4j.ts) with the seed or a synthetic graph:
 *   1. the bench's search text through `db.index.fulltext.queryNodes` alone, clause by clause (exact, prefix,
 *      fuzzy ~1/~2, one term, one field, limits), interleaved, wall time at the client and the server's own
 *      `resultAvailableAfter + resultConsumedAfter`;
 *   2. candidate formulations against the current one on a sample of queries (the tests' and cookbook's texts,
 *      every name, acronym and other name as typed, with one and two typos, and as prefixes): the first 10 hits
 *      in order, and their scores;
 *   3. the candidates' cost on a few texts.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();
const size = flags.string('size', 'seed');
const reps = flags.number('reps', 40);
const sampleMax = flags.number('sample', 400);
const parts = flags.list('parts', ['1', '2', '3']);

const BENCH_TEXT = 'coordination trafficking persons';
const FIRST = 10;
const LIMIT = 50;

interface Statement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

interface Timed {
  wall: number;
  server: number;
  rows: Array<{ id: string; score: number }>;
}

const QUERY_NODES = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score`;

/** The search statement as src/graph/search.ts runs it, returning ids and scores. */
const ORDERED = (lucene: string) => `${lucene}
WITH node, score ORDER BY score DESC, node.id LIMIT $first
RETURN node.id AS id, score`;
const CURRENT = ORDERED(
  `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score`,
);

// ---------------------------------------------------------------------------------------------
// Candidate formulations. Each gives the statement for a list of terms.

type Candidate = (terms: readonly string[]) => Statement;

const clause = (t: string, edits: 0 | 1 | 2) => `(${t}^4 OR ${t}*^2${edits > 0 ? ` OR ${t}~${edits}` : ''})`;
const editsFor = (t: string): 0 | 1 | 2 => (t.length >= 7 ? 2 : t.length >= 4 ? 1 : 0);

/**
 * One statement: a probe per term (does the index hold it as a word, exactly / as a prefix?), then the clause
 * chosen per term from the probe, joined, and the search itself.
 */
function probed(name: string, probe: (t: string) => string, whenFound: (t: string) => string): Candidate {
  return (terms) => ({
    name,
    cypher: ORDERED(`UNWIND range(0, size($terms) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('entity_names', $probes[i], {limit: 1}) YIELD node
  RETURN count(node) AS found
}
WITH collect(CASE WHEN found > 0 THEN $found[i] ELSE $missing[i] END) AS clauses
CALL db.index.fulltext.queryNodes('entity_names', reduce(s = head(clauses), c IN tail(clauses) | s + ' OR ' + c),
  {limit: $limit}) YIELD node, score`),
    params: {
      terms,
      probes: terms.map(probe),
      found: terms.map(whenFound),
      missing: terms.map((t) => clause(t, editsFor(t))),
    },
  });
}

/**
 * Same clauses, but a term's fuzzy clause only names the fields holding a word of a length it can reach (a
 * FuzzyQuery with e edits only matches words of length L-e..L+e, and each one builds its Levenshtein automata
 * however few words its field holds). A regexp probe per (term, field) asks the index.
 */
function lengthProbed(name: string, probedFields: readonly string[]): Candidate {
  const fields = ['name', 'acronym', 'otherNamesText'];
  return (terms) => ({
    name,
    cypher: ORDERED(`UNWIND range(0, size($terms) - 1) AS i
CALL (i) {
  UNWIND $fields AS f
  CALL (i, f) {
    CALL db.index.fulltext.queryNodes('entity_names', f + ':/.{' + $lo[i] + ',' + $hi[i] + '}/', {limit: 1}) YIELD node
    RETURN count(node) AS near
  }
  WITH f, near WHERE $edits[i] > 0 AND (near > 0 OR NOT f IN $probed)
  RETURN collect(f + ':' + $terms[i] + '~' + $edits[i]) AS fz
}
WITH collect(CASE size(fz) WHEN 0 THEN '(' + $base[i] + ')'
  ELSE '(' + $base[i] + ' OR (' + reduce(s = head(fz), c IN tail(fz) | s + ' OR ' + c) + '))' END) AS clauses
CALL db.index.fulltext.queryNodes('entity_names', reduce(s = head(clauses), c IN tail(clauses) | s + ' OR ' + c),
  {limit: $limit}) YIELD node, score`),
    params: {
      terms,
      fields,
      probed: probedFields,
      edits: terms.map((t) => neo4j.int(editsFor(t))),
      lo: terms.map((t) => neo4j.int(Math.max(1, t.length - editsFor(t)))),
      hi: terms.map((t) => neo4j.int(t.length + editsFor(t))),
      base: terms.map((t) => `${t}^4 OR ${t}*^2`),
    },
  });
}

const CANDIDATES: Record<string, Candidate> = {
  current: (terms) => ({ name: 'current', cypher: CURRENT, params: { lucene: luceneQuery(terms) } }),
  'adopted: src FULLTEXT_HITS (acronym probe)': (terms) => ({
    name: 'adopted: src FULLTEXT_HITS (acronym probe)',
    cypher: ORDERED(FULLTEXT_HITS),
    params: fulltextParams(terms, LIMIT),
  }),
  'no fuzzy when the word exists': probed(
    'no fuzzy when the word exists',
    (t) => t,
    (t) => clause(t, 0),
  ),
  '~1 when the word exists': probed(
    '~1 when the word exists',
    (t) => t,
    (t) => clause(t, Math.min(1, editsFor(t)) as 0 | 1),
  ),
  '~1 when the word or a longer one exists': probed(
    '~1 when the word or a longer one exists',
    (t) => `${t} OR ${t}*`,
    (t) => clause(t, Math.min(1, editsFor(t)) as 0 | 1),
  ),
  'fuzzy on acronym only if a word of near length': lengthProbed(
    'fuzzy on acronym only if a word of near length',
    ['acronym'],
  ),
  'fuzzy per field only if a word of near length': lengthProbed(
    'fuzzy per field only if a word of near length',
    ['name', 'acronym', 'otherNamesText'],
  ),
};

// ---------------------------------------------------------------------------------------------

async function run(driver: Driver, s: Statement): Promise<Timed> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  const t0 = performance.now();
  try {
    // The raw driver sends JS numbers as floats; the procedure's limit and LIMIT take integers.
    const limit = s.params.limit ?? LIMIT;
    const r = await session.run(s.cypher, {
      ...s.params,
      limit: typeof limit === 'number' ? neo4j.int(limit) : limit,
      first: neo4j.int(FIRST),
    });
    const wall = performance.now() - t0;
    const server = r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
    return {
      wall,
      server,
      rows: r.records.map((x) => ({ id: String(x.get('id')), score: Number(x.get('score')) })),
    };
  } finally {
    await session.close();
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
};

/** Interleaved: every statement once per repetition, so machine noise hits all alike. */
async function timeAll(driver: Driver, statements: Statement[], n: number): Promise<Map<string, Timed[]>> {
  for (const s of statements) for (let i = 0; i < 10; i++) await run(driver, s);
  const out = new Map<string, Timed[]>();
  for (let i = 0; i < n; i++)
    for (const s of statements) {
      const r = await run(driver, s);
      out.set(s.name, [...(out.get(s.name) ?? []), r]);
    }
  return out;
}

function costTable(results: Map<string, Timed[]>): void {
  say('| statement | rows | wall p50 ms | wall p90 ms | server p50 ms |');
  say('|---|---|---|---|---|');
  for (const [name, rs] of results) {
    const wall = rs.map((r) => r.wall);
    say(
      `| ${name} | ${rs[0]!.rows.length} | ${quantile(wall, 0.5).toFixed(2)} | ${quantile(wall, 0.9).toFixed(2)} | ${quantile(
        rs.map((r) => r.server),
        0.5,
      ).toFixed(1)} |`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The sample of search texts.

function rng(seed: number): () => number {
  const g = xoroshiro128plus(seed);
  return () => unsafeUniformIntDistribution(0, 0xfffffff, g) / 0x10000000;
}

/** One edit in the longest word: a letter dropped, doubled, changed or two letters swapped. */
function typo(text: string, rand: () => number): string {
  const words = text.split(/(\s+)/);
  let at = 0;
  words.forEach((w, i) => {
    if (w.length > words[at]!.length) at = i;
  });
  const w = words[at]!;
  if (w.length < 4) return text;
  const i = 1 + Math.floor(rand() * (w.length - 2));
  const kind = Math.floor(rand() * 4);
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]!;
  const edited =
    kind === 0
      ? w.slice(0, i) + w.slice(i + 1)
      : kind === 1
        ? w.slice(0, i) + w[i] + w.slice(i)
        : kind === 2
          ? w.slice(0, i) + letter + w.slice(i + 1)
          : w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1);
  words[at] = edited;
  return words.join('');
}

const FIXED_TEXTS = [
  BENCH_TEXT,
  'UNODC',
  'Interpoll',
  'Giammarino',
  'Crime Ofice',
  'Entity for Gender Equality and the Empowerment of Women',
  'impunity',
  'procurement',
  'trafficking',
  'osce',
  'technology impunity gender',
  'coordination',
  'persons',
  'traffiking',
  'un women',
  'special rapporteur',
];

async function sampleTexts(driver: Driver): Promise<string[]> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  let names: string[];
  try {
    const r = await session.run(
      `MATCH (n:Entity) RETURN n.name AS name, n.acronym AS acronym, coalesce(n.otherNames, []) AS other ORDER BY n.id`,
    );
    names = r.records.flatMap((x) => [
      String(x.get('name')),
      ...(x.get('acronym') ? [String(x.get('acronym'))] : []),
      ...(x.get('other') as string[]),
    ]);
  } finally {
    await session.close();
  }
  const rand = rng(14);
  // An even spread over the names when there are more than the sample takes.
  const step = Math.max(1, Math.floor(names.length / (sampleMax / 4)));
  const picked = names.filter((_, i) => i % step === 0);
  const texts = new Set(FIXED_TEXTS);
  for (const n of picked) {
    texts.add(n);
    texts.add(typo(n, rand));
    texts.add(typo(typo(n, rand), rand));
    const first = n.split(/\s+/)[0]!;
    texts.add(first.slice(0, Math.max(3, Math.ceil(first.length / 2))));
  }
  return [...texts].filter((t) => searchTerms(t).length > 0);
}

// ---------------------------------------------------------------------------------------------

interface Compare {
  texts: number;
  sameHits: number;
  sameOrder: number;
  sameScores: number;
  differing: string[];
}

async function compare(driver: Driver, texts: string[], candidate: Candidate): Promise<Compare> {
  const c: Compare = { texts: texts.length, sameHits: 0, sameOrder: 0, sameScores: 0, differing: [] };
  for (const text of texts) {
    const terms = searchTerms(text);
    const a = (await run(driver, CANDIDATES.current!(terms))).rows;
    const b = (await run(driver, candidate(terms))).rows;
    const ids = (rs: Timed['rows']) => rs.map((r) => r.id);
    const sameOrder = JSON.stringify(ids(a)) === JSON.stringify(ids(b));
    const sameHits = JSON.stringify(ids(a).sort()) === JSON.stringify(ids(b).sort());
    if (sameHits) c.sameHits += 1;
    if (sameOrder) c.sameOrder += 1;
    if (sameOrder && a.every((r, i) => r.score === b[i]!.score)) c.sameScores += 1;
    if (!sameOrder && c.differing.length < 8)
      c.differing.push(`"${text}": ${ids(a).slice(0, 5).join(' ')} … vs ${ids(b).slice(0, 5).join(' ')} …`);
  }
  return c;
}

async function main(): Promise<void> {
  const neo = await startBenchNeo4j(flags.string('heap', '1g'));
  try {
    if (size === 'seed') await seedRepository(neo.db);
    else await loadGraph(neo.db, generateGraph(Number(size)), { method: 'fast' });
    const driver = neo4j.driver(neo.uri, undefined, { logging: { level: 'error', logger: () => undefined } });
    try {
      const terms = searchTerms(BENCH_TEXT);
      const qn = (name: string, lucene: string, limit = LIMIT): Statement => ({
        name,
        cypher: QUERY_NODES,
        params: { lucene, limit: neo4j.int(limit) },
      });
      const each = (f: (t: string) => string) => terms.map(f).join(' OR ');
      if (parts.includes('1')) {
        say(
          `## 1. "${BENCH_TEXT}" through queryNodes alone (graph: ${size}, ${reps} interleaved repetitions)\n`,
        );
        costTable(
          await timeAll(
            driver,
            [
              { name: 'RETURN 1 (a round trip)', cypher: 'RETURN 1 AS id, 0 AS score', params: {} },
              qn('current: (t^4 OR t*^2 OR t~2) x 3 terms', luceneQuery(terms)),
              qn(
                'exact only: t^4',
                each((t) => `${t}^4`),
              ),
              qn(
                'exact + prefix: (t^4 OR t*^2)',
                each((t) => `(${t}^4 OR ${t}*^2)`),
              ),
              qn(
                'fuzzy ~1 instead of ~2',
                each((t) => clause(t, 1)),
              ),
              qn(
                'fuzzy ~2 alone: t~2',
                each((t) => `${t}~2`),
              ),
              qn('current, first term only', luceneQuery(terms.slice(0, 1))),
              qn('current, name field only', `name:(${luceneQuery(terms)})`),
              qn('current, limit 10', luceneQuery(terms), 10),
              qn('current, limit 1000', luceneQuery(terms), 1000),
              qn('a short word: osce', luceneQuery(['osce'])),
            ],
            reps,
          ),
        );
      }
      if (parts.includes('2')) {
        const texts = await sampleTexts(driver);
        say(
          `\n## 2. Candidates against the current statement: first ${FIRST} hits on ${texts.length} texts\n`,
        );
        say('| candidate | same hits | same order | same scores too | first differences |');
        say('|---|---|---|---|---|');
        for (const [name, cand] of Object.entries(CANDIDATES)) {
          if (name === 'current') continue;
          const c = await compare(driver, texts, cand);
          say(
            `| ${name} | ${c.sameHits}/${c.texts} | ${c.sameOrder}/${c.texts} | ${c.sameScores}/${c.texts} | ${c.differing.join('<br>')} |`,
          );
        }
      }
      if (parts.includes('3')) {
        say(
          `\n## 3. The candidates' cost, whole statement (first ${FIRST}), ${reps} interleaved repetitions\n`,
        );
        for (const text of [BENCH_TEXT, 'Giammarino', 'osce']) {
          say(`\n"${text}"\n`);
          costTable(
            await timeAll(
              driver,
              Object.entries(CANDIDATES).map(([name, cand]) => ({ ...cand(searchTerms(text)), name })),
              reps,
            ),
          );
        }
      }
    } finally {
      await driver.close();
    }
  } finally {
    await neo.stop();
  }
}

await main();
