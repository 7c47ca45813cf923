/**
 * npx tsx bench/projection-profile.ts [nodes] [statement,…]  (PROFILE=1 prints the old statement's plan)
 *
 * How the projection's time splits between Neo4j and the client: candidate shapes of the same read, each timed
 * twice on a synthetic graph, with the server's own times (available after / consumed after). What found that
 * the old statement spent ~85 % of its time decoding one map per relation in the client:
 * docs/benchmarks/analytics.md.
 */
import { startBenchNeo4j } from './neo4j.js';
import { clearGraph, generateGraph, loadGraph } from './synthetic.js';
import { relationTypes, typePattern } from '../src/graph/allow-lists.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const T = typePattern(relationTypes(null));
const MATCH = `MATCH (a:Entity)-[r${T}]->(b:Entity)
     WHERE ($year IS NULL OR $year IN r.years)
       AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))`;
const Q: Record<string, string> = {
  old: `${MATCH}
     WITH collect({id: r.id, source: a.id, target: b.id, type: type(r), year: r.year, years: coalesce(r.years, []),
                   status: coalesce(r.status, 'DONE'), role: r.role, evidence: coalesce(r.evidence, [])}) AS edges,
          collect(DISTINCT a) + collect(DISTINCT b) AS ends
     UNWIND ends AS n
     WITH edges, collect(DISTINCT {id: n.id, name: n.name, type: n.type, acronym: n.acronym,
                                   classification: n.classification, category: n.category}) AS nodes
     RETURN edges, nodes`,
  matchOnly: `${MATCH} RETURN count(*) AS c`,
  idsOnly: `${MATCH} RETURN collect(r.id) AS ids, collect(a.id) AS s, collect(b.id) AS t`,
  lists: `${MATCH}
     RETURN collect(r.id) AS ids, collect(a.id) AS s, collect(b.id) AS t, collect(type(r)) AS types,
            collect(coalesce(r.year, 0)) AS year, collect(coalesce(r.years, [])) AS years,
            collect(coalesce(r.status, 'DONE')) AS status, collect(coalesce(r.role, '')) AS role`,
  listsNodes: `${MATCH}
     WITH collect(r.id) AS ids, collect(a) AS s, collect(b) AS t, collect(type(r)) AS types,
            collect(coalesce(r.year, 0)) AS year, collect(coalesce(r.years, [])) AS years,
            collect(coalesce(r.status, 'DONE')) AS status, collect(coalesce(r.role, '')) AS role
     RETURN ids, [x IN s | x.id] AS s, [x IN t | x.id] AS t, types, year, years, status, role`,
  rows: `${MATCH} RETURN r.id AS id, a.id AS s, b.id AS t, type(r) AS type, r.year AS year, r.years AS years, r.status AS status, r.role AS role`,
  evidence: `${MATCH} RETURN collect(r.id) AS ids, collect(coalesce(r.evidence, [])) AS ev`,
};

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 10000);
  const which = (process.argv[3] ?? Object.keys(Q).join(',')).split(',');
  const neo = await startBenchNeo4j('4g');
  try {
    await clearGraph(neo.db);
    let t = performance.now();
    await loadGraph(neo.db, generateGraph(size));
    say(`loaded ${size} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const session = () => neo.db.driver.session({ database: 'neo4j' });
    for (let round = 0; round < 2; round++)
      for (const name of which) {
        const s = session();
        t = performance.now();
        const res = await s.executeRead((tx) => tx.run(Q[name]!, { year: null, entityTypes: null }), {
          timeout: 600_000,
        });
        const client = performance.now() - t;
        await s.close();
        say(
          `${round} ${name}: total ${client.toFixed(0)} ms, server available ${res.summary.resultAvailableAfter.toString()} consumed ${res.summary.resultConsumedAfter.toString()}, records ${res.records.length}`,
        );
      }
    if (process.env.PROFILE) {
      const s = session();
      const res = await s.run(`PROFILE ${Q.old!}`, { year: null, entityTypes: null });
      const walk = (
        p: {
          operatorType: string;
          dbHits: number;
          rows: number;
          identifiers: string[];
          arguments: Record<string, unknown>;
          children: unknown[];
        },
        d: number,
      ) => {
        say(
          `${'  '.repeat(d)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits} time=${String(p.arguments.Time ?? '')} ${String(p.arguments.Details ?? '').slice(0, 160)}`,
        );
        for (const c of p.children) walk(c as typeof p, d + 1);
      };
      walk(res.summary.profile as never, 0);
      await s.close();
    }
  } finally {
    await neo.stop();
  }
}
main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
