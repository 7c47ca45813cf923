import type { Database } from '../db/database.js';
import type { EntityTypeName } from '../model/entities.js';
import type { RelationStatusName, RelationTypeName } from '../model/relations.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toRelation } from './convert.js';
import type { RelationRow } from './rows.js';

/**
 * Reads for the analytics and exports: the dataset version (the cache key), the projected subgraph (one
 * statement), the dated facts of a timeline and the relations of two years for a diff.
 */

/**
 * One string that changes whenever the content of any dataset changes: the `(:Dataset)` nodes' content hashes, in
 * name order. null when no seed has recorded one (a graph seeded before versions existed): callers must not cache
 * then.
 */
export async function datasetVersion(db: Database): Promise<string | null> {
  const rows = await db.read<{ v: string | null }>(DATASET_VERSION);
  return rows[0]?.v ?? null;
}

/** The statement of `datasetVersion` (one row, `v`), for statements that read the version beside their rows. */
export const DATASET_VERSION = `MATCH (d:Dataset) WITH d ORDER BY d.name
     WITH collect(d.name + '=' + d.contentHash) AS vs
     RETURN CASE WHEN size(vs) = 0 THEN null ELSE reduce(s = '', v IN vs | s + v + ';') END AS v`;

export type DatasetInfoRow = {
  name: string;
  contentHash: string;
  entities: number;
  relations: number;
  passages: number;
};

/** Every seeded dataset with its content hash and what it holds. */
export async function datasetsInfo(db: Database): Promise<DatasetInfoRow[]> {
  return db.read<DatasetInfoRow>(
    `MATCH (d:Dataset)
     RETURN d.name AS name, d.contentHash AS contentHash,
            COUNT { MATCH (n:Entity {dataset: d.name}) } AS entities,
            COUNT { MATCH (:Entity {dataset: d.name})-[r${typePattern(relationTypes(null))}]->(:Entity) } AS relations,
            COUNT { MATCH (p:Passage {dataset: d.name}) } AS passages
     ORDER BY name`,
  );
}

export interface ProjectionFilter {
  relationTypes: readonly string[] | null;
  year: number | null;
  entityTypes: readonly string[] | null;
}

export interface ProjectedNode {
  id: string;
  name: string;
  type: EntityTypeName;
  acronym: string | null;
  classification: string | null;
  category: string | null;
}

export interface ProjectedEdge {
  id: string;
  source: string;
  target: string;
  type: RelationTypeName;
  year: number | null;
  years: number[];
  status: RelationStatusName;
  role: string | null;
}

export interface Projection {
  /** Entities at either end of a relation that passes the filter, by id. */
  nodes: ProjectedNode[];
  /** Relations that pass the filter, by id. */
  edges: ProjectedEdge[];
}

/** The relations that pass the filter (a Cypher fragment binding `a`, `r`, `b`; parameters `$year`, `$entityTypes`). */
function filteredRelations(filter: ProjectionFilter): string {
  return `MATCH (a:Entity)-[r${typePattern(relationTypes(filter.relationTypes))}]->(b:Entity)
     WHERE ($year IS NULL OR $year IN r.years)
       AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))`;
}

const filterParams = (filter: ProjectionFilter) => ({
  year: filter.year,
  entityTypes: filter.entityTypes && filter.entityTypes.length > 0 ? filter.entityTypes : null,
});

/**
 * Relations per answer row. The driver reassembles a Bolt message from its chunks with a lookup that scans every
 * chunk per byte (neo4j-driver-bolt-connection's CombinedBuffer), so one row holding a million relations costs time
 * quadratic in its size; rows of 10,000 keep it linear.
 */
const SLICE = 10_000;

/** The rows' lists, each concatenated in row order. */
function joinSlices(rows: ReadonlyArray<Record<string, unknown>>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) {
      const list = (out[key] ??= []);
      if (Array.isArray(value)) for (const x of value) list.push(x);
    }
  return out;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const nullableStrings = (v: unknown): Array<string | null> =>
  Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : null)) : [];

/**
 * The subgraph the metrics and exports work on, in one statement: every relation of the given types (all when
 * null) whose `years` hold `year` (any when null) and whose both ends are of the given entity types (any when
 * null), and the entities at their ends. Same filter as `network`.
 *
 * Built for 10^5–10^6 relations: the answer is parallel lists, 10,000 relations a row (no map per relation), numbers come as
 * floats (no driver Integer objects to convert), absent values as sentinels (`collect` drops nulls: year -1,
 * role ''), and the evidence is left to `relationEvidence` (only exports need it). A read with the analytics
 * timeout (`readLong`, ANALYTICS_QUERY_TIMEOUT_MS). docs/reports/benchmarks/analytics.md has the before and after.
 */
export async function projectNetwork(db: Database, filter: ProjectionFilter): Promise<Projection> {
  const rows = await db.readLong(
    `${filteredRelations(filter)}
     WITH collect(r.id) AS ids, collect(a.id) AS sources, collect(b.id) AS targets, collect(type(r)) AS types,
          collect(toFloat(coalesce(r.year, -1))) AS year, collect([y IN coalesce(r.years, []) | toFloat(y)]) AS years,
          collect(coalesce(r.status, 'DONE')) AS status, collect(coalesce(r.role, '')) AS role,
          collect(DISTINCT a) + collect(DISTINCT b) AS ends
     UNWIND ends AS n
     WITH ids, sources, targets, types, year, years, status, role, collect(DISTINCT n) AS nodes
     // Entities may outnumber relations (two new ends per relation): slice up to the longer list.
     UNWIND range(0, CASE WHEN size(nodes) > size(ids) THEN size(nodes) ELSE size(ids) END - 1, $slice) AS at
     WITH *, nodes[at..at + $slice] AS part
     RETURN ids[at..at + $slice] AS ids, sources[at..at + $slice] AS sources, targets[at..at + $slice] AS targets,
            types[at..at + $slice] AS types, year[at..at + $slice] AS year, years[at..at + $slice] AS years,
            status[at..at + $slice] AS status, role[at..at + $slice] AS role,
            [n IN part | n.id] AS nodeIds, [n IN part | n.name] AS names, [n IN part | n.type] AS nodeTypes,
            [n IN part | n.acronym] AS acronyms, [n IN part | n.classification] AS classifications,
            [n IN part | n.category] AS categories
     ORDER BY at`,
    { ...filterParams(filter), slice: SLICE },
  );
  if (rows.length === 0) return { nodes: [], edges: [] };
  const row = joinSlices(rows);
  const nodeIds = strings(row.nodeIds);
  const names = strings(row.names);
  const nodeTypes = strings(row.nodeTypes);
  const acronyms = nullableStrings(row.acronyms);
  const classifications = nullableStrings(row.classifications);
  const categories = nullableStrings(row.categories);
  const nodes: ProjectedNode[] = nodeIds.map((id, i) => ({
    id,
    name: names[i]!,
    type: nodeTypes[i] as EntityTypeName,
    acronym: acronyms[i] ?? null,
    classification: classifications[i] ?? null,
    category: categories[i] ?? null,
  }));
  const ids = strings(row.ids);
  const sources = strings(row.sources);
  const targets = strings(row.targets);
  const types = strings(row.types);
  const year = Array.isArray(row.year) ? (row.year as number[]) : [];
  const years = Array.isArray(row.years) ? (row.years as number[][]) : [];
  const status = strings(row.status);
  const role = strings(row.role);
  const edges: ProjectedEdge[] = ids.map((id, i) => ({
    id,
    source: sources[i]!,
    target: targets[i]!,
    type: types[i] as RelationTypeName,
    year: year[i]! >= 0 ? year[i]! : null,
    years: years[i] ?? [],
    status: status[i] === 'PLANNED' || status[i] === 'ONGOING' ? status[i] : 'DONE',
    role: role[i] ? role[i] : null,
  }));
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

/**
 * The projection as the metrics need it and nothing more: the entities at either end of a relation that passes
 * the filter (ids in id order, and their names), and each such relation as two indices into them, the relations
 * in the order of their ends (`sortByEnds`). Same filter as `projectNetwork`, and `indexNetwork` of that gives the
 * same arrays, so an index, a graph view and every score built from it are the same as from the full projection.
 *
 * Why not `projectNetwork` then: at 10^6 relations most of its time is carrying and decoding strings (relation
 * id, ends, type, status, role per relation) and building an object per relation. Here Neo4j sends each end as
 * its internal node id (a float, no Integer objects), in slices of 10,000 (as `projectNetwork`, for the driver's
 * reassembly), and then every entity with its internal id; the ends are mapped to indices here, into
 * Int32Arrays over SharedArrayBuffers that the worker threads read in place. The relations come in no order
 * (an `ORDER BY r.id` was half of the read at 10^6 relations, bench/studies/indexed-read.ts) and are sorted here
 * by their ends, which needs no string: relations with the same two ends are the same to every metric.
 * docs/reports/benchmarks/analytics.md has the figures.
 */
export interface IndexedProjection {
  /** Entity ids, in id order. */
  ids: string[];
  /** Entity names, by index. */
  names: string[];
  /** Relation i runs from entity `source[i]` to `target[i]` (indices into `ids`), in the order of their ends. */
  source: Int32Array;
  target: Int32Array;
}

export async function projectIndexed(db: Database, filter: ProjectionFilter): Promise<IndexedProjection> {
  const params = { ...filterParams(filter), slice: SLICE };
  // Two statements (one holding both parts tripped Neo4j's transaction memory limit at 10^6 relations): the
  // relations, then the entities. An entity deleted in between only leaves relations that are gone too (skipped
  // below); one created in between is no end of a relation read.
  const relations = await db.readLong<{ a: number[]; b: number[] }>(
    `${filteredRelations(filter)}
     WITH collect(toFloat(id(a))) AS s, collect(toFloat(id(b))) AS t
     UNWIND range(0, size(s) - 1, $slice) AS at
     RETURN s[at..at + $slice] AS a, t[at..at + $slice] AS b
     ORDER BY at`,
    params,
  );
  const entities = await db.readLong<{ a: number[]; ids: string[]; names: string[] }>(
    `MATCH (n:Entity) WHERE ($entityTypes IS NULL OR n.type IN $entityTypes)
     WITH n ORDER BY n.id
     WITH collect(toFloat(id(n))) AS keys, collect(n.id) AS ids, collect(coalesce(n.name, n.id)) AS names
     UNWIND range(0, size(keys) - 1, $slice) AS at
     RETURN keys[at..at + $slice] AS a, ids[at..at + $slice] AS ids, names[at..at + $slice] AS names
     ORDER BY at`,
    params,
  );
  // Every entity (of the filter's types), in id order, by internal id.
  const indexOf = new Map<number, number>();
  const allIds: string[] = [];
  const allNames: string[] = [];
  for (const row of entities)
    for (let i = 0; i < row.a.length; i++) {
      indexOf.set(row.a[i]!, allIds.length);
      allIds.push(row.ids[i]!);
      allNames.push(row.names[i]!);
    }
  // The relations' ends as indices into every entity, then only the entities that are an end (renumbered, order
  // kept), as `projectNetwork` has them.
  const m = relations.reduce((sum, row) => sum + row.a.length, 0);
  let source = new Int32Array(new SharedArrayBuffer(m * 4));
  let target = new Int32Array(new SharedArrayBuffer(m * 4));
  const used = new Uint8Array(allIds.length);
  let k = 0;
  for (const row of relations)
    for (let i = 0; i < row.a.length; i++) {
      const s = indexOf.get(row.a[i]!);
      const t = indexOf.get(row.b[i]!);
      if (s === undefined || t === undefined) continue;
      source[k] = s;
      target[k++] = t;
      used[s] = 1;
      used[t] = 1;
    }
  if (k < m) {
    const shrink = (a: Int32Array) => {
      const out = new Int32Array(new SharedArrayBuffer(k * 4));
      out.set(a.subarray(0, k));
      return out;
    };
    source = shrink(source);
    target = shrink(target);
  }
  const renumber = new Int32Array(allIds.length);
  const ids: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < allIds.length; i++)
    if (used[i]) {
      renumber[i] = ids.length;
      ids.push(allIds[i]!);
      names.push(allNames[i]!);
    }
  for (let i = 0; i < k; i++) {
    source[i] = renumber[source[i]!]!;
    target[i] = renumber[target[i]!]!;
  }
  sortByEnds(ids.length, source, target);
  return { ids, names, source, target };
}

/**
 * Puts relations (relation i from `source[i]` to `target[i]`, indices below `n`) in the order of their ends:
 * by source, then target; in place. The order every metric reads relations in (`projectIndexed`,
 * `indexNetwork`): it needs no relation id, and two relations with the same ends are the same to every metric
 * (the arrays hold nothing else), so the result does not depend on the order they came in.
 */
export function sortByEnds(n: number, source: Int32Array, target: Int32Array): void {
  const m = source.length;
  // Key source * n + target: exact below 2^53, i.e. n < 9e7 (as the graph views' pair keys).
  const keys = new Float64Array(m);
  for (let i = 0; i < m; i++) keys[i] = source[i]! * n + target[i]!;
  keys.sort();
  for (let i = 0; i < m; i++) {
    const s = Math.floor(keys[i]! / n);
    source[i] = s;
    target[i] = keys[i]! - s * n;
  }
}

/** The passage ids of every relation that passes the filter, by relation id (what exports add to the projection). */
export async function relationEvidence(
  db: Database,
  filter: ProjectionFilter,
): Promise<Map<string, string[]>> {
  const rows = await db.readLong(
    `${filteredRelations(filter)}
     WITH collect(r.id) AS ids, collect(coalesce(r.evidence, [])) AS evidence
     UNWIND range(0, size(ids) - 1, $slice) AS at
     RETURN ids[at..at + $slice] AS ids, evidence[at..at + $slice] AS evidence
     ORDER BY at`,
    { ...filterParams(filter), slice: SLICE },
  );
  const all = joinSlices(rows);
  const ids = strings(all.ids);
  const evidence = all.evidence ?? [];
  return new Map(ids.map((id, i) => [id, strings(evidence[i])]));
}

export type TimelineKind = 'EVENT' | 'RELATION' | 'RELATION_START' | 'RELATION_END';

export interface TimelineFactRow {
  kind: TimelineKind;
  /** The date at the report's precision (`2019`, `2019-09`, `2019-09-15`). */
  iso: string;
  earliest: string;
  latest: string;
  /** The event, for EVENT facts. */
  eventId: string | null;
  relation: RelationRow | null;
  evidence: string[];
}

export interface TimelineQuery {
  entity: string | null;
  entityTypes: readonly string[] | null;
  fromYear: number | null;
  toYear: number | null;
  offset: number;
  limit: number;
}

// First and last day of a partial ISO date (`2019`, `2019-07`, `2019-07-15`), in Cypher.
const EARLIEST = (x: string) =>
  `CASE size(${x}) WHEN 4 THEN ${x} + '-01-01' WHEN 7 THEN ${x} + '-01' ELSE ${x} END`;
const LATEST = (x: string) =>
  `CASE size(${x}) WHEN 4 THEN ${x} + '-12-31'
     WHEN 7 THEN toString(date(${x} + '-01') + duration({months: 1}) - duration({days: 1})) ELSE ${x} END`;

/**
 * Dated facts, earliest first (then the later end, kind and id): dated events, and relations with a `year`,
 * a `since` (RELATION_START) or an `until` (RELATION_END). With `entity`, only the facts it takes part in (the
 * events it is related to, or is). `entityTypes` keeps facts touching an entity of those types (other than
 * `entity`); `fromYear`/`toYear` keep facts whose dates overlap those years. One statement.
 */
export async function timelineFacts(
  db: Database,
  q: TimelineQuery,
): Promise<{ total: number; facts: TimelineFactRow[] }> {
  const types = typePattern(relationTypes(null));
  const entityTypes = q.entityTypes && q.entityTypes.length > 0 ? q.entityTypes : null;
  // One relation pattern per case: the entity's own relations (index seek), or all.
  const relationMatch = q.entity
    ? `MATCH (x:Entity {id: $entity})-[r${types}]-(o:Entity) WHERE ($types IS NULL OR o.type IN $types)`
    : `MATCH (a:Entity)-[r${types}]->(b:Entity) WHERE ($types IS NULL OR a.type IN $types OR b.type IN $types)`;
  const eventMatch = q.entity
    ? `MATCH (x:Entity {id: $entity})
       MATCH (e:Event) WHERE (e = x OR EXISTS { (x)-[${types}]-(e) })
         AND ($types IS NULL OR (e <> x AND 'EVENT' IN $types))`
    : `MATCH (e:Event) WHERE ($types IS NULL OR 'EVENT' IN $types)`;
  const rows = await db.read<{ total: number; facts: Array<Record<string, unknown>> }>(
    `CALL () {
       ${eventMatch} AND e.date IS NOT NULL
       RETURN 'EVENT' AS kind, e.date AS iso, e.dateEarliest AS earliest, e.dateLatest AS latest, e.id AS id,
              e.id AS eventId, null AS relation, coalesce(e.evidence, []) AS evidence
       UNION ALL
       ${relationMatch} AND r.year IS NOT NULL
       WITH DISTINCT r, toString(r.year) AS iso
       RETURN 'RELATION' AS kind, iso, iso + '-01-01' AS earliest, iso + '-12-31' AS latest, r.id AS id,
              null AS eventId, ${relationProjection('r')} AS relation, coalesce(r.evidence, []) AS evidence
       UNION ALL
       ${relationMatch} AND r.since IS NOT NULL
       WITH DISTINCT r, r.since AS iso
       RETURN 'RELATION_START' AS kind, iso, ${EARLIEST('iso')} AS earliest, ${LATEST('iso')} AS latest, r.id AS id,
              null AS eventId, ${relationProjection('r')} AS relation, coalesce(r.evidence, []) AS evidence
       UNION ALL
       ${relationMatch} AND r.until IS NOT NULL
       WITH DISTINCT r, r.until AS iso
       RETURN 'RELATION_END' AS kind, iso, ${EARLIEST('iso')} AS earliest, ${LATEST('iso')} AS latest, r.id AS id,
              null AS eventId, ${relationProjection('r')} AS relation, coalesce(r.evidence, []) AS evidence
     }
     WITH * WHERE ($from IS NULL OR latest >= $from) AND ($to IS NULL OR earliest <= $to)
     WITH * ORDER BY earliest, latest, kind, id
     WITH collect({kind: kind, iso: iso, earliest: earliest, latest: latest, eventId: eventId,
                   relation: relation, evidence: evidence}) AS found
     RETURN size(found) AS total, found[$offset..($offset + $limit)] AS facts`,
    {
      entity: q.entity,
      types: entityTypes,
      from: q.fromYear === null ? null : `${q.fromYear}-01-01`,
      to: q.toYear === null ? null : `${q.toYear}-12-31`,
      offset: q.offset,
      limit: q.limit,
    },
  );
  const row = rows[0];
  if (!row) return { total: 0, facts: [] };
  return {
    total: row.total,
    facts: row.facts.map((f) => ({
      kind: String(f.kind) as TimelineKind,
      iso: String(f.iso),
      earliest: String(f.earliest),
      latest: String(f.latest),
      eventId: typeof f.eventId === 'string' ? f.eventId : null,
      relation:
        f.relation && typeof f.relation === 'object'
          ? toRelation(f.relation as Record<string, unknown>)
          : null,
      evidence: Array.isArray(f.evidence) ? f.evidence.filter((x): x is string => typeof x === 'string') : [],
    })),
  };
}

/** Relations of the given types held in either year, each with the years it holds, in one statement. */
export async function relationsOfYears(
  db: Database,
  fromYear: number,
  toYear: number,
  filter: Omit<ProjectionFilter, 'year'>,
): Promise<Array<{ relation: RelationRow; inFrom: boolean; inTo: boolean }>> {
  const entityTypes = filter.entityTypes && filter.entityTypes.length > 0 ? filter.entityTypes : null;
  const rows = await db.read<{ r: Record<string, unknown>; inFrom: boolean; inTo: boolean }>(
    `MATCH (a:Entity)-[r${typePattern(relationTypes(filter.relationTypes))}]->(b:Entity)
     WHERE ($fromYear IN r.years OR $toYear IN r.years)
       AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
     RETURN ${relationProjection('r')} AS r, $fromYear IN r.years AS inFrom, $toYear IN r.years AS inTo
     ORDER BY r.id`,
    { fromYear, toYear, entityTypes },
  );
  return rows.map((x) => ({ relation: toRelation(x.r), inFrom: x.inFrom, inTo: x.inTo }));
}
