import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Database } from '../../src/db/database.js';
import { loadSeed, type SeedGraph } from '../../src/ingest/load.js';
import { loadReportSections } from '../../src/ingest/report.js';
import {
  countDataset,
  DEFAULT_DATASET,
  ensureIndexes,
  INDEX_STATEMENTS,
  removeDataset,
  writeSeed,
} from '../../src/ingest/seed.js';
import { loadSeedDir } from '../../src/ingest/index.js';
import { RELATION_TYPES } from '../../src/model/relations.js';
import { normalise } from '../../src/model/sources.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';
import { join } from 'node:path';
import { testDatabase } from '../support/db.js';
import { graphFingerprint } from '../support/fingerprint.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The seed on the real Neo4j. The main dataset (seeded by the global setup) is only read here; the tests that
 * write run on a Neo4j of this file's own, emptied before each, so nothing they write reaches the shared database.
 */

let db: Database;
let own: OwnNeo4j;
let graph: SeedGraph;
const sections = loadReportSections();
/** A clearly fictional second source, with its own dataset, that also evidences ICAT (test/fixtures). */
const fixture: SeedGraph = loadSeedDir(join(ROOT, 'test', 'fixtures', 'fictional-source'));

beforeAll(async () => {
  db = testDatabase(60_000);
  graph = loadSeed(SEED_DIR, sections);
  own = await startOwnNeo4j();
}, 180_000);
afterAll(async () => {
  await db.close();
  await own?.stop();
}, 60_000);

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

describe('seeding (on this file’s own Neo4j)', () => {
  beforeEach(async () => {
    await own.clear();
  });

  it('is idempotent: a second run changes nothing and gives the same counts', async () => {
    const first = await writeSeed(own.db, graph);
    // Every entity, every passage and the one Source node.
    expect(first.changes.nodesCreated).toBe(graph.entities.length + graph.passages.length + 1);
    const before = await graphFingerprint(own.db);
    // Every entity and passage, the Source node, the dataset's version node and the seed's change-set.
    expect(before.nodes).toBe(graph.entities.length + graph.passages.length + 3);
    const second = await writeSeed(own.db, graph);
    expect(second.changes).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(second.counts).toEqual(first.counts);
    expect(await graphFingerprint(own.db)).toEqual(before);
  });

  it('is atomic: a failure part-way leaves the previous graph exactly as it was', async () => {
    await writeSeed(own.db, graph);
    const before = await graphFingerprint(own.db);
    // A changed seed (one entity renamed, one relation dropped) whose write fails just before commit.
    const changed: SeedGraph = {
      ...graph,
      entities: graph.entities.map((e) =>
        e.id === 'org:icat' ? { ...e, props: { ...e.props, name: 'BROKEN' } } : e,
      ),
      relations: graph.relations.slice(1),
    };
    expect(changed.entities.filter((e) => e.props.name === 'BROKEN')).toHaveLength(1);
    await expect(
      writeSeed(own.db, changed, {
        beforeCommit: () => {
          throw new Error('deliberately broken record');
        },
      }),
    ).rejects.toThrow('deliberately broken record');
    expect(await graphFingerprint(own.db)).toEqual(before);
    // And a record Neo4j itself rejects (a map is not a property value) fails the same way.
    const invalid: SeedGraph = {
      ...changed,
      entities: changed.entities.map((e, i) =>
        i === changed.entities.length - 1
          ? { ...e, props: { ...e.props, name: { nested: 'map' } as never } }
          : e,
      ),
    };
    await expect(writeSeed(own.db, invalid)).rejects.toThrow();
    expect(await graphFingerprint(own.db)).toEqual(before);
  });

  it('removes what the seed no longer states, and with reset rebuilds the dataset', async () => {
    await writeSeed(own.db, graph);
    const full = await graphFingerprint(own.db);
    const smaller: SeedGraph = { ...graph, relations: graph.relations.filter((r) => r.type !== 'ENDORSED') };
    const result = await writeSeed(own.db, smaller);
    expect(result.counts.relationTypes.ENDORSED).toBeUndefined();
    expect(result.changes.relationshipsDeleted).toBe(2);
    const rebuilt = await writeSeed(own.db, graph, { reset: true });
    expect(rebuilt.counts.relationTypes.ENDORSED).toBe(2);
    expect(await graphFingerprint(own.db)).toEqual(full);
  });

  it('creates its indexes once when two processes start on an empty database at the same time', async () => {
    const names = async () =>
      (
        await own.db.read<{ name: string }>(
          "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
        )
      ).map((r) => r.name);
    for (let round = 0; round < 3; round++) {
      for (const c of await own.db.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name'))
        await own.db.runAutoCommit(`DROP CONSTRAINT ${c.name}`);
      for (const name of await names()) await own.db.runAutoCommit(`DROP INDEX ${name}`);
      expect(await names()).toEqual([]);
      // Two API replicas (or a replica and `npm run seed`) racing through the same statements.
      await expect(Promise.all([ensureIndexes(own.db), ensureIndexes(own.db)])).resolves.toEqual([
        undefined,
        undefined,
      ]);
      expect((await names()).length).toBe(INDEX_STATEMENTS.length);
    }
  });

  it('leaves another dataset in the same database alone', async () => {
    await own.db.write("CREATE (:Entity:Organisation {id: 'org:other', name: 'Other', dataset: 'other'})");
    await writeSeed(own.db, graph, { reset: true });
    const other = await graphFingerprint(own.db, { dataset: 'other' });
    expect(other.lines).toEqual([
      '(Entity:Organisation {"dataset":"other","id":"org:other","name":"Other"})',
    ]);
    expect((await countDataset(own.db)).labels.Organisation).toBe(
      graph.entities.filter((e) => e.label === 'Organisation').length,
    );
  });
});

describe('two sources side by side (on this file’s own Neo4j)', () => {
  const MAIN = DEFAULT_DATASET;
  const FIXTURE = fixture.source.dataset;
  const sourcesOfIcat = async () =>
    (
      await own.db.read<{ source: string }>(
        `MATCH (:Entity {id: 'org:icat'})-[:EVIDENCED_BY]->(p:Passage)-[:IN_SOURCE]->(s:Source)
         RETURN DISTINCT s.id AS source ORDER BY source`,
      )
    ).map((r) => r.source);

  beforeEach(async () => {
    await own.clear();
    await writeSeed(own.db, graph);
    await writeSeed(own.db, fixture);
  });

  it('both load, each as its own dataset with its Source node, and ICAT is evidenced by both', async () => {
    expect(FIXTURE).not.toBe(MAIN);
    const [main, fict] = [await countDataset(own.db, MAIN), await countDataset(own.db, FIXTURE)];
    expect(main.sources).toBe(1);
    expect(fict.sources).toBe(1);
    expect(fict.passages).toBe(fixture.passages.length);
    expect(fict.relationTypes).toEqual({ ABOUT: 1, AUTHORED: 1, HELD_IN: 1, ORGANISED: 1 });
    expect(main.passages).toBe(graph.passages.length);
    expect(await sourcesOfIcat()).toEqual(['source:fictional-test-source', 'source:icat-chairs-report-2019']);
    // Every passage is part of exactly its own source.
    const stray = await own.db.read<{ id: string }>(
      `MATCH (p:Passage) WHERE COUNT { (p)-[:IN_SOURCE]->(:Source {id: p.source}) } <> 1 RETURN p.id AS id`,
    );
    expect(stray).toEqual([]);
  });

  it('reseeding either, changed or not, leaves the other exactly as it was', async () => {
    const main = await graphFingerprint(own.db, { dataset: MAIN });
    const fict = await graphFingerprint(own.db, { dataset: FIXTURE });
    expect(main.lines.length).toBeGreaterThan(fict.lines.length);
    // The fixture again (nothing changes), then smaller, then as it was.
    const again = await writeSeed(own.db, fixture);
    expect(again.changes).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    await writeSeed(own.db, { ...fixture, relations: fixture.relations.slice(1), attestations: [] });
    expect(await graphFingerprint(own.db, { dataset: MAIN })).toEqual(main);
    expect(await sourcesOfIcat()).toEqual(['source:icat-chairs-report-2019']);
    await writeSeed(own.db, fixture);
    expect(await graphFingerprint(own.db, { dataset: FIXTURE })).toEqual(fict);
    // The report's dataset smaller, then rebuilt with reset: the fixture's nodes and links (ICAT's too) stay.
    await writeSeed(own.db, { ...graph, relations: graph.relations.filter((r) => r.type !== 'ENDORSED') });
    expect(await graphFingerprint(own.db, { dataset: FIXTURE })).toEqual(fict);
    await writeSeed(own.db, graph, { reset: true });
    expect(await graphFingerprint(own.db, { dataset: FIXTURE })).toEqual(fict);
    expect(await graphFingerprint(own.db, { dataset: MAIN })).toEqual(main);
  });

  it('removing the fixture leaves the report’s dataset exactly as it was', async () => {
    const main = await graphFingerprint(own.db, { dataset: MAIN });
    await writeSeed(own.db, fixture);
    await removeDataset(own.db, FIXTURE);
    expect(await graphFingerprint(own.db, { dataset: MAIN })).toEqual(main);
    expect((await graphFingerprint(own.db, { dataset: FIXTURE })).lines).toEqual([]);
    expect(await sourcesOfIcat()).toEqual(['source:icat-chairs-report-2019']);
    // Nothing of the fixture is left anywhere: the whole database is the report's dataset alone, and the record of
    // the seed's change-set (about the graph, in no dataset: docs/how-to/CURATION.md#history).
    const whole = await graphFingerprint(own.db);
    expect(whole.lines.filter((l) => !l.startsWith('(ChangeSet {"appliedAt"'))).toEqual(main.lines);
    expect(whole.lines.filter((l) => l.includes('"id":"seed"') && l.startsWith('(ChangeSet '))).toHaveLength(
      1,
    );
    expect(whole.nodes).toBe(main.nodes + 1);
  });

  it('is atomic with two sources: a failing fixture write leaves both exactly as they were', async () => {
    const before = await graphFingerprint(own.db);
    await expect(
      writeSeed(
        own.db,
        { ...fixture, relations: [] },
        {
          beforeCommit: () => {
            throw new Error('deliberately broken fixture');
          },
        },
      ),
    ).rejects.toThrow('deliberately broken fixture');
    expect(await graphFingerprint(own.db)).toEqual(before);
    // A fixture that redefines an entity of the report is refused, and nothing is written.
    const thief: SeedGraph = {
      ...fixture,
      entities: [...fixture.entities, { ...graph.entities.find((e) => e.id === 'org:unodc')! }],
    };
    await expect(writeSeed(own.db, thief)).rejects.toThrow(/cannot be redefined.*org:unodc \(icat-2019\)/);
    expect(await graphFingerprint(own.db)).toEqual(before);
  });
});
