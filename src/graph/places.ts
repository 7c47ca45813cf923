import type { Database } from '../db/database.js';

/**
 * The places an entity is in: those it is HELD_IN or LOCATED_IN, and the places those are in (a city's country),
 * as names and acronyms, by entity id. What the reconciliation service's `country` property compares.
 */
export async function placesOfEntities(db: Database, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.read<{ id: string; names: string[] }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     OPTIONAL MATCH (n)-[:HELD_IN|LOCATED_IN*1..3]->(p:Entity {type: 'PLACE'})
     RETURN id, [x IN collect(DISTINCT p) | x.name] + [x IN collect(DISTINCT p) WHERE x.acronym IS NOT NULL | x.acronym] AS names`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.names]));
}
