import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR } from '../../src/http/operations.js';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * Every operation of operations/cookbook (the IDE's saved questions: web/build.mjs compiles the same files into
 * it) against the seeded graph, with its answer checked.
 */

const DIR = join(OPERATIONS_DIR, 'cookbook');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

interface Named {
  id: string;
  name: string;
}
type Data = Record<string, unknown>;
const edges = <T>(conn: unknown): T[] => (conn as { edges: Array<{ node: T }> }).edges.map((e) => e.node);

/** What each answer must show, by operation name: the fact the question is about, not just "no errors". */
const CHECKS: Record<string, (data: Data) => void> = {
  CoChairsByYear(data) {
    const icat = data.entity as { coChairs: Array<Named & { acronym: string; relations: unknown }> };
    expect(icat.coChairs.map((c) => c.acronym).sort()).toEqual(['OSCE', 'UN Women']);
    for (const c of icat.coChairs) {
      expect(edges<{ year: number }>(c.relations).map((r) => r.year)).toEqual([2018]);
    }
  },
  MembersAndSinceWhen(data) {
    const rels = edges<{ type: string; other: Named; since: { iso: string } | null }>(
      (data.entity as { relations: unknown }).relations,
    );
    expect(rels.filter((r) => r.type === 'MEMBER_OF')).toHaveLength(23);
    const coordinator = rels.find((r) => r.type === 'COORDINATES');
    expect(coordinator?.other.id).toBe('org:unodc');
    expect(coordinator?.since?.iso).toBe('2007');
  },
  Partners(data) {
    const partners = (data.entity as { partners: Named[] }).partners.map((p) => p.id).sort();
    expect(partners).toEqual(['org:council-of-europe', 'org:sr-trafficking-in-persons']);
  },
  WhatWasSubmittedToWhom(data) {
    const briefs = edges<{ id: string; submittedTo: Named[] }>(data.briefs);
    const cedaw = briefs.find((b) => b.id === 'brief:icat-submission-cedaw-2019');
    expect(cedaw?.submittedTo.map((s) => s.id)).toEqual(['org:cedaw-committee']);
  },
  WhoSpokeAtWhichEvent(data) {
    const event = data.entity as { participants: Array<{ participant: Named; role: string | null }> };
    const speaker = event.participants.find((p) => p.participant.id === 'person:melanie-thompson');
    expect(speaker?.role).toBe('SPEAKER');
  },
  ShortestPath(data) {
    const path = data.path as {
      length: number;
      steps: Array<{ entity: { name: string }; evidence: unknown[] }>;
    };
    // Shortest: Melanie Thompson is three hops from the OSCE in the seed (a breadth-first walk over seed/*.yaml;
    // arguments.test.ts checks shortest-ness in general).
    expect(path.length).toBe(3);
    expect(path.steps).toHaveLength(3);
    expect(path.steps.at(-1)?.entity.name).toBe('Organization for Security and Co-operation in Europe');
    for (const step of path.steps) expect(step.evidence.length).toBeGreaterThan(0);
  },
  Neighbourhood(data) {
    const n = data.neighbourhood as { center: Named; nodes: Array<{ entity: Named }>; edges: unknown[] };
    expect(n.center.id).toBe('org:unodc');
    expect(n.nodes.map((x) => x.entity.id)).toEqual(
      expect.arrayContaining(['org:icat', 'person:ilias-chatzis']),
    );
    expect(n.edges.length).toBeGreaterThanOrEqual(n.nodes.length);
  },
  ResolutionsAndWhomTheyCallUpon(data) {
    const res = edges<{ id: string; callsUpon: Array<{ name: string }>; mandates: Array<{ name: string }> }>(
      data.resolutions,
    );
    expect(res.find((r) => r.id === 'res:sc-2331-2016')?.callsUpon.map((c) => c.name)).toEqual([
      'United Nations',
    ]);
    expect(res.find((r) => r.id === 'res:ga-icat-mandate-2007')?.mandates).toHaveLength(1);
  },
  BriefsAndEndorsements(data) {
    const briefs = edges<{ id: string; endorsements: Array<{ by: { name: string }; quote: string }> }>(
      data.briefs,
    );
    const tech = briefs.find((b) => b.id === 'brief:issue-brief-technology-2019');
    expect(tech?.endorsements.map((e) => e.by.name).sort()).toEqual(['Equality Now', 'Eric Anderson']);
    for (const e of tech!.endorsements) expect(e.quote.length).toBeGreaterThan(20);
  },
  SearchWithATypo(data) {
    expect((data.typo as Array<{ entity: Named }>)[0]?.entity.id).toBe('org:interpol');
    expect((data.secondTypo as Array<{ entity: Named }>)[0]?.entity.id).toBe('org:unodc');
  },
  EventsOf2019InOrder(data) {
    const events = edges<{ date: { iso: string } | null }>(data.events);
    expect(events.length).toBeGreaterThanOrEqual(5);
    const dates = events.map((e) => e.date?.iso ?? '9999');
    expect(dates.every((d) => d.startsWith('2019'))).toBe(true);
    // Ordered by the earliest day each date can mean: "2019" (1 January) sorts before "2019-07".
    const earliest = dates.map((d) => (d.length === 4 ? `${d}-01` : d));
    expect([...earliest].sort()).toEqual(earliest);
  },
  WhoFundsWhat(data) {
    const net = data.network as { edges: Array<{ source: string; target: string }> };
    expect(net.edges.map((e) => `${e.source}->${e.target}`).sort()).toEqual([
      'org:united-kingdom->brief:icat-chairs-report-2019',
      // "continuing to fund the ICAT Secretariat" (Foreword): the Secretariat, not ICAT as a whole.
      'org:united-kingdom->org:icat-secretariat',
    ]);
  },
  PeopleAndTheirOrganisations(data) {
    const people = edges<{ id: string; affiliations: Array<{ organisation: { name: string } }> }>(
      data.people,
    );
    expect(people).toHaveLength(12);
    const chatzis = people.find((p) => p.id === 'person:ilias-chatzis');
    expect(chatzis?.affiliations.map((a) => a.organisation.name)).toContain(
      'United Nations Office on Drugs and Crime',
    );
  },
  WhatIcatPlansFor2020(data) {
    const planned = (
      data.network as { edges: Array<{ source: string; target: string; status: string }> }
    ).edges
      .filter((e) => e.status === 'PLANNED')
      .map((e) => e.target);
    expect(planned).toEqual(expect.arrayContaining(['org:alliance-8-7', 'org:un-migration-network']));
  },
  CentralOrganisations2019(data) {
    const c = data.centrality as {
      edges: Array<{ rank: number; score: number; node: Named & { metrics: { degree: number } } }>;
    };
    expect(c.edges.map((e) => e.node.id)).toEqual([
      'org:icat',
      'org:osce',
      'org:unodc',
      'org:icat-secretariat',
      'org:un-women',
    ]);
    expect(c.edges.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(c.edges[0]!.score).toBeCloseTo(0.9505, 4);
    expect(c.edges[0]!.node.metrics.degree).toBe(69);
  },
  Communities2019(data) {
    const p = data.communities as {
      modularity: number;
      count: number;
      communities: Array<{ size: number; top: Named[] }>;
    };
    expect(p.modularity).toBeCloseTo(0.5982, 4);
    expect(p.count).toBe(10);
    expect(p.communities[0]!.top[0]!.id).toBe('org:icat');
    expect(p.communities[1]!.top.map((t) => t.id)).toEqual(['org:unodc', 'org:un-women', 'org:osce']);
  },
  IcatTimeline2019(data) {
    const t = data.timeline as {
      totalCount: number;
      edges: Array<{ node: { kind: string; date: { iso: string }; evidence: unknown[] } }>;
    };
    expect(t.totalCount).toBe(58);
    const isos = t.edges.map((e) => e.node.date.iso);
    expect(isos.at(-1)).toBe('2019');
    expect(t.edges.filter((e) => e.node.kind === 'EVENT')).toHaveLength(5);
    for (const e of t.edges) expect(e.node.evidence.length).toBeGreaterThan(0);
  },
  WhatChanged2018To2019(data) {
    const d = data.networkDiff as {
      addedCount: number;
      endedCount: number;
      keptCount: number;
      kept: Array<{ type: string; from: Named; to: Named }>;
      ended: Array<{ type: string; to: Named }>;
    };
    expect([d.addedCount, d.endedCount, d.keptCount]).toEqual([223, 8, 2]);
    expect(d.kept.map((k) => `${k.type} ${k.from.id}`)).toEqual([
      'COORDINATES org:unodc',
      'MANDATES res:ga-icat-mandate-2007',
    ]);
    expect(d.ended.filter((e) => e.type === 'ELECTED').map((e) => e.to.id)).toEqual([
      'org:osce',
      'org:un-women',
    ]);
  },
  EgoNetworkForExport(data) {
    const e = data.entity as { metrics: { degree: number } };
    const n = data.neighbourhood as { totalNodes: number; nodes: Array<{ entity: Named }> };
    expect(e.metrics.degree).toBe(11);
    expect(n.totalNodes).toBe(10);
    expect(n.nodes.map((x) => x.entity.id)).toEqual(
      expect.arrayContaining(['org:icat', 'org:unodc', 'person:greminger']),
    );
  },
  WhatIcatRecommendedToCedaw(data) {
    const statements = edges<{
      other: {
        id: string;
        statementKind: string;
        year: number;
        status: string;
        issuers: Named[];
        topics: Array<{ name: string }>;
      };
    }>((data.entity as { relations: unknown }).relations).map((r) => r.other);
    // The six bullets after "… and recommended:" (CONTRIBUTIONS TO INTERGOVERNMENTAL PROCESSES).
    expect(statements).toHaveLength(6);
    for (const s of statements) {
      expect(s).toMatchObject({ statementKind: 'RECOMMENDATION', year: 2019, status: 'PROPOSED' });
      expect(s.issuers.map((i) => i.id)).toEqual(['brief:icat-submission-cedaw-2019']);
    }
    // Each on the topics its own words name (issue 22: gender where the bullet speaks of it; services and support
    // for survivors a topic of its own, no longer filed under survivors' engagement).
    expect(Object.fromEntries(statements.map((s) => [s.id, s.topics.map((t) => t.name).sort()]))).toEqual({
      'stmt:cedaw-rec-gender-transformative-approach': ['Gender'],
      'stmt:cedaw-rec-prevention': ['Gender'],
      'stmt:cedaw-rec-policy-coherence': ['Gender', 'Migration'],
      'stmt:cedaw-rec-conflict-humanitarian': ['Armed conflict', 'Gender'],
      'stmt:cedaw-rec-services-survivors': ['Services and support for survivors'],
      'stmt:cedaw-rec-countering-impunity': ['Gender', 'Impunity of perpetrators'],
    });
  },
  TopicsAndWhatAddressesThem(data) {
    const hits = (data.search as Array<{ entity: { id: string; addressedBy: Named[] } }>).map(
      (h) => h.entity,
    );
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['topic:technology', 'topic:impunity', 'topic:gender']),
    );
    // Any kind of entity may address a topic (issue 22): the General Recommendation on Trafficking in Women and
    // Girls addresses gender, as the tools ICAT plans for 2020 do.
    expect(hits.find((h) => h.id === 'topic:gender')!.addressedBy.map((e) => e.id)).toEqual(
      expect.arrayContaining(['brief:cedaw-gr-trafficking-global-migration', 'brief:planned-tools-2020']),
    );
    const technology = hits.find((h) => h.id === 'topic:technology')!;
    expect(technology.addressedBy.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'brief:issue-brief-technology-2019',
        'event:hrc41-side-event-technology',
        'event:hlpf-2019-thematic-event-technology',
      ]),
    );
  },
  FiguresTheReportGives(data) {
    type Figure = { amount: number; unit: string; year: number | null; counts: string };
    const figures = (key: string) =>
      edges<{ other: Figure }>((data[key] as { relations: unknown }).relations).map((r) => r.other);
    const icat = figures('icat').map((f) => `${f.amount} ${f.unit} ${f.year}`);
    expect(icat).toEqual(
      expect.arrayContaining(['23 ENTITIES 2019', '2 ENTITIES 2019', '25 ENTITIES 2019', '3 DOCUMENTS 2019']),
    );
    const un = figures('un').map((f) => `${f.amount} ${f.unit} ${f.year}`);
    expect(un.sort()).toEqual(['18800000000 US_DOLLAR 2018', '39 ORGANISATIONS 2018']);
  },
  EntityHistory(data) {
    const e = data.entity as { history: { edges: Array<{ node: { id: string; state: string } }> } };
    const ids = e.history.edges.map((x) => x.node.id);
    // The seed made ICAT: it is the oldest change-set of its history, the last one listed.
    expect(ids.at(-1)).toBe('seed');
    expect(e.history.edges.every((x) => x.node.state === 'ACCEPTED')).toBe(true);
  },
  ChangesFeed(data) {
    const feed = edges<{ id: string; appliedAt: string }>(data.changes);
    expect(feed[0]?.id).toBe('seed');
    const times = feed.map((c) => c.appliedAt);
    expect([...times].sort()).toEqual(times); // oldest first
  },
  GraphAsOf(data) {
    expect((data.entity as Named).id).toBe('org:icat');
    const n = data.neighbourhood as { edges: Array<{ type: string; to: { id: string } }> };
    expect(n.edges.filter((e) => e.type === 'MEMBER_OF' && e.to.id === 'org:icat')).toHaveLength(23);
  },
  DuplicateCandidates(data) {
    type Pair = { a: Named & { type: string }; b: Named & { type: string }; score: number; reason: string };
    const conn = data.duplicateCandidates as { totalCount: number; edges: Array<{ node: Pair }> };
    const pairs = conn.edges.map((e) => e.node);
    expect(conn.totalCount).toBe(pairs.length);
    // The seed holds no duplicate; its one candidate for review: two GA resolutions with near-identical titles.
    const ids = pairs.map((p) => [p.a.id, p.b.id].sort().join(' '));
    expect(ids).toContain('res:ga-72-195 res:improving-coordination-2019');
    for (const p of pairs) {
      expect(p.a.type).toBe(p.b.type);
      expect(p.score).toBeGreaterThanOrEqual(0.8);
    }
  },
  RelationTypeCounts(data) {
    const counts = data.relationTypeCounts as Array<{ type: string; count: number }>;
    expect(counts.find((c) => c.type === 'MEMBER_OF')?.count).toBe(23);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThan(100);
  },
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('the cookbook (operations/cookbook/*.graphql)', () => {
  it('holds at least 12 operations, each with a question and a check here', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const text = readFileSync(join(DIR, file), 'utf8');
      expect(text).toMatch(/^# Question: .+\?/);
      const name = /^query (\w+)/m.exec(text)?.[1];
      expect(name && CHECKS[name] ? name : `${file} has no check in cookbook.test.ts`).toBe(name);
    }
  });

  it.each(files)('%s answers its question', async (file) => {
    const query = readFileSync(join(DIR, file), 'utf8');
    const name = /^query (\w+)/m.exec(query)?.[1] ?? '';
    const check = CHECKS[name];
    expect(check).toBeDefined();
    const { data, errors } = await api.run<Data>(query);
    expect(errors).toBeUndefined();
    expect(data).not.toBeNull();
    check!(data ?? {});
  });
});
