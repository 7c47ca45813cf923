import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ENTITY_KINDS } from '../../src/model/entities.js';
import { startTestApi, type RunResult, type TestApi } from '../support/api.js';

/**
 * Every kind of the model has its root connection (ENTITY_KINDS[].connection) with the same paging, orders and
 * filters: each one pages through exactly the entities of its label, in name order, and its kind's filters select
 * what the graph holds (counted in Cypher beside it).
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

interface Conn {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await api.db.read<{ n: number }>(cypher, params);
  return row?.n ?? -1;
}

describe('root connections of every kind', () => {
  it.each(ENTITY_KINDS.map((k) => [k.connection, k.label] as const))(
    '%s pages through every %s once, by name',
    async (field, label) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let pages = 0; pages < 100; pages++) {
        const r: RunResult<Record<string, Conn>> = await api.run<Record<string, Conn>>(
          `query($after: String) { ${field}(first: 7, after: $after, orderBy: NAME_ASC) { totalCount
            edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(r.errors).toBeUndefined();
        const c: Conn = r.data![field]!;
        total = c.totalCount;
        ids.push(...c.edges.map((e) => e.node.id));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      const expected = await api.db.read<{ id: string }>(
        `MATCH (n:${label}) RETURN n.id AS id ORDER BY n.sortName, n.id`,
      );
      expect(total).toBe(expected.length);
      expect(ids).toEqual(expected.map((x) => x.id));
    },
  );

  it("a cursor of one kind's connection is refused by another's", async () => {
    const first = await api.run<{ places: Conn }>(
      '{ places(first: 1) { pageInfo { endCursor } edges { cursor } } }',
    );
    const cursor = first.data!.places.pageInfo.endCursor;
    const r = await api.run('query($a: String) { topics(first: 1, after: $a) { totalCount } }', {
      a: cursor,
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('places: by placeType', async () => {
    const r = await api.run<{ places: Conn }>(
      '{ places(first: 100, where: { placeType: [COUNTRY] }) { totalCount } }',
    );
    expect(r.data!.places.totalCount).toBe(
      await count("MATCH (n:Place {placeType: 'COUNTRY'}) RETURN count(n) AS n"),
    );
    expect(r.data!.places.totalCount).toBeGreaterThan(0);
  });

  it('statements: by statementKind and year range, newest first', async () => {
    const r = await api.run<{
      statements: { totalCount: number; edges: Array<{ node: { year: number | null } }> };
    }>(
      '{ statements(first: 100, where: { statementKind: [RECOMMENDATION], yearFrom: 2019, yearTo: 2019 }, orderBy: DATE_DESC) { totalCount edges { node { year } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.statements.totalCount).toBe(
      await count(
        "MATCH (n:Statement {statementKind: 'RECOMMENDATION'}) WHERE n.year = 2019 RETURN count(n) AS n",
      ),
    );
    expect(r.data!.statements.edges.every((e) => e.node.year === 2019)).toBe(true);
  });

  it('statements: yearFrom after yearTo is refused with what to do', async () => {
    const r = await api.run('{ statements(where: { yearFrom: 2020, yearTo: 2019 }) { totalCount } }');
    expect(r.errors?.[0]?.message).toMatch(/yearFrom.*must not be after where\.yearTo/);
  });

  it('quantities: by unit; topics: related to an entity', async () => {
    const q = await api.run<{ quantities: Conn }>(
      '{ quantities(where: { unit: [US_DOLLAR] }) { totalCount } }',
    );
    expect(q.data!.quantities.totalCount).toBe(
      await count("MATCH (n:Quantity {unit: 'US_DOLLAR'}) RETURN count(n) AS n"),
    );
    const [topic] = await api.db.read<{ id: string; by: string }>(
      'MATCH (t:Topic)<-[:ADDRESSES]-(b:Entity) RETURN t.id AS id, b.id AS by ORDER BY t.id, b.id LIMIT 1',
    );
    const t = await api.run<{ topics: Conn }>(
      'query($by: ID!) { topics(first: 100, where: { relatedTo: $by, relatedBy: [ADDRESSES] }) { edges { node { id } } } }',
      { by: topic!.by },
    );
    expect(t.data!.topics.edges.map((e) => e.node.id)).toContain(topic!.id);
    expect(t.data!.topics.edges.length).toBe(
      await count('MATCH (t:Topic)-[:ADDRESSES]-(:Entity {id: $by}) RETURN count(DISTINCT t) AS n', {
        by: topic!.by,
      }),
    );
  });
});
