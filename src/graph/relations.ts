import type { Database } from '../db/database.js';
import { relationTypeOfId } from '../model/ids.js';
import type { DirectionName, RelationTypeName } from '../model/relations.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toEntity, toRelation } from './convert.js';
import type { EntityRow, RelationRow } from './rows.js';

/** Relations of many entities at once: one query per batch, paged per entity by relation id. */

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
  /** The entities at the other ends of `rows`, to fill the entity cache. */
  others: EntityRow[];
}

function pattern(direction: DirectionName, types: string, r = '', m = ''): string {
  if (direction === 'OUTGOING') return `(n)-[${r}${types}]->(${m})`;
  if (direction === 'INCOMING') return `(n)<-[${r}${types}]-(${m})`;
  return `(n)-[${r}${types}]-(${m})`;
}

/**
 * Keys are grouped by (direction, types) so that each group reads its relationships through a typed, directed
 * pattern: the count comes from Neo4j's degree store, and a hub's other relationships are never read. Every group
 * is a branch of one statement, so a batch is still one round trip.
 */
export async function relationsOfMany(
  db: Database,
  keys: readonly RelationsKey[],
): Promise<RelationsSlice[]> {
  // Cypher's LIMIT cannot read a row variable: the batch's largest page size goes in as a checked literal.
  const limit = Math.max(...keys.map((k) => k.first)) + 1;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_001)
    throw new Error(`page size out of range: ${limit}`);
  const groups = new Map<string, { g: number; direction: DirectionName; types: string }>();
  const params = {
    keys: keys.map((k, i) => {
      const types = typePattern(relationTypes(k.types));
      const signature = `${k.direction}${types}`;
      if (!groups.has(signature)) groups.set(signature, { g: groups.size, direction: k.direction, types });
      return { i, g: groups.get(signature)!.g, id: k.id, after: k.after, limit: k.first + 1 };
    }),
  };
  const branches = [...groups.values()].map(
    ({ g, direction, types }) => `
       WITH n, key WHERE key.g = ${g}
       WITH n, key, COUNT { ${pattern(direction, types)} } AS total
       CALL (n, key) {
         MATCH ${pattern(direction, types, 'r', 'm')}
         WHERE key.after IS NULL OR r.id > key.after
         WITH r, m ORDER BY r.id LIMIT ${limit}
         RETURN collect({rel: ${relationProjection('r')}, other: m {.*}}) AS rels
       }
       RETURN total, rels`,
  );
  const rows = await db.read<{
    i: number;
    total: number;
    page: Array<{ rel: Record<string, unknown>; other: Record<string, unknown> }>;
  }>(
    `UNWIND $keys AS key
     MATCH (n:Entity {id: key.id})
     CALL (n, key) {${branches.join('\n       UNION ALL')}
     }
     RETURN key.i AS i, total, rels[0..key.limit] AS page`,
    params,
  );
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return keys.map((k, i) => {
    const page = byIndex.get(i)?.page ?? [];
    const shown = page.slice(0, k.first);
    return {
      total: byIndex.get(i)?.total ?? 0,
      rows: shown.map((x) => toRelation(x.rel)),
      others: shown.map((x) => toEntity(x.other)),
      hasNextPage: page.length > k.first,
    };
  });
}

/** Relations by id: one branch per type named by the ids, each served by that type's index on `id`. */
export async function relationsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, RelationRow>> {
  const rows = ids.flatMap((id) => {
    const type = relationTypeOfId(id);
    return type ? [{ id, type }] : [];
  });
  const types = [...new Set(rows.map((r) => r.type))];
  if (types.length === 0) return new Map();
  const branches = types.map(
    (t) => `WITH row WHERE row.type = '${t}' MATCH (:Entity)-[r:${t} {id: row.id}]->(:Entity) RETURN r`,
  );
  const found = await db.read<{ r: Record<string, unknown> }>(
    `UNWIND $rows AS row
     CALL (row) { ${branches.join(' UNION ALL ')} }
     RETURN ${relationProjection('r')} AS r`,
    { rows },
  );
  return new Map(found.map((x) => [String(x.r.id), toRelation(x.r)]));
}

export async function relationTypeCounts(
  db: Database,
): Promise<Array<{ type: RelationTypeName; count: number }>> {
  return db.read<{ type: RelationTypeName; count: number }>(
    `UNWIND $types AS t
     CALL (t) { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) = t RETURN count(r) AS count }
     RETURN t AS type, count ORDER BY type`,
    { types: relationTypes(null) },
  );
}
