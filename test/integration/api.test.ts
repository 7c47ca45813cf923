import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type RunResult, type TestApi } from '../support/api.js';
import { SeedOracle } from '../support/seed-oracle.js';

/** Every root field against the real seeded graph, through executeOperation. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const EVIDENCE = 'evidence { id section excerpt }';

interface Ev {
  section: string;
  excerpt: string;
}
function expectEvidence(list: Ev[]): void {
  expect(list.length).toBeGreaterThan(0);
  for (const e of list) {
    expect(e.section.length).toBeGreaterThan(0);
    expect(e.excerpt.length).toBeGreaterThan(0);
  }
}

describe('the vertical slice: ICAT, its members and its 2019 co-chairs', () => {
  it('answers with 23 members and exactly OSCE and UN Women as 2019 co-chairs', async () => {
    const { data, errors } = await api.run<{
      entity: {
        name: string;
        acronym: string;
        members: Array<{ acronym: string | null; name: string }>;
        coChairs: Array<{ acronym: string }>;
        partners: unknown[];
        coordinator: { acronym: string };
      };
    }>(
      `{ entity(id: "org:icat") { ... on Organisation { name acronym members { name acronym } coChairs(year: 2019) { acronym } partners { name } coordinator { acronym } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.entity.acronym).toBe('ICAT');
    expect(data?.entity.members).toHaveLength(23);
    expect(data?.entity.members.map((m) => m.acronym)).toEqual(
      expect.arrayContaining(['UNODC', 'OSCE', 'ILO', 'INTERPOL']),
    );
    expect(data?.entity.coChairs.map((c) => c.acronym).sort()).toEqual(['OSCE', 'UN Women']);
    expect(data?.entity.partners).toHaveLength(2);
    expect(data?.entity.coordinator.acronym).toBe('UNODC');
  });

  it('has no co-chairs for a year the report gives none', async () => {
    const { data } = await api.run<{ entity: { coChairs: unknown[] } }>(
      `{ entity(id: "org:icat") { ... on Organisation { coChairs(year: 2017) { id } } } }`,
    );
    expect(data?.entity.coChairs).toEqual([]);
  });
});

describe('every field of every entity kind resolves', () => {
  const common = 'id name type otherNames description degree evidence { id section excerpt source }';
  const relation =
    'id type direction year role status quote since { iso precision earliest latest } until { iso } from { id } to { id } other { id } onBehalfOf { id } evidence { id }';
  it.each([
    [
      'org:unodc',
      `... on Organisation { acronym classification website members { id } memberOf { id } partners { id } coChairs { id } coordinator { id } funders { id } people { role person { id } organisation { id } evidence { id } } events { role relationType participant { id } event { id } evidence { id } } }`,
    ],
    [
      'person:ambrazevich',
      '... on Person { title role affiliations { role organisation { id } } events { role event { id } } }',
    ],
    [
      'event:cedaw-69th-session',
      '... on Event { kind status participantCount participantCountQualifier date { iso precision earliest latest } endDate { iso latest } participants { role } place { id country { id } } onMarginsOf { id } sideEvents { id } }',
    ],
    [
      'res:sc-2331-2016',
      '... on Resolution { instrument symbol year adoptedBy { id } callsUpon { id } mandates { id } }',
    ],
    [
      'brief:issue-brief-technology-2019',
      '... on Brief { documentType year status url authors { id } submittedTo { id } endorsements { quote by { id } brief { id } evidence { id } } }',
    ],
    ['place:geneva', '... on Place { placeType country { id } events { id } }'],
    ['topic:technology', '... on Topic { addressedBy { id } }'],
    [
      'stmt:cedaw-rec-countering-impunity',
      '... on Statement { statementKind year status issuers { id } addressees { id } topics { id } }',
    ],
    ['qty:un-procurement-2018', '... on Quantity { amount unit qualifier year counts quantifies { id } }'],
  ])('%s', async (id, fields) => {
    const r = await api.run<{ entity: { id: string; relations: { edges: unknown[] } } }>(
      `query($id: ID!) { entity(id: $id) { ${common} relations(first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${relation} } } } ${fields} } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.entity.id).toBe(id);
    expect(r.data?.entity.relations.edges.length).toBeGreaterThan(0);
  });
});

describe('node and entity', () => {
  it('resolve entities, relations and evidence passages by id; unknown ids are null', async () => {
    const { data } = await api.run<{ a: { __typename: string }; b: null; c: null }>(
      '{ a: node(id: "person:melanie-thompson") { __typename id } b: node(id: "org:nope") { id } c: entity(id: "zzz") { id } }',
    );
    expect(data?.a.__typename).toBe('Person');
    expect(data?.b).toBeNull();
    expect(data?.c).toBeNull();
    const rel = await api.run<{ entity: { relations: { edges: Array<{ node: { id: string } }> } } }>(
      '{ entity(id: "org:icat") { relations(first: 1) { edges { node { id evidence { id } } } } } }',
    );
    const relId = rel.data!.entity.relations.edges[0]!.node.id;
    const byId = await api.run<{
      node: { __typename: string; type: string; evidence: Array<{ id: string }> };
    }>(`query($id: ID!) { node(id: $id) { __typename ... on Relation { type evidence { id } } } }`, {
      id: relId,
    });
    expect(byId.data?.node.__typename).toBe('Relation');
    const passageId = byId.data!.node.evidence[0]!.id;
    const passage = await api.run<{ node: { __typename: string; excerpt: string; source: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Evidence { excerpt source } } }`,
      {
        id: passageId,
      },
    );
    expect(passage.data?.node.__typename).toBe('Evidence');
    expect(passage.data?.node.excerpt.length).toBeGreaterThan(0);
    expect(passage.data?.node.source).toBe('ICAT 2019 Chairs’ Report');
  });
});

describe('connections', () => {
  it('page organisations with stable cursors and a total count', async () => {
    const q = `query($after: String) { organisations(first: 10, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    type R = {
      organisations: {
        totalCount: number;
        edges: Array<{ cursor: string; node: { id: string; name: string } }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { data, errors }: RunResult<R> = await api.run<R>(q, { after });
      expect(errors).toBeUndefined();
      total = data!.organisations.totalCount;
      seen.push(...data!.organisations.edges.map((e) => e.node.id));
      expect(data!.organisations.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data!.organisations.pageInfo.hasNextPage) break;
      after = data!.organisations.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // The same request gives the same cursors.
    const again = await api.run<R>(q, { after: null });
    const once = await api.run<R>(q, { after: null });
    expect(again.data!.organisations.edges.map((e) => e.cursor)).toEqual(
      once.data!.organisations.edges.map((e) => e.cursor),
    );
  });

  it('order names ascending and descending', async () => {
    type R = { organisations: { edges: Array<{ node: { name: string } }> } };
    const asc = await api.run<R>(
      '{ organisations(first: 100, orderBy: NAME_ASC) { edges { node { name } } } }',
    );
    const desc = await api.run<R>(
      '{ organisations(first: 100, orderBy: NAME_DESC) { edges { node { name } } } }',
    );
    const names = asc.data!.organisations.edges.map((e) => e.node.name);
    expect(names).toEqual(
      [...names].sort((a, b) =>
        a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
      ),
    );
    expect(desc.data!.organisations.edges.map((e) => e.node.name)).toEqual([...names].reverse());
  });

  it('filter by name, classification and related-to', async () => {
    const byName = await api.run<{ organisations: { edges: Array<{ node: { acronym: string } }> } }>(
      '{ organisations(where: { name: { equals: "unodc" } }) { edges { node { acronym } } } }',
    );
    expect(byName.data!.organisations.edges.map((e) => e.node.acronym)).toEqual(['UNODC']);
    const states = await api.run<{ organisations: { edges: Array<{ node: { name: string } }> } }>(
      '{ organisations(where: { classification: [STATE] }) { edges { node { name } } } }',
    );
    expect(states.data!.organisations.edges.map((e) => e.node.name).sort()).toEqual([
      'Belarus',
      'United Kingdom',
    ]);
    const members = await api.run<{ organisations: { totalCount: number } }>(
      '{ organisations(where: { relatedTo: "org:icat", relatedBy: [MEMBER_OF] }) { totalCount } }',
    );
    expect(members.data!.organisations.totalCount).toBe(23);
  });

  it('filter events by year and date range, and order them by date', async () => {
    type R = {
      events: {
        totalCount: number;
        edges: Array<{ node: { id: string; date: { iso: string; earliest: string } | null } }>;
      };
    };
    const y2018 = await api.run<R>(
      '{ events(where: { year: 2018 }, orderBy: DATE_ASC) { totalCount edges { node { id date { iso earliest } } } } }',
    );
    expect(y2018.data!.events.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining(['event:cedaw-69th-session', 'event:working-group-election-co-chairs-2018']),
    );
    for (const e of y2018.data!.events.edges) expect(e.node.date!.iso.startsWith('2018')).toBe(true);
    const sept = await api.run<R>(
      '{ events(where: { dateFrom: "2019-09-01", dateTo: "2019-09-30" }) { edges { node { id date { iso earliest } } } } }',
    );
    const ids = sept.data!.events.edges.map((e) => e.node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'event:unga74-icat-high-level-event',
        'event:briefing-sustainable-procurement-vienna-2019',
      ]),
    );
    const all = await api.run<R>(
      '{ events(first: 100, orderBy: DATE_ASC) { edges { node { id date { iso earliest } } } } }',
    );
    const dates = all.data!.events.edges.map((e) => e.node.date?.earliest ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('filter resolutions by instrument and year, briefs by type and status', async () => {
    type Res = { resolutions: { edges: Array<{ node: { id: string; symbol: string | null } }> } };
    const sc = await api.run<Res>(
      '{ resolutions(where: { instrument: [RESOLUTION], yearFrom: 2016, yearTo: 2017 }) { edges { node { id symbol } } } }',
    );
    expect(sc.data!.resolutions.edges.map((e) => e.node.symbol).sort()).toEqual(['2331(2016)', '2388(2017)']);
    // The instrument narrows: from 2000 on there are resolutions and one mandate, and only the mandate is kept.
    const since2000 = await api.run<Res>(
      '{ resolutions(where: { yearFrom: 2000 }) { edges { node { id } } } }',
    );
    expect(since2000.data!.resolutions.edges.length).toBeGreaterThan(1);
    const mandates = await api.run<Res>(
      '{ resolutions(where: { instrument: [MANDATE], yearFrom: 2000 }) { edges { node { id } } } }',
    );
    expect(mandates.data!.resolutions.edges.map((e) => e.node.id)).toEqual(['res:ga-icat-mandate-2007']);
    const forthcoming = await api.run<{ briefs: { edges: Array<{ node: { id: string } }> } }>(
      '{ briefs(where: { documentType: [ISSUE_BRIEF], status: [FORTHCOMING] }) { edges { node { id } } } }',
    );
    expect(forthcoming.data!.briefs.edges.map((e) => e.node.id)).toEqual([
      'brief:issue-brief-non-punishment-2019',
    ]);
  });
});

describe('search', () => {
  type R = { search: Array<{ score: number; matched: string; entity: { id: string } }> };
  it('finds by acronym', async () => {
    const { data } = await api.run<R>('{ search(query: "UNODC") { score matched entity { id } } }');
    expect(data!.search[0]!.entity.id).toBe('org:unodc');
    expect(data!.search[0]!.matched).toBe('UNODC');
  });
  it('tolerates typos, ranked by score', async () => {
    const { data } = await api.run<R>('{ search(query: "Interpoll") { score entity { id } } }');
    expect(data!.search[0]!.entity.id).toBe('org:interpol');
    const scores = data!.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const typo = await api.run<R>('{ search(query: "Giammarino", types: [PERSON]) { entity { id } } }');
    expect(typo.data!.search[0]!.entity.id).toBe('person:maria-grazia-giammarinaro');
  });
  it('matches other names (the long form of UN Women)', async () => {
    const { data } = await api.run<R>(
      '{ search(query: "Entity for Gender Equality and the Empowerment of Women", first: 3) { entity { id } } }',
    );
    expect(data!.search[0]!.entity.id).toBe('org:un-women');
  });
  it('finds topics, statements and figures, filtered by their types', async () => {
    const { data, errors } = await api.run<{
      t: Array<{ entity: { id: string; type: string } }>;
      s: Array<{ entity: { id: string; type: string } }>;
      q: Array<{ entity: { id: string; type: string } }>;
    }>(
      '{ t: search(query: "impunity", types: [TOPIC]) { entity { id type } } s: search(query: "impunity", types: [STATEMENT]) { entity { id type } } q: search(query: "procurement", types: [QUANTITY]) { entity { id type } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.t.map((h) => h.entity.id)).toEqual(['topic:impunity']);
    expect(data!.s.map((h) => h.entity.id)).toContain('stmt:cedaw-rec-countering-impunity');
    expect(data!.s.every((h) => h.entity.type === 'STATEMENT')).toBe(true);
    expect(data!.q.map((h) => h.entity.id)).toContain('qty:un-procurement-2018');
    // And the neighbourhood of a statement reaches who issued it, whom it addresses and its topics ("Countering
    // impunity by promoting a gender-responsive approach …": impunity and gender).
    const n = await api.run<{
      neighbourhood: { nodes: Array<{ distance: number; entity: { id: string } }> };
    }>('{ neighbourhood(id: "stmt:cedaw-rec-countering-impunity") { nodes { distance entity { id } } } }');
    expect(n.data!.neighbourhood.nodes.map((x) => x.entity.id).sort()).toEqual([
      'brief:icat-submission-cedaw-2019',
      'org:cedaw-committee',
      'topic:gender',
      'topic:impunity',
    ]);
  });

  it('filters by entity type', async () => {
    const { data } = await api.run<{ search: Array<{ entity: { __typename: string } }> }>(
      '{ search(query: "trafficking", types: [BRIEF], first: 20) { entity { __typename } } }',
    );
    expect(data!.search.length).toBeGreaterThan(0);
    for (const h of data!.search) expect(h.entity.__typename).toBe('Brief');
  });
});

describe('path', () => {
  type Step = {
    from: { id: string };
    entity: { id: string };
    direction: string;
    relation: { type: string; from: { id: string }; to: { id: string } };
    evidence: Ev[];
  };
  it('links a survivor-advocate to the OSCE through evidenced steps', async () => {
    const { data, errors } = await api.run<{
      path: { length: number; entities: Array<{ id: string }>; steps: Step[] };
    }>(
      `{ path(from: "person:melanie-thompson", to: "org:osce") { length entities { id } steps { from { id } entity { id } direction relation { type from { id } to { id } } ${EVIDENCE} } } }`,
    );
    expect(errors).toBeUndefined();
    const p = data!.path;
    expect(p.entities[0]!.id).toBe('person:melanie-thompson');
    expect(p.entities[p.entities.length - 1]!.id).toBe('org:osce');
    expect(p.steps).toHaveLength(p.length);
    p.steps.forEach((s, i) => {
      expect(s.from.id).toBe(p.entities[i]!.id);
      expect(s.entity.id).toBe(p.entities[i + 1]!.id);
      const along =
        s.direction === 'OUTGOING'
          ? [s.relation.from.id, s.relation.to.id]
          : [s.relation.to.id, s.relation.from.id];
      expect(along).toEqual([s.from.id, s.entity.id]);
      expectEvidence(s.evidence);
    });
  });
  it('is null when no path exists within the allowed relation types', async () => {
    const { data, errors } = await api.run<{ path: null }>(
      '{ path(from: "person:melanie-thompson", to: "org:osce", relationTypes: [FUNDS]) { length } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.path).toBeNull();
  });
});

describe('neighbourhood', () => {
  type R = {
    neighbourhood: {
      totalNodes: number;
      nodes: Array<{ distance: number; entity: { id: string } }>;
      edges: Array<{ from: { id: string }; to: { id: string }; evidence: Ev[] }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  const q = `query($after: String) { neighbourhood(id: "org:icat", depth: 1, first: 10, after: $after) { totalNodes nodes { distance entity { id } } edges { from { id } to { id } ${EVIDENCE} } pageInfo { hasNextPage endCursor } } }`;
  it('pages a hub through all its neighbours, with evidenced edges among them', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { data, errors }: RunResult<R> = await api.run<R>(q, { after });
      expect(errors).toBeUndefined();
      const n: R['neighbourhood'] = data!.neighbourhood;
      total = n.totalNodes;
      seen.push(...n.nodes.map((x) => x.entity.id));
      // At depth 1 every neighbour on the page is joined to ICAT by an edge among the page's, with evidence.
      const joined = new Set(
        n.edges.flatMap((e) =>
          e.from.id === 'org:icat' ? [e.to.id] : e.to.id === 'org:icat' ? [e.from.id] : [],
        ),
      );
      expect(n.nodes.filter((x) => !joined.has(x.entity.id))).toEqual([]);
      expect(n.edges.length).toBeGreaterThanOrEqual(n.nodes.length);
      for (const e of n.edges) expectEvidence(e.evidence);
      if (!n.pageInfo.hasNextPage) break;
      after = n.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(25);
    expect(new Set(seen).size).toBe(total);
  });
  it('reaches further at depth 2, nearest first', async () => {
    const { data } = await api.run<R>(
      '{ neighbourhood(id: "person:melanie-thompson", depth: 2, first: 200) { totalNodes nodes { distance entity { id } } edges { from { id } to { id } evidence { id } } pageInfo { hasNextPage endCursor } } }',
    );
    const d = data!.neighbourhood.nodes.map((n) => n.distance);
    expect(d).toEqual([...d].sort());
    expect(d).toContain(2);
  });
  it('at depth 3 holds every entity of depth 2 and more, each once at its shortest distance', async () => {
    type N = {
      neighbourhood: { totalNodes: number; nodes: Array<{ distance: number; entity: { id: string } }> };
    };
    const q = (depth: number) =>
      `{ neighbourhood(id: "person:melanie-thompson", depth: ${depth}, first: 200) { totalNodes nodes { distance entity { id } } } }`;
    const two = (await api.run<N>(q(2))).data!.neighbourhood;
    const three = (await api.run<N>(q(3))).data!.neighbourhood;
    expect(three.totalNodes).toBeGreaterThan(two.totalNodes);
    const at3 = new Map(three.nodes.map((n) => [n.entity.id, n.distance]));
    expect(at3.size).toBe(three.nodes.length);
    for (const n of two.nodes) expect(at3.get(n.entity.id)).toBe(n.distance);
    expect(three.nodes.map((n) => n.distance)).toContain(3);
  });
  it('is null for an unknown id', async () => {
    const { data } = await api.run<{ neighbourhood: null }>(
      '{ neighbourhood(id: "org:nope") { totalNodes } }',
    );
    expect(data!.neighbourhood).toBeNull();
  });
});

describe('network', () => {
  type R = {
    network: {
      nodes: Array<{ id: string; degree: number; type: string }>;
      edges: Array<{ id: string; source: string; target: string; type: string; year: number | null }>;
    };
  };
  it('returns the partnership network with degrees that match its edges', async () => {
    const { data } = await api.run<R>(
      '{ network(relationTypes: [MEMBER_OF, PARTNER_OF, CO_CHAIRED, COORDINATES]) { nodes { id degree type } edges { id source target type year } } }',
    );
    const n = data!.network;
    const icat = n.nodes.find((x) => x.id === 'org:icat')!;
    expect(icat.degree).toBe(23 + 2 + 2 + 1);
    const ids = new Set(n.nodes.map((x) => x.id));
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const degreeSum = n.nodes.reduce((s, x) => s + x.degree, 0);
    expect(degreeSum).toBe(2 * n.edges.length);
  });
  it('for a year keeps only that year’s relations', async () => {
    const y2018 = await api.run<R>('{ network(year: 2018) { nodes { id } edges { type year } } }');
    expect(y2018.data!.network.edges.length).toBeGreaterThan(0);
    expect(y2018.data!.network.edges.map((e) => e.type)).toContain('ELECTED');
    expect(y2018.data!.network.edges.map((e) => e.type)).not.toContain('CO_CHAIRED');
    const none = await api.run<R>('{ network(year: 1950) { nodes { id } edges { id } } }');
    expect(none.data!.network).toEqual({ nodes: [], edges: [] });
  });
  it('filters by entity type', async () => {
    const { data } = await api.run<R>('{ network(types: [PERSON, ORGANISATION]) { nodes { type } } }');
    expect(new Set(data!.network.nodes.map((n) => n.type))).toEqual(new Set(['PERSON', 'ORGANISATION']));
  });
});

describe('relations of an entity', () => {
  it('is a connection of typed, directed edges with properties and evidence', async () => {
    type R = {
      entity: {
        relations: {
          totalCount: number;
          edges: Array<{
            cursor: string;
            node: {
              type: string;
              direction: string;
              other: { id: string };
              year: number | null;
              role: string | null;
              status: string;
              evidence: Ev[];
            };
          }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = await api.run<R>(
      `{ entity(id: "org:osce") { relations(first: 5) { totalCount edges { cursor node { type direction other { id } year role status ${EVIDENCE} } } pageInfo { hasNextPage endCursor } } } }`,
    );
    const rel = first.data!.entity.relations;
    expect(rel.edges).toHaveLength(5);
    for (const e of rel.edges) expectEvidence(e.node.evidence);
    const out = await api.run<R>(
      `{ entity(id: "org:osce") { relations(types: [CO_CHAIRED], direction: OUTGOING) { totalCount edges { cursor node { type direction other { id } year role status ${EVIDENCE} } } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(
      out.data!.entity.relations.edges.map((e) => [
        e.node.type,
        e.node.direction,
        e.node.other.id,
        e.node.year,
      ]),
    ).toEqual([['CO_CHAIRED', 'OUTGOING', 'org:icat', 2019]]);
    const inc = await api.run<R>(
      `{ entity(id: "org:osce") { relations(types: [CO_CHAIRED], direction: INCOMING) { totalCount edges { cursor node { type direction other { id } year role status ${EVIDENCE} } } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(inc.data!.entity.relations.totalCount).toBe(0);
  });
});

describe('stated and inferred', () => {
  const seed = new SeedOracle();

  it('every relation says STATED or INFERRED, exactly as the seed, and an inferred one says why', async () => {
    const { data, errors } = await api.run<{
      network: { edges: Array<{ id: string; assertion: string; note: string | null }> };
    }>('{ network { edges { id assertion note } } }');
    expect(errors).toBeUndefined();
    const bySeed = new Map(seed.graph.relations.map((r) => [r.id, r.props]));
    const edges = data!.network.edges;
    expect(edges).toHaveLength(seed.graph.relations.length);
    for (const e of edges) {
      expect(e.assertion).toBe(bySeed.get(e.id)?.assertion);
      expect(e.note).toBe(bySeed.get(e.id)?.note ?? null);
    }
    const inferred = edges.filter((e) => e.assertion === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(0);
    for (const e of inferred) expect(e.note?.length).toBeGreaterThan(20);
  });

  it('on an entity’s relations and properties: the City Bar venue is stated, the photo credit and the UNGA session’s date are readings', async () => {
    const { data, errors } = await api.run<{
      bar: {
        relations: { edges: Array<{ node: { type: string; assertion: string; note: string | null } }> };
      };
      photographer: {
        relations: { edges: Array<{ node: { type: string; assertion: string; note: string | null } }> };
      };
      session: {
        date: { iso: string };
        inferredProperties: Array<{ field: string; assertion: string; note: string }>;
      };
      icat: { inferredProperties: unknown[] };
    }>(
      `{ bar: entity(id: "org:city-bar-justice-centre") { relations { edges { node { type assertion note } } } }
         photographer: entity(id: "person:claudio-formisano") { relations { edges { node { type assertion note } } } }
         session: entity(id: "event:unga-74th-session") { ... on Event { date { iso } } inferredProperties { field assertion note } }
         icat: entity(id: "org:icat") { inferredProperties { field } } }`,
    );
    expect(errors).toBeUndefined();
    // "an ICAT event at the City Bar Justice Centre": the venue the event was held in, as the caption says.
    const venue = data!.bar.relations.edges.map((e) => e.node);
    expect(venue).toEqual([{ type: 'HELD_IN', assertion: 'STATED', note: null }]);
    // The photographer is read from the credit "(UNODC/Claudio Formisano)": a reading, with its note.
    const credited = data!.photographer.relations.edges.map((e) => e.node);
    expect(credited.length).toBeGreaterThan(0);
    for (const r of credited)
      expect(r).toEqual({
        type: expect.any(String),
        assertion: 'INFERRED',
        note: expect.stringContaining('credit'),
      });
    expect(data!.session.date.iso).toBe('2019-09');
    expect(data!.session.inferredProperties).toEqual([
      { field: 'date', assertion: 'INFERRED', note: expect.stringContaining('September 2019') },
    ]);
    expect(data!.icat.inferredProperties).toEqual([]);
  });
});

describe('sources and evidence in context', () => {
  const seed = new SeedOracle();

  it('lists the report as a source, section by section, each passage at its offset in the section text', async () => {
    const { data, errors } = await api.run<{
      sources: {
        edges: Array<{
          node: {
            id: string;
            title: string;
            year: number;
            url: string;
            sections: Array<{
              name: string;
              text: string;
              passages: Array<{ id: string; excerpt: string; start: number; end: number }>;
            }>;
          };
        }>;
        totalCount: number;
      };
      node: { __typename: string; title: string } | null;
    }>(
      '{ sources(first: 5) { totalCount edges { node { id title year url sections { name text passages { id excerpt start end } } } } } node(id: "source:icat-chairs-report-2019") { __typename ... on Source { title } } }',
    );
    expect(errors).toBeUndefined();
    const [report] = data!.sources.edges.map((e) => e.node);
    expect(data!.sources.edges).toHaveLength(1);
    expect(data!.sources.totalCount).toBe(1);
    expect(report).toMatchObject({
      id: 'source:icat-chairs-report-2019',
      title: 'ICAT 2019 Chairs’ Report',
      year: 2019,
    });
    expect(data!.node).toEqual({ __typename: 'Source', title: 'ICAT 2019 Chairs’ Report' });
    expect(report!.sections.map((s) => s.name)).toEqual([
      ...new Set(seed.graph.source.props.sectionNames as string[]),
    ]);
    const passages = report!.sections.flatMap((s) => s.passages.map((p) => ({ ...p, text: s.text })));
    expect(passages.map((p) => p.id).sort()).toEqual(seed.graph.passages.map((p) => p.id).sort());
    for (const p of passages) expect(p.text.slice(p.start, p.end)).toBe(p.excerpt);
  });

  it('gives each evidence passage its source, a link into the /source page, and the facts it supports', async () => {
    const { data, errors } = await api.run<{
      entity: {
        evidence: Array<{
          id: string;
          excerpt: string;
          source: string;
          url: string;
          document: { id: string; publisher: string };
          entities: Array<{ id: string }>;
          relations: Array<{ type: string; from: { id: string }; to: { id: string } }>;
        }>;
      };
    }>(
      '{ entity(id: "org:unodc") { evidence { id excerpt source url document { id publisher } entities { id } relations { type from { id } to { id } } } } }',
    );
    expect(errors).toBeUndefined();
    const coordinator = data!.entity.evidence.find((e) =>
      e.excerpt.endsWith('is the Permanent Coordinator and Secretariat of ICAT.'),
    );
    expect(coordinator).toBeDefined();
    expect(coordinator!.source).toBe('ICAT 2019 Chairs’ Report');
    expect(coordinator!.document.id).toBe('source:icat-chairs-report-2019');
    expect(coordinator!.url).toBe(
      `/source?id=source%3Aicat-chairs-report-2019#${encodeURIComponent(coordinator!.id)}`,
    );
    // Exactly the facts of the seed that cite this passage.
    const citing = seed.graph.relations.filter((r) =>
      (r.props.evidence as string[]).includes(coordinator!.id),
    );
    expect(coordinator!.relations.map((r) => `${r.from.id} ${r.type} ${r.to.id}`).sort()).toEqual(
      citing.map((r) => `${r.from} ${r.type} ${r.to}`).sort(),
    );
    expect(coordinator!.relations.map((r) => r.type)).toContain('COORDINATES');
    const evidenced = seed.graph.entities
      .filter((e) => e.passageIds.includes(coordinator!.id))
      .map((e) => e.id);
    expect(coordinator!.entities.map((e) => e.id).sort()).toEqual(evidenced.sort());
    expect(evidenced).toContain('org:unodc');
  });
});

describe('typed convenience fields', () => {
  it('person affiliations and events, event participants, place and margins', async () => {
    const { data, errors } = await api.run<{
      person: {
        affiliations: Array<{ organisation: { acronym: string }; role: string }>;
        events: Array<{ event: { id: string }; role: string | null }>;
      };
      event: {
        place: { name: string };
        onMarginsOf: { id: string };
        participants: Array<{ participant: { id: string }; role: string | null }>;
        participantCount: number;
        participantCountQualifier: string;
      };
    }>(`{
      person: entity(id: "person:martin-fowke") { ... on Person { affiliations { organisation { acronym } role } events { event { id } role } } }
      event: entity(id: "event:hlpf-2019-thematic-event-technology") { ... on Event { place { name } onMarginsOf { id } participants { participant { id } role } participantCount participantCountQualifier } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.person.affiliations.map((a) => a.organisation.acronym)).toEqual(['UNODC']);
    expect(data!.person.events.map((e) => e.event.id)).toContain(
      'event:briefing-sustainable-procurement-vienna-2019',
    );
    expect(data!.event.place.name).toBe('New York');
    expect(data!.event.onMarginsOf.id).toBe('event:hlpf-2019');
    expect(data!.event.participantCount).toBe(80);
    expect(data!.event.participantCountQualifier).toBe('MORE_THAN');
    expect(data!.event.participants.map((p) => p.participant.id)).toEqual(
      expect.arrayContaining(['person:melanie-thompson', 'org:itu']),
    );
  });

  it('resolutions with who adopted them and whom they call upon; briefs with authors, recipients and endorsements', async () => {
    const { data, errors } = await api.run<{
      r: { adoptedBy: Array<{ id: string }>; callsUpon: Array<{ id: string }> };
      b: { authors: Array<{ id: string }>; submittedTo: Array<{ id: string }> };
      t: { endorsements: Array<{ by: { id: string }; quote: string; evidence: Ev[] }> };
    }>(`{
      r: entity(id: "res:sc-2331-2016") { ... on Resolution { adoptedBy { id } callsUpon { id } } }
      b: entity(id: "brief:icat-submission-cedaw-2019") { ... on Brief { authors { id } submittedTo { id } } }
      t: entity(id: "brief:issue-brief-technology-2019") { ... on Brief { endorsements { by { id } quote ${EVIDENCE} } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.r.adoptedBy.map((x) => x.id)).toEqual(['org:un-security-council']);
    expect(data!.r.callsUpon.length).toBeGreaterThan(0);
    expect(data!.b.submittedTo.map((x) => x.id)).toEqual(['org:cedaw-committee']);
    expect(data!.b.authors.map((x) => x.id)).toContain('org:icat');
    expect(data!.t.endorsements.map((e) => e.by.id).sort()).toEqual([
      'org:equality-now',
      'person:eric-anderson',
    ]);
    for (const e of data!.t.endorsements) {
      expect(e.quote.length).toBeGreaterThan(0);
      expectEvidence(e.evidence);
    }
  });
});

describe('database round trips do not grow with the number of results', () => {
  const nested = (first: number) =>
    `{ organisations(first: ${first}) { edges { node { name evidence { excerpt } memberOf { name } relations(first: 5) { edges { node { type other { name } evidence { excerpt } } } } } } } }`;
  it('a nested list query costs the same number of round trips for 2 and for 50 results', async () => {
    const small = await api.run(nested(2));
    const large = await api.run(nested(50));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.roundTrips).toBe(small.roundTrips);
    // page, passages, one relations batch (memberOf + relations share it), entities at the other ends, and
    // the passages and entities of the nested relations: one query per loader per level, whatever the count.
    expect(large.roundTrips).toBeLessThanOrEqual(6);
  });
  it('entity with nested relations: at most 3 round trips', async () => {
    const r = await api.run(
      '{ entity(id: "org:icat") { name relations(first: 50) { edges { node { other { name } evidence { excerpt } } } } } }',
    );
    expect(r.roundTrips).toBeLessThanOrEqual(4);
  });
});

describe('bad input is BAD_USER_INPUT naming the argument and limit, and reaches no query', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'first above the maximum',
      '{ organisations(first: 101) { totalCount } }',
      /"first": must be at most 100/,
    ],
    ['negative first', '{ people(first: -1) { totalCount } }', /"first": must be an integer from 0 to 100/],
    ['malformed cursor', '{ events(after: "bm9wZQ") { totalCount } }', /"after": malformed cursor/],
    [
      'maxHops above the cap',
      '{ path(from: "org:icat", to: "org:osce", maxHops: 7) { length } }',
      /"maxHops": must be an integer from 1 to 6/,
    ],
    [
      'depth above the cap',
      '{ neighbourhood(id: "org:icat", depth: 4) { totalNodes } }',
      /"depth": must be an integer from 1 to 3/,
    ],
    ['empty search', '{ search(query: "  ") { score } }', /"query": must not be empty/],
    [
      'search without letters',
      '{ search(query: "*:*~") { score } }',
      /"query": must contain at least one letter or digit/,
    ],
  ];
  it.each(cases)('%s', async (_name, query, message) => {
    const r = await api.run(query);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(message);
    expect(r.roundTrips).toBe(0);
  });
  it('an unknown enum value', async () => {
    const r = await api.run('{ network(relationTypes: [KNOWS]) { nodes { id } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/KNOWS/);
    expect(r.roundTrips).toBe(0);
  });
  it('an unknown enum value passed as a variable', async () => {
    const r = await api.run('query($t: [RelationType!]) { network(relationTypes: $t) { nodes { id } } }', {
      t: ['KNOWS'],
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.roundTrips).toBe(0);
  });
});
