import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from '../support/api.js';
import { compareCodePoints, SeedOracle, type Order } from '../support/seed-oracle.js';

/**
 * Every argument of every root field, used positively: the answer must be exactly the one worked out from
 * seed/*.yaml in plain TypeScript (test/support/seed-oracle.ts). docs/reference/API.md has the table of which test
 * covers which argument. Each case also checks that its expected answer is not trivial (not empty, not
 * everything), so an argument the API ignored would show.
 */

let api: TestApi;
const seed = new SeedOracle();

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

type Conn = { totalCount: number; edges: Array<{ node: { id: string } }> };

/** The ids a connection answers with, in its order; fails on an error. */
async function ids(field: string, args: string): Promise<string[]> {
  const r = await api.run<Record<string, Conn>>(
    `{ c: ${field}(first: 100, ${args}) { totalCount edges { node { id } } } }`,
  );
  expect(r.errors).toBeUndefined();
  const conn = r.data!.c!;
  expect(conn.edges).toHaveLength(conn.totalCount);
  return conn.edges.map((e) => e.node.id);
}

/** Whether `name.contains` matches: the name, the acronym or another name holds the text, ignoring case. */
function nameContains(e: ReturnType<SeedOracle['entity']>, text: string): boolean {
  return [seed.prop(e, 'sortName'), seed.prop(e, 'acronym'), seed.prop(e, 'otherNamesText')].some(
    (v) => typeof v === 'string' && v.toLowerCase().includes(text.toLowerCase()),
  );
}

/** An expected subset that is neither empty nor the whole kind. */
function expectSelective(expected: readonly string[], label: string): void {
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(seed.entities(label).length);
}

describe('connection filters (where)', () => {
  it('organisations: name.contains matches name, acronym and other names, case-insensitively', async () => {
    const expected = seed.sorted(
      seed.entities('Organisation').filter((e) => nameContains(e, 'women')),
      'NAME_ASC',
    );
    expectSelective(expected, 'Organisation');
    expect(expected).toContain('org:un-women');
    expect(await ids('organisations', 'where: { name: { contains: "WoMeN" } }')).toEqual(expected);
  });

  it('people: relatedTo alone, and narrowed by relatedBy', async () => {
    const people = seed.entities('Person');
    const where = (to: string, types: string[] = []) =>
      seed.sorted(
        people.filter((e) => seed.relatedTo(to, types).has(e.id)),
        'NAME_ASC',
      );
    const event = 'event:hlpf-2019-thematic-event-technology';
    const cases: Array<[string, string[]]> = [
      ['relatedTo: "org:unodc", relatedBy: [AFFILIATED_WITH]', where('org:unodc', ['AFFILIATED_WITH'])],
      [`relatedTo: "${event}"`, where(event)],
      [`relatedTo: "${event}", relatedBy: [PARTICIPATED_IN]`, where(event, ['PARTICIPATED_IN'])],
    ];
    expect(cases[0]![1]).toContain('person:ilias-chatzis');
    const actual: Array<[string, string[]]> = [];
    for (const [w, expected] of cases) {
      expectSelective(expected, 'Person');
      actual.push([w, await ids('people', `where: { ${w} }`)]);
    }
    expect(actual).toEqual(cases);
  });

  it('events: kind, status, relatedTo + relatedBy, year and date range, each exactly', async () => {
    const events = seed.entities('Event');
    const where = (pred: (e: (typeof events)[number]) => boolean) =>
      seed.sorted(events.filter(pred), 'DATE_ASC');
    const overlaps = (from: string, to: string) => (e: (typeof events)[number]) => {
      const earliest = seed.prop(e, 'dateEarliest');
      const latest = seed.prop(e, 'dateLatest');
      return typeof earliest === 'string' && typeof latest === 'string' && latest >= from && earliest <= to;
    };
    const cases: Array<[string, string[]]> = [
      [
        'kind: [MEETING, SIDE_EVENT]',
        where((e) => ['MEETING', 'SIDE_EVENT'].includes(String(seed.prop(e, 'kind')))),
      ],
      ['status: [PLANNED]', where((e) => seed.prop(e, 'status') === 'PLANNED')],
      ['relatedTo: "org:icat"', where((e) => seed.relatedTo('org:icat').has(e.id))],
      [
        'relatedTo: "org:icat", relatedBy: [ORGANISED]',
        where((e) => seed.relatedTo('org:icat', ['ORGANISED']).has(e.id)),
      ],
      ['year: 2018', where(overlaps('2018-01-01', '2018-12-31'))],
      ['dateFrom: "2019-09-01", dateTo: "2019-09-30"', where(overlaps('2019-09-01', '2019-09-30'))],
      [
        'kind: [MEETING], dateFrom: "2019-09-01"',
        where((e) => seed.prop(e, 'kind') === 'MEETING' && overlaps('2019-09-01', '9999-12-31')(e)),
      ],
    ];
    expect(cases.find(([w]) => w === 'status: [PLANNED]')![1]).toEqual([
      'event:beijing-platform-25th-anniversary',
      'event:protocol-trafficking-20th-anniversary',
    ]);
    // relatedBy must narrow here, or ignoring it would pass.
    expect(cases[3]![1].length).toBeLessThan(cases[2]![1].length);
    const actual: Array<[string, string[]]> = [];
    for (const [w, expected] of cases) {
      expectSelective(expected, 'Event');
      actual.push([w, await ids('events', `where: { ${w} }`)]);
    }
    expect(actual).toEqual(cases);
  });

  it('resolutions: instrument, yearFrom/yearTo and relatedTo + relatedBy, each exactly', async () => {
    const res = seed.entities('Resolution');
    const where = (pred: (e: (typeof res)[number]) => boolean) => seed.sorted(res.filter(pred), 'NAME_ASC');
    const year = (e: (typeof res)[number]) => seed.prop(e, 'year') as number | undefined;
    const cases: Array<[string, string[]]> = [
      [
        'instrument: [MANDATE, CONVENTION]',
        where((e) => ['MANDATE', 'CONVENTION'].includes(String(seed.prop(e, 'instrument')))),
      ],
      [
        'instrument: [RESOLUTION], yearFrom: 2017',
        where((e) => seed.prop(e, 'instrument') === 'RESOLUTION' && (year(e) ?? 0) >= 2017),
      ],
      ['yearTo: 2016', where((e) => year(e) !== undefined && year(e)! <= 2016)],
      [
        'relatedTo: "org:un-security-council", relatedBy: [ADOPTED]',
        where((e) => seed.relatedTo('org:un-security-council', ['ADOPTED']).has(e.id)),
      ],
    ];
    expect(cases[0]![1]).toEqual(['res:convention-cedaw', 'res:ga-icat-mandate-2007', 'res:untoc']);
    const actual: Array<[string, string[]]> = [];
    for (const [w, expected] of cases) {
      expectSelective(expected, 'Resolution');
      actual.push([w, await ids('resolutions', `where: { ${w} }`)]);
    }
    expect(actual).toEqual(cases);
  });

  it('briefs: documentType, status, yearFrom/yearTo, name and relatedTo + relatedBy, each exactly', async () => {
    const briefs = seed.entities('Brief');
    const where = (pred: (e: (typeof briefs)[number]) => boolean) =>
      seed.sorted(briefs.filter(pred), 'NAME_ASC');
    const year = (e: (typeof briefs)[number]) => seed.prop(e, 'year') as number | undefined;
    const cases: Array<[string, string[]]> = [
      [
        'documentType: [POLICY_BRIEF, TOOLKIT]',
        where((e) => ['POLICY_BRIEF', 'TOOLKIT'].includes(String(seed.prop(e, 'documentType')))),
      ],
      [
        'status: [PLANNED, FORTHCOMING]',
        where((e) => ['PLANNED', 'FORTHCOMING'].includes(String(seed.prop(e, 'status')))),
      ],
      ['yearFrom: 2018, yearTo: 2018', where((e) => year(e) === 2018)],
      ['name: { contains: "issue brief" }', where((e) => nameContains(e, 'issue brief'))],
      [
        'relatedTo: "org:icat", relatedBy: [AUTHORED]',
        where((e) => seed.relatedTo('org:icat', ['AUTHORED']).has(e.id)),
      ],
    ];
    const actual: Array<[string, string[]]> = [];
    for (const [w, expected] of cases) {
      expectSelective(expected, 'Brief');
      actual.push([w, await ids('briefs', `where: { ${w} }`)]);
    }
    expect(actual).toEqual(cases);
  });
});

describe('orders (orderBy)', () => {
  it('every connection in all four orders: by name or date (undated last), ties by id, DESC the other way', async () => {
    const kinds: Array<[string, string]> = [
      ['organisations', 'Organisation'],
      ['people', 'Person'],
      ['events', 'Event'],
      ['resolutions', 'Resolution'],
      ['briefs', 'Brief'],
    ];
    const orders: Order[] = ['NAME_ASC', 'NAME_DESC', 'DATE_ASC', 'DATE_DESC'];
    const actual: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const [field, label] of kinds)
      for (const order of orders) {
        actual[`${field} ${order}`] = await ids(field, `orderBy: ${order}`);
        expected[`${field} ${order}`] = seed.sorted(seed.entities(label), order);
      }
    // The orders differ where the data lets them: DESC is not ASC, and for dated kinds date is not name.
    expect(expected['events DATE_DESC']).not.toEqual(expected['events DATE_ASC']);
    expect(expected['events DATE_ASC']).not.toEqual(expected['events NAME_ASC']);
    expect(expected['briefs DATE_DESC']).not.toEqual([...expected['briefs DATE_ASC']!].reverse());
    expect(actual).toEqual(expected);
  });
});

describe('search(first)', () => {
  it('caps the hits, and a smaller first is the top of a larger one', async () => {
    type R = { search: Array<{ entity: { id: string }; score: number }> };
    const ten = (await api.run<R>('{ search(query: "trafficking", first: 10) { score entity { id } } }'))
      .data!.search;
    const three = (await api.run<R>('{ search(query: "trafficking", first: 3) { score entity { id } } }'))
      .data!.search;
    expect(ten).toHaveLength(10);
    expect(three).toEqual(ten.slice(0, 3));
    expect((await api.run<R>('{ search(query: "trafficking", first: 0) { score } }')).data!.search).toEqual(
      [],
    );
  });
});

describe('path(from, to, maxHops, relationTypes)', () => {
  type Path = {
    length: number;
    entities: Array<{ id: string }>;
    steps: Array<{ relation: { type: string } }>;
  } | null;
  const q = (from: string, to: string, extra = '') =>
    `{ path(from: "${from}", to: "${to}"${extra}) { length entities { id } steps { relation { type } } } }`;
  async function path(from: string, to: string, extra = ''): Promise<Path> {
    const r = await api.run<{ path: Path }>(q(from, to, extra));
    expect(r.errors).toBeUndefined();
    return r.data!.path;
  }
  /** Consecutive entities of a path are linked in the seed by a relation of one of the types. */
  const walkable = (p: NonNullable<Path>, types: readonly string[] = []) =>
    p.entities.every((e, i) => i === 0 || seed.linked(p.entities[i - 1]!.id, e.id, types));

  it('is a shortest path: its length is the breadth-first distance, and maxHops below it gives null', async () => {
    const pairs: Array<[string, string]> = [
      ['person:melanie-thompson', 'org:osce'],
      ['person:eric-anderson', 'org:icat'],
      ['org:itu', 'org:icat'],
      ['person:ilias-chatzis', 'org:osce'],
    ];
    const actual: unknown[] = [];
    const expected: unknown[] = [];
    for (const [from, to] of pairs) {
      const d = seed.distances(from).get(to)!;
      const longest = await path(from, to, ', maxHops: 6');
      const exact = await path(from, to, `, maxHops: ${d}`);
      const below = d > 1 ? await path(from, to, `, maxHops: ${d - 1}`) : null;
      actual.push([from, to, longest?.length, longest && walkable(longest), exact?.length, below]);
      expected.push([from, to, d, true, d, null]);
    }
    // Not all one hop: the shortest-ness matters.
    expect(expected.filter((e) => (e as number[])[2]! >= 3).length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('with relationTypes walks only those types, and is the shortest among them', async () => {
    const types = ['PARTICIPATED_IN', 'ORGANISED', 'HOSTED'];
    const from = 'person:melanie-thompson';
    const to = 'org:osce';
    const d = seed.distances(from, types).get(to)!;
    // Restricting the types makes the path longer than the unrestricted shortest one.
    expect(d).toBeGreaterThan(seed.distances(from).get(to)!);
    const p = await path(from, to, `, relationTypes: [${types.join(', ')}]`);
    expect(p?.length).toBe(d);
    expect(p!.steps.every((s) => types.includes(s.relation.type))).toBe(true);
    expect(walkable(p!, types)).toBe(true);
    expect(await path(from, to, `, maxHops: ${d - 1}, relationTypes: [${types.join(', ')}]`)).toBeNull();
  });
});

describe('neighbourhood(id, depth, relationTypes, first, after)', () => {
  type N = {
    neighbourhood: {
      totalNodes: number;
      nodes: Array<{ distance: number; entity: { id: string } }>;
      edges: Array<{ type: string; from: { id: string }; to: { id: string } }>;
    };
  };
  it('with relationTypes walks only those types, at each entity’s distance over them, with only their edges', async () => {
    const cases: Array<[string, number, string[]]> = [
      ['org:icat', 1, ['MEMBER_OF']],
      ['org:icat', 2, ['MEMBER_OF', 'COORDINATES']],
      ['person:melanie-thompson', 3, ['PARTICIPATED_IN', 'ORGANISED']],
    ];
    const actual: unknown[] = [];
    const expected: unknown[] = [];
    for (const [id, depth, types] of cases) {
      const { data } = await api.run<N>(
        `{ neighbourhood(id: "${id}", depth: ${depth}, relationTypes: [${types.join(', ')}], first: 200) { totalNodes nodes { distance entity { id } } edges { type from { id } to { id } } } }`,
      );
      const n = data!.neighbourhood;
      const within = new Map([...seed.distances(id, types, depth)].filter(([x]) => x !== id));
      const inside = new Set([id, ...within.keys()]);
      const edges = seed.graph.relations
        .filter((r) => types.includes(r.type) && inside.has(r.from) && inside.has(r.to))
        .map((r) => `${r.from} ${r.type} ${r.to}`)
        .sort();
      // Fewer than over every type: the filter is not ignored.
      expect(within.size).toBeLessThan(seed.distances(id, [], depth).size - 1);
      actual.push([
        id,
        n.totalNodes,
        Object.fromEntries(n.nodes.map((x) => [x.entity.id, x.distance])),
        n.edges.map((e) => `${e.from.id} ${e.type} ${e.to.id}`).sort(),
      ]);
      expected.push([id, within.size, Object.fromEntries(within), edges]);
    }
    expect(actual).toEqual(expected);
  });
});

describe('network(relationTypes, year, types)', () => {
  it('all three together select exactly the relations of those types, that year, between those kinds', async () => {
    const types = ['PARTICIPATED_IN', 'ORGANISED', 'AUTHORED'];
    const kinds = ['EVENT', 'ORGANISATION'];
    const kindOf = new Map(seed.graph.entities.map((e) => [e.id, String(seed.prop(e, 'type'))]));
    const expected = seed.graph.relations
      .filter(
        (r) =>
          types.includes(r.type) &&
          ((r.props as { years?: number[] }).years ?? []).includes(2019) &&
          kinds.includes(kindOf.get(r.from)!) &&
          kinds.includes(kindOf.get(r.to)!),
      )
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const { data } = await api.run<{
      network: { nodes: Array<{ type: string }>; edges: Array<{ id: string }> };
    }>(
      `{ network(relationTypes: [${types.join(', ')}], year: 2019, types: [${kinds.join(', ')}]) { nodes { type } edges { id } } }`,
    );
    expect(data!.network.edges.map((e) => e.id).sort()).toEqual(expected);
    expect([...new Set(data!.network.nodes.map((n) => n.type))].sort()).toEqual(kinds);
  });
});

describe('relationTypeCounts and Entity.relations(first, after)', () => {
  it('relationTypeCounts counts every relation of the seed by type', async () => {
    const expected: Record<string, number> = {};
    for (const r of seed.graph.relations) expected[r.type] = (expected[r.type] ?? 0) + 1;
    const { data } = await api.run<{ relationTypeCounts: Array<{ type: string; count: number }> }>(
      '{ relationTypeCounts { type count } }',
    );
    expect(Object.fromEntries(data!.relationTypeCounts.map((c) => [c.type, c.count]))).toEqual(expected);
  });

  it('relations pages through every relation of an entity with first/after, in id order', async () => {
    type R = {
      entity: {
        relations: {
          totalCount: number;
          edges: Array<{ node: { id: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const expected = seed.graph.relations
      .filter((r) => r.from === 'org:icat' || r.to === 'org:icat')
      .map((r) => r.id)
      .sort(compareCodePoints);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 30; page++) {
      const r: { data: R | null } = await api.run<R>(
        'query($after: String) { entity(id: "org:icat") { relations(first: 7, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
        { after },
      );
      const rel: R['entity']['relations'] = r.data!.entity.relations;
      expect(rel.totalCount).toBe(expected.length);
      seen.push(...rel.edges.map((e) => e.node.id));
      if (!rel.pageInfo.hasNextPage) break;
      after = rel.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThan(14);
    expect(seen).toEqual(expected);
  });
});
