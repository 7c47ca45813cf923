import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCuration } from '../../src/curation/index.js';
import { runSourceAdd } from '../../src/curation/source-add.js';
import { DEFAULT_CURATION_LIMITS } from '../../src/config.js';
import { seedRepository } from '../../src/ingest/index.js';
import { memoryLogger } from '../support/api.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { CLIENTS, startProvider, type ClientName, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * Sources (issue 24): a new source is a proposal reviewed like any change (addSource, npm run source:add); the
 * sources list and pages; evidence anchored by quote, context and offsets, across sources; a new edition of a
 * text re-anchors every passage and keeps what it cannot place as orphans. On this file's own Neo4j, seeded with
 * the report and the fictional source (test/fixtures/fictional-source).
 */

const FIXTURES = join(process.cwd(), 'test/fixtures/fictional-source');
const REPORT_MD = readFileSync(join(FIXTURES, 'fictional-report-2100.md'), 'utf8');
const EDITION_2 = readFileSync(join(FIXTURES, 'fictional-source-edition-2.txt'), 'utf8');
const NEW_ID = 'source:the-fictional-follow-up-report';
const FICTIONAL = 'source:fictional-test-source';

let own: OwnNeo4j;
let provider: TestProvider;
let api: CurationApp;
const tokens = {} as Record<ClientName, string>;

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  await seedRepository(own.db, { seedDir: FIXTURES });
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
type Proposed = { changeSet: { id: string; state: string } | null; userErrors: UserErrors };

const ADD = `mutation A($input: AddSourceInput!) {
  addSource(input: $input) { changeSet { id state } userErrors { path message code } }
}`;
const PROPOSE = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id state } userErrors { path message code } }
}`;
const REVIEW = `mutation R($id: ID!) {
  reviewChange(id: $id, decision: ACCEPT, comment: "checked") {
    changeSet { id state diff } userErrors { path message code }
  }
}`;
const SOURCE = `query S($id: ID!) {
  source(id: $id) {
    id title publisher year url dataset textAvailable sha256 edition
    sections { name text passages { id section excerpt start end anchor previousExcerpt
      quote { exact prefix suffix } position { start end } entities { id } } }
    orphans { id section excerpt anchor position { start } }
  }
}`;

const mdInput = (extra: Record<string, unknown> = {}) => ({
  title: 'The Fictional Follow-up Report',
  publisher: 'icat-kg test suite (invented)',
  year: 2100,
  url: 'https://example.org/fictional-follow-up-report',
  text: REPORT_MD,
  ...extra,
});

async function addSource(input: unknown, who: ClientName = 'curator') {
  const r = await api.gql(ADD, { input }, { token: tokens[who] });
  return r.body.data?.addSource as Proposed;
}
async function propose(input: unknown) {
  const r = await api.gql(PROPOSE, { input }, { token: tokens.curator });
  return r.body.data?.proposeChange as Proposed;
}
async function accept(id: string) {
  const r = await api.gql(REVIEW, { id }, { token: tokens.reviewer });
  return r.body.data?.reviewChange as {
    changeSet: { state: string; diff: string[] } | null;
    userErrors: UserErrors;
  };
}

type SourceBody = {
  id: string;
  title: string;
  dataset: string;
  textAvailable: boolean;
  sha256: string | null;
  edition: number;
  sections: Array<{
    name: string;
    text: string;
    passages: Array<{
      id: string;
      section: string;
      excerpt: string;
      start: number | null;
      end: number | null;
      anchor: string;
      previousExcerpt: string | null;
      quote: { exact: string; prefix: string; suffix: string };
      position: { start: number; end: number } | null;
      entities: Array<{ id: string }>;
    }>;
  }>;
  orphans: Array<{ id: string; section: string; excerpt: string; anchor: string; position: null }>;
};
async function source(id: string): Promise<SourceBody | null> {
  const r = await api.gql(SOURCE, { id });
  expect(r.body.errors).toBeUndefined();
  return (r.body.data?.source ?? null) as SourceBody | null;
}

/** Everything but the audit log (which records refusals too). */
async function written() {
  const [row] = await own.db.read<{ n: number; r: number; props: string }>(
    `MATCH (n) WHERE NOT n:AuditRecord
     WITH count(n) AS n, collect(n.id + ':' + toString(size(keys(n)))) AS ids
     RETURN n, COUNT { ()-[]->() } AS r, reduce(s = '', x IN ids | s + x) AS props`,
  );
  return row;
}

describe('addSource: a new source is a proposal', () => {
  it('is nothing until a reviewer accepts it; then it is listed and shown, cut at its Markdown headings', async () => {
    const before = await source(NEW_ID);
    expect(before).toBeNull();
    const proposed = await addSource(mdInput());
    expect(proposed.userErrors).toEqual([]);
    expect(proposed.changeSet?.state).toBe('PROPOSED');
    expect(await source(NEW_ID)).toBeNull();
    // A curator may not accept it: review is a second person's.
    const self = await api.gql(REVIEW, { id: proposed.changeSet!.id }, { token: tokens.curator });
    expect(self.status).toBe(403);

    const accepted = await accept(proposed.changeSet!.id);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.changeSet?.diff[0]).toMatch(/^\+ source source:the-fictional-follow-up-report/);
    const s = (await source(NEW_ID))!;
    expect(s).toMatchObject({
      title: 'The Fictional Follow-up Report',
      dataset: 'the-fictional-follow-up-report',
      textAvailable: true,
      edition: 1,
    });
    expect(s.sha256).toBe(createHash('sha256').update(REPORT_MD).digest('hex'));
    expect(s.sections.map((x) => x.name)).toEqual(['The Fictional Follow-up Report', 'Members', 'Meetings']);
    expect(s.sections[1]!.text).toMatch(
      /^The Inter-Agency Coordination Group against Trafficking in Persons \(ICAT\) welcomed the Hypothetical Alliance for Sample Records \(HASR\) in 2100\./,
    );

    const list = await api.gql(
      '{ sources(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    const page = list.body.data?.sources as {
      totalCount: number;
      edges: Array<{ node: { id: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node.id)).toEqual([FICTIONAL, 'source:icat-chairs-report-2019']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql(
      'query N($after: String) { sources(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }',
      { after: page.pageInfo.endCursor },
    );
    expect(next.body.data?.sources).toEqual({
      edges: [{ node: { id: NEW_ID } }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('takes evidence from the new source: anchored by quote, context and offsets; with several sources the source must be named', async () => {
    const excerpt = 'the Hypothetical Alliance for Sample Records (HASR)';
    const entity = (evidence: Record<string, unknown>) => ({
      comment: 'A new member named by the follow-up report',
      operations: [
        {
          createEntity: {
            id: 'org:hypothetical-alliance-for-sample-records',
            type: 'ORGANISATION',
            name: 'Hypothetical Alliance for Sample Records',
            acronym: 'HASR',
            classification: 'OTHER',
            evidence: [evidence],
          },
        },
      ],
    });
    const unnamed = await propose(entity({ section: 'Members', excerpt }));
    expect(unnamed.changeSet).toBeNull();
    expect(unnamed.userErrors[0]!.message).toMatch(/name the source \(evidence\.source\).*several sources/);
    const unknown = await propose(entity({ source: 'source:nope', section: 'Members', excerpt }));
    expect(unknown.userErrors[0]).toMatchObject({
      code: 'INVALID',
      path: expect.arrayContaining(['source']) as unknown,
    });

    const ok = await propose(entity({ source: NEW_ID, section: 'Members', excerpt }));
    expect(ok.userErrors).toEqual([]);
    expect((await accept(ok.changeSet!.id)).userErrors).toEqual([]);
    const members = (await source(NEW_ID))!.sections[1]!;
    const [p] = members.passages;
    expect(p).toMatchObject({
      excerpt,
      anchor: 'EXACT',
      entities: [{ id: 'org:hypothetical-alliance-for-sample-records' }],
    });
    expect(members.text.slice(p!.start!, p!.end!)).toBe(excerpt);
    expect(p!.position).toEqual({ start: p!.start, end: p!.end });
    expect(p!.quote.exact).toBe(excerpt);
    expect(p!.quote.prefix).toBe(members.text.slice(p!.start! - 32, p!.start!));
    expect(p!.quote.suffix).toBe(members.text.slice(p!.end!, p!.end! + 32));
    expect(p!.quote.suffix).toMatch(/^ in 2100\./);
  });

  it('a source and a fact citing it may be one change-set', async () => {
    const id = 'source:one-change-set';
    const r = await propose({
      comment: 'A source and the entity it names',
      operations: [
        {
          addSource: {
            id,
            title: 'One change-set',
            publisher: 'icat-kg tests',
            year: 2099,
            url: 'https://example.org/one',
            text: 'The Quite Invented Foundation met once.',
          },
        },
        {
          createEntity: {
            id: 'org:quite-invented-foundation',
            type: 'ORGANISATION',
            name: 'Quite Invented Foundation',
            classification: 'OTHER',
            evidence: [{ source: id, section: 'TEXT', excerpt: 'The Quite Invented Foundation met once.' }],
          },
        },
      ],
    });
    expect(r.userErrors).toEqual([]);
    expect((await accept(r.changeSet!.id)).userErrors).toEqual([]);
    const s = (await source(id))!;
    expect(s.sections[0]!.passages[0]).toMatchObject({
      start: 0,
      entities: [{ id: 'org:quite-invented-foundation' }],
    });
  });
});

describe('suggestMentions: known entities of every source, in the new source', () => {
  const SUGGEST = `query M($source: ID!, $first: Int, $after: String) {
    suggestMentions(source: $source, first: $first, after: $after) {
      totalCount
      edges { cursor node { section start end text name nameKind entity { id } passage { id } excerpt excerptOffset } }
      pageInfo { hasNextPage endCursor }
      candidates { text acronym reason section occurrences }
    }
  }`;
  type Suggestions = {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        section: string;
        start: number;
        end: number;
        text: string;
        name: string;
        nameKind: string;
        entity: { id: string };
        passage: { id: string } | null;
        excerpt: string;
        excerptOffset: number;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    candidates: Array<{
      text: string;
      acronym: string | null;
      reason: string;
      section: string;
      occurrences: number;
    }>;
  };
  const suggest = async (vars: Record<string, unknown>) => {
    const r = await api.gql(SUGGEST, vars);
    return r;
  };

  it('finds the report’s and the fictional seed’s entities, an entity a proposal made from it, and new candidates', async () => {
    const r = await suggest({ source: NEW_ID, first: 100 });
    expect(r.body.errors).toBeUndefined();
    const m = r.body.data?.suggestMentions as Suggestions;
    const found = m.edges.map((e) => [e.node.section, e.node.text, e.node.entity.id]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Members', 'Inter-Agency Coordination Group against Trafficking in Persons', 'org:icat'],
        ['Members', 'ICAT', 'org:icat'],
        [
          'Members',
          'Hypothetical Alliance for Sample Records',
          'org:hypothetical-alliance-for-sample-records',
        ],
        ['Members', 'HASR', 'org:hypothetical-alliance-for-sample-records'],
        ['Members', 'Imaginary Society of Test Data', 'org:imaginary-society-of-test-data'],
        ['Members', 'United Nations Office on Drugs and Crime', 'org:unodc'],
        ['Meetings', 'Nowhere City', 'place:nowhere-city'],
      ]),
    );
    // Not the lower-case "icat" of "icat-like"; not "United Nations" inside UNODC's name.
    expect(found.filter(([, text]) => text.toLowerCase() === 'icat')).toEqual([
      ['Members', 'ICAT', 'org:icat'],
    ]);
    expect(found.some(([, , id]) => id === 'org:united-nations')).toBe(false);
    const members = (await source(NEW_ID))!.sections[1]!.text;
    for (const e of m.edges) {
      const text = (await source(NEW_ID))!.sections.find((x) => x.name === e.node.section)!.text;
      expect(text.slice(e.node.start, e.node.end)).toBe(e.node.text);
      expect(text.slice(e.node.excerptOffset, e.node.excerptOffset + e.node.excerpt.length)).toBe(
        e.node.excerpt,
      );
    }
    const hasr = m.edges.find((e) => e.node.text === 'HASR')!.node;
    expect(hasr).toMatchObject({
      nameKind: 'ACRONYM',
      passage: { id: expect.stringMatching(/^passage:/) as unknown },
    });
    expect(members).toContain(hasr.excerpt);
    expect(m.candidates.map((c) => [c.reason, c.text])).toEqual(
      expect.arrayContaining([['CAPITALISED_RUN', 'Second Pretend Meeting on Fixtures']]),
    );
    expect(m.candidates.map((c) => c.text)).not.toContain('Imaginary Society of Test Data');

    // Paged: the same spans, in the same order.
    const first = (await suggest({ source: NEW_ID, first: 3 })).body.data?.suggestMentions as Suggestions;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await suggest({ source: NEW_ID, first: 100, after: first.pageInfo.endCursor })).body.data
      ?.suggestMentions as Suggestions;
    expect([...first.edges, ...rest.edges].map((e) => e.node)).toEqual(m.edges.map((e) => e.node));
    expect(first.totalCount).toBe(m.edges.length);
  });

  it('a suggestion made evidence: the relation it supports is in network(year), timeline and networkDiff across sources and years', async () => {
    const m = (await suggest({ source: NEW_ID, first: 100 })).body.data?.suggestMentions as Suggestions;
    const hasr = m.edges.find((e) => e.node.text === 'HASR')!.node;
    const r = await propose({
      comment: 'ICAT welcomed HASR in 2100 (the follow-up report)',
      operations: [
        {
          addRelation: {
            type: 'MEMBER_OF',
            from: 'org:hypothetical-alliance-for-sample-records',
            to: 'org:icat',
            year: 2100,
            evidence: [
              { source: NEW_ID, section: hasr.section, excerpt: hasr.excerpt, offset: hasr.excerptOffset },
            ],
          },
        },
      ],
    });
    expect(r.userErrors).toEqual([]);
    expect((await accept(r.changeSet!.id)).userErrors).toEqual([]);
    const q = await api.gql(`{
      network(year: 2100, relationTypes: [MEMBER_OF]) { edges { source target year } }
      timeline(entity: "org:hypothetical-alliance-for-sample-records") { edges { node { kind date { iso } relation { type } evidence { document { id } } } } }
      networkDiff(fromYear: 2019, toYear: 2100, relationTypes: [MEMBER_OF]) { added { from { id } to { id } toEvidence { document { id } } } }
    }`);
    expect(q.body.errors).toBeUndefined();
    const d = q.body.data as {
      network: { edges: Array<{ source: string; target: string; year: number }> };
      timeline: {
        edges: Array<{
          node: { kind: string; relation: { type: string }; evidence: Array<{ document: { id: string } }> };
        }>;
      };
      networkDiff: {
        added: Array<{
          from: { id: string };
          to: { id: string };
          toEvidence: Array<{ document: { id: string } }>;
        }>;
      };
    };
    expect(d.network.edges).toContainEqual({
      source: 'org:hypothetical-alliance-for-sample-records',
      target: 'org:icat',
      year: 2100,
    });
    expect(
      d.timeline.edges.map((e) => [e.node.kind, e.node.relation.type, e.node.evidence[0]!.document.id]),
    ).toEqual([['RELATION', 'MEMBER_OF', NEW_ID]]);
    expect(d.networkDiff.added).toContainEqual({
      from: { id: 'org:hypothetical-alliance-for-sample-records' },
      to: { id: 'org:icat' },
      toEvidence: [{ document: { id: NEW_ID } }],
    });
  });

  it('an unknown source is a clear error', async () => {
    const r = await suggest({ source: 'source:nope' });
    expect(r.body.errors?.[0]?.message).toMatch(/no source "source:nope"/);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('bad input: a clear error and nothing written', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp, string]> = [
    ['an empty text', { text: '  \n ' }, /the text is empty/, 'text'],
    [
      'a binary text',
      { text: 'PK\u0003\u0004\u0000\u0000binary' },
      /looks binary \(control character U\+0003 at offset 2\)/,
      'text',
    ],
    [
      'an unknown section marker',
      {
        text: REPORT_MD,
        title: 'Markers',
        sections: [
          { name: 'ONE', marker: '# The Fictional' },
          { name: 'TWO', marker: 'CHAPTER NINE' },
        ],
      },
      /unknown section marker "CHAPTER NINE" \(section "TWO"\)/,
      'sections',
    ],
    [
      'a title already taken',
      { text: `${REPORT_MD}\nmore` },
      /holds a source "source:the-fictional-follow-up-report" already/,
      'id',
    ],
    [
      'the same text again',
      { text: REPORT_MD, title: 'Another title' },
      /the same text .* is source "source:the-fictional-follow-up-report" already/,
      'text',
    ],
  ];
  it.each(cases)('%s', async (_what, extra, message, field) => {
    const before = await written();
    const r = await addSource(mdInput(extra));
    expect(r.changeSet).toBeNull();
    expect(r.userErrors).toHaveLength(1);
    expect(r.userErrors[0]!.message).toMatch(message);
    expect(r.userErrors[0]!.path).toEqual(['input', 'operations', '0', 'addSource', field]);
    expect(await written()).toEqual(before);
  });

  it('an excerpt not in the new source’s text', async () => {
    const before = await written();
    const r = await propose({
      comment: 'x',
      operations: [
        {
          addEvidence: {
            target: 'org:icat',
            evidence: { source: NEW_ID, section: 'Members', excerpt: 'ICAT dissolved itself' },
          },
        },
      ],
    });
    expect(r.userErrors[0]).toMatchObject({
      code: 'EXCERPT_NOT_FOUND',
      message: expect.stringMatching(/not found in section "Members"/) as unknown,
    });
    expect(await written()).toEqual(before);
  });
});

describe('a new edition of a text: every passage re-anchored, none dropped', () => {
  it('places each passage (exact, moved, approximate) and lists the rest as orphans', async () => {
    const before = (await source(FICTIONAL))!;
    const all = (s: SourceBody) => s.sections.flatMap((x) => x.passages);
    expect(all(before).every((p) => p.anchor === 'EXACT' && p.start !== null)).toBe(true);
    const r = await propose({
      comment: 'The second edition',
      operations: [{ replaceSourceText: { id: FICTIONAL, text: EDITION_2 } }],
    });
    expect(r.userErrors).toEqual([]);
    const done = await accept(r.changeSet!.id);
    expect(done.userErrors).toEqual([]);
    expect(done.changeSet!.diff[0]).toMatch(/new edition .*: 1 exact, 4 moved, 1 approximate, 3 orphaned$/);

    const after = (await source(FICTIONAL))!;
    expect(after.edition).toBe(2);
    const byExcerpt = new Map(all(before).map((p) => [p.id, p.excerpt]));
    const state = Object.fromEntries(
      [...all(after), ...after.orphans].map((p) => [byExcerpt.get(p.id), p.anchor]),
    );
    expect(state).toEqual({
      'it names the Inter-Agency Coordination Group against Trafficking in Persons (ICAT) only to test that two sources can evidence one entity.':
        'EXACT',
      'The Imaginary Society of Test Data was founded in this invented text.': 'MOVED',
      'the Made-up Pamphlet on Fixtures, a pamphlet about ICAT that exists only here.': 'MOVED',
      'The Imaginary Society of Test Data wrote the Made-up Pamphlet on Fixtures': 'MOVED',
      'a pamphlet about ICAT that exists only here.': 'MOVED',
      'The Imaginary Society of Test Data held a Pretend Meeting on Fixtures': 'APPROXIMATE',
      'held a Pretend Meeting on Fixtures in Nowhere City in 2099.': 'ORPHANED',
      'Nowhere City': 'ORPHANED',
      'in Nowhere City in 2099.': 'ORPHANED',
    });
    // Nothing dropped: the same passages, still evidence of the same facts.
    expect(new Set([...all(after), ...after.orphans].map((p) => p.id))).toEqual(
      new Set(all(before).map((p) => p.id)),
    );
    for (const p of all(after).filter((x) => x.start !== null)) {
      const text = after.sections.find((s) => s.name === p.section)!.text;
      expect(text.slice(p.start!, p.end!)).toBe(p.excerpt);
    }
    const approx = all(after).find((p) => p.anchor === 'APPROXIMATE')!;
    expect(approx).toMatchObject({
      excerpt: 'The Imaginary Society of Test Data convened a Pretend Meeting on Fixtures',
      previousExcerpt: 'The Imaginary Society of Test Data held a Pretend Meeting on Fixtures',
    });
    expect(after.orphans.every((o) => o.position === null && o.anchor === 'ORPHANED')).toBe(true);
    const evidenced = await own.db.read<{ n: number }>(
      "MATCH (:Entity {id: 'place:nowhere-city'})-[:EVIDENCED_BY]->(p:Passage {anchor: 'ORPHANED'}) RETURN count(p) AS n",
    );
    expect(evidenced[0]!.n).toBe(1);
  });
});

describe('npm run source:add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'source-add-'));
  const lines: string[] = [];
  const run = (...argv: string[]) => {
    lines.length = 0;
    const { logger } = memoryLogger();
    return runSourceAdd(argv, {
      db: own.db,
      curation: createCuration(own.db, logger, DEFAULT_CURATION_LIMITS),
      operator: { kind: 'operator', subject: 'test-operator', roles: ['curator'] },
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      reportId: 'source:icat-chairs-report-2019',
    });
  };

  it('proposes a plain text cut at given markers; refuses binary files, unknown markers and missing fields', async () => {
    const file = join(dir, 'minutes.txt');
    writeFileSync(file, 'MINUTES OF A PRETEND MEETING\nAll present.\nDECISIONS\nNone were taken.\n');
    const before = await written();
    expect(
      await run(
        '--file',
        file,
        '--title',
        'Minutes',
        '--publisher',
        'Tests',
        '--year',
        '2098',
        '--url',
        'https://example.org/m',
        '--section',
        'OPENING=MINUTES',
        '--section',
        'DECISIONS=\nDECISIONS',
      ),
    ).toBe(0);
    const id = /change-set (cs:\S+)/.exec(lines.join('\n'))![1]!;
    const cs = await own.db.read<{ ops: string[]; author: string }>(
      'MATCH (c:ChangeSet {id: $id}) RETURN c.operations AS ops, c.author AS author',
      { id },
    );
    expect(cs[0]!.author).toBe('operator:test-operator');
    expect(JSON.parse(cs[0]!.ops[0]!)).toMatchObject({
      addSource: { title: 'Minutes', sections: [{ name: 'OPENING' }, { name: 'DECISIONS' }] },
    });

    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]));
    expect(
      await run(
        '--file',
        binary,
        '--title',
        'x',
        '--publisher',
        'x',
        '--year',
        '2098',
        '--url',
        'https://example.org/x',
      ),
    ).toBe(2);
    expect(lines.join('\n')).toMatch(/image\.png: the file is not UTF-8 text/);
    expect(
      await run(
        '--file',
        file,
        '--title',
        'Minutes two',
        '--publisher',
        'x',
        '--year',
        '2098',
        '--url',
        'https://example.org/x',
        '--section',
        'A=MINUTES',
        '--section',
        'B=AGENDA',
      ),
    ).toBe(1);
    expect(lines.join('\n')).toMatch(/nothing was written[\s\S]*unknown section marker "AGENDA"/);
    expect(await run('--file', file, '--title', 'Minutes')).toBe(2);
    expect(lines.join('\n')).toMatch(/needs --publisher, --year, --url/);
    const after = await written();
    expect(after!.n).toBe(before!.n + 1); // the one change-set proposed, nothing else
  });
});
