import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, Database } from '../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/embedded/neo4j-launcher.js';
import { ROOT } from '../src/paths.js';

/**
 * The benchmark's own embedded Neo4j: a fresh temp data dir and a free port, so the shared dev/test database
 * is never touched. The launcher's -Xmx1g is overridden through _JAVA_OPTIONS (read by the JVM after the
 * command line), as 100k nodes / 1M relations need more heap for the write batches.
 */

export interface BenchNeo4j {
  uri: string;
  dataDir: string;
  db: Database;
  embedded: EmbeddedNeo4j;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(heap = '4g', log?: (line: string) => void): Promise<BenchNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icat-kg-bench-'));
  const port = await findFreePort();
  const previous = process.env._JAVA_OPTIONS;
  process.env._JAVA_OPTIONS = `-Xms${heap} -Xmx${heap}`;
  let embedded: EmbeddedNeo4j;
  try {
    embedded = await startEmbeddedNeo4j({ dataDir, port, projectRoot: ROOT, log, startTimeoutMs: 180_000 });
  } finally {
    if (previous === undefined) delete process.env._JAVA_OPTIONS;
    else process.env._JAVA_OPTIONS = previous;
  }
  const queryTimeoutMs = 600_000;
  const driver = createDriver({
    uri: embedded.uri,
    username: 'neo4j',
    password: '',
    database: 'neo4j',
    queryTimeoutMs,
    connectTimeoutMs: 5000,
    auth: false,
  });
  const db = new Database(driver, 'neo4j', queryTimeoutMs);
  await db.ping();
  return {
    uri: embedded.uri,
    dataDir,
    db,
    embedded,
    stop: async () => {
      await db.close();
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
