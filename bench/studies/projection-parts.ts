import { projectNetwork } from '../../src/graph/analytics.js';
import { indexNetwork, flowGraph, tieGraph } from '../../src/analytics/graphs.js';
import { pagerankScores } from '../../src/analytics/centrality.js';
import { louvainCommunities } from '../../src/analytics/communities.js';
import { importGraph } from '../../tools/import.js';
import { startBenchNeo4j } from '../../tools/neo4j.js';
import { generateGraph } from '../../tools/synthetic.js';

/**
 * npx tsx bench/studies/projection-parts.ts [--size=100000]
 * Where a cold PageRank/Louvain's time goes (issue 27): each part of the read and the computation alone, once.
 */
const say = (line: string) => process.stdout.write(`${line}\n`);
const size = Number(process.argv.find((a) => a.startsWith('--size='))?.split('=')[1] ?? 100_000);
const filter = { relationTypes: null, entityTypes: null, year: null };
const t = async <T>(what: string, work: () => Promise<T> | T): Promise<T> => {
  const s = performance.now();
  const out = await work();
  say(`| ${what} | ${(performance.now() - s).toFixed(0)} |`);
  return out;
};

async function main(): Promise<void> {
  const neo = await startBenchNeo4j('4g');
  try {
    await importGraph(neo, generateGraph(size));
    say('| part | ms |\n| --- | ---: |');
    const variants: Array<[string, string]> = [
      ['MATCH count(*)', 'MATCH (a:Entity)-[r]->(b:Entity) RETURN count(*) AS n'],
      [
        'MATCH ORDER BY r.id count',
        'MATCH (a:Entity)-[r]->(b:Entity) WITH a, b ORDER BY r.id RETURN count(*) AS n',
      ],
      [
        'internal ids, ordered, collected (no return)',
        'MATCH (a:Entity)-[r]->(b:Entity) WITH a, b ORDER BY r.id WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t RETURN size(s) AS n',
      ],
      [
        'internal ids, ordered, sliced 10k, returned',
        `MATCH (a:Entity)-[r]->(b:Entity) WITH a, b ORDER BY r.id WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t
         UNWIND range(0, size(s) - 1, 10000) AS at RETURN s[at..at+10000] AS s, t[at..at+10000] AS t ORDER BY at`,
      ],
      [
        'entities: internal id, id, name (all), sliced',
        `MATCH (n:Entity) WITH n ORDER BY n.id WITH collect(toFloat(id(n))) AS k, collect(n.id) AS ids, collect(n.name) AS names
         UNWIND range(0, size(k) - 1, 10000) AS at RETURN k[at..at+10000] AS k, ids[at..at+10000] AS ids, names[at..at+10000] AS names ORDER BY at`,
      ],
    ];
    for (const round of [1, 2])
      for (const [what, cypher] of variants)
        await t(`${what} (round ${round})`, () => neo.db.readLong(cypher));
    const p = await t('projectNetwork (full rows)', () => projectNetwork(neo.db, filter));
    await t('projectNetwork again', () => projectNetwork(neo.db, filter));
    const net = await t('indexNetwork', () => indexNetwork(p));
    const flow = await t('flowGraph (graphology build)', () => flowGraph(net));
    await t('pagerank on it', () => pagerankScores(flow));
    const ties = await t('tieGraph (graphology build)', () => tieGraph(net));
    await t('louvain on it', () => louvainCommunities(ties));
  } finally {
    await neo.stop();
  }
}
main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
