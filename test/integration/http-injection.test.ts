import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHttpApp, type GraphQLBody, type HttpApp } from '../support/http-app.js';

/**
 * Hostile values in every argument that reaches the data layer, sent as variables over HTTP. Each must be
 * taken literally (a parameter, never Cypher or Lucene syntax): unknown ids find nothing, filters match
 * nothing, cursors are refused or page normally, and the graph is unchanged afterwards.
 */

const HOSTILE: string[] = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `org:icat'}) RETURN n //`,
  'org:icat` RETURN 1 //',
  `'; CALL dbms.shutdown(); //`,
  `}] ) WITH 1 AS x MATCH (m) SET m.name = 'pwned' //`,
  '$relatedTo',
  '{id: "org:icat"}',
  'MATCH (n) RETURN n LIMIT 1',
  '\\u0027 OR \\u0027\\u0027=\\u0027',
  '*:* OR name:* OR id:org*',
  '.*',
  '%_%',
  '\u0000\u0001\u001f',
  '\u202eevil\u202c',
  '𝕴𝕮𝕬𝕿 🏳️‍🌈 ꧁꧂',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'x'.repeat(5000),
];

let api: HttpApp;
let before: unknown;

const SNAPSHOT = `{ relationTypeCounts { type count }
  organisations { totalCount } people { totalCount } events { totalCount }
  resolutions { totalCount } briefs { totalCount } }`;

async function gql(query: string, variables: Record<string, unknown>): Promise<GraphQLBody> {
  const r = await api.post({ query, variables });
  expect(r.status).toBe(200);
  for (const e of r.body.errors ?? []) {
    // Refusing a value is fine; failing on one is not.
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).not.toMatch(/Neo4j|Cypher|Lucene|syntax/i);
  }
  return r.body;
}

beforeAll(async () => {
  api = await startHttpApp();
  before = (await api.post({ query: SNAPSHOT })).body;
});
afterAll(async () => {
  // Nothing any hostile value did changed the graph.
  expect((await api.post({ query: SNAPSHOT })).body).toEqual(before);
  await api.close();
});

const LOOKUPS: Array<[string, string]> = [
  ['entity(id)', 'query($v: ID!) { r: entity(id: $v) { id } }'],
  ['node(id)', 'query($v: ID!) { r: node(id: $v) { id } }'],
  ['path(from)', 'query($v: ID!) { r: path(from: $v, to: "org:osce") { length } }'],
  ['path(to)', 'query($v: ID!) { r: path(from: "org:icat", to: $v) { length } }'],
  ['neighbourhood(id)', 'query($v: ID!) { r: neighbourhood(id: $v) { totalNodes } }'],
];

const FILTERS: Array<[string, string]> = [
  [
    'name.contains',
    'query($v: String) { r: organisations(where: { name: { contains: $v } }) { totalCount } }',
  ],
  ['name.equals', 'query($v: String) { r: people(where: { name: { equals: $v } }) { totalCount } }'],
  ['relatedTo', 'query($v: ID) { r: events(where: { relatedTo: $v }) { totalCount } }'],
  [
    'briefs relatedTo',
    'query($v: ID) { r: briefs(where: { relatedTo: $v, relatedBy: [AUTHORED] }) { totalCount } }',
  ],
  [
    'resolutions name.contains',
    'query($v: String) { r: resolutions(where: { name: { contains: $v } }) { totalCount } }',
  ],
];

describe.each(HOSTILE.map((v) => [JSON.stringify(v).slice(0, 40), v]))(
  'hostile value %s',
  (_label, value) => {
    it.each(LOOKUPS)('%s finds nothing', async (_name, query) => {
      const body = await gql(query, { v: value });
      if (!body.errors) expect(body.data?.r).toBeNull();
    });
    it.each(FILTERS)('%s matches nothing', async (_name, query) => {
      const body = await gql(query, { v: value });
      if (!body.errors) expect(body.data?.r).toEqual({ totalCount: 0 });
    });
    it('search(query) is plain text: no error, and any hit really matches a term', async () => {
      const body = await gql('query($v: String!) { search(query: $v, first: 5) { entity { id } matched } }', {
        v: value,
      });
      for (const hit of (body.data?.search ?? []) as Array<{ matched: string }>) {
        expect(typeof hit.matched).toBe('string');
      }
    });
    it('cursors (after) are refused unless they are ours', async () => {
      const body = await gql('query($v: String) { organisations(first: 2, after: $v) { totalCount } }', {
        v: value,
      });
      expect(body.errors?.[0]?.message ?? 'malformed cursor').toMatch(/malformed cursor/);
    });
  },
);

describe('hostile values inside well-formed cursors', () => {
  it('page normally (the values are compared, never interpreted)', async () => {
    const first = await gql('{ organisations(first: 2) { totalCount pageInfo { endCursor } } }', {});
    const cursor = (first.data?.organisations as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const [tag, ...values] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    expect(values.length).toBeGreaterThan(0);
    for (const value of HOSTILE.filter((v) => v.length < 200)) {
      const forged = Buffer.from(JSON.stringify([tag, ...values.map(() => value)]), 'utf8').toString(
        'base64url',
      );
      const body = await gql(
        'query($v: String) { organisations(first: 100, after: $v) { totalCount edges { node { id } } } }',
        { v: forged },
      );
      if (!body.errors) {
        const page = body.data?.organisations as { totalCount: number; edges: unknown[] };
        expect(page.edges.length).toBeLessThanOrEqual(page.totalCount);
      }
    }
  });
  it('the relations cursor and neighbourhood cursor too', async () => {
    for (const value of HOSTILE.slice(0, 8)) {
      const forged = Buffer.from(JSON.stringify(['rel', value]), 'utf8').toString('base64url');
      await gql(
        'query($v: String) { entity(id: "org:icat") { relations(first: 3, after: $v) { totalCount } } }',
        {
          v: forged,
        },
      );
      const nbh = Buffer.from(JSON.stringify(['nbh:org:icat:1', value]), 'utf8').toString('base64url');
      await gql('query($v: String) { neighbourhood(id: "org:icat", after: $v) { totalNodes } }', { v: nbh });
    }
  });
});

describe('hostile values as literals in the document', () => {
  it('are string values to GraphQL, not document structure', async () => {
    for (const value of HOSTILE.slice(0, 10)) {
      const body = await gql(`{ r: entity(id: ${JSON.stringify(value)}) { id } }`, {});
      if (!body.errors) expect(body.data?.r).toBeNull();
    }
  });
});
