import type { Database } from '../db/database.js';
import { retractedType } from '../graph/allow-lists.js';
import { RELATION_TYPES } from '../model/relations.js';

/**
 * Stores written before history moved out of the live types (2026-12-07) keep a retracted relation, or a retracted
 * EVIDENCED_BY link, in its own type with `retractedAt` set; today's current reads match the live types with no
 * predicate and would take it for current. This moves each such record to `RETRACTED_<type>` (same ends, same
 * values: the store's own `archive` shape), in batches, and says how many moved. A store where the property key
 * `retractedAt` was never written (every seeded-only store) is left alone at once; otherwise each live type is
 * scanned once (at the seed's size, milliseconds). Run at every start (`src/main.ts`) and idempotent: a second run
 * finds nothing to move.
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
    const [found] = await db.read<{ n: number }>(
      `MATCH ()-[r:${type}]->() WHERE r.retractedAt IS NOT NULL RETURN count(r) AS n`,
    );
    const n = found?.n ?? 0;
    if (n === 0) continue;
    await db.runAutoCommit(
      `MATCH (a)-[r:${type}]->(b) WHERE r.retractedAt IS NOT NULL
       CALL (a, r, b) {
         CREATE (a)-[kept:${retractedType(type)}]->(b) SET kept = properties(r)
         DELETE r
       } IN TRANSACTIONS OF 10000 ROWS`,
    );
    byType[type] = n;
    moved += n;
  }
  return { moved, byType };
}
