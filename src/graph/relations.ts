import type { Database } from '../db/database.js';
import { relationTypes } from './allow-lists.js';
import { relationProjection, toRelation } from './convert.js';
import type { RelationRow } from './rows.js';

/** Relations of many entities at once: one query per batch, paged per entity by relation id. */

export type DirectionName = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface RelationsKey {
  id: string;
  types: string[];
  direction: DirectionName;
  first: number;
  after: string | null;
}

export interface RelationsSlice {
  total: number;
  rows: RelationRow[];
  hasNextPage: boolean;
}

export async function relationsOfMany(
  db: Database,
  keys: readonly RelationsKey[],
): Promise<RelationsSlice[]> {
  // Cypher's LIMIT cannot read a row variable: the batch's largest page size goes in as a checked literal.
  const limit = Math.max(...keys.map((k) => k.first)) + 1;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_001)
    throw new Error(`page size out of range: ${limit}`);
  const params = {
    keys: keys.map((k, i) => ({
      i,
      id: k.id,
      types: relationTypes(k.types),
      dir: k.direction,
      after: k.after,
      limit: k.first + 1,
    })),
  };
  const rows = await db.read<{ i: number; total: number; page: Array<Record<string, unknown>> }>(
    `UNWIND $keys AS key
     OPTIONAL MATCH (n:Entity {id: key.id})
     CALL (n, key) {
       OPTIONAL MATCH (n)-[r]-(:Entity)
       WHERE type(r) IN key.types
         AND (key.dir = 'BOTH' OR (key.dir = 'OUTGOING' AND startNode(r) = n) OR (key.dir = 'INCOMING' AND endNode(r) = n))
       RETURN count(r) AS total
     }
     CALL (n, key) {
       OPTIONAL MATCH (n)-[r]-(:Entity)
       WHERE type(r) IN key.types
         AND (key.dir = 'BOTH' OR (key.dir = 'OUTGOING' AND startNode(r) = n) OR (key.dir = 'INCOMING' AND endNode(r) = n))
         AND (key.after IS NULL OR r.id > key.after)
       WITH r ORDER BY r.id LIMIT ${limit}
       WITH key, collect(${relationProjection('r')}) AS rels
       RETURN rels[0..key.limit] AS page
     }
     RETURN key.i AS i, total, page`,
    params,
  );
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return keys.map((k, i) => {
    const row = byIndex.get(i);
    const page = (row?.page ?? []).map(toRelation);
    return { total: row?.total ?? 0, rows: page.slice(0, k.first), hasNextPage: page.length > k.first };
  });
}

export async function relationsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, RelationRow>> {
  const rows = await db.read<{ r: Record<string, unknown> }>(
    `UNWIND $ids AS id
     MATCH (:Entity)-[r {id: id}]->(:Entity)
     RETURN ${relationProjection('r')} AS r`,
    { ids },
  );
  return new Map(rows.map((x) => [String(x.r.id), toRelation(x.r)]));
}

export async function relationTypeCounts(db: Database): Promise<Array<{ type: string; count: number }>> {
  return db.read<{ type: string; count: number }>(
    `UNWIND $types AS t
     CALL (t) { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) = t RETURN count(r) AS count }
     RETURN t AS type, count ORDER BY type`,
    { types: relationTypes(null) },
  );
}
