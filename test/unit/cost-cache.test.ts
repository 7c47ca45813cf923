import { describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { costLimitPlugin, costVariables, estimateCost, type CostEstimator } from '../../src/http/cost.js';
import { parse } from 'graphql';

/** The cost estimate is computed once per operation and set of `first` values, and still rejects. */

const typeDefs = `
  type Item { id: ID! children(first: Int = 5): [Item!]! }
  type Query { items(first: Int = 10, tag: String): [Item!]! }
`;
const item = (id: number) => ({ id: String(id), children: () => [] });
const resolvers = {
  Query: { items: (_: unknown, a: { first: number }) => Array.from({ length: a.first }, (_x, i) => item(i)) },
};

/** An Apollo server with the cost plugin (limit 100), counting how often the estimate is computed. */
async function server(): Promise<{ apollo: ApolloServer; calls: () => number }> {
  let calls = 0;
  const estimate: CostEstimator = (...args) => {
    calls += 1;
    return estimateCost(...args);
  };
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    plugins: [costLimitPlugin({ maxCost: 100, listSize: 10, estimate })],
  });
  await apollo.start();
  return { apollo, calls: () => calls };
}

async function run(apollo: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const r = await apollo.executeOperation({ query, variables });
  if (r.body.kind !== 'single') throw new Error('expected a single result');
  return r.body.singleResult;
}

const codeOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  r.errors?.[0]?.extensions?.limit ?? r.errors?.[0]?.extensions?.code;

describe('the cost estimate, cached per document', () => {
  it('is computed once for a repeated document', async () => {
    const { apollo, calls } = await server();
    try {
      const query = '{ items(first: 3) { id children { id } } }';
      for (let i = 0; i < 3; i++) expect((await run(apollo, query)).errors).toBeUndefined();
      expect(calls()).toBe(1);
      // The same text reformatted is another document: estimated once more.
      await run(apollo, '{ items(first: 3) { id  children { id } } }');
      expect(calls()).toBe(2);
    } finally {
      await apollo.stop();
    }
  });

  it('still rejects an over-cost document every time it is sent', async () => {
    const { apollo, calls } = await server();
    try {
      // 20 items + 20 × (5 children) = 120 > 100.
      const query = '{ items(first: 20) { id children { id } } }';
      for (let i = 0; i < 3; i++) expect(codeOf(await run(apollo, query))).toBe('cost');
      expect(calls()).toBe(1);
    } finally {
      await apollo.stop();
    }
  });

  it('is keyed by the values of the variables passed to `first`, and by nothing else', async () => {
    const { apollo, calls } = await server();
    try {
      const query = 'query Q($n: Int, $tag: String) { items(first: $n, tag: $tag) { id children { id } } }';
      expect((await run(apollo, query, { n: 2, tag: 'a' })).errors).toBeUndefined();
      expect((await run(apollo, query, { n: 2, tag: 'b' })).errors).toBeUndefined();
      expect(calls()).toBe(1);
      expect(codeOf(await run(apollo, query, { n: 50, tag: 'a' }))).toBe('cost');
      expect(codeOf(await run(apollo, query, { n: 50, tag: 'c' }))).toBe('cost');
      expect(calls()).toBe(2);
      // Left out, `first` takes its default (10 + 10 × 5 = 60): another entry, not the one for null.
      expect((await run(apollo, query, {})).errors).toBeUndefined();
      expect(calls()).toBe(3);
    } finally {
      await apollo.stop();
    }
  });

  it('never caches an estimate made while the variables did not coerce', async () => {
    const { apollo, calls } = await server();
    try {
      const query = 'query Q($n: Int, $tag: String) { items(first: $n, tag: $tag) { id children { id } } }';
      // A bad `tag` makes the estimate fall back to defaults (and the request fail at execution)...
      const bad = await run(apollo, query, { n: 50, tag: { not: 'a string' } });
      expect(bad.errors).toBeDefined();
      // ...which must not let the same `first` through once the other variables are fine.
      expect(codeOf(await run(apollo, query, { n: 50, tag: 'a' }))).toBe('cost');
      expect(calls()).toBe(2);
    } finally {
      await apollo.stop();
    }
  });
});

describe('costVariables', () => {
  it('names the variables passed to `first`, in fragments too', () => {
    const doc = parse(
      'query Q($a: Int, $b: Int, $c: String) { items(first: $a, tag: $c) { ...F } } fragment F on Item { children(first: $b) { id } }',
    );
    expect(costVariables(doc).sort()).toEqual(['a', 'b']);
  });
});
