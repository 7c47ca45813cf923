import type { Database } from '../db/database.js';

/** Ids from the live graph for the start-up warm-up (http/warmup.ts): whatever the dataset, real questions. */

export interface WarmupSample {
  /** An organisation with relations (entity, neighbourhood, path start). */
  organisation: string | null;
  /** An entity two hops from it (path end), or one hop when there is no second hop. */
  farEntity: string | null;
  /** A word of the organisation's name (search). */
  searchText: string | null;
  year: number | null;
}

export async function warmupSample(db: Database): Promise<WarmupSample> {
  const [row] = await db.read<{ org: string; name: string; far: string | null; year: number | null }>(
    `MATCH (o:Organisation) WHERE EXISTS { (o)--(:Entity) }
     WITH o LIMIT 1
     RETURN o.id AS org, o.name AS name,
       COLLECT { MATCH (o)--(:Entity)--(t:Entity) WHERE t <> o RETURN t.id LIMIT 1 }[0] AS far,
       COLLECT { MATCH (o)-[r]-(:Entity) WHERE r.year IS NOT NULL RETURN r.year LIMIT 1 }[0] AS year`,
  );
  if (!row) return { organisation: null, farEntity: null, searchText: null, year: null };
  const word = row.name.match(/[\p{L}\p{N}]{3,}/u)?.[0] ?? row.name;
  return { organisation: row.org, farEntity: row.far, searchText: word, year: row.year };
}

/**
 * Neo4j's own part: resample the indexes that a fresh seed left outdated and clear the query caches, so the plans
 * the warm-up compiles are made on the statistics that stay (otherwise a background resample a few seconds later
 * makes Neo4j replan them on first use). A procedure of Neo4j 5 (Community included); the caller treats a failure
 * (e.g. no permission on a shared server) as a warning.
 */
export async function prepareForReplanning(db: Database, timeoutS: number): Promise<void> {
  await db.runAutoCommit('CALL db.prepareForReplanning($timeoutS)', {
    timeoutS: Math.max(1, Math.ceil(timeoutS)),
  });
}
