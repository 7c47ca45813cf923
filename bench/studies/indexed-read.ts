import { projectIndexed } from '../../src/graph/analytics.js';
import { RELATION_TYPES } from '../../src/model/relations.js';
import { importGraph } from '../../tools/import.js';
import { startBenchNeo4j } from '../../tools/neo4j.js';
import { generateGraph } from '../../tools/synthetic.js';

/**
 * npx tsx bench/studies/indexed-read.ts [--size=100000] [--rounds=3]
 * Where the metrics' network read (`projectIndexed`) spends its time at 100k (issue 27 item 2: cold PageRank and
 * Louvain ≤ 5 s, read included): the relations statement as it is and with one part left out or changed at a
 * time, the entities statement, and `projectIndexed` whole. Rounds are interleaved (every variant once per
 * round), each variant's median printed; answers are not used, only timed.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);
const flag = (name: string, d: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
const size = flag('size', 100_000);
const rounds = flag('rounds', 3);
const types = `:${RELATION_TYPES.join('|')}`;
const where = `WHERE ($year IS NULL OR $year IN r.years)
  AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))`;
const sliced = `UNWIND range(0, size(s) - 1, 10000) AS at RETURN s[at..at + 10000] AS a, t[at..at + 10000] AS b ORDER BY at`;
const params = { year: null, entityTypes: null };

const variants: Array<[string, string]> = [
  ['relations: count only', `MATCH (a:Entity)-[r${types}]->(b:Entity) ${where} RETURN count(*) AS n`],
  [
    'relations: as projectIndexed has it',
    `MATCH (a:Entity)-[r${types}]->(b:Entity) ${where}
     WITH a, b, r.id AS rid ORDER BY rid
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: no ORDER BY',
    `MATCH (a:Entity)-[r${types}]->(b:Entity) ${where}
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: no end labels',
    `MATCH (a)-[r${types}]->(b) ${where}
     WITH a, b, r.id AS rid ORDER BY rid
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: no WHERE',
    `MATCH (a:Entity)-[r${types}]->(b:Entity)
     WITH a, b, r.id AS rid ORDER BY rid
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: ORDER BY id(r)',
    `MATCH (a:Entity)-[r${types}]->(b:Entity) ${where}
     WITH a, b ORDER BY id(r)
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: untyped, no labels, no WHERE, ordered',
    `MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL
     WITH a, b, r.id AS rid ORDER BY rid
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: typed, no end labels, no WHERE, ordered',
    `MATCH (a)-[r${types}]->(b)
     WITH a, b, r.id AS rid ORDER BY rid
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: typed, no end labels, no WHERE, not ordered',
    `MATCH (a)-[r${types}]->(b)
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: typed, end labels, no WHERE, not ordered',
    `MATCH (a:Entity)-[r${types}]->(b:Entity)
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t ${sliced}`,
  ],
  [
    'relations: typed, no end labels, no WHERE, ids from r, not ordered',
    `MATCH ()-[r${types}]->()
     WITH collect(toFloat(id(startNode(r)))) AS s, collect(toFloat(id(endNode(r)))) AS t ${sliced}`,
  ],
  [
    'entities: as projectIndexed has it',
    `MATCH (n:Entity) WHERE ($entityTypes IS NULL OR n.type IN $entityTypes)
     WITH n ORDER BY n.id
     WITH collect(toFloat(id(n))) AS keys, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
     UNWIND range(0, size(keys) - 1, 10000) AS at
     RETURN keys[at..at + 10000] AS a, ids[at..at + 10000] AS ids, names[at..at + 10000] AS names ORDER BY at`,
  ],
];

async function main(): Promise<void> {
  const neo = await startBenchNeo4j('4g');
  try {
    await importGraph(neo, generateGraph(size));
    const filter = { relationTypes: null, entityTypes: null, year: null };
    const times = new Map<string, number[]>();
    const time = async (what: string, work: () => Promise<unknown>) => {
      const s = performance.now();
      await work();
      const list = times.get(what) ?? [];
      list.push(performance.now() - s);
      times.set(what, list);
    };
    // One warm-up pass so the page cache holds the store for every variant alike.
    await projectIndexed(neo.db, filter);
    for (let round = 0; round < rounds; round++) {
      for (const [what, cypher] of variants) await time(what, () => neo.db.readLong(cypher, params));
      await time('projectIndexed whole', () => projectIndexed(neo.db, filter));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    say(`size ${size}, ${rounds} rounds interleaved; median (all) in ms`);
    say('| part | median ms | all |\n| --- | ---: | --- |');
    for (const [what, xs] of times)
      say(`| ${what} | ${median(xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(' · ')} |`);
  } finally {
    await neo.stop();
  }
}
main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
