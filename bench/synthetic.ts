import type { Database } from '../src/db/database.js';
import { ensureIndexes } from '../src/ingest/seed.js';
import { kindOfLabel, type EntityLabel } from '../src/model/entities.js';
import type { RelationTypeName } from '../src/model/relations.js';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * A synthetic graph with the shape of the ICAT seed: organisations, people, events, resolutions, briefs, places
 * and evidence passages, typed relations with the seed's properties (id, year, years, role, status, evidence).
 * Sources are picked uniformly; targets from a skewed (power-law-like) distribution, so a few entities become
 * hubs, as the UN bodies are in the report. Deterministic for a given size (seeded PRNG).
 */

export const SYNTHETIC_DATASET = 'synthetic';

/** Entities by label, as shares of all entities; passages come on top (a fifth of the nodes). */
const LABEL_SHARE: Record<EntityLabel, number> = {
  Organisation: 0.3,
  Person: 0.25,
  Event: 0.2,
  Resolution: 0.08,
  Brief: 0.1,
  Place: 0.07,
  // The kinds of issue 13 (themes, statements, figures) are left out of the synthetic growth benchmark.
  Topic: 0,
  Statement: 0,
  Quantity: 0,
};

const PREFIX: Record<EntityLabel, string> = {
  Organisation: 'org',
  Person: 'person',
  Event: 'event',
  Resolution: 'res',
  Brief: 'brief',
  Place: 'place',
  Topic: 'topic',
  Statement: 'stmt',
  Quantity: 'qty',
};

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
  ms: number;
  relationsPerSecond: number;
  nodeMs: number;
  relationshipMs: number;
}

/**
 * Writes the graph with batched UNWIND statements (one transaction per batch), after `ensureIndexes` so the
 * labels, properties and indexes are those of the real seed. The database is expected to be empty.
 */
export async function loadGraph(db: Database, g: SyntheticGraph, batchSize = 10_000): Promise<LoadStats> {
  await ensureIndexes(db);
  const started = performance.now();
  const batches = <T>(rows: T[]): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < rows.length; i += batchSize) out.push(rows.slice(i, i + batchSize));
    return out;
  };
  for (const rows of batches(g.passages)) {
    await db.write('UNWIND $rows AS row CREATE (p:Passage) SET p = row', { rows });
  }
  for (const label of Object.keys(LABEL_SHARE) as EntityLabel[]) {
    const all = g.entities.filter((e) => e.label === label).map((e) => e.props);
    // Labels come from the fixed list above, never from data.
    for (const rows of batches(all)) {
      await db.write(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`, { rows });
    }
  }
  const nodeMs = performance.now() - started;
  const relStarted = performance.now();
  let relationships = 0;
  for (const rows of batches(g.evidence)) {
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
    for (const rows of batches(all)) {
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
  const relationshipMs = performance.now() - relStarted;
  await db.runAutoCommit('CALL db.awaitIndexes(300)');
  const ms = performance.now() - started;
  return {
    nodes: g.passages.length + g.entities.length,
    relationships,
    relations: g.relations.length,
    ms: Math.round(ms),
    relationsPerSecond: Math.round(relationships / (relationshipMs / 1000)),
    nodeMs: Math.round(nodeMs),
    relationshipMs: Math.round(relationshipMs),
  };
}

/** Empties the database in batches (schema stays). */
export async function clearGraph(db: Database): Promise<void> {
  await db.runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}
