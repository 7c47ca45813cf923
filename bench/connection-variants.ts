import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { startBenchNeo4j } from './neo4j.js';
import { generateGraph, loadGraph } from './synthetic.js';

/**
 * NODE_ENV=production npx tsx bench/connection-variants.ts [size=100000]
 *
 * The organisations connection of the bench (classification UN_ENTITY, first 20, sorted by name) as each server
 * shaped it before issue 14's change, and the one-pass shapes: PROFILE db hits, the plan, and the median server
 * and client time over 10 runs, on one synthetic graph, first with no index on the classification, then with a
 * range index on it, then with a composite (classification, sortName) index instead. The statements are written
 * out here (not read from the servers) so the comparison stays reproducible after the servers change.
 */
const size = Number(process.argv[2] ?? 100000);
const runs = 10;
const say = (l: string) => process.stdout.write(l + '\n');
const hits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + hits(c), 0);
const ops = (p: ProfiledPlan): string[] => [
  p.operatorType + (p.arguments['Details'] ? `(${String(p.arguments['Details']).slice(0, 60)})` : ''),
  ...p.children.flatMap(ops),
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const P = {
  in0: ['UN_ENTITY'],
  limit: neo4j.int(21),
  afterKey: null,
  afterId: null,
  first: neo4j.int(20),
  param1: neo4j.int(20),
};
const V: Record<string, string> = {
  floor: `CALL () { MATCH (n:Organisation) WHERE n.classification IN $in0 RETURN count(n) AS total }
CALL () {
  MATCH (n:Organisation) WHERE n.classification IN $in0
  WITH n ORDER BY n.sortName, n.id LIMIT $limit
  RETURN collect({k: n.sortName, node: n {.id, .name, .acronym, .classification}}) AS page
}
RETURN {totalCount: total, page: page} AS result`,
  peer: `CYPHER 5
MATCH (this0:Organisation&Entity)
WHERE this0.classification IN $in0
WITH collect({node: this0}) AS edges, count(this0) AS totalCount
CALL (edges) {
  UNWIND edges AS edge
  WITH edge.node AS this0
  WITH *
  ORDER BY this0.sortName ASC, this0.id ASC
  LIMIT $param1
  RETURN collect({node: {id: this0.id, name: this0.name, acronym: this0.acronym, classification: this0.classification, __resolveType: 'Organisation'}}) AS var1
}
RETURN {edges: var1, totalCount: totalCount} AS this`,
  icat: `CALL () { MATCH (n:Organisation) WHERE n.classification IN $in0 RETURN count(n) AS total }
     CALL () {
       MATCH (n:Organisation) WHERE n.classification IN $in0
       WITH n, n.sortName AS k
       WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
       ORDER BY k ASC, n.id ASC
       LIMIT $limit
       RETURN collect({e: n {.*}, k: k}) AS page
     }
     RETURN total, page`,
  'icat-1scan': `MATCH (n:Organisation) WHERE n.classification IN $in0
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n, n.sortName AS k
  WHERE ($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))
  ORDER BY k ASC, n.id ASC
  LIMIT $limit
  RETURN collect({e: n {.*}, k: k}) AS page
}
RETURN size(matched) AS total, page`,
  'floor-1scan': `MATCH (n:Organisation) WHERE n.classification IN $in0
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n ORDER BY n.sortName, n.id LIMIT $limit
  RETURN collect({k: n.sortName, node: n {.id, .name, .acronym, .classification}}) AS page
}
RETURN {totalCount: size(matched), page: page} AS result`,
  'floor-1scan-entity': `MATCH (n:Organisation&Entity) WHERE n.classification IN $in0
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n ORDER BY n.sortName, n.id LIMIT $limit
  RETURN collect({k: n.sortName, node: n {.id, .name, .acronym, .classification}}) AS page
}
RETURN {totalCount: size(matched), page: page} AS result`,
};

async function round(driver: Driver, title: string) {
  say(`\n### ${title}\n\n| statement | db hits | server ms | client ms | plan |\n|---|---|---|---|---|`);
  for (const [name, q] of Object.entries(V)) {
    await driver.executeQuery(q, P, { database: 'neo4j' });
    const pr = await driver.executeQuery(`PROFILE ${q.replace(/^CYPHER 5\n/, '')}`, P, { database: 'neo4j' });
    const plan = pr.summary.profile || null;
    const s: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const { summary } = await driver.executeQuery(q, P, { database: 'neo4j' });
      c.push(performance.now() - t);
      s.push(summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber());
    }
    say(
      `| ${name} | ${plan ? hits(plan) : 0} | ${median(s)} | ${median(c).toFixed(1)} | ${plan ? ops(plan).join(' < ') : ''} |`,
    );
  }
}

const neo = await startBenchNeo4j('4g');
try {
  const load = await loadGraph(neo.db, generateGraph(size));
  say(`graph ${size}: ${load.nodes} nodes, ${load.relationships} relationships`);
  const [c] = await neo.db.read<{ orgs: number; un: number }>(
    "MATCH (n:Organisation) RETURN count(n) AS orgs, count(CASE WHEN n.classification = 'UN_ENTITY' THEN 1 END) AS un",
  );
  say(`organisations ${c!.orgs}, UN_ENTITY ${c!.un}`);
  // The load creates the seed's indexes, this one among them: measured without it first.
  await neo.db.write('DROP INDEX organisation_classification IF EXISTS');
  await round(neo.db.driver, 'no index on classification');
  await neo.db.write(
    'CREATE INDEX organisation_classification IF NOT EXISTS FOR (n:Organisation) ON (n.classification)',
  );
  await neo.db.write('CALL db.awaitIndexes(300)');
  await round(neo.db.driver, 'range index (n:Organisation) ON (n.classification)');
  await neo.db.write('DROP INDEX organisation_classification');
  await neo.db.write(
    'CREATE INDEX organisation_classification_name IF NOT EXISTS FOR (n:Organisation) ON (n.classification, n.sortName)',
  );
  await neo.db.write('CALL db.awaitIndexes(300)');
  await round(neo.db.driver, 'composite range index (n:Organisation) ON (n.classification, n.sortName)');
} finally {
  await neo.stop();
}
