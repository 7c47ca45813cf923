import type { Database } from '../db/database.js';
import type { DirectionName, RelationTypeName } from '../model/relations.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toRelation } from './convert.js';
import {
  NO_NEEDS,
  pageLimit,
  relationsByIdStatement,
  sliceExpression,
  Statement,
  toCompiledSlice,
  type RawSlice,
} from './fragments.js';
import type { CompiledSlice, RelationRow } from './rows.js';

/** Relations of many entities at once: one query per batch, paged per entity by relation id. */

export interface RelationsKey {
  id: string;
  types: string[];
  direction: DirectionName;
  first: number;
  after: string | null;
}

/**
 * Keys are grouped by (direction, types) so that each group reads its relationships through a typed, directed
 * pattern (the slice fragment, as a root statement embeds it): a hub's relationships of other types are never
 * read. Every group is a branch of one statement, so a batch is still one
 * round trip. The other ends are read whole (they fill the entity loader).
 */
export async function relationsOfMany(db: Database, keys: readonly RelationsKey[]): Promise<CompiledSlice[]> {
  // LIMIT cannot read a row variable: the batch's largest page, each key's page cut from it.
  const s = new Statement();
  const limit = s.param(pageLimit(Math.max(...keys.map((k) => k.first))));
  const groups = new Map<string, { g: number; key: RelationsKey }>();
  const rows = keys.map((k, i) => {
    const signature = `${k.direction}${typePattern(relationTypes(k.types))}`;
    if (!groups.has(signature)) groups.set(signature, { g: groups.size, key: k });
    return { i, g: groups.get(signature)!.g, id: k.id, after: k.after, limit: k.first + 1 };
  });
  const whole = { other: NO_NEEDS, relationRows: true, relationEvidence: false };
  const branches = [...groups.values()].map(
    ({ g, key }) => `
       WITH n, key WHERE key.g = ${g}
       RETURN ${sliceExpression(s, 'n', { ...key, ...whole }, 'key.after', limit)} AS slice`,
  );
  const found = await db.read<{ i: number; total: number; page: RawSlice['page'] }>(
    `UNWIND $keys AS key
     MATCH (n:Entity {id: key.id})
     CALL (n, key) {${branches.join('\n       UNION ALL')}
     }
     RETURN key.i AS i, slice.total AS total, slice.page[0..key.limit] AS page`,
    { ...s.params, keys: rows },
  );
  const byIndex = new Map(found.map((r) => [r.i, r]));
  return keys.map((k, i) =>
    toCompiledSlice(byIndex.get(i) ?? { total: 0, page: [] }, k.first, NO_NEEDS, false),
  );
}

/** Relations by id: one branch per type named by the ids, each served by that type's index on `id`. */
export async function relationsByIds(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, RelationRow>> {
  const statement = relationsByIdStatement(ids, null, `RETURN ${relationProjection('r')} AS r`);
  if (!statement) return new Map();
  const found = await db.read<{ r: Record<string, unknown> }>(statement.cypher, statement.params);
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
