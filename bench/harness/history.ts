import type { Database } from '../../src/db/database.js';
import { archive } from '../../src/curation/store.js';
import { retractedType } from '../../src/graph/allow-lists.js';
import { RELATION_TYPES } from '../../src/model/relations.js';

/**
 * History beside a benchmark graph (`npm run bench -- --history=<share>`): for about `share` of the relations of
 * each type, and of the entities' EVIDENCED_BY links, one kept earlier version, as an accepted change-set leaves
 * it (`archive` in src/curation/store.ts): a `RETRACTED_<type>` relationship with the same ends and values plus
 * `retractedAt`, `retractedBy` and `retractionNote`. The live graph does not change, so every server's answers stay
 * equal to the floor's; what a run with history measures against one without is whether reads of the current graph
 * pay for the history beside it. Which relations get a kept version is fixed by the graph: `share` of them, spread
 * evenly over their order by (from id, to id, relation id), so two stores of one graph get the same history.
 */
export async function addHistory(db: Database, share: number): Promise<number> {
  if (!(share > 0)) return 0;
  let kept = 0;
  for (const type of [...RELATION_TYPES, 'EVIDENCED_BY' as const]) {
    await db.runAutoCommit(
      `MATCH (a)-[r:${type}]->(b)
       WITH a, r, b ORDER BY a.id, b.id, r.id
       WITH collect([a, r, b]) AS rows
       UNWIND range(0, size(rows) - 1) AS i
       WITH rows[i] AS row WHERE toInteger((i + 1) * $share) > toInteger(i * $share)
       WITH row[0] AS a, row[1] AS r, row[2] AS b
       CALL (a, r, b) {
         ${archive(type, 'r')}
       } IN TRANSACTIONS OF 10000 ROWS`,
      { share, at: '2026-01-01T00:00:00.000Z', by: 'bench', note: 'bench history' },
    );
    const [row] = await db.read<{ n: number }>(
      `MATCH ()-[k:${retractedType(type)}]->() RETURN count(k) AS n`,
    );
    kept += row?.n ?? 0;
  }
  return kept;
}

/** Takes away what `addHistory` added: every `RETRACTED_*` relationship (the live graph is left as it is). */
export async function removeHistory(db: Database): Promise<void> {
  for (const type of [...RELATION_TYPES, 'EVIDENCED_BY' as const])
    await db.runAutoCommit(
      `MATCH ()-[k:${retractedType(type)}]->() CALL (k) { DELETE k } IN TRANSACTIONS OF 10000 ROWS`,
    );
}
