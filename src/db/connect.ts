import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../embedded/neo4j-launcher.js';
import { ROOT } from '../paths.js';
import { createDriver, Database } from './database.js';
import { ExpectedFailure } from '../errors.js';

/** Config → a reachable Database: the given server, or the embedded Neo4j when NEO4J_URI is unset. */

export interface Connection {
  db: Database;
  uri: string;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

export class StartupError extends ExpectedFailure {
  override name = 'StartupError';
}

export async function connect(
  config: Config,
  opts: { log?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<Connection> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    opts.log?.(
      `NEO4J_URI is unset: starting the embedded Neo4j on 127.0.0.1:${config.neo4j.embeddedPort} (data in ${config.neo4j.dataDir})`,
    );
    embedded = await startEmbeddedNeo4j({
      dataDir: resolve(ROOT, config.neo4j.dataDir),
      port: config.neo4j.embeddedPort,
      projectRoot: ROOT,
      log: opts.log,
      signal: opts.signal,
    });
    uri = embedded.uri;
  }
  const driver = createDriver({ ...config.neo4j, uri, auth: embedded === null });
  const db = new Database(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
  db.setLongReadTimeout(config.neo4j.analyticsQueryTimeoutMs);
  try {
    await db.ping();
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    const detail = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new StartupError(
      [
        `Could not reach Neo4j at ${uri} (database "${config.neo4j.database}", user "${config.neo4j.username}"): ${detail}`,
        'Start one, or point the API at one:',
        '  - unset NEO4J_URI to use the embedded Neo4j (needs Java 17 and Maven), or',
        '  - docker compose up -d neo4j, then NEO4J_URI=bolt://127.0.0.1:7687, or',
        '  - set NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE for your own server or Aura.',
      ].join('\n'),
    );
  }
  return {
    db,
    uri,
    embedded,
    close: async () => {
      await db.close();
      await embedded?.stop();
    },
  };
}
