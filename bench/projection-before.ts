import type { Database } from '../src/db/database.js';
import { relationTypes, typePattern } from '../src/graph/allow-lists.js';

/**
 * The projection statement as it was before issue 14 (one map per relation, evidence included, Integers
 * converted by the driver wrapper), kept only so bench/analytics.ts can measure it next to the new one.
 */
export async function projectionBefore(db: Database): Promise<number> {
  const rows = await db.read<{
    edges: Array<Record<string, unknown>>;
    nodes: Array<Record<string, unknown>>;
  }>(
    `MATCH (a:Entity)-[r${typePattern(relationTypes(null))}]->(b:Entity)
     WITH collect({id: r.id, source: a.id, target: b.id, type: type(r), year: r.year, years: coalesce(r.years, []),
                   status: coalesce(r.status, 'DONE'), role: r.role, evidence: coalesce(r.evidence, [])}) AS edges,
          collect(DISTINCT a) + collect(DISTINCT b) AS ends
     UNWIND ends AS n
     WITH edges, collect(DISTINCT {id: n.id, name: n.name, type: n.type, acronym: n.acronym,
                                   classification: n.classification, category: n.category}) AS nodes
     RETURN edges, nodes`,
  );
  // The per-relation object building and sort the old reader did.
  const edges = (rows[0]?.edges ?? []).map((e) => ({ ...e, id: String(e.id) }));
  edges.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return edges.length;
}
