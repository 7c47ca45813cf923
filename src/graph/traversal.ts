import type { Database } from '../db/database.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toEntity, toRelation } from './convert.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import type { EntityRow, RelationRow } from './rows.js';

/** Graph walks: shortest path, the neighbourhood of an entity (the network drawn by the page: network.ts). */

export interface PathResult {
  entityIds: string[];
  entities: EntityRow[];
  relations: RelationRow[];
}

/** null when either end is unknown or no path exists within maxHops. `maxHops` is a checked integer. */
export async function shortestPath(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  types: readonly string[] | null,
): Promise<PathResult | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > QUERY_BOUNDS.maxHops)
    throw new Error('maxHops out of range');
  if (from === to) {
    const rows = await db.read<{ e: Record<string, unknown> }>(
      'MATCH (n:Entity {id: $from}) RETURN n {.*} AS e',
      { from },
    );
    return rows[0] ? { entityIds: [from], entities: [toEntity(rows[0].e)], relations: [] } : null;
  }
  const rows = await db.read<{
    ids: string[];
    es: Array<Record<string, unknown>>;
    rels: Array<Record<string, unknown>>;
  }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[${typePattern(relationTypes(types))}*..${maxHops}]-(b))
     WHERE all(n IN nodes(p) WHERE n:Entity)
     RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n {.*}] AS es, [r IN relationships(p) | ${relationProjection('r')}] AS rels`,
    { from, to },
  );
  const row = rows[0];
  return row
    ? { entityIds: row.ids, entities: row.es.map(toEntity), relations: row.rels.map(toRelation) }
    : null;
}

export interface NeighbourhoodResult {
  found: boolean;
  /** Entities within depth before the limit. */
  total: number;
  /** Every entity within depth (center excluded), nearest first, then by id. */
  nodes: Array<{ id: string; distance: number; entity: EntityRow }>;
  center: EntityRow | null;
}

/**
 * One breadth-first search from the center (Neo4j's SHORTEST over a quantified relationship): each entity within
 * `depth` once, at its distance, without enumerating every path to it. `depth` is a checked integer (1..QUERY_BOUNDS.maxDepth).
 */
export async function neighbourhoodNodes(
  db: Database,
  id: string,
  depth: number,
  types: readonly string[] | null,
  limit: number,
): Promise<NeighbourhoodResult> {
  if (!Number.isInteger(depth) || depth < 1 || depth > QUERY_BOUNDS.maxDepth)
    throw new Error('depth out of range');
  const rows = await db.read<{
    found: Array<{ id: string; distance: number; e: Record<string, unknown> }>;
    total: number;
    center: Record<string, unknown>;
  }>(
    `MATCH (c:Entity {id: $id})
     OPTIONAL MATCH p = ANY SHORTEST (c)-[${typePattern(relationTypes(types))}]-{1,${depth}}(m:Entity)
     WHERE m <> c
     WITH c, m, length(p) AS distance ORDER BY distance, m.id
     // Grouping by the center: no row at all when the id is unknown.
     WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {id: m.id, distance: distance, e: m {.*}} END) AS xs
     RETURN c {.*} AS center, size(xs) AS total, xs[0..$limit] AS found`,
    { id, limit },
  );
  const row = rows[0];
  if (!row) return { found: false, total: 0, nodes: [], center: null };
  return {
    found: true,
    center: toEntity(row.center),
    total: row.total,
    nodes: row.found.map((x) => ({ id: x.id, distance: x.distance, entity: toEntity(x.e) })),
  };
}

/** Relations among a set of entities (both ends inside), of the given types. */
export async function relationsAmong(
  db: Database,
  ids: readonly string[],
  types: readonly string[] | null,
): Promise<RelationRow[]> {
  const rows = await db.read<{ r: Record<string, unknown> }>(
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})-[r${typePattern(relationTypes(types))}]->(b:Entity)
     WHERE b.id IN $ids
     RETURN ${relationProjection('r')} AS r
     ORDER BY r.id`,
    { ids },
  );
  return rows.map((x) => toRelation(x.r));
}
