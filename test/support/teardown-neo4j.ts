import type { EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { testDatabase } from './db.js';
import { endExternalRun } from './external-run.js';

export async function teardownNeo4j(): Promise<void> {
  const embedded = (globalThis as { __ICAT_NEO4J__?: EmbeddedNeo4j }).__ICAT_NEO4J__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  // An external database (allowed by ICAT_TEST_ALLOW_EXTERNAL_WRITES=1): remove what this run created.
  const db = testDatabase();
  try {
    await endExternalRun(db);
  } finally {
    await db.close();
  }
}
