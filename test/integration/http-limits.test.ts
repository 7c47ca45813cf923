import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { DatabaseError } from '../../src/errors.js';
import { testDatabase } from '../support/db.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

/** Each OWASP limit, hit over HTTP on the real server. */

const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

function code(body: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown {
  return body.errors?.[0]?.extensions?.code;
}

let api: HttpApp;
beforeAll(async () => {
  api = await startHttpApp({ env: 'production' });
});
afterAll(async () => {
  await api.close();
});

describe('depth, aliases, directives (graphql-armor)', () => {
  const deep = (n: number) =>
    `{ entity(id: "org:icat") { ${'... on Organisation { coordinator { '.repeat(n)}id${' } }'.repeat(n)} } }`;
  it('rejects a document deeper than GRAPHQL_MAX_DEPTH (10)', async () => {
    const ok = await api.post({ query: deep(8) });
    expect(ok.body.errors).toBeUndefined();
    const r = await api.post({ query: deep(12) });
    expect(r.status).toBe(200);
    expect(code(r.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/^Query depth limit of 10 exceeded/);
    const strict = await api.post({ query: deep(12) }, GRAPHQL_RESPONSE);
    expect(strict.status).toBe(400);
  });
  it('rejects more than GRAPHQL_MAX_ALIASES (15) aliases', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: relationTypeCounts { count }`).join(' ')} }`;
    expect((await api.post({ query: aliases(15) })).body.errors).toBeUndefined();
    const r = await api.post({ query: aliases(16) });
    expect(r.body.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
  });
  it('rejects more than GRAPHQL_MAX_DIRECTIVES (10) directives', async () => {
    const q = `{ relationTypeCounts { count ${'@include(if: true) '.repeat(11)} } }`;
    const r = await api.post({ query: q });
    expect(r.body.errors?.[0]?.message).toMatch(/Directives limit of 10 exceeded/);
  });
});

describe('query cost counts list sizes, also `first` passed as a variable', () => {
  const q = `query Wide($n: Int, $m: Int) { organisations(first: $n) { edges { node { name relations(first: $m) { edges { node { type other { name } } } } } } } }`;
  it('accepts a modest page and rejects a 100×100 fan-out before touching the database', async () => {
    const ok = await api.post({ query: q, variables: { n: 20, m: 10 } });
    expect(ok.body.errors).toBeUndefined();
    const r = await api.post({ query: q, variables: { n: 100, m: 100 }, operationName: 'Wide' });
    expect(r.status).toBe(200);
    expect(code(r.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit of 25000/);
    const line = api.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .findLast((l) => l.operationName === 'Wide');
    expect(line?.roundTrips).toBe(0);
  });
  it('counts literal `first` the same way', async () => {
    const literal = q.replace('($n: Int, $m: Int)', '').replace('$n', '100').replace('$m', '100');
    const r = await api.post({ query: literal });
    expect(r.body.errors?.[0]?.message).toMatch(/Query cost/);
  });
  it('counts schema defaults when `first` is left out', async () => {
    const app = await startHttpApp({ http: { maxCost: 100 } });
    try {
      const r = await app.post({ query: '{ organisations { edges { node { name acronym id } } } }' });
      // organisations + edges + 20 × (node + 3 fields) = 82: within 100. Twice that is not.
      expect(r.body.errors).toBeUndefined();
      const r2 = await app.post({
        query:
          '{ a: organisations { edges { node { name acronym id } } } b: people { edges { node { name id title } } } }',
      });
      expect(r2.body.errors?.[0]?.message).toMatch(/Query cost 164 exceeds the limit of 100/);
    } finally {
      await app.close();
    }
  });
});

describe('parse token limit (Apollo parseOptions.maxTokens)', () => {
  const huge = `{ ${'relationTypeCounts { count } '.repeat(600)} }`;
  it('answers a document over GRAPHQL_MAX_TOKENS (2000) with a parse error, 400 for graphql-response+json', async () => {
    const r = await api.post({ query: huge }, GRAPHQL_RESPONSE);
    expect(r.status).toBe(400);
    expect(code(r.body)).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/more tha[nt] 2000 tokens/);
    const legacy = await api.post({ query: huge });
    expect(legacy.status).toBe(200);
    expect(code(legacy.body)).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('array batching', () => {
  const one = { query: '{ relationTypeCounts { count } }' };
  it('is off by default (GRAPHQL_BATCH_LIMIT=0)', async () => {
    const r = await api.post([one, one]);
    expect(r.status).toBe(400);
  });
  it('when on, is capped at GRAPHQL_BATCH_LIMIT operations', async () => {
    const app = await startHttpApp({ http: { batchLimit: 2 } });
    try {
      const ok = await app.post([one, one]);
      expect(ok.status).toBe(200);
      expect(ok.body).toHaveLength(2);
      const r = await app.post([one, one, one]);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.message).toMatch(/at most 2 operations; got 3/);
    } finally {
      await app.close();
    }
  });
});

describe('request body size limit (MAX_BODY_BYTES)', () => {
  it('answers 413 to a declared body over the limit', async () => {
    const r = await api.post({ query: `{ relationTypeCounts { count } } # ${'x'.repeat(120_000)}` });
    expect(r.status).toBe(413);
    expect(r.body.errors?.[0]?.message).toMatch(/exceeds the limit of 100000 bytes/);
  });
  it('answers 413 to a chunked body that grows past the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        api.url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(10_000);
      let sent = 0;
      const pump = () => {
        while (sent < 30 && req.write(chunk)) sent += 1;
        if (sent < 30) req.once('drain', pump);
        else req.end();
      };
      req.write('{"query":"');
      pump();
    });
    expect(status).toBe(413);
  });
});

describe('per-client rate limit (RATE_LIMIT_MAX per RATE_LIMIT_WINDOW_MS)', () => {
  it('answers 429 with Retry-After past the limit, and leaves the probes alone', async () => {
    const app = await startHttpApp({ http: { rateLimitMax: 5, rateLimitWindowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await app.post({ query: '{ __typename }' })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const r = await app.post({ query: '{ __typename }' });
      expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(code(r.body)).toBe('RATE_LIMITED');
      expect((await fetch(`${app.base}/health`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('CSRF prevention stays on', () => {
  it('refuses a simple (form-like) POST and a GET without a preflight header', async () => {
    const form = await api.post('{"query":"{ __typename }"}', { 'content-type': 'text/plain' });
    expect(form.status).toBe(400);
    expect(form.body.text ?? JSON.stringify(form.body)).toMatch(/CSRF|preflight/i);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const withHeader = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(withHeader.status).toBe(200);
  });
});

describe('per-query database timeout (NEO4J_QUERY_TIMEOUT_MS)', () => {
  // Neo4j's transaction monitor enforces the timeout on its own schedule (every ~2 s), so a fast query can finish
  // before it is noticed: the test uses a query that would run for minutes, through the same driver wrapper the
  // data layer uses, and checks it is stopped and mapped to DATABASE_TIMEOUT.
  it('stops a query that runs past it with DATABASE_TIMEOUT', async () => {
    const slow = testDatabase(100);
    try {
      const err: unknown = await slow
        .read('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(err).toBeInstanceOf(DatabaseError);
      // Only Neo4j's transaction timeout ends this query with DATABASE_TIMEOUT (run to its end it would answer).
      expect((err as DatabaseError).code).toBe('DATABASE_TIMEOUT');
    } finally {
      await slow.close();
    }
  });
});

describe('error masking', () => {
  it('an unexpected failure reaches the client as a generic message, logged in full on the server', async () => {
    const config = loadConfig();
    const driver = createDriver({
      ...config.neo4j,
      uri: config.neo4j.uri!,
      auth: process.env.ICAT_TEST_EMBEDDED !== '1',
    });
    // A database name that does not exist: Neo4j fails with an error the API does not expect.
    const broken = new Database(driver, 'no-such-database', 5000);
    const app = await startHttpApp({ db: broken, env: 'production' });
    try {
      const r = await app.post({ query: '{ relationTypeCounts { count } }' });
      expect(r.body.errors).toEqual([
        expect.objectContaining({
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ]);
      const text = JSON.stringify(r.body);
      expect(text).not.toMatch(/no-such-database|Neo4j|stack|at /i);
      expect(app.logs.join('')).toMatch(/unexpected error \(masked for the client\)/);
    } finally {
      await app.close();
      await broken.close();
    }
  });
});
