import type { ApolloServer } from '@apollo/server';
import { Writable } from 'node:stream';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { loadConfig } from '../../src/config.js';
import { createApollo } from '../../src/http/apollo.js';
import { createLogger, type Logger } from '../../src/log.js';
import { testDatabase } from './db.js';

/** A started Apollo server on the test Neo4j, run through executeOperation (no HTTP). */

export interface RunResult<T> {
  data: T | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  roundTrips: number;
}

export interface TestApi {
  db: Database;
  apollo: ApolloServer<Context>;
  logs: string[];
  logger: Logger;
  /** `compile: false` turns the selection look-ahead off for this operation (as `ICAT_COMPILE=off`). */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { compile?: boolean },
  ): Promise<RunResult<T>>;
  close(): Promise<void>;
}

export function memoryLogger(level = 'info'): { logger: Logger; logs: string[] } {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger(level, sink), logs };
}

export async function startTestApi(opts: { introspection?: boolean; db?: Database } = {}): Promise<TestApi> {
  const db = opts.db ?? testDatabase();
  const { logger, logs } = memoryLogger();
  const open = opts.introspection ?? true;
  const limits = { ...loadConfig({ NODE_ENV: 'test' }).http, introspection: open, suggestions: open };
  const apollo = createApollo({ logger, limits });
  await apollo.start();
  return {
    db,
    apollo,
    logs,
    logger,
    async run<T>(query: string, variables?: Record<string, unknown>, options: { compile?: boolean } = {}) {
      const ctx = createContext(db, options);
      const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const r = res.body.singleResult;
      return {
        data: (r.data ?? null) as T | null,
        errors: r.errors as Array<{ message: string; extensions?: Record<string, unknown> }> | undefined,
        roundTrips: ctx.roundTrips(),
      };
    },
    async close() {
      await apollo.stop();
      if (!opts.db) await db.close();
    },
  };
}
