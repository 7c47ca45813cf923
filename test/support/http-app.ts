import { createApp, type App } from '../../src/app.js';
import { loadConfig, type Config, type HttpLimits } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { memoryLogger } from './api.js';
import { testDatabase } from './db.js';

/** The real app listening on 127.0.0.1 (a free port), for the HTTP tests. The rate limit is off unless set. */

export interface HttpApp {
  app: App;
  /** The GraphQL endpoint. */
  url: string;
  base: string;
  logs: string[];
  db: Database;
  /** POST a GraphQL request as JSON; returns status, headers and the parsed body (or the text). */
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  text?: string;
}

/** The limits `loadConfig` gives an environment, with a test's overrides. */
export function testLimits(env: Config['env'], overrides: Partial<HttpLimits> = {}): HttpLimits {
  return { ...loadConfig({ NODE_ENV: env }).http, ...overrides };
}

export async function startHttpApp(
  opts: { env?: Config['env']; http?: Partial<HttpLimits>; db?: Database } = {},
): Promise<HttpApp> {
  const db = opts.db ?? testDatabase();
  const { logger, logs } = memoryLogger();
  const app = await createApp({
    limits: testLimits(opts.env ?? 'test', { rateLimitMax: 0, ...opts.http }),
    db,
    logger,
  });
  const base = await app.listen(0, '127.0.0.1');
  const url = `${base}/graphql`;
  return {
    app,
    url,
    base,
    logs,
    db,
    async post(body, headers = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: GraphQLBody;
      try {
        parsed = JSON.parse(text) as GraphQLBody;
      } catch {
        parsed = { text };
      }
      return { status: res.status, headers: res.headers, body: parsed };
    },
    async close() {
      await app.close();
      if (!opts.db) await db.close();
    },
  };
}
