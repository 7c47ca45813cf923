import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { seedRepository } from '../../src/ingest/index.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';

/**
 * The API on a routing URI (`neo4j://`), as against a cluster or Aura. A Neo4j of this test's own (it seeds)
 * answers as a single-instance cluster: router, reader and writer in one. Reads must run in read transactions,
 * writes in write transactions, and a read after a write must see it (bookmarks).
 */

let dataDir: string;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database;
let app: App;
let url: string;
const routingUri = () => (neo4j?.uri ?? '').replace(/^bolt:/, 'neo4j:');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-routing-neo4j-'));
  neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await findFreePort(),
    projectRoot: ROOT,
    log: () => undefined,
  });
  const driver = createDriver({
    uri: routingUri(),
    username: 'neo4j',
    password: '',
    database: 'neo4j',
    queryTimeoutMs: 10_000,
    connectTimeoutMs: 3000,
    auth: false,
  });
  db = new Database(driver, 'neo4j', 10_000);
  app = await createApp({ limits: loadConfig({ NODE_ENV: 'test' }).http, db, logger: memoryLogger().logger });
  url = await app.listen(0, '127.0.0.1');
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('a neo4j:// routing URI', () => {
  it('is what the driver uses, and the server answers with a routing table', async () => {
    expect(routingUri()).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const rows = await db.read<{ role: string; addresses: string[] }>(
      'CALL dbms.routing.getRoutingTable({}) YIELD servers UNWIND servers AS s RETURN s.role AS role, s.addresses AS addresses',
    );
    expect(rows.map((r) => r.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('runs reads in read transactions: a write sent as a read is refused by the server', async () => {
    await expect(db.read('CREATE (n:RoutingProbe) RETURN n')).rejects.toThrow(
      /read access mode|access mode/i,
    );
    const left = await db.read<{ n: number }>('MATCH (n:RoutingProbe) RETURN count(n) AS n');
    expect(left[0]?.n).toBe(0);
  });

  it('seeds through a write transaction, and the next read sees the seed (bookmarks)', async () => {
    const before = [...(await db.driver.executeQueryBookmarkManager.getBookmarks())];
    const result = await seedRepository(db);
    expect(result.counts.labels.Organisation).toBeGreaterThan(0);
    const after = [...(await db.driver.executeQueryBookmarkManager.getBookmarks())];
    expect(after).not.toEqual(before);
    expect(after.length).toBeGreaterThan(0);
    const rows = await db.read<{ n: number }>("MATCH (n:Entity {id: 'org:icat'}) RETURN count(n) AS n");
    expect(rows[0]?.n).toBe(1);
  });

  it('serves GraphQL over HTTP through the routing driver', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "org:icat") { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { entity: { name: 'Inter-Agency Coordination Group against Trafficking in Persons' } },
    });
  });
});

describe('the embedded Neo4j', () => {
  it('has usage reporting and Bolt telemetry off, by its own configuration', async () => {
    const rows = await db.read<{ name: string; value: string }>(
      `SHOW SETTINGS YIELD name, value
       WHERE name IN ['dbms.usage_report.enabled', 'server.bolt.telemetry.enabled']
       RETURN name, value ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'dbms.usage_report.enabled', value: 'false' },
      { name: 'server.bolt.telemetry.enabled', value: 'false' },
    ]);
  });
});
