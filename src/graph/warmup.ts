import type { Database } from '../db/database.js';

/** Ids from the live graph for the start-up warm-up (http/warmup.ts): whatever the dataset, real questions. */

/** An organisation with relations, and entities near it (path ends), one per id-length bucket. */
export interface WarmupStart {
  organisation: string;
  /** Entities two hops away (or one, when there is no second hop): one per id-length bucket present. */
  far: string[];
}

export interface WarmupSample {
  /** An organisation with relations (entity, neighbourhood, path start). */
  organisation: string | null;
  /** An entity two hops from it (path end), or one hop when there is no second hop. */
  farEntity: string | null;
  /** A word of the organisation's name (search). */
  searchText: string | null;
  year: number | null;
  /**
   * One start per id-length bucket present in the graph (the first is `organisation`). Neo4j 5 keys its plan cache
   * by the statement text AND, per string or list parameter, the bucket of its length (0, 1, ≤10, ≤100, ≤1000…;
   * `parameterSizeBucket`): `org:icat` and `person:kupchyna` are two plans of one statement, so the warm-up asks
   * about an id of each bucket.
   */
  starts: WarmupStart[];
  /** Search texts whose Lucene queries fall in different size buckets (one word; several words). */
  searchTexts: string[];
}

/** Neo4j's size bucket of a string or list parameter (org.neo4j.cypher.internal.util.SizeBucket, 5.x). */
export function parameterSizeBucket(size: number): number {
  return size <= 1 ? size : 10 ** Math.ceil(Math.log10(size));
}

// The same bucket, in Cypher: ids are never empty, and log10(1) = 0 gives bucket 1 as above.
const bucketOf = (x: string) => `toInteger(10 ^ ceil(log10(size(${x}))))`;

export async function warmupSample(db: Database): Promise<WarmupSample> {
  const rows = await db.read<{ org: string; name: string; far: string[]; year: number | null }>(
    `MATCH (o:Organisation) WHERE EXISTS { (o)--(:Entity) }
     WITH o ORDER BY o.id
     WITH ${bucketOf('o.id')} AS bucket, head(collect(o)) AS o
     ORDER BY bucket
     RETURN o.id AS org, o.name AS name,
       COLLECT {
         MATCH (o)--(:Entity)--(t:Entity) WHERE t <> o
         WITH DISTINCT t LIMIT 500
         WITH ${bucketOf('t.id')} AS b, min(t.id) AS id
         ORDER BY b
         RETURN id
       } AS far,
       COLLECT { MATCH (o)-[r]-(:Entity) WHERE r.year IS NOT NULL RETURN r.year LIMIT 1 }[0] AS year`,
  );
  const first = rows[0];
  if (!first) {
    return { organisation: null, farEntity: null, searchText: null, year: null, starts: [], searchTexts: [] };
  }
  const words = (name: string) => name.match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const word = words(first.name)[0] ?? first.name;
  const phrase = rows.map((r) => words(r.name)).find((w) => w.length >= 3);
  return {
    organisation: first.org,
    farEntity: first.far[0] ?? null,
    searchText: word,
    year: first.year ?? rows.find((r) => r.year !== null)?.year ?? null,
    starts: rows.map((r) => ({ organisation: r.org, far: r.far })),
    searchTexts: phrase ? [word, phrase.slice(0, 3).join(' ')] : [word],
  };
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
