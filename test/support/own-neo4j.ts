import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { ROOT } from '../../src/paths.js';

/**
 * A Neo4j of one test file's own: the embedded one on a free port with a throw-away data directory. Tests that
 * write use it, never the run's shared database (Neo4j Community has a single user database, so "own database"
 * means "own Neo4j"). Whatever they write is gone with the directory.
 */
export interface OwnNeo4j {
  neo4j: EmbeddedNeo4j;
  db: Database;
  /** Empties the database (nodes and relationships; the schema stays). */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnNeo4j(queryTimeoutMs = 60_000): Promise<OwnNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-own-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await findFreePort(),
    projectRoot: ROOT,
    log: () => {},
  });
  const db = new Database(
    createDriver({
      uri: neo4j.uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs,
      connectTimeoutMs: 5000,
      auth: false,
    }),
    'neo4j',
    queryTimeoutMs,
  );
  return {
    neo4j,
    db,
    async clear() {
      await db.write('MATCH (n) DETACH DELETE n');
    },
    async stop() {
      await db.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
