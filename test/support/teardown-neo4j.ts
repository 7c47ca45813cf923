import type { EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';

export async function teardownNeo4j(): Promise<void> {
  await (globalThis as { __ICAT_NEO4J__?: EmbeddedNeo4j }).__ICAT_NEO4J__?.stop();
}
