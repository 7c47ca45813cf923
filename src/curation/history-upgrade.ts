import type { Database } from '../db/database.js';
import { RELATION_TYPES } from '../model/relations.js';
import { archive } from './store.js';

/** Records moved per write transaction. */
const BATCH = 10_000;

/**
 * Stores written before history moved out of the live types (2026-12-07) keep a retracted relation, or a retracted
 * EVIDENCED_BY link, in its own type with `retractedAt` set; today's current reads match the live types with no
 * predicate and would take it for current. This moves each such record to `RETRACTED_<type>` (same ends, same
 * values: the store's own `archive` shape), and says how many moved. A store where the property key `retractedAt`
 * was never written (every seeded-only store) is left alone at once; otherwise each live type is scanned (at the
 * seed's size, milliseconds). Run at every start (`src/main.ts`) and idempotent: a second run finds nothing to move.
 * Several API processes starting at once on one store are safe: each batch is a write transaction that first takes
 * the Dataset nodes' lock (as a change-set's acceptance does, `lockForDecision`) and only then matches, so a record
 * is moved once; the counts are what each process moved itself.
 */
export async function moveRetractedOutOfLiveTypes(
  db: Database,
): Promise<{ moved: number; byType: Record<string, number> }> {
  const [key] = await db.read<{ used: boolean }>(
    "CALL db.propertyKeys() YIELD propertyKey WITH collect(propertyKey) AS keys RETURN 'retractedAt' IN keys AS used",
  );
  const byType: Record<string, number> = {};
  if (!key?.used) return { moved: 0, byType };
  let moved = 0;
  for (const type of [...RELATION_TYPES, 'EVIDENCED_BY' as const]) {
    let n = 0;
    for (;;) {
      const batch = await db.writeTransaction(async (tx) => {
        await tx.run('MATCH (d:Dataset) SET d._lock = true REMOVE d._lock');
        const [row] = await tx.run<{ n: number }>(
          `MATCH (a)-[r:${type}]->(b) WHERE r.retractedAt IS NOT NULL
           WITH a, r, b LIMIT ${BATCH}
           ${archive(type, 'r', 'a', 'b', false)}
           DELETE r
           RETURN count(*) AS n`,
        );
        return row?.n ?? 0;
      });
      n += batch;
      if (batch < BATCH) break;
    }
    if (n > 0) byType[type] = n;
    moved += n;
  }
  return { moved, byType };
}
