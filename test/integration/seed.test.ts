import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '../../src/db/database.js';
import { loadSeed, type SeedGraph } from '../../src/ingest/load.js';
import { loadReportSections } from '../../src/ingest/report.js';
import { RELATION_TYPES } from '../../src/model/relations.js';
import { normalise } from '../../src/model/sources.js';
import { countDataset, DEFAULT_DATASET, writeSeed } from '../../src/ingest/seed.js';
import { namespaced } from '../support/namespaced.js';
import { SEED_DIR } from '../../src/paths.js';
import { testDatabase } from '../support/db.js';

/**
 * The seed on the real Neo4j. Tests that write use their own dataset under their own id prefix, and remove
 * only that: the main dataset (seeded by the global setup) is never touched here.
 */

let db: Database;
let graph: SeedGraph;
const sections = loadReportSections();

beforeAll(() => {
  db = testDatabase(60_000);
  graph = loadSeed(SEED_DIR, sections);
});
afterAll(async () => {
  await db.close();
});

async function dropDataset(dataset: string): Promise<void> {
  await db.write('MATCH (n) WHERE n.dataset = $dataset DETACH DELETE n', { dataset });
}

/** Everything a dataset holds, as sorted strings: equal fingerprints mean equal graphs. */
async function fingerprint(dataset: string): Promise<string[]> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE n.dataset = $dataset RETURN labels(n) AS labels, properties(n) AS props',
    { dataset },
  );
  const stable = (o: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  const rels = await db.read<{ s: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) WHERE a.dataset = $dataset
     RETURN a.id + ' -' + type(r) + '-> ' + b.id AS s, properties(r) AS props`,
    { dataset },
  );
  return [
    ...nodes.map((x) => `${[...x.labels].sort().join(':')} ${stable(x.props)}`),
    ...rels.map((x) => `${x.s} ${stable(x.props)}`),
  ].sort();
}

describe('the seeded graph (main dataset)', () => {
  it('holds ICAT with 23 members, 2 partners and exactly the two 2019 co-chairs', async () => {
    const [row] = await db.read<{ members: number; partners: number; chairs: string[] }>(
      `MATCH (icat:Entity {id: 'org:icat', dataset: $dataset})
       RETURN COUNT { (:Organisation)-[:MEMBER_OF]->(icat) } AS members,
              COUNT { (:Organisation)-[:PARTNER_OF]->(icat) } AS partners,
              [(o:Organisation)-[c:CO_CHAIRED]->(icat) WHERE c.year = 2019 | o.acronym] AS chairs`,
      { dataset: DEFAULT_DATASET },
    );
    expect(row).toEqual({ members: 23, partners: 2, chairs: expect.arrayContaining(['OSCE', 'UN Women']) });
    expect(row!.chairs).toHaveLength(2);
  });

  it('has every relation type of the model', async () => {
    const counts = await countDataset(db);
    for (const type of RELATION_TYPES) expect(counts.relationTypes[type] ?? 0).toBeGreaterThan(0);
  });

  it('gives every entity and every relation evidence that occurs in its section of the report', async () => {
    const missing = await db.read<{ id: string }>(
      `MATCH (n:Entity {dataset: $dataset}) WHERE NOT (n)-[:EVIDENCED_BY]->(:Passage) RETURN n.id AS id
       UNION
       MATCH (:Entity {dataset: $dataset})-[r]->(:Entity)
       WHERE size(coalesce(r.evidence, [])) = 0 OR any(p IN r.evidence WHERE NOT EXISTS { MATCH (:Passage {id: p}) })
       RETURN r.id AS id`,
      { dataset: DEFAULT_DATASET },
    );
    expect(missing).toEqual([]);
    const passages = await db.read<{ section: string; excerpt: string }>(
      'MATCH (p:Passage {dataset: $dataset}) RETURN p.section AS section, p.excerpt AS excerpt',
      { dataset: DEFAULT_DATASET },
    );
    expect(passages.length).toBe(graph.passages.length);
    for (const p of passages) expect(sections.get(p.section as never)).toContain(normalise(p.excerpt));
  });

  it('has uniqueness constraints and the fulltext index', async () => {
    const rows = await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
    const names = rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'passage_id', 'entity_names']));
  });
});

describe('seeding', () => {
  it('is idempotent: a second run changes nothing and gives the same counts', async () => {
    const dataset = 'test-idempotent';
    const g = namespaced(graph, 'idem:');
    try {
      const first = await writeSeed(db, g, { dataset });
      expect(first.changes.nodesCreated).toBe(g.entities.length + g.passages.length);
      const before = await fingerprint(dataset);
      const second = await writeSeed(db, g, { dataset });
      expect(second.changes).toEqual({
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
      });
      expect(second.counts).toEqual(first.counts);
      expect(await fingerprint(dataset)).toEqual(before);
    } finally {
      await dropDataset(dataset);
    }
  });

  it('is atomic: a failure part-way leaves the previous graph exactly as it was', async () => {
    const dataset = 'test-atomic';
    const g = namespaced(graph, 'atom:');
    try {
      await writeSeed(db, g, { dataset });
      const before = await fingerprint(dataset);
      // A changed seed (one entity renamed, one relation dropped) whose write fails just before commit.
      const changed: SeedGraph = {
        ...g,
        entities: g.entities.map((e) =>
          e.id === 'atom:org:icat' ? { ...e, props: { ...e.props, name: 'BROKEN' } } : e,
        ),
        relations: g.relations.slice(1),
      };
      await expect(
        writeSeed(db, changed, {
          dataset,
          beforeCommit: () => {
            throw new Error('deliberately broken record');
          },
        }),
      ).rejects.toThrow('deliberately broken record');
      expect(await fingerprint(dataset)).toEqual(before);
      // And a record Neo4j itself rejects (a map is not a property value) fails the same way.
      const invalid: SeedGraph = {
        ...g,
        entities: g.entities.map((e, i) =>
          i === g.entities.length - 1 ? { ...e, props: { ...e.props, name: { nested: 'map' } as never } } : e,
        ),
      };
      await expect(writeSeed(db, invalid, { dataset })).rejects.toThrow();
      expect(await fingerprint(dataset)).toEqual(before);
    } finally {
      await dropDataset(dataset);
    }
  });

  it('with reset rebuilds the dataset and removes what the seed no longer states', async () => {
    const dataset = 'test-reset';
    const g = namespaced(graph, 'reset:');
    try {
      await writeSeed(db, g, { dataset });
      const smaller: SeedGraph = { ...g, relations: g.relations.filter((r) => r.type !== 'ENDORSED') };
      const result = await writeSeed(db, smaller, { dataset });
      expect(result.counts.relationTypes.ENDORSED).toBeUndefined();
      const rebuilt = await writeSeed(db, g, { dataset, reset: true });
      expect(rebuilt.counts.relationTypes.ENDORSED).toBe(2);
    } finally {
      await dropDataset(dataset);
    }
  });
});
