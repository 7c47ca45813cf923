import neo4j from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { Database, type Params, type Row } from '../../src/db/database.js';
import { loadConfig } from '../../src/config.js';
import { createApollo } from '../../src/http/apollo.js';
import { memoryLogger } from './api.js';

/**
 * DB-free statement checks (as @neo4j/graphql's tck): a GraphQL document in, the statements the resolvers send
 * out. The database answers every read with no rows, so what is recorded is what the root fields build from
 * their selection (a compiled read holds its nested fields' needs in that one statement). The driver points at
 * no server and is never used: `read` is the only door the data layer reads through.
 */
export class StatementLog extends Database {
  readonly statements: Array<{ cypher: string; params: Params }> = [];
  constructor() {
    // A driver connects lazily: this one never does (read is overridden below).
    super(neo4j.driver('bolt://127.0.0.1:9'), 'neo4j', 1000);
  }
  override observe(): Database {
    return this;
  }
  override async read<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.statements.push({ cypher, params });
    return Promise.resolve([]);
  }
  override async readLong<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.read<T>(cypher, params);
  }
}

/** Runs a document with no database behind it; returns the statements sent, in order, as reviewable text. */
export async function statementsOf(
  document: string,
  variables: Record<string, unknown> = {},
  options: { compile?: boolean } = {},
): Promise<string> {
  const db = new StatementLog();
  const { logger } = memoryLogger('silent');
  const apollo = createApollo({ logger, limits: loadConfig({ NODE_ENV: 'test' }).http });
  await apollo.start();
  try {
    await apollo.executeOperation(
      { query: document, variables },
      { contextValue: createContext(db, options) },
    );
  } finally {
    await apollo.stop();
    await db.driver.close();
  }
  return db.statements.map((s) => render(s.cypher, s.params)).join('\n\n');
}

/** One statement as text: its Cypher with the indentation folded, then its parameters, one a line. */
export function render(cypher: string, params: Params): string {
  const lines = cypher
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const ps = Object.keys(params)
    .sort()
    .map((k) => `// $${k} = ${JSON.stringify(params[k])}`);
  return [...lines, ...ps].join('\n');
}
