import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { ROOT } from '../../src/paths.js';
import { testDatabase } from './db.js';
import { seedRepository } from '../../src/ingest/index.js';
import { beginExternalRun } from './external-run.js';
import { externalWritesRefusal } from './external-writes.mjs';

/**
 * Once per run: a real Neo4j, with the report's graph seeded so every test starts from it. By default the
 * embedded one on a free port with a throw-away data directory. The one at NEO4J_URI only with
 * ICAT_TEST_ALLOW_EXTERNAL_WRITES=1: then what aborted runs left is removed first, and the datasets this run
 * creates are recorded, for the teardown to remove.
 */
export async function setupNeo4j(): Promise<void> {
  const external = Boolean(process.env.NEO4J_URI);
  if (external) {
    const refusal = externalWritesRefusal(process.env);
    if (refusal) throw new Error(refusal);
  } else {
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
    if (external) {
      const { leftovers, creates } = await beginExternalRun(db);
      if (leftovers.length > 0)
        process.stderr.write(
          `[setup] removed datasets left by an aborted test run: ${leftovers.join(', ')}\n`,
        );
      if (creates.length > 0)
        process.stderr.write(`[setup] this run creates (and its end removes): ${creates.join(', ')}\n`);
    }
    await seedRepository(db, { reset: true });
  } finally {
    await db.close();
  }
}
