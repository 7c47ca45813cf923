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
  /** One driver for the bench's life: it outlives a `restart` (same address), dropping its dead connections. */
  db: Database;
  readonly embedded: EmbeddedNeo4j;
  /**
   * Stops Neo4j, runs `offline` (e.g. an import into the stopped store), starts it again on the same data dir and
   * port, and waits until the driver gets an answer. Returns the milliseconds spent stopping, starting (until the
   * launcher's ready line) and reconnecting (until the driver's first answer).
   */
  restart(offline: () => Promise<void>): Promise<{ stopMs: number; startMs: number; reconnectMs: number }>;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(heap = '4g', log?: (line: string) => void): Promise<BenchNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icat-kg-bench-'));
  const port = await findFreePort();
  const start = async (): Promise<EmbeddedNeo4j> => {
    const previous = process.env._JAVA_OPTIONS;
    process.env._JAVA_OPTIONS = `-Xms${heap} -Xmx${heap}`;
    try {
      return await startEmbeddedNeo4j({ dataDir, port, projectRoot: ROOT, log, startTimeoutMs: 180_000 });
    } finally {
      if (previous === undefined) delete process.env._JAVA_OPTIONS;
      else process.env._JAVA_OPTIONS = previous;
    }
  };
  let embedded = await start();
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
    get embedded() {
      return embedded;
    },
    async restart(offline) {
      const t0 = performance.now();
      await embedded.stop();
      const stopMs = performance.now() - t0;
      await offline();
      const t1 = performance.now();
      embedded = await start();
      const t2 = performance.now();
      // Every session shares the driver's bookmark manager (src/db/database.ts, @neo4j/graphql): its bookmarks
      // name transactions of the store that was replaced, which the new one has not reached ("database not up to
      // the requested bookmark"). Pooled connections to the old process are dropped on their next acquire.
      const bookmarks = driver.executeQueryBookmarkManager;
      await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
      await driver.verifyConnectivity();
      await db.ping();
      return { stopMs, startMs: t2 - t1, reconnectMs: performance.now() - t2 };
    },
    stop: async () => {
      await db.close();
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
