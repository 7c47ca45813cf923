import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { ROOT } from '../../src/paths.js';
import { testDatabase } from './db.js';
import { seedRepository } from '../../src/ingest/index.js';

/**
 * Once per run: a real Neo4j. The one at NEO4J_URI when set; otherwise the embedded one on a free port with a
 * throw-away data directory. The main dataset is (re)seeded so every test starts from the report's graph.
 */
export async function setupNeo4j(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-test-neo4j-'));
    const port = await findFreePort();
    const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({
      dataDir,
      port,
      projectRoot: ROOT,
      log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
    });
    (globalThis as { __ICAT_NEO4J__?: EmbeddedNeo4j }).__ICAT_NEO4J__ = neo4j;
    process.env.NEO4J_URI = neo4j.uri;
    process.env.ICAT_TEST_EMBEDDED = '1';
  }
  const db = testDatabase();
  try {
    await seedRepository(db, { reset: true });
  } finally {
    await db.close();
  }
}
