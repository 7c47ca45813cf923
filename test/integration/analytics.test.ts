import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analytics } from '../../src/analytics/index.js';
import { startTestApi, type RunResult, type TestApi } from '../support/api.js';

/** The analytics root fields on the seeded graph: ranks, communities, timeline, diff, metrics, caching, bad input. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

interface Ranked {
  cursor: string;
  score: number;
  rank: number;
  node: { id: string; name: string; type: string };
}
interface CentralityData {
  centrality: {
    totalCount: number;
    sampled: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Ranked[];
  };
}

const CENTRALITY = `query ($metric: CentralityMetric!, $year: Int, $types: [EntityType!], $first: Int, $after: String, $rt: [RelationType!]) {
  centrality(metric: $metric, year: $year, types: $types, first: $first, after: $after, relationTypes: $rt) {
    totalCount sampled pageInfo { hasNextPage endCursor }
    edges { cursor score rank node { id name type } }
  }
}`;

async function ranking(vars: Record<string, unknown>): Promise<CentralityData['centrality']> {
  const { data, errors } = await api.run<CentralityData>(CENTRALITY, vars);
  expect(errors).toBeUndefined();
  return data!.centrality;
}

describe('centrality', () => {
  it('converges for eigenvector on every year the graph holds (the 2018 slice needs more than 100 iterations)', async () => {
    for (const year of [2016, 2017, 2018, 2019, 2020]) {
      // Every page: the whole network's scores (it may hold more than one page).
      let page = await ranking({ metric: 'EIGENVECTOR', year, first: 100 });
      const scores = page.edges.map((e) => e.score);
      while (page.pageInfo.hasNextPage) {
        page = await ranking({ metric: 'EIGENVECTOR', year, first: 100, after: page.pageInfo.endCursor });
        scores.push(...page.edges.map((e) => e.score));
      }
      const norm = Math.sqrt(scores.reduce((s, x) => s + x ** 2, 0));
      expect({
        year,
        norm: Math.round(norm * 1e6) / 1e6,
        complete: scores.length === page.totalCount,
      }).toEqual({
        year,
        norm: page.totalCount === 0 ? 0 : 1,
        complete: true,
      });
    }
  });

  it('ranks densely by score, ties ordered by name', async () => {
    const c = await ranking({ metric: 'DEGREE', first: 100 });
    const edges = c.edges;
    expect(edges.length).toBe(Math.min(100, c.totalCount));
    expect(edges[0]!.rank).toBe(1);
    // Expected order: score descending, then name; expected ranks: dense over the scores.
    const ordered = [...edges].sort(
      (a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name, 'en'),
    );
    expect(edges.map((e) => e.node.id)).toEqual(ordered.map((e) => e.node.id));
    const distinct = [...new Set(edges.map((e) => e.score))];
    expect(edges.map((e) => e.rank)).toEqual(edges.map((e) => distinct.indexOf(e.score) + 1));
    const ties = edges.length - distinct.length;
    // Degrees tie a lot on this graph: the tie rule is exercised, not vacuous.
    expect(ties).toBeGreaterThan(10);
  });

  it('DEGREE equals the degree `network` reports for every node of the same filter', async () => {
    const { data } = await api.run<{ network: { nodes: Array<{ id: string; degree: number }> } }>(
      'query { network(year: 2019, types: [ORGANISATION]) { nodes { id degree } } }',
    );
    const c = await ranking({ metric: 'DEGREE', year: 2019, types: ['ORGANISATION'], first: 100 });
    expect(c.totalCount).toBe(data!.network.nodes.length);
    const degree = new Map(data!.network.nodes.map((n) => [n.id, n.degree]));
    for (const e of c.edges) expect(e.score).toBe(degree.get(e.node.id));
    expect(c.edges.every((e) => e.node.type === 'ORGANISATION')).toBe(true);
  });

  it('pages with after: the pages join into the whole ranking, nothing repeated', async () => {
    const whole = await ranking({ metric: 'PAGERANK', first: 100 });
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await ranking({ metric: 'PAGERANK', first: 7, after });
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids.slice(0, whole.edges.length)).toEqual(whole.edges.map((e) => e.node.id));
    expect(ids).toHaveLength(whole.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a cursor from another metric', async () => {
    const page = await ranking({ metric: 'DEGREE', first: 2 });
    const { errors } = await api.run(CENTRALITY, {
      metric: 'PAGERANK',
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.argumentName).toBe('after');
  });

  it('PageRank sums to 1 over the network and betweenness is exact (not sampled) on the seed', async () => {
    const pr = await ranking({
      metric: 'PAGERANK',
      first: 100,
      rt: ['MEMBER_OF', 'PARTNER_OF', 'CO_CHAIRED', 'COORDINATES'],
    });
    expect(pr.totalCount).toBeLessThanOrEqual(100);
    expect(pr.edges.reduce((s, e) => s + e.score, 0)).toBeCloseTo(1, 9);
    const b = await ranking({ metric: 'BETWEENNESS', year: 2019, types: ['ORGANISATION'], first: 5 });
    expect(b.sampled).toBe(false);
    expect(b.edges[0]!.node.id).toBe('org:icat');
  });
});

describe('Entity.metrics', () => {
  it('agrees with centrality and communities for the same filter; null outside the network', async () => {
    const { data, errors } = await api.run<{
      icat: { metrics: { degree: number; betweenness: number; pagerank: number; community: number } };
      place: { metrics: unknown };
      b: CentralityData['centrality'];
      communities: {
        communities: Array<{ id: number; members: { edges: Array<{ node: { id: string } }> } }>;
      };
    }>(`query {
      icat: entity(id: "org:icat") { metrics(year: 2019) { degree betweenness pagerank community } }
      place: entity(id: "org:icat") { metrics(year: 1950) { degree } }
      b: centrality(metric: BETWEENNESS, year: 2019, first: 1) { edges { score node { id } } }
      communities(year: 2019) { communities(first: 100) { id members(first: 100) { edges { node { id } } } } }
    }`);
    expect(errors).toBeUndefined();
    const m = data!.icat.metrics;
    expect(data!.b.edges[0]).toEqual({ score: m.betweenness, node: { id: 'org:icat' } });
    const mine = data!.communities.communities.find((c) =>
      c.members.edges.some((e) => e.node.id === 'org:icat'),
    );
    expect(mine?.id).toBe(m.community);
    expect(data!.place.metrics).toBeNull();
  });
});

describe('communities', () => {
  it('puts every entity of the network in exactly one community, largest first, with a positive modularity', async () => {
    const { data, errors } = await api.run<{
      network: { nodes: Array<{ id: string }> };
      communities: {
        modularity: number;
        count: number;
        communities: Array<{
          id: number;
          size: number;
          top: Array<{ id: string }>;
          members: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
        }>;
      };
    }>(`query {
      network { nodes { id } }
      communities { modularity count communities(first: 40) { id size top(first: 3) { id } members(first: 60) { totalCount edges { node { id name } } } } }
    }`);
    expect(errors).toBeUndefined();
    const p = data!.communities;
    expect(p.modularity).toBeGreaterThan(0.3);
    expect(p.count).toBe(p.communities.length);
    const members = p.communities.flatMap((c) => c.members.edges.map((e) => e.node.id));
    expect(members.sort()).toEqual(data!.network.nodes.map((n) => n.id).sort());
    const sizes = p.communities.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    p.communities.forEach((c, i) => {
      expect(c.id).toBe(i);
      expect(c.members.totalCount).toBe(c.size);
      const names = c.members.edges.map((e) => e.node.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      const ids = new Set(c.members.edges.map((e) => e.node.id));
      for (const t of c.top) expect(ids.has(t.id)).toBe(true);
    });
  });

  it('a higher resolution gives more communities', async () => {
    const { data } = await api.run<{ low: { count: number }; high: { count: number } }>(
      'query { low: communities(resolution: 0.5) { count } high: communities(resolution: 3) { count } }',
    );
    expect(data!.high.count).toBeGreaterThan(data!.low.count);
  });
});

describe('timeline', () => {
  it("ICAT's 2019 facts are in date order, each at its precision with evidence", async () => {
    const { data, errors } = await api.run<{
      timeline: {
        totalCount: number;
        edges: Array<{
          node: {
            kind: string;
            date: { iso: string; precision: string; earliest: string; latest: string };
            evidence: unknown[];
            event: { id: string } | null;
            relation: { id: string } | null;
          };
        }>;
      };
    }>(`query { timeline(entity: "org:icat", from: 2019, to: 2019, first: 100) { totalCount
      edges { node { kind date { iso precision earliest latest } evidence { excerpt } event { id } relation { id } } } } }`);
    expect(errors).toBeUndefined();
    const facts = data!.timeline.edges.map((e) => e.node);
    expect(facts.length).toBeGreaterThan(5);
    expect(data!.timeline.totalCount).toBe(facts.length);
    const keys = facts.map((f) => `${f.date.earliest}|${f.date.latest}`);
    expect(keys).toEqual([...keys].sort());
    for (const f of facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.date.latest >= '2019-01-01' && f.date.earliest <= '2019-12-31').toBe(true);
      expect(f.date.precision).toBe({ 4: 'YEAR', 7: 'MONTH', 10: 'DAY' }[f.date.iso.length]);
      expect(f.kind === 'EVENT' ? f.event : f.relation).not.toBeNull();
    }
    expect(new Set(facts.map((f) => f.date.precision)).size).toBeGreaterThan(1);
    expect(facts.some((f) => f.kind === 'EVENT')).toBe(true);
  });

  interface TimelinePage {
    timeline: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{ node: { kind: string; relation: { id: string } | null; event: { id: string } | null } }>;
    };
  }

  it('pages with after without gaps or repeats', async () => {
    const q = `query ($after: String) { timeline(first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind date { iso } relation { id } event { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: RunResult<TimelinePage> = await api.run<TimelinePage>(q, { after });
      const data = res.data;
      total = data!.timeline.totalCount;
      seen.push(
        ...data!.timeline.edges.map((e) => `${e.node.kind}:${e.node.relation?.id ?? e.node.event?.id}`),
      );
      if (!data!.timeline.pageInfo.hasNextPage) break;
      after = data!.timeline.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe('networkDiff', () => {
  it('2018 → 2019: added + kept are the 2019 ties, ended + kept the 2018 ties, with evidence on each side', async () => {
    const { data, errors } = await api.run<{
      networkDiff: {
        addedCount: number;
        endedCount: number;
        keptCount: number;
        added: Array<{ before: unknown[]; toEvidence: unknown[]; fromEvidence: unknown[] }>;
        kept: Array<{ toEvidence: unknown[]; fromEvidence: unknown[] }>;
        ended: Array<{ toEvidence: unknown[] }>;
      };
      y18: { edges: Array<{ source: string; target: string; type: string }> };
      y19: { edges: Array<{ source: string; target: string; type: string }> };
    }>(`query {
      networkDiff(fromYear: 2018, toYear: 2019) { addedCount endedCount keptCount
        added(first: 200) { before { id } fromEvidence { id } toEvidence { id } }
        kept(first: 200) { fromEvidence { id } toEvidence { id } }
        ended(first: 200) { toEvidence { id } } }
      y18: network(year: 2018) { edges { source target type } }
      y19: network(year: 2019) { edges { source target type } }
    }`);
    expect(errors).toBeUndefined();
    const d = data!.networkDiff;
    const ties = (es: Array<{ source: string; target: string; type: string }>) =>
      new Set(es.map((e) => `${e.type}|${e.source}|${e.target}`)).size;
    expect(d.addedCount + d.keptCount).toBe(ties(data!.y19.edges));
    expect(d.endedCount + d.keptCount).toBe(ties(data!.y18.edges));
    expect(d.addedCount).toBeGreaterThan(0);
    expect(d.keptCount).toBeGreaterThan(0);
    for (const t of d.added) {
      expect(t.before).toHaveLength(0);
      expect(t.fromEvidence).toHaveLength(0);
      expect(t.toEvidence.length).toBeGreaterThan(0);
    }
    for (const t of d.kept) {
      expect(t.fromEvidence.length).toBeGreaterThan(0);
      expect(t.toEvidence.length).toBeGreaterThan(0);
    }
    for (const t of d.ended) expect(t.toEvidence).toHaveLength(0);
  });
});

describe('bad input', () => {
  it.each([0, -1, 10.5])('resolution %p → BAD_USER_INPUT naming resolution', async (resolution) => {
    const { errors } = await api.run('query ($r: Float) { communities(resolution: $r) { count } }', {
      r: resolution,
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.argumentName).toBe('resolution');
    expect(errors?.[0]?.message).toContain('resolution');
  });

  it('resolution 10 is allowed', async () => {
    const { errors } = await api.run('query { communities(resolution: 10) { count } }');
    expect(errors).toBeUndefined();
  });

  it('fromYear > toYear → BAD_USER_INPUT', async () => {
    const { errors } = await api.run('query { networkDiff(fromYear: 2019, toYear: 2018) { addedCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.argumentName).toBe('fromYear');
  });

  it('timeline from > to → BAD_USER_INPUT', async () => {
    const { errors } = await api.run('query { timeline(from: 2020, to: 2019) { totalCount } }');
    expect(errors?.[0]?.extensions?.argumentName).toBe('from');
  });

  it.each([
    ['an unknown metric', 'query { centrality(metric: FAME) { totalCount } }'],
    ['an unknown entity type', 'query { centrality(metric: DEGREE, types: [ROBOT]) { totalCount } }'],
    ['an unknown relation type', 'query { communities(relationTypes: [LIKES]) { count } }'],
  ])(
    '%s → validation error (the API reports enum errors as BAD_USER_INPUT, docs/reference/API.md)',
    async (_what, query) => {
      const { data, errors } = await api.run(query);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/FAME|ROBOT|LIKES/);
    },
  );

  it('first above the limit → BAD_USER_INPUT', async () => {
    const { errors } = await api.run('query { centrality(metric: DEGREE, first: 101) { totalCount } }');
    expect(errors?.[0]?.extensions?.argumentName).toBe('first');
  });
});

describe('caching', () => {
  it('two concurrent requests compute once; later requests reuse the result', async () => {
    // A filter no other test in this file computes, so the cache is cold for it.
    const q =
      'query { centrality(metric: CLOSENESS, year: 2018, types: [ORGANISATION, PERSON, EVENT], first: 3) { edges { score node { id } } } }';
    const before = analytics.cache.stats.computed;
    const [a, b] = await Promise.all([api.run(q), api.run(q)]);
    const afterPair = analytics.cache.stats.computed;
    expect(a.data).toEqual(b.data);
    // A cold request computes: the indexed network (one read), scores, ranking. Once, not twice.
    expect(afterPair - before).toBe(3);
    // The network is read once (two statements: relations, entities): the second request made only its version
    // read and entity lookup.
    expect(a.roundTrips + b.roundTrips).toBe(2 + 2 + 2);
    const again = await api.run(q);
    expect(analytics.cache.stats.computed).toBe(afterPair);
    expect(again.roundTrips).toBe(2);
    expect(again.data).toEqual(a.data);
  });
});

describe('the indexed projection (what the metrics compute on)', () => {
  it('is the full projection as indices, for every filter: same entities in id order, same relations in the order of their ends', async () => {
    const { projectIndexed, projectNetwork } = await import('../../src/graph/analytics.js');
    const { indexNetwork } = await import('../../src/analytics/graphs.js');
    const filters = [
      { relationTypes: null, year: null, entityTypes: null },
      { relationTypes: null, year: 2019, entityTypes: null },
      { relationTypes: ['MEMBER_OF', 'PARTICIPATED_IN'], year: null, entityTypes: null },
      { relationTypes: null, year: 2018, entityTypes: ['ORGANISATION', 'PERSON', 'EVENT'] },
      { relationTypes: null, year: 1900, entityTypes: null },
    ];
    for (const filter of filters) {
      const full = await projectNetwork(api.db, filter);
      const expected = indexNetwork(full);
      const got = await projectIndexed(api.db, filter);
      expect({
        filter,
        ids: got.ids,
        names: got.names,
        source: [...got.source],
        target: [...got.target],
      }).toEqual({
        filter,
        ids: expected.ids,
        names: full.nodes.map((n) => n.name),
        source: [...expected.source],
        target: [...expected.target],
      });
    }
    // Not a vacuous comparison: the whole network has relations, and the year 1900 none.
    expect((await projectIndexed(api.db, filters[0]!)).source.length).toBeGreaterThan(100);
    expect((await projectIndexed(api.db, filters[4]!)).ids).toEqual([]);
  });
});
