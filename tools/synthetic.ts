import type { Database } from '../src/db/database.js';
import { ensureIndexes } from '../src/ingest/seed.js';
import { ENTITY_KINDS, kindOfLabel, type EntityLabel } from '../src/model/entities.js';
import type { RelationTypeName } from '../src/model/relations.js';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * A synthetic graph with the shape of the ICAT seed: organisations, people, events, resolutions, briefs, places
 * and evidence passages, typed relations with the seed's properties (id, year, years, role, status, evidence).
 * Sources are picked uniformly; targets from a skewed (power-law-like) distribution, so a few entities become
 * hubs, as the UN bodies are in the report. Deterministic for a given size (seeded PRNG).
 */

export const SYNTHETIC_DATASET = 'synthetic';

/**
 * Entities by label, as shares of all entities; passages come on top (a fifth of the nodes). A kind not listed
 * is left out of the synthetic growth benchmark.
 */
const SHARES: Partial<Record<EntityLabel, number>> = {
  Organisation: 0.3,
  Person: 0.25,
  Event: 0.2,
  Resolution: 0.08,
  Brief: 0.1,
  Place: 0.07,
};
const LABEL_SHARE = Object.fromEntries(ENTITY_KINDS.map((k) => [k.label, SHARES[k.label] ?? 0])) as Record<
  EntityLabel,
  number
>;

/** Ids of each kind start with the model's prefix. */
const PREFIX = Object.fromEntries(ENTITY_KINDS.map((k) => [k.label, k.idPrefix])) as Record<
  EntityLabel,
  string
>;

interface RelationSpec {
  type: RelationTypeName;
  from: EntityLabel[];
  to: EntityLabel;
  share: number;
  roles?: string[];
}

/** Relation mix (shares of all entity-entity relations), following the seed's schema. */
const RELATION_MIX: RelationSpec[] = [
  { type: 'AFFILIATED_WITH', from: ['Person'], to: 'Organisation', share: 0.14, roles: ['Chair', 'Officer'] },
  { type: 'MEMBER_OF', from: ['Organisation'], to: 'Organisation', share: 0.15 },
  { type: 'PARTNER_OF', from: ['Organisation'], to: 'Organisation', share: 0.07 },
  { type: 'CO_CHAIRED', from: ['Organisation'], to: 'Organisation', share: 0.01 },
  { type: 'COORDINATES', from: ['Organisation'], to: 'Organisation', share: 0.01 },
  { type: 'FUNDS', from: ['Organisation'], to: 'Organisation', share: 0.02 },
  {
    type: 'PARTICIPATED_IN',
    from: ['Organisation', 'Person'],
    to: 'Event',
    share: 0.2,
    roles: ['speaker', 'panellist', 'attendee'],
  },
  { type: 'ORGANISED', from: ['Organisation'], to: 'Event', share: 0.05 },
  { type: 'HOSTED', from: ['Organisation'], to: 'Event', share: 0.02 },
  { type: 'HELD_IN', from: ['Event'], to: 'Place', share: 0.04 },
  { type: 'LOCATED_IN', from: ['Place'], to: 'Place', share: 0.01 },
  { type: 'ON_MARGINS_OF', from: ['Event'], to: 'Event', share: 0.02 },
  { type: 'ADOPTED', from: ['Organisation'], to: 'Resolution', share: 0.04 },
  { type: 'CALLS_UPON', from: ['Resolution'], to: 'Organisation', share: 0.05 },
  { type: 'MANDATES', from: ['Resolution'], to: 'Organisation', share: 0.02 },
  { type: 'AUTHORED', from: ['Organisation', 'Person'], to: 'Brief', share: 0.05 },
  { type: 'SUBMITTED_TO', from: ['Brief'], to: 'Organisation', share: 0.03 },
  { type: 'ENDORSED', from: ['Organisation'], to: 'Brief', share: 0.02 },
  { type: 'ABOUT', from: ['Brief'], to: 'Event', share: 0.03 },
  { type: 'SUPPORTS', from: ['Organisation'], to: 'Organisation', share: 0.02 },
];

const WORDS = [
  'international',
  'coordination',
  'trafficking',
  'persons',
  'network',
  'council',
  'commission',
  'office',
  'regional',
  'forum',
  'alliance',
  'rights',
  'migration',
  'labour',
  'justice',
  'children',
  'women',
  'protection',
  'development',
  'security',
  'partnership',
  'committee',
  'initiative',
  'working',
  'group',
  'agency',
  'platform',
  'programme',
  'fund',
  'mechanism',
];
const CLASSIFICATIONS = [
  'UN_ENTITY',
  'INTERGOVERNMENTAL_ORGANISATION',
  'NGO',
  'STATE',
  'REGIONAL_ORGANISATION',
];
const KINDS = ['MEETING', 'SIDE_EVENT', 'BRIEFING', 'SESSION'];
const STATUSES = ['DONE', 'DONE', 'DONE', 'DONE', 'ONGOING', 'PLANNED'];

/** A seeded, repeatable source of numbers in [0, 1) (pure-rand's xoroshiro128+). */
function rng(seed: number): () => number {
  const g = xoroshiro128plus(seed);
  return () => unsafeUniformIntDistribution(0, 0xfffffff, g) / 0x10000000;
}

export interface SyntheticEntity {
  label: EntityLabel;
  props: Record<string, string | number | string[]>;
}
export interface SyntheticRelation {
  type: RelationTypeName;
  from: string;
  to: string;
  props: Record<string, string | number | string[] | number[]>;
}
export interface SyntheticGraph {
  passages: Array<{ id: string; section: string; excerpt: string; dataset: string }>;
  entities: SyntheticEntity[];
  relations: SyntheticRelation[];
  /** entity id -> passage ids (EVIDENCED_BY). */
  evidence: Array<[string, string[]]>;
  idsByLabel: Record<EntityLabel, string[]>;
}

/**
 * `nodes` counts entities and passages; relations are about `relationsPerNode` x nodes (10: 1M at 100k).
 * Skew: a target is drawn as index floor(n * u^SKEW), so the first entities of each label are hubs.
 */
export function generateGraph(nodes: number, relationsPerNode = 10, seed = 2019): SyntheticGraph {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const SKEW = 2.2;
  const passageCount = Math.max(10, Math.round(nodes * 0.2));
  const entityCount = nodes - passageCount;
  const passages = Array.from({ length: passageCount }, (_, i) => ({
    id: `passage:s${i}`,
    section: pick(['Introduction', 'Activities', 'Outreach', 'Work plan']),
    excerpt: `Synthetic passage ${i}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
    dataset: SYNTHETIC_DATASET,
  }));
  const idsByLabel = {} as Record<EntityLabel, string[]>;
  const entities: SyntheticEntity[] = [];
  const evidence: Array<[string, string[]]> = [];
  const passageIds = (): string[] => {
    const first = pick(passages).id;
    return rand() < 0.3 ? [first, pick(passages).id] : [first];
  };
  for (const label of Object.keys(LABEL_SHARE) as EntityLabel[]) {
    const count = Math.max(5, Math.round(entityCount * LABEL_SHARE[label]));
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${PREFIX[label]}:s${i}`;
      const name = `${cap(pick(WORDS))} ${cap(pick(WORDS))} ${cap(pick(WORDS))} ${i}`;
      const otherNames = rand() < 0.3 ? [`${cap(pick(WORDS))} ${cap(pick(WORDS))} ${i}`] : [];
      const ev = passageIds();
      const props: SyntheticEntity['props'] = {
        id,
        type: kindOfLabel(label).type,
        name,
        sortName: name.toLowerCase(),
        otherNames,
        otherNamesText: otherNames.join(' | '),
        evidence: ev,
        dataset: SYNTHETIC_DATASET,
      };
      if (label === 'Organisation') {
        props.acronym = name
          .split(' ')
          .map((w) => w[0])
          .join('')
          .toUpperCase();
        props.classification = pick(CLASSIFICATIONS);
        props.category = props.classification;
      } else if (label === 'Event') {
        const year = 2015 + Math.floor(rand() * 6);
        const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
        props.kind = pick(KINDS);
        props.category = props.kind;
        props.date = `${year}-${month}`;
        props.dateEarliest = `${year}-${month}-01`;
        props.dateLatest = `${year}-${month}-28`;
        props.year = year;
        props.status = 'HELD';
      } else if (label === 'Resolution') {
        props.instrument = 'RESOLUTION';
        props.year = 2000 + Math.floor(rand() * 20);
        props.category = 'RESOLUTION';
      } else if (label === 'Brief') {
        props.documentType = 'ISSUE_BRIEF';
        props.year = 2016 + Math.floor(rand() * 5);
        props.category = 'ISSUE_BRIEF';
      } else if (label === 'Place') {
        props.placeType = i % 10 === 0 ? 'COUNTRY' : 'CITY';
        props.category = props.placeType;
      } else {
        props.category = 'PERSON';
      }
      entities.push({ label, props });
      evidence.push([id, ev]);
      ids.push(id);
    }
    idsByLabel[label] = ids;
  }

  const total = Math.round(nodes * relationsPerNode);
  const relations: SyntheticRelation[] = [];
  let n = 0;
  for (const spec of RELATION_MIX) {
    const count = Math.max(3, Math.round(total * spec.share));
    const targets = idsByLabel[spec.to];
    for (let i = 0; i < count; i++) {
      const fromIds = idsByLabel[pick(spec.from)];
      const from = pick(fromIds);
      let to = targets[Math.floor(targets.length * Math.pow(rand(), SKEW))]!;
      if (to === from) to = targets[(targets.indexOf(to) + 1) % targets.length]!;
      const year = 2015 + Math.floor(rand() * 6);
      const props: SyntheticRelation['props'] = {
        id: `rel:${spec.type.toLowerCase()}:s${n++}`,
        year,
        years: [year],
        status: pick(STATUSES),
        evidence: passageIds(),
        dataset: SYNTHETIC_DATASET,
      };
      if (spec.roles) props.role = pick(spec.roles);
      relations.push({ type: spec.type, from, to, props });
    }
  }
  return { passages, entities, relations, evidence, idsByLabel };
}

function cap(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

export interface LoadStats {
  nodes: number;
  relationships: number;
  /** Entity-entity relations (EVIDENCED_BY excluded). */
  relations: number;
  /** Whole load: schema, nodes, relationships, indexes online. */
  ms: number;
  /** Relationships per second over the whole load (`ms`: nodes, relationships and indexes online). */
  relationsPerSecond: number;
  /** Relationships per second over the relationship phase alone (what the figures before issue 14 gave). */
  relationshipPhasePerSecond: number;
  nodeMs: number;
  relationshipMs: number;
  /** Creating the schema and waiting for every index to be online (after the data on the fast path). */
  indexMs: number;
  /** `import`: tools/import.ts (the offline importer). */
  method: LoadMethod | 'import';
}

/**
 * - `indexed`: the schema first (`ensureIndexes`), then batched `UNWIND … MATCH (a:Entity {id}) MATCH (b {id})
 *   CREATE` (two index seeks per relationship; 29 relationship indexes and the fulltext index kept up to date
 *   at every commit).
 * - `fast`: nodes are created returning their `elementId`; relationships are grouped by type, sorted by start
 *   node and matched by element id (no index seek); then `ensureIndexes` creates what is missing and every index
 *   is awaited online. On a store without indexes (`dropSchema` first; the bench's own databases only) each
 *   index is then built in one population pass instead of being maintained at every commit.
 */
export type LoadMethod = 'indexed' | 'fast';
export const LOAD_METHODS: readonly LoadMethod[] = ['indexed', 'fast'];

export interface LoadOptions {
  method?: LoadMethod;
  /** Rows per UNWIND statement (and transaction). */
  batchSize?: number;
  /**
   * `fast` only (default 2): relationship batches written by this many concurrent transactions. They may touch the same
   * node (hubs); a deadlock is transient and the driver retries the whole batch.
   */
  writers?: number;
}

function inBatches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Times: start, nodes written, relationships written, schema built (fast) or first statement (indexed). */
function stats(
  g: SyntheticGraph,
  method: LoadMethod,
  relationships: number,
  t: { start: number; nodes: number; relationships: number; end: number; indexMs: number },
): LoadStats {
  const ms = t.end - t.start;
  return {
    nodes: g.passages.length + g.entities.length,
    relationships,
    relations: g.relations.length,
    ms: Math.round(ms),
    relationsPerSecond: Math.round(relationships / (ms / 1000)),
    relationshipPhasePerSecond: Math.round(relationships / ((t.relationships - t.nodes) / 1000)),
    nodeMs: Math.round(t.nodes - t.start),
    relationshipMs: Math.round(t.relationships - t.nodes),
    indexMs: Math.round(t.indexMs),
    method,
  };
}

/**
 * Writes the graph (the database is expected to be empty of data) with batched UNWIND statements, one
 * transaction per batch, and leaves the same constraints and indexes as the seed (`ensureIndexes`), online.
 * Both methods write the same graph (test/integration/synthetic-load.test.ts compares their fingerprints).
 */
export async function loadGraph(db: Database, g: SyntheticGraph, opts: LoadOptions = {}): Promise<LoadStats> {
  const method = opts.method ?? 'fast';
  return method === 'fast'
    ? loadFast(db, g, opts.batchSize ?? 50_000, opts.writers ?? 2)
    : loadIndexed(db, g, opts.batchSize ?? 10_000);
}

async function loadIndexed(db: Database, g: SyntheticGraph, batchSize: number): Promise<LoadStats> {
  const t0 = performance.now();
  await ensureIndexes(db);
  const tSchema = performance.now();
  for (const rows of inBatches(g.passages, batchSize)) {
    await db.write('UNWIND $rows AS row CREATE (p:Passage) SET p = row', { rows });
  }
  for (const label of Object.keys(LABEL_SHARE) as EntityLabel[]) {
    const all = g.entities.filter((e) => e.label === label).map((e) => e.props);
    // Labels come from the fixed list above, never from data.
    for (const rows of inBatches(all, batchSize)) {
      await db.write(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`, { rows });
    }
  }
  const tNodes = performance.now();
  let relationships = 0;
  for (const rows of inBatches(g.evidence, batchSize)) {
    await db.write(
      `UNWIND $rows AS row
       MATCH (n:Entity {id: row[0]})
       UNWIND row[1] AS pid
       MATCH (p:Passage {id: pid})
       CREATE (n)-[:EVIDENCED_BY]->(p)`,
      { rows },
    );
    relationships += rows.reduce((s, r) => s + r[1].length, 0);
  }
  const types = [...new Set(g.relations.map((r) => r.type))];
  for (const type of types) {
    const all = g.relations.filter((r) => r.type === type).map((r) => [r.from, r.to, r.props]);
    for (const rows of inBatches(all, batchSize)) {
      await db.write(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row[0]})
         MATCH (b:Entity {id: row[1]})
         CREATE (a)-[r:${type}]->(b) SET r = row[2]`,
        { rows },
      );
      relationships += rows.length;
    }
  }
  const tRels = performance.now();
  await db.runAutoCommit('CALL db.awaitIndexes(300)');
  const end = performance.now();
  const indexMs = tSchema - t0 + (end - tRels);
  return stats(g, 'indexed', relationships, {
    start: tSchema,
    nodes: tNodes,
    relationships: tRels,
    end,
    indexMs,
  });
}

async function loadFast(
  db: Database,
  g: SyntheticGraph,
  batchSize: number,
  writers: number,
): Promise<LoadStats> {
  const t0 = performance.now();
  // id -> element id, captured as each node is created: relationships then find their ends without an index.
  const element = new Map<string, string>();
  const create = async (cypher: string, rows: ReadonlyArray<Record<string, unknown>>) => {
    for (const batch of inBatches(rows, batchSize)) {
      const created = await db.write<{ id: string; e: string }>(cypher, { rows: batch });
      for (const r of created) element.set(r.id, r.e);
    }
  };
  await create(
    'UNWIND $rows AS row CREATE (p:Passage) SET p = row RETURN row.id AS id, elementId(p) AS e',
    g.passages,
  );
  for (const label of Object.keys(LABEL_SHARE) as EntityLabel[]) {
    await create(
      `UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row RETURN row.id AS id, elementId(n) AS e`,
      g.entities.filter((e) => e.label === label).map((e) => e.props),
    );
  }
  const tNodes = performance.now();
  const eid = (id: string): string => {
    const e = element.get(id);
    if (e === undefined) throw new Error(`synthetic graph: no node ${id}`);
    return e;
  };
  let relationships = 0;
  const evidence = g.evidence.flatMap(([id, pids]) => pids.map((pid) => [eid(id), eid(pid)]));
  for (const rows of inBatches(evidence, batchSize)) {
    await db.write(
      `UNWIND $rows AS row
       MATCH (n) WHERE elementId(n) = row[0]
       MATCH (p) WHERE elementId(p) = row[1]
       CREATE (n)-[:EVIDENCED_BY]->(p)`,
      { rows },
    );
    relationships += rows.length;
  }
  const byType = new Map<RelationTypeName, Array<[string, string, SyntheticRelation['props']]>>();
  for (const r of g.relations) {
    const list = byType.get(r.type) ?? [];
    list.push([eid(r.from), eid(r.to), r.props]);
    byType.set(r.type, list);
  }
  const jobs: Array<() => Promise<void>> = [];
  for (const [type, all] of byType) {
    // Sorted by start node: consecutive rows touch the same node's relationship chain.
    all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    for (const rows of inBatches(all, batchSize)) {
      jobs.push(async () => {
        await db.write(
          `UNWIND $rows AS row
           MATCH (a) WHERE elementId(a) = row[0]
           MATCH (b) WHERE elementId(b) = row[1]
           CREATE (a)-[r:${type}]->(b) SET r = row[2]`,
          { rows },
        );
        relationships += rows.length;
      });
    }
  }
  let next = 0;
  const writer = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.max(1, writers) }, writer));
  const tRels = performance.now();
  await ensureIndexes(db, { waitMs: 600_000 });
  const end = performance.now();
  return stats(g, 'fast', relationships, {
    start: t0,
    nodes: tNodes,
    relationships: tRels,
    end,
    indexMs: end - tRels,
  });
}

/** Drops every constraint and index (the bench's own database only), so the fast load can build them after. */
export async function dropSchema(db: Database): Promise<void> {
  for (const c of await db.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name'))
    await db.runAutoCommit(`DROP CONSTRAINT \`${c.name}\``);
  for (const i of await db.read<{ name: string }>(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  ))
    await db.runAutoCommit(`DROP INDEX \`${i.name}\``);
}

/** Empties the database in batches (schema stays). */
export async function clearGraph(db: Database): Promise<void> {
  await db.runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}
