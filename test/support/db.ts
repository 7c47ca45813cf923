import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';

/** A Database on the test run's Neo4j (set up by global-setup.ts). */
export function testDatabase(queryTimeoutMs = 10_000): Database {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set: the integration global setup did not run');
  const driver = createDriver({
    ...config.neo4j,
    uri: config.neo4j.uri,
    queryTimeoutMs,
    auth: process.env.ICAT_TEST_EMBEDDED !== '1',
  });
  return new Database(driver, config.neo4j.database, queryTimeoutMs);
}
