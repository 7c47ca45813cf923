import { createApp, type App, type AppOptions } from '../../src/app.js';
import { DEFAULT_CURATION_LIMITS, type CurationLimits } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { memoryLogger } from './api.js';
import { testLimits, type GraphQLBody } from './http-app.js';
import type { TestProvider } from './oidc.js';

/** The real app with identity and the write path, on a test's own Neo4j, answering on 127.0.0.1. */

export interface CurationApp {
  app: App;
  url: string;
  logs: string[];
  /** POSTs a GraphQL operation; `token` goes in `Authorization: Bearer`. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  close(): Promise<void>;
}

export async function startCurationApp(
  db: Database,
  provider: TestProvider | undefined,
  opts: { readRequiresAuth?: boolean; curation?: Partial<CurationLimits>; extra?: Partial<AppOptions> } = {},
): Promise<CurationApp> {
  const { logger, logs } = memoryLogger();
  const app = await createApp({
    limits: testLimits('test', { rateLimitMax: 0 }),
    db,
    logger,
    oidc: provider?.config,
    jwks: { cooldownMs: 0 },
    readRequiresAuth: opts.readRequiresAuth ?? false,
    curation: { ...DEFAULT_CURATION_LIMITS, ...opts.curation },
    ...opts.extra,
  });
  const base = await app.listen(0, '127.0.0.1');
  const url = `${base}/graphql`;
  return {
    app,
    url,
    logs,
    async gql(query, variables, o = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
          ...o.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      let body: GraphQLBody;
      try {
        body = JSON.parse(text) as GraphQLBody;
      } catch {
        body = { text };
      }
      return { status: res.status, headers: res.headers, body };
    },
    close: () => app.close(),
  };
}
