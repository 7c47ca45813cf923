import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedRepository } from '../../src/ingest/index.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { CLIENTS, startProvider, type ClientName, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The fictional source of a few pages (test/fixtures/far-future-group, issue 24 item 6) walked end to end on
 * this file's own Neo4j (the report's seed and the fictional seed), with tokens from the test's OpenID provider:
 * the source proposed by one curator and accepted by a reviewer; its mentions of known entities of both seeds
 * (name, acronym, other name) and its new-entity candidates; new entities and relations with evidence from two
 * years, proposed and accepted; timeline, networkDiff and network(year) showing exactly those; a duplicate made
 * from the text found, merged (reads show the survivor only), and unmerged (the graph as before).
 */

const FIXTURE = join(process.cwd(), 'test/fixtures/far-future-group');
const TEXT = readFileSync(join(FIXTURE, 'report-2097-2098.md'), 'utf8');
const SOURCE = 'source:far-future-group-report';

const LOPS = 'org:lunar-office-for-placeholder-studies';
const CIH = 'org:council-of-imaginary-harbours';
const AUP = 'org:archive-of-unwritten-protocols';
const DUP = 'org:lunar-office-of-placeholder-studies';
const ICAT = 'org:icat';

let own: OwnNeo4j;
let provider: TestProvider;
let api: CurationApp;
const tokens = {} as Record<ClientName, string>;

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  await seedRepository(own.db, { seedDir: join(process.cwd(), 'test/fixtures/fictional-source') });
  provider = await startProvider();
  for (const name of Object.keys(CLIENTS) as ClientName[]) tokens[name] = await provider.token(name);
  api = await startCurationApp(own.db, provider);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await provider?.close();
  await own?.stop();
});

type UserErrors = Array<{ path: string[]; message: string; code: string }>;
interface Payload {
  changeSet: { id: string; state: string; diff?: string[] } | null;
  userErrors: UserErrors;
}

async function gql<T>(who: ClientName | null, query: string, variables: Record<string, unknown> = {}) {
  const r = await api.gql(query, variables, who ? { token: tokens[who] } : {});
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
}
const PAYLOAD = 'changeSet { id state } userErrors { path message code }';
async function proposed(field: string, p: Payload): Promise<string> {
  expect([field, p.userErrors]).toEqual([field, []]);
  expect(p.changeSet?.state).toBe('PROPOSED');
  return p.changeSet!.id;
}
async function propose(input: unknown): Promise<string> {
  const d = await gql<{ proposeChange: Payload }>(
    'curator',
    `mutation P($input: ProposeChangeInput!) { proposeChange(input: $input) { ${PAYLOAD} } }`,
    { input },
  );
  return proposed('proposeChange', d.proposeChange);
}
async function accept(id: string) {
  const d = await gql<{ reviewChange: Payload }>(
    'reviewer',
    `mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT, comment: "read against the text") {
       changeSet { id state diff } userErrors { path message code } } }`,
    { id },
  );
  expect(d.reviewChange.userErrors).toEqual([]);
  expect(d.reviewChange.changeSet?.state).toBe('ACCEPTED');
  return d.reviewChange.changeSet!;
}

type Section = { name: string; text: string };
let sections: Section[] = [];
const sectionText = (name: string) => sections.find((s) => s.name === name)!.text;

/** Evidence from the fixture: its section and a verbatim excerpt. */
const ev = (section: string, excerpt: string) => ({ source: SOURCE, section, excerpt });

describe('the fictional far-future report, from a new document to merged and unmerged entities', () => {
  it('is a source once a second person accepts the proposal: its text, SHA-256 and sections from its headings', async () => {
    const d = await gql<{ addSource: Payload }>(
      'curator',
      `mutation A($input: AddSourceInput!) { addSource(input: $input) { ${PAYLOAD} } }`,
      {
        input: {
          title: 'The Far Future Coordination Group: Report on the Years 2097 and 2098',
          publisher: 'icat-kg test suite (invented)',
          year: 2098,
          url: 'https://example.org/far-future-coordination-group',
          text: TEXT,
          id: SOURCE,
        },
      },
    );
    const id = await proposed('addSource', d.addSource);
    // Not yet a source; and its proposer may not accept it.
    const none = await gql<{ source: null }>(null, `query($id: ID!) { source(id: $id) { id } }`, {
      id: SOURCE,
    });
    expect(none.source).toBeNull();
    const self = await api.gql(
      `mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { changeSet { id } } }`,
      { id },
      { token: tokens.curator },
    );
    expect(self.status).toBe(403);
    await accept(id);

    const s = await gql<{ source: { sha256: string; year: number; sections: Section[] } }>(
      null,
      `query($id: ID!) { source(id: $id) { sha256 year sections { name text } } }`,
      { id: SOURCE },
    );
    expect(s.source.sha256).toBe(createHash('sha256').update(TEXT).digest('hex'));
    expect(s.source.year).toBe(2098);
    sections = s.source.sections;
    expect(sections.map((x) => x.name)).toEqual([
      'The Far Future Coordination Group: Report on the Years 2097 and 2098',
      'Foreword',
      'Members in 2097',
      'Meetings in 2097',
      'Members in 2098',
      'Meetings in 2098',
      'The Year Ahead',
    ]);
    expect(TEXT.length).toBeGreaterThan(3000);
  });

  const M2097 = 'Members in 2097';
  const M2098 = 'Members in 2098';
  type Mention = {
    section: string;
    start: number;
    end: number;
    text: string;
    nameKind: string;
    entity: { id: string };
  };
  type Candidate = {
    text: string;
    acronym: string | null;
    reason: string;
    section: string;
    occurrences: number;
  };
  const SUGGEST = `query M($source: ID!) { suggestMentions(source: $source, first: 200) {
    totalCount edges { node { section start end text nameKind entity { id } } }
    candidates { text acronym reason section occurrences } } }`;
  const suggest = async () =>
    (
      await gql<{
        suggestMentions: { totalCount: number; edges: Array<{ node: Mention }>; candidates: Candidate[] };
      }>(null, SUGGEST, { source: SOURCE })
    ).suggestMentions;
  /** The span of the n-th (from 0) occurrence of `text` in a section, as the fixture has it. */
  const span = (section: string, text: string, nth = 0) => {
    const body = sectionText(section);
    let at = -1;
    for (let i = 0; i <= nth; i++) at = body.indexOf(text, at + 1);
    expect([section, text, nth, at >= 0]).toEqual([section, text, nth, true]);
    return { section, start: at, end: at + text.length, text };
  };

  it('suggests the known entities of both seeds by name, acronym and other name, and the new ones as candidates', async () => {
    const m = await suggest();
    const spans = m.edges.map((e) => e.node);
    const expected: Array<[ReturnType<typeof span>, string, string]> = [
      [span('Foreword', 'Inter-Agency Coordination Group against Trafficking in Persons'), ICAT, 'NAME'],
      [span('Foreword', 'ICAT'), ICAT, 'ACRONYM'],
      [span('Foreword', 'Imaginary Society of Test Data'), 'org:imaginary-society-of-test-data', 'NAME'],
      [span('Members in 2097', 'ICAT', 0), ICAT, 'ACRONYM'],
      [span('Members in 2097', 'ICAT', 1), ICAT, 'ACRONYM'],
      [span('Members in 2097', 'United Nations Office on Drugs and Crime'), 'org:unodc', 'NAME'],
      [span('Members in 2097', 'UNODC'), 'org:unodc', 'ACRONYM'],
      [span('Members in 2097', 'OSCE'), 'org:osce', 'ACRONYM'],
      [span('Meetings in 2097', 'Vienna'), 'place:vienna', 'NAME'],
      [span('Meetings in 2097', 'Geneva'), 'place:geneva', 'NAME'],
      [span('Meetings in 2097', 'UNODC'), 'org:unodc', 'ACRONYM'],
      [span('Meetings in 2098', 'Geneva'), 'place:geneva', 'NAME'],
      [span('Meetings in 2098', 'UN Women'), 'org:un-women', 'ACRONYM'],
      [
        span('Meetings in 2098', 'Inter-Agency Coordination Group against Trafficking of Persons'),
        ICAT,
        'OTHER_NAME',
      ],
      [
        span('The Year Ahead', 'Imaginary Society of Test Data'),
        'org:imaginary-society-of-test-data',
        'NAME',
      ],
    ];
    for (const [where, entity, nameKind] of expected)
      expect(spans).toContainEqual({ ...where, nameKind, entity: { id: entity } });
    // The longest match wins: not "United Nations" inside UNODC's name, nor "Trafficking in Persons" alone.
    expect(spans.filter((x) => x.entity.id === 'org:united-nations')).toEqual([]);
    const inUnodc = span('Members in 2097', 'United Nations Office on Drugs and Crime');
    expect(
      spans.filter((x) => x.section === inUnodc.section && x.start >= inUnodc.start && x.end <= inUnodc.end),
    ).toHaveLength(1);
    // Every span is the text at its offsets.
    for (const x of spans) expect(sectionText(x.section).slice(x.start, x.end)).toBe(x.text);
    expect(m.totalCount).toBe(spans.length);

    const named = m.candidates.filter((c) => c.reason === 'NAME_WITH_ACRONYM');
    expect(named).toEqual(
      [
        {
          text: 'Lunar Office for Placeholder Studies (LOPS)',
          acronym: 'LOPS',
          section: M2097,
          occurrences: 1,
        },
        { text: 'Council of Imaginary Harbours (CIH)', acronym: 'CIH', section: M2097, occurrences: 1 },
        { text: 'Archive of Unwritten Protocols (AUP)', acronym: 'AUP', section: M2098, occurrences: 1 },
      ].map((c) => ({ ...c, reason: 'NAME_WITH_ACRONYM' })),
    );
    // Known names are not candidates (UNODC's name is followed by its acronym too).
    expect(m.candidates.map((c) => c.text)).not.toContain('United Nations Office on Drugs and Crime');
    expect(m.candidates.map((c) => c.text)).not.toContain('Imaginary Society of Test Data');
  });

  const X = {
    lops2097: 'In 2097 the Lunar Office for Placeholder Studies (LOPS) joined ICAT as a member.',
    cih2097: 'The Council of Imaginary Harbours (CIH) was also a member of ICAT in 2097.',
    lops2098: 'In 2098 the Lunar Office of Placeholder Studies remained a member of ICAT.',
    aup2098: 'The Archive of Unwritten Protocols (AUP) joined ICAT in 2098.',
    dup2098:
      'The Archive of Unwritten Protocols and the Lunar Office of Placeholder Studies organised it together',
  };
  const member = (from: string, year: number, section: string, excerpt: string) => ({
    addRelation: { type: 'MEMBER_OF', from, to: ICAT, year, evidence: [ev(section, excerpt)] },
  });
  const org = (id: string, name: string, acronym: string, section: string, excerpt: string) => ({
    createEntity: {
      id,
      type: 'ORGANISATION',
      name,
      acronym,
      classification: 'OTHER',
      evidence: [ev(section, excerpt)],
    },
  });

  it('a curator proposes the new entities and their memberships of 2097 and 2098; a reviewer accepts', async () => {
    const id = await propose({
      comment: 'The members the far-future report names, in 2097 and 2098',
      operations: [
        org(LOPS, 'Lunar Office for Placeholder Studies', 'LOPS', M2097, X.lops2097),
        org(CIH, 'Council of Imaginary Harbours', 'CIH', M2097, X.cih2097),
        org(AUP, 'Archive of Unwritten Protocols', 'AUP', M2098, X.aup2098),
        member(LOPS, 2097, M2097, X.lops2097),
        member(CIH, 2097, M2097, X.cih2097),
        member(LOPS, 2098, M2098, X.lops2098),
        member(AUP, 2098, M2098, X.aup2098),
      ],
    });
    const done = await accept(id);
    expect(done.diff!.filter((l) => l.startsWith('+ entity')).length).toBe(3);
    // Now known: LOPS is a mention, no longer a candidate.
    const m = await suggest();
    expect(m.edges.map((e) => e.node)).toContainEqual({
      ...span(M2097, 'LOPS'),
      nameKind: 'ACRONYM',
      entity: { id: LOPS },
    });
    expect(m.candidates.map((c) => c.acronym)).not.toContain('LOPS');
  });

  type Diff = {
    addedCount: number;
    endedCount: number;
    keptCount: number;
    added: Array<{
      type: string;
      from: { id: string };
      to: { id: string };
      toEvidence: Array<{ excerpt: string }>;
    }>;
    ended: Array<{
      type: string;
      from: { id: string };
      to: { id: string };
      fromEvidence: Array<{ excerpt: string }>;
    }>;
    kept: Array<{
      type: string;
      from: { id: string };
      to: { id: string };
      before: Array<{ year: number }>;
      after: Array<{ year: number }>;
    }>;
  };
  const DIFF = `networkDiff(fromYear: 2097, toYear: 2098) {
    addedCount endedCount keptCount
    added { type from { id } to { id } toEvidence { excerpt } }
    ended { type from { id } to { id } fromEvidence { excerpt } }
    kept { type from { id } to { id } before { year } after { year } }
  }`;
  type Edge = { source: string; target: string; type: string; year: number | null };
  type Reads = {
    timeline: {
      totalCount: number;
      edges: Array<{
        node: {
          kind: string;
          date: { iso: string };
          relation: { type: string; from: { id: string }; to: { id: string } };
          evidence: Array<{ excerpt: string; document: { id: string } }>;
        };
      }>;
    };
    networkDiff: Diff;
    y2097: { nodes: Array<{ id: string }>; edges: Edge[] };
    y2098: { nodes: Array<{ id: string }>; edges: Edge[] };
  };
  const reads = () =>
    gql<Reads>(
      null,
      `{
        timeline(from: 2097, to: 2098, first: 50) { totalCount edges { node { kind date { iso }
          relation { type from { id } to { id } } evidence { excerpt document { id } } } } }
        ${DIFF}
        y2097: network(year: 2097) { nodes { id } edges { source target type year } }
        y2098: network(year: 2098) { nodes { id } edges { source target type year } }
      }`,
    );
  const tie = (type: string, from: string, to: string) => ({ type, from: { id: from }, to: { id: to } });
  /** The timeline's facts, checked to be in date order, as sorted lines. */
  const facts = (d: Reads) => {
    const dates = d.timeline.edges.map((e) => e.node.date.iso);
    expect(dates).toEqual([...dates].sort());
    return d.timeline.edges
      .map(
        (e) =>
          `${e.node.kind} ${e.node.date.iso} ${e.node.relation.type} ${e.node.relation.from.id} ${e.node.evidence
            .map((x) => `${x.document.id} ${x.excerpt}`)
            .join(' | ')}`,
      )
      .sort();
  };
  const edges = (n: { edges: Edge[] }) =>
    n.edges.map((e) => `${e.type} ${e.source} ${e.target} ${e.year}`).sort();

  it('timeline, networkDiff and network(year) across the two years show exactly those changes', async () => {
    const d = await reads();
    // The timeline of 2097-2098 holds the four memberships alone, in date order (a year's facts by relation id),
    // each with its own year's excerpt.
    expect(facts(d)).toEqual([
      `RELATION 2097 MEMBER_OF ${CIH} ${SOURCE} ${X.cih2097}`,
      `RELATION 2097 MEMBER_OF ${LOPS} ${SOURCE} ${X.lops2097}`,
      `RELATION 2098 MEMBER_OF ${AUP} ${SOURCE} ${X.aup2098}`,
      `RELATION 2098 MEMBER_OF ${LOPS} ${SOURCE} ${X.lops2098}`,
    ]);
    expect(d.timeline.totalCount).toBe(4);
    // From 2097 to 2098: the Archive joined, the Council left, the Lunar Office stayed.
    expect(d.networkDiff).toEqual({
      addedCount: 1,
      endedCount: 1,
      keptCount: 1,
      added: [{ ...tie('MEMBER_OF', AUP, ICAT), toEvidence: [{ excerpt: X.aup2098 }] }],
      ended: [{ ...tie('MEMBER_OF', CIH, ICAT), fromEvidence: [{ excerpt: X.cih2097 }] }],
      kept: [{ ...tie('MEMBER_OF', LOPS, ICAT), before: [{ year: 2097 }], after: [{ year: 2098 }] }],
    });
    expect(edges(d.y2097)).toEqual([`MEMBER_OF ${CIH} ${ICAT} 2097`, `MEMBER_OF ${LOPS} ${ICAT} 2097`]);
    expect(edges(d.y2098)).toEqual([`MEMBER_OF ${AUP} ${ICAT} 2098`, `MEMBER_OF ${LOPS} ${ICAT} 2098`]);
    expect(d.y2097.nodes.map((n) => n.id).sort()).toEqual([CIH, ICAT, LOPS].sort());
    expect(d.y2098.nodes.map((n) => n.id).sort()).toEqual([AUP, ICAT, LOPS].sort());
  });

  type Pair = { a: { id: string }; b: { id: string }; score: number; reason: string };
  const candidates = async () =>
    (
      await gql<{ duplicateCandidates: { edges: Array<{ node: Pair }> } }>(
        null,
        `{ duplicateCandidates(first: 100) { edges { node { a { id } b { id } score reason } } } }`,
      )
    ).duplicateCandidates.edges.map((e) => e.node);
  const isPair = (p: Pair) => [p.a.id, p.b.id].sort().join(' ') === [DUP, LOPS].sort().join(' ');
  const searched = async () =>
    (
      await gql<{ search: Array<{ entity: { id: string } }> }>(
        null,
        `{ search(query: "Lunar Office Placeholder Studies", first: 10) { entity { id } } }`,
      )
    ).search.map((h) => h.entity.id);
  /** path from and to the duplicate's id, and its neighbourhood (depth 1). */
  const walks = async () => {
    const d = await gql<{
      from: { entities: Array<{ id: string }> } | null;
      to: { entities: Array<{ id: string }> } | null;
      neighbourhood: { center: { id: string }; nodes: Array<{ entity: { id: string } }> } | null;
    }>(
      null,
      `query($dup: ID!, $icat: ID!) {
        from: path(from: $dup, to: $icat) { entities { id } }
        to: path(from: $icat, to: $dup) { entities { id } }
        neighbourhood(id: $dup) { center { id } nodes { entity { id } } }
      }`,
      { dup: DUP, icat: ICAT },
    );
    return {
      from: d.from?.entities.map((e) => e.id),
      to: d.to?.entities.map((e) => e.id),
      center: d.neighbourhood?.center.id,
      around: d.neighbourhood?.nodes.map((n) => n.entity.id).sort(),
    };
  };
  let beforeMerge: Reads;
  let mergeSet = '';

  it('a duplicate made from the 2098 spelling is a duplicate candidate', async () => {
    const id = await propose({
      comment: 'The 2098 organiser of the Second Plenary (as spelt that year)',
      operations: [
        {
          createEntity: {
            id: DUP,
            type: 'ORGANISATION',
            name: 'Lunar Office of Placeholder Studies',
            classification: 'OTHER',
            evidence: [ev(M2098, X.lops2098)],
          },
        },
        {
          addRelation: {
            type: 'COLLABORATES_WITH',
            from: DUP,
            to: AUP,
            year: 2098,
            evidence: [ev('Meetings in 2098', X.dup2098)],
          },
        },
      ],
    });
    await accept(id);
    const pair = (await candidates()).find(isPair);
    expect(pair?.score).toBeGreaterThanOrEqual(0.8);
    expect(await searched()).toEqual(expect.arrayContaining([LOPS, DUP]));
    beforeMerge = await reads();
    expect(beforeMerge.networkDiff.added).toContainEqual({
      ...tie('COLLABORATES_WITH', DUP, AUP),
      toEvidence: [{ excerpt: X.dup2098 }],
    });
    expect(beforeMerge.y2098.nodes.map((n) => n.id)).toContain(DUP);
  });

  it('merged with proposeMerge and accepted: every read shows the survivor only', async () => {
    const d = await gql<{ proposeMerge: Payload }>(
      'curator',
      `mutation M($from: ID!, $into: ID!, $note: String!) { proposeMerge(from: $from, into: $into, note: $note) { ${PAYLOAD} } }`,
      { from: DUP, into: LOPS, note: 'One office: the 2098 text spells it with "of" (Members in 2098)' },
    );
    mergeSet = await proposed('proposeMerge', d.proposeMerge);
    const done = await accept(mergeSet);
    expect(done.diff).toContain(`~ entity ${DUP} merged into ${LOPS}`);

    const e = await gql<{ entity: { id: string; mergedIds: string[] }; node: { id: string } }>(
      null,
      `query($id: ID!) { entity(id: $id) { id mergedIds } node(id: $id) { id } }`,
      { id: DUP },
    );
    expect(e).toEqual({ entity: { id: LOPS, mergedIds: [DUP] }, node: { id: LOPS } });
    expect(await searched()).toContain(LOPS);
    expect(await searched()).not.toContain(DUP);
    expect((await candidates()).some(isPair)).toBe(false);

    const after = await reads();
    const ids = (n: { nodes: Array<{ id: string }>; edges: Edge[] }) => [
      ...n.nodes.map((x) => x.id),
      ...n.edges.flatMap((x) => [x.source, x.target]),
    ];
    expect([...ids(after.y2097), ...ids(after.y2098)]).not.toContain(DUP);
    // The relation moved to the survivor, with its evidence; everything else is as before the merge.
    expect(after.networkDiff).toEqual({
      ...beforeMerge.networkDiff,
      added: beforeMerge.networkDiff.added.map((t) => (t.from.id === DUP ? { ...t, from: { id: LOPS } } : t)),
    });
    expect(edges(after.y2098)).toEqual(edges(beforeMerge.y2098).map((l) => l.replace(DUP, LOPS)));
    expect(facts(after)).toEqual(
      facts(beforeMerge)
        .map((l) => l.replace(DUP, LOPS))
        .sort(),
    );
    expect(after.timeline.totalCount).toBe(beforeMerge.timeline.totalCount);
    expect(JSON.stringify(after)).not.toContain(DUP);

    // path and neighbourhood given the merged id answer for the survivor, at either end of a path.
    expect(await walks()).toEqual({
      from: [LOPS, ICAT],
      to: [ICAT, LOPS],
      center: LOPS,
      around: [AUP, ICAT].sort(),
    });
  });

  it('unmerge, accepted, gives the duplicate back with its relation: the reads are again as before the merge', async () => {
    const d = await gql<{ unmerge: Payload }>(
      'curator',
      `mutation U($id: ID!) { unmerge(id: $id, note: "kept apart for the test") { ${PAYLOAD} } }`,
      { id: DUP },
    );
    await accept(await proposed('unmerge', d.unmerge));
    const e = await gql<{ a: { id: string; mergedIds: string[] }; b: { id: string; mergedIds: string[] } }>(
      null,
      `query($a: ID!, $b: ID!) { a: entity(id: $a) { id mergedIds } b: entity(id: $b) { id mergedIds } }`,
      { a: DUP, b: LOPS },
    );
    expect(e).toEqual({ a: { id: DUP, mergedIds: [] }, b: { id: LOPS, mergedIds: [] } });
    expect(await reads()).toEqual(beforeMerge);
    // The old id is itself again: its own neighbourhood, its own path (through the Archive it collaborates with).
    expect(await walks()).toEqual({
      from: [DUP, AUP, ICAT],
      to: [ICAT, AUP, DUP],
      center: DUP,
      around: [AUP],
    });
    expect(await searched()).toEqual(expect.arrayContaining([LOPS, DUP]));
    // Unmerged is judged "not the same": the pair is not suggested again.
    expect((await candidates()).some(isPair)).toBe(false);
  });
});
