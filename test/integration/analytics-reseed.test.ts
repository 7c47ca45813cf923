import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analytics } from '../../src/analytics/index.js';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { loadSeed } from '../../src/ingest/load.js';
import { writeSeed } from '../../src/ingest/seed.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';
import { startTestApi, type TestApi } from '../support/api.js';

/** A re-seed invalidates the analytics cache. Re-seeding writes, so this test owns its Neo4j. */

let neo4j: EmbeddedNeo4j;
let db: Database;
let api: TestApi;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'icat-reseed-neo4j-'));
  neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await findFreePort(),
    projectRoot: ROOT,
    log: () => undefined,
  });
  db = new Database(
    createDriver({
      uri: neo4j.uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs: 60_000,
      connectTimeoutMs: 5000,
      auth: false,
    }),
    'neo4j',
    60_000,
  );
  await writeSeed(db, loadSeed(SEED_DIR));
  api = await startTestApi({ db });
}, 180_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const Q =
  'query { centrality(metric: EIGENVECTOR, first: 3) { datasetVersion edges { score node { id } } } }';

type Answer = { centrality: { datasetVersion: string | null; edges: unknown[] } };

/** Asks until the answer is of `version` (the stale one is served while it computes in its worker). */
async function answerOf(version: string | null) {
  for (;;) {
    const r = await api.run(Q);
    expect(r.errors).toBeUndefined();
    if ((r.data as Answer).centrality.datasetVersion === version) return r;
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('analytics cache and re-seeding', () => {
  it('a re-seed that changes the graph changes the version and the next request computes again', async () => {
    const v1 = await analytics.version(db);
    expect(v1).toMatch(/^icat-2019=[0-9a-f]{64};$/);
    const cold = await api.run(Q);
    expect(cold.errors).toBeUndefined();
    const computed = analytics.cache.stats.computed;
    await api.run(Q);
    expect(analytics.cache.stats.computed).toBe(computed);

    // The same content again: the same version, and the cached answers stay valid.
    await writeSeed(db, loadSeed(SEED_DIR));
    expect(await analytics.version(db)).toBe(v1);
    await api.run(Q);
    expect(analytics.cache.stats.computed).toBe(computed);

    // Other content (a relation fewer): a new version, computed anew, and the answer follows the graph.
    const full = loadSeed(SEED_DIR);
    const smaller = { ...full, relations: full.relations.filter((r) => r.type !== 'MEMBER_OF') };
    await writeSeed(db, smaller);
    const v2 = await analytics.version(db);
    expect(v2).not.toBe(v1);
    const warm = await answerOf(v2);
    expect(analytics.cache.stats.computed).toBeGreaterThan(computed);
    expect(warm.data).not.toEqual(cold.data);

    await writeSeed(db, full);
    expect(await analytics.version(db)).toBe(v1);
    await answerOf(v1);
  });

  it('serves the last answer, naming its version, while the new version computes; then the new one', async () => {
    const v1 = await analytics.version(db);
    const Qc = 'query { communities { datasetVersion count modularity } }';
    const before = await answerOf(v1);
    const communitiesBefore = await api.run(Qc);
    expect(
      (communitiesBefore.data as { communities: { datasetVersion: string } }).communities.datasetVersion,
    ).toBe(v1);
    const full = loadSeed(SEED_DIR);
    await writeSeed(db, { ...full, relations: full.relations.filter((r) => r.type !== 'PARTNER_OF') });
    const v2 = await analytics.version(db);
    expect(v2).not.toBe(v1);
    // The first request of the new version starts its computation in a worker and is answered at once with v1's.
    const stale = analytics.cache.stats.stale;
    const [first, firstCommunities] = await Promise.all([api.run(Q), api.run(Qc)]);
    expect(first.data).toEqual(before.data);
    expect(firstCommunities.data).toEqual(communitiesBefore.data);
    expect(analytics.cache.stats.stale).toBeGreaterThanOrEqual(stale + 2);
    // Then the answer of v2, saying so.
    const fresh = await answerOf(v2);
    expect((fresh.data as Answer).centrality.datasetVersion).toBe(v2);
    expect(fresh.data).not.toEqual(before.data);
    await writeSeed(db, full);
  });
});
