import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { graphFingerprint, type GraphFingerprint } from '../support/fingerprint.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

/**
 * Hostile values in every argument that reaches the data layer, sent as variables over HTTP. Each must be
 * taken literally (a parameter, never Cypher or Lucene syntax). Each test loops over every value and checks, per
 * value, the exact answer (unknown ids find nothing, filters match nothing, search answers as for the value's
 * plain words, forged cursors page by comparison) or the exact refusal, and that the whole graph, every node's
 * and relationship's properties, is the same after the value as before any.
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

/** The API's length limit on ids, name filters and search text (docs/reference/API.md, `src/model/bounds.ts`). */
const MAX_LENGTH = 200;
const MALFORMED_CURSOR =
  'Invalid argument "after": malformed cursor; pass an endCursor or cursor value returned by this same field and order';
const tooLong = (argument: string, value: string, withGot: boolean) =>
  `Invalid argument "${argument}": must be at most ${MAX_LENGTH} characters${withGot ? `; got ${value.length}` : ''}`;

/** What one answer came to: the data under `r`, or the one refusal (its code and message). */
type Outcome = { data: unknown } | { error: string };

let api: HttpApp;
let pristine: GraphFingerprint;

async function outcome(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const r = await api.post({ query, variables });
  const errors = r.body.errors ?? [];
  if (r.status !== 200 || errors.length > 1) return { error: `HTTP ${r.status} ${JSON.stringify(r.body)}` };
  const [e] = errors;
  return e ? { error: `${String(e.extensions?.code)} ${e.message}` } : { data: r.body.data?.r };
}

const refused = (message: string): Outcome => ({ error: `BAD_USER_INPUT ${message}` });

/** Runs `check` for every hostile value and, after each, compares the whole graph with the one before any. */
async function expectForEachValue(
  values: readonly string[],
  check: (value: string) => Promise<{ actual: unknown; expected: unknown }>,
): Promise<void> {
  for (const value of values) {
    const { actual, expected } = await check(value);
    expect({ value, answer: actual }).toEqual({ value, answer: expected });
    expect({ value, graph: await graphFingerprint(api.db) }).toEqual({ value, graph: pristine });
  }
}

/** Neo4j compares strings by code point; JavaScript's `<` by UTF-16 unit. */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
const forge = (values: unknown[]) => Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

beforeAll(async () => {
  api = await startHttpApp();
  pristine = await graphFingerprint(api.db);
  expect(pristine.nodes).toBeGreaterThan(100);
  expect(pristine.relationships).toBeGreaterThan(100);
});
afterAll(async () => {
  await api.close();
});

describe('hostile values as variables', () => {
  it('ids are looked up literally: every lookup finds nothing, or refuses an id over the length limit', async () => {
    const lookups: Array<[string, string, string]> = [
      ['entity', 'id', 'query($v: ID!) { r: entity(id: $v) { id } }'],
      ['node', 'id', 'query($v: ID!) { r: node(id: $v) { id } }'],
      ['path from', 'from', 'query($v: ID!) { r: path(from: $v, to: "org:osce") { length } }'],
      ['path to', 'to', 'query($v: ID!) { r: path(from: "org:icat", to: $v) { length } }'],
      ['neighbourhood', 'id', 'query($v: ID!) { r: neighbourhood(id: $v) { totalNodes } }'],
    ];
    await expectForEachValue(HOSTILE, async (value) => {
      const actual: Record<string, Outcome> = {};
      const expected: Record<string, Outcome> = {};
      for (const [name, argument, query] of lookups) {
        actual[name] = await outcome(query, { v: value });
        expected[name] =
          value.length > MAX_LENGTH ? refused(tooLong(argument, value, false)) : { data: null };
      }
      return { actual, expected };
    });
  });

  it('filters match nothing, or refuse a value over the length limit', async () => {
    const filters: Array<[string, string, string]> = [
      [
        'organisations name.contains',
        'where.name.contains',
        'query($v: String) { r: organisations(where: { name: { contains: $v } }) { totalCount edges { node { id } } } }',
      ],
      [
        'people name.equals',
        'where.name.equals',
        'query($v: String) { r: people(where: { name: { equals: $v } }) { totalCount edges { node { id } } } }',
      ],
      [
        'resolutions name.contains',
        'where.name.contains',
        'query($v: String) { r: resolutions(where: { name: { contains: $v } }) { totalCount edges { node { id } } } }',
      ],
      [
        'events relatedTo',
        'where.relatedTo',
        'query($v: ID) { r: events(where: { relatedTo: $v }) { totalCount edges { node { id } } } }',
      ],
      [
        'briefs relatedTo + relatedBy',
        'where.relatedTo',
        'query($v: ID) { r: briefs(where: { relatedTo: $v, relatedBy: [AUTHORED] }) { totalCount edges { node { id } } } }',
      ],
    ];
    await expectForEachValue(HOSTILE, async (value) => {
      const actual: Record<string, Outcome> = {};
      const expected: Record<string, Outcome> = {};
      for (const [name, argument, query] of filters) {
        actual[name] = await outcome(query, { v: value });
        // Ids are refused without the length they had; name filters say it.
        const long = tooLong(argument, value, argument.startsWith('where.name'));
        expected[name] = value.length > MAX_LENGTH ? refused(long) : { data: { totalCount: 0, edges: [] } };
      }
      return { actual, expected };
    });
  });

  it('search(query) is plain text: the same hits as its letter/digit words alone, or the exact refusal', async () => {
    const q = 'query($v: String!) { r: search(query: $v, first: 10) { score matched entity { id } } }';
    await expectForEachValue(HOSTILE, async (value) => {
      const words = value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const expected: Outcome =
        value.length > MAX_LENGTH
          ? refused(tooLong('query', value, true))
          : words.length === 0
            ? refused('Invalid argument "query": must contain at least one letter or digit')
            : await outcome(q, { v: words.join(' ') });
      return { actual: await outcome(q, { v: value }), expected };
    });
    // The comparison is not between two empty answers: the operator-laden value's words find entities.
    const plain = (await outcome(q, { v: 'or name id org' })) as { data: unknown[] };
    expect(plain.data.length).toBeGreaterThan(0);
  });

  it('cursors (after) that are not ours are refused with the malformed-cursor error on every paged field', async () => {
    const paged: Array<[string, string]> = [
      ['organisations', 'query($v: String) { r: organisations(first: 2, after: $v) { totalCount } }'],
      ['events', 'query($v: String) { r: events(first: 2, after: $v, orderBy: DATE_DESC) { totalCount } }'],
      [
        'relations',
        'query($v: String) { r: entity(id: "org:icat") { relations(first: 2, after: $v) { totalCount } } }',
      ],
      ['neighbourhood', 'query($v: String) { r: neighbourhood(id: "org:icat", after: $v) { totalNodes } }'],
    ];
    await expectForEachValue(HOSTILE, async (value) => {
      const actual: Record<string, Outcome> = {};
      const expected: Record<string, Outcome> = {};
      for (const [name, query] of paged) {
        actual[name] = await outcome(query, { v: value });
        expected[name] = refused(MALFORMED_CURSOR);
      }
      return { actual, expected };
    });
  });

  it('inside well-formed cursors, values are compared, never interpreted: each page is the exact tail after them', async () => {
    type Conn = { totalCount: number; edges: Array<{ cursor: string; node: { id: string } }> };
    const orgs = `query($v: String) { r: organisations(first: 100, after: $v) { totalCount edges { cursor node { id } } } }`;
    const rels = `query($v: String) { r: entity(id: "org:icat") { relations(first: 100, after: $v) { totalCount edges { cursor node { id } } } } }`;
    const all = (await outcome(orgs, { v: null })) as { data: Conn };
    const allRels = (await outcome(rels, { v: null })) as { data: { relations: Conn } };
    const total = all.data.totalCount;
    expect(all.data.edges).toHaveLength(total);
    expect(allRels.data.relations.edges).toHaveLength(allRels.data.relations.totalCount);
    const [tag, ...keys] = decode(all.data.edges[0]!.cursor);
    expect([tag, keys.length]).toEqual(['Organisation:NAME_ASC', 2]);
    const sorted = all.data.edges.map((e) => {
      const [, key, id] = decode(e.cursor) as [string, string, string];
      return { key, id, node: e.node };
    });

    await expectForEachValue(
      HOSTILE.filter((v) => v.length < 100),
      async (value) => {
        // Keyset paging: after (key, id) = (value, value) come the entities with a greater key, or the same key
        // and a greater id.
        const tail = sorted
          .filter(
            (x) =>
              compareCodePoints(x.key, value) > 0 || (x.key === value && compareCodePoints(x.id, value) > 0),
          )
          .map((x) => x.node.id);
        const relTail = allRels.data.relations.edges
          .map((e) => e.node.id)
          .filter((id) => compareCodePoints(id, value) > 0);
        const page = await outcome(orgs, { v: forge([tag, value, value]) });
        const relPage = await outcome(rels, { v: forge(['rel', value]) });
        const nbh = await outcome(
          'query($v: String) { r: neighbourhood(id: "org:icat", after: $v) { totalNodes } }',
          { v: forge(['nbh:org:icat:1', value]) },
        );
        const ids = (o: Outcome, under: (d: unknown) => Conn) =>
          'data' in o
            ? { total: under(o.data).totalCount, ids: under(o.data).edges.map((e) => e.node.id) }
            : o;
        return {
          actual: {
            organisations: ids(page, (d) => d as Conn),
            relations: ids(relPage, (d) => (d as { relations: Conn }).relations),
            // A neighbourhood cursor holds an offset: a string there is refused.
            neighbourhood: nbh,
          },
          expected: {
            organisations: { total, ids: tail },
            relations: { total: allRels.data.relations.totalCount, ids: relTail },
            neighbourhood: refused('Invalid argument "after": malformed cursor'),
          },
        };
      },
    );
  });
});

describe('hostile values as literals in the document', () => {
  it('are string values to GraphQL, not document structure: an unknown id, or the length refusal', async () => {
    await expectForEachValue(HOSTILE, async (value) => ({
      actual: await outcome(`{ r: entity(id: ${JSON.stringify(value)}) { id } }`),
      expected: value.length > MAX_LENGTH ? refused(tooLong('id', value, false)) : { data: null },
    }));
  });
});
