import { describe, expect, it } from '@jest/globals';
import { buildSchema, getOperationAST, Kind, parse, type DocumentNode } from 'graphql';
import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../../src/config.js';
import { estimateCost } from '../../src/http/cost.js';
import { createRateLimiter } from '../../src/http/rate-limit.js';
import { graphqlHttpAnswer } from '../../src/http/status.js';
import { loadTypeDefs } from '../../src/schema.js';

describe('limit configuration', () => {
  it('has documented defaults; introspection and suggestions follow NODE_ENV', () => {
    const dev = loadConfig({});
    expect(dev.http).toEqual({ ...DEFAULT_LIMITS, introspection: true, suggestions: true });
    const prod = loadConfig({ NODE_ENV: 'production' });
    expect(prod.http.introspection).toBe(false);
    expect(prod.http.suggestions).toBe(false);
  });
  it('reads every limit from its variable', () => {
    const c = loadConfig({
      MAX_BODY_BYTES: '5000',
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_DIRECTIVES: '2',
      GRAPHQL_MAX_COST: '900',
      GRAPHQL_COST_LIST_SIZE: '3',
      GRAPHQL_MAX_TOKENS: '300',
      GRAPHQL_BATCH_LIMIT: '5',
      GRAPHQL_INTROSPECTION: 'true',
      NODE_ENV: 'production',
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW_MS: '1000',
      SHUTDOWN_GRACE_MS: '250',
    });
    expect(c.http).toEqual({
      maxBodyBytes: 5000,
      maxDepth: 4,
      maxAliases: 0,
      maxDirectives: 2,
      maxCost: 900,
      costListSize: 3,
      maxTokens: 300,
      batchLimit: 5,
      introspection: true,
      // Suggestions follow introspection unless set on their own.
      suggestions: true,
      rateLimitMax: 0,
      rateLimitWindowMs: 1000,
      shutdownGraceMs: 250,
    });
  });
  it('fails fast on a bad limit, naming the variable', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '-5' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(/GRAPHQL_MAX_DEPTH="deep"/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'yes' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });
});

describe('cost estimate', () => {
  const schema = buildSchema(loadTypeDefs());
  const cost = (query: string, variables?: Record<string, unknown>, listSize = 10) => {
    const document = parse(query);
    return estimateCost(schema, document, getOperationAST(document)!, variables, listSize);
  };
  it('multiplies the list below a `first` by it: literal, variable or schema default alike', () => {
    const q = 'query($n: Int) { organisations(first: $n) { totalCount edges { node { id name } } } }';
    // organisations + totalCount + edges + n × (node + id + name)
    expect(cost(q, { n: 50 })).toBe(3 + 50 * 3);
    expect(cost(q.replace('($n: Int)', '').replace('$n', '50'))).toBe(3 + 50 * 3);
    expect(cost(q, {})).toBe(3 + 20 * 3);
  });
  it('nests multiplicatively, and counts an unpaged list as GRAPHQL_COST_LIST_SIZE items', () => {
    const q =
      '{ organisations(first: 10) { edges { node { relations(first: 5) { edges { node { type } } } members { id } } } } }';
    // 2 + 10 × (node 1 + relations 1 + edges 1 + 5 × 2 + members 1 + 10 × 1)
    expect(cost(q)).toBe(2 + 10 * (3 + 5 * 2 + 1 + 10));
    expect(cost(q, undefined, 3)).toBe(2 + 10 * (3 + 5 * 2 + 1 + 3));
  });
  it('walks each fragment once, so a fragment bomb (2^40 spreads) is estimated (and refused) after 41 walks', () => {
    const defs = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Organisation { members { ...F${i + 1} ...F${i + 1} } }`,
    ).join('\n');
    const document = parse(
      `{ organisations { edges { node { ...F0 } } } }\n${defs}\nfragment F40 on Organisation { id }`,
    );
    // Count the work, not the time: every walk of a fragment reads its selection set once. Past a bound the
    // count throws, so a walker that expands the spreads fails at once instead of running for ever.
    const walks = new Map<string, number>();
    let total = 0;
    const counted = {
      ...document,
      definitions: document.definitions.map((d) => {
        if (d.kind !== Kind.FRAGMENT_DEFINITION) return d;
        const { selectionSet } = d;
        return Object.defineProperty({ ...d }, 'selectionSet', {
          get() {
            total += 1;
            if (total > 1000) throw new Error(`fragments walked more than 1000 times`);
            walks.set(d.name.value, (walks.get(d.name.value) ?? 0) + 1);
            return selectionSet;
          },
        });
      }),
    } as DocumentNode;
    const estimate = estimateCost(schema, counted, getOperationAST(counted)!, undefined, 10);
    expect(estimate).toBeGreaterThan(1e30);
    expect(total).toBe(41);
    expect([...walks.values()].every((n) => n === 1)).toBe(true);
    expect(walks.size).toBe(41);
  });
  it('survives variables of the wrong type (execution reports those)', () => {
    expect(cost('query($n: Int) { people(first: $n) { totalCount } }', { n: 'lots' })).toBe(2);
  });
});

describe('rate limiter', () => {
  it('allows max requests per window per client, then resets', () => {
    const l = createRateLimiter(2, 1000);
    expect([l.check('a', 0), l.check('a', 10), l.check('a', 20)].map((d) => d.allowed)).toEqual([
      true,
      true,
      false,
    ]);
    expect(l.check('b', 20).allowed).toBe(true);
    expect(l.check('a', 1000).allowed).toBe(true);
    expect(l.check('a', 1001).resetSeconds).toBe(1);
  });
  it('is off at 0, and tracks a bounded number of clients: the newest 10,000', () => {
    expect(createRateLimiter(0, 1000).check('a').allowed).toBe(true);
    const l = createRateLimiter(1, 60_000);
    for (let i = 0; i < 25_000; i++) expect(l.check(`10.0.${i}`, 0).allowed).toBe(true);
    // Within the window, every client still remembered is refused a second request; a forgotten one is not.
    // Checking the remembered ones (newest first) adds none, so this counts exactly what the limiter holds.
    const remembered: number[] = [];
    for (let i = 24_999; i >= 0 && !l.check(`10.0.${i}`, 0).allowed; i--) remembered.push(i);
    expect(remembered).toHaveLength(10_000);
    expect(remembered.at(-1)).toBe(15_000);
  });
});

describe('status codes for application/json', () => {
  const status = (s: number, contentType: string, codes: string[]) =>
    graphqlHttpAnswer(s, contentType, codes).status;
  it('turns 400s about the document or its variables into 200', () => {
    expect(status(400, 'application/json; charset=utf-8', ['GRAPHQL_PARSE_FAILED'])).toBe(200);
    expect(status(400, 'application/json', ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'])).toBe(200);
  });
  it('keeps malformed requests and the graphql-response+json media type at 400', () => {
    expect(status(400, 'application/json', ['BAD_REQUEST'])).toBe(400);
    expect(status(400, 'application/graphql-response+json', ['GRAPHQL_PARSE_FAILED'])).toBe(400);
    expect(status(400, 'application/json', [])).toBe(400);
  });
  it('answers 503 with retry-after while the database is unavailable', () => {
    expect(graphqlHttpAnswer(200, 'application/json', ['DATABASE_UNAVAILABLE'])).toEqual({
      status: 503,
      headers: { 'retry-after': '5' },
    });
  });
});
