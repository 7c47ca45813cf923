import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_EXPORT_LIMITS } from '../../src/config.js';
import { exportRoutes, routeTables } from '../../src/http/exports.js';
import { linkedRoutes } from '../../src/http/linked.js';
import { typePattern } from '../../src/graph/allow-lists.js';
import { survivorOf, survivorsOf } from '../../src/graph/merged.js';
import { seedRepository } from '../../src/ingest/index.js';
import { RELATION_TYPES } from '../../src/model/relations.js';
import { memoryLogger } from '../support/api.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { liveFingerprint } from '../support/live-fingerprint.js';
import { CLIENTS, startProvider, type ClientName, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * Merges end to end (docs/how-to/CURATION.md, "Merges") on a Neo4j of this file's own, seeded from seed/, with
 * tokens from the test's OpenID provider: a duplicate made through a reviewed change-set shows up among the
 * duplicate candidates; merged, it redirects (entity, node, /entity/{id} with 308) and the survivor holds its
 * relations and evidence while search, the network, analytics and exports show the survivor only; unmerged, the
 * graph is again exactly what it was (the dataset's fingerprint, every node and relationship with every property).
 * A rejected merge is never suggested again; each bad input is a userError with nothing written.
 */

const DATASET = { dataset: 'icat-2019' };
let own: OwnNeo4j;
let provider: TestProvider;
let api: CurationApp;
let base: string;
const tokens = {} as Record<ClientName, string>;

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  provider = await startProvider();
  for (const name of Object.keys(CLIENTS) as ClientName[]) tokens[name] = await provider.token(name);
  const { logger } = memoryLogger();
  const limits = DEFAULT_EXPORT_LIMITS;
  // With the exports and entity IRIs, as the API serves them (main.ts).
  api = await startCurationApp(own.db, provider, {
    extra: {
      routes: routeTables(
        linkedRoutes({ db: own.db, limits, logger, baseUrl: 'https://icat-kg.example' }),
        exportRoutes({ db: own.db, limits, logger }),
      ),
    },
  });
  base = api.url.replace(/\/graphql$/, '');
}, 180_000);
afterAll(async () => {
  await api?.close();
  await provider?.close();
  await own?.stop();
});

/**
 * The dataset's live facts (test/support/live-fingerprint.ts): history's stamps are left out, since an unmerge
 * gives the old relations back as new records (same ids and values) made by the unmerge's change-set.
 */
async function current(): Promise<string[]> {
  return liveFingerprint(own.db, DATASET.dataset);
}
const changeSets = async () =>
  (await own.db.read<{ n: number }>('MATCH (c:ChangeSet) RETURN count(c) AS n'))[0]!.n;

type UserErrors = Array<{ path: string[]; message: string; code: string }>;
interface Payload {
  changeSet: { id: string; state: string; diff?: string[]; appliedOperations?: string[] } | null;
  userErrors: UserErrors;
}

const PROPOSE = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id state } userErrors { path message code } }
}`;
const MERGE = `mutation M($from: ID!, $into: ID!, $note: String!, $evidence: [EvidenceInput!]) {
  proposeMerge(from: $from, into: $into, note: $note, evidence: $evidence) {
    changeSet { id state operations } userErrors { path message code }
  }
}`;
const UNMERGE = `mutation U($id: ID!, $note: String) {
  unmerge(id: $id, note: $note) { changeSet { id state operations } userErrors { path message code } }
}`;
const REVIEW = `mutation R($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewChange(id: $id, decision: $decision, comment: $comment) {
    changeSet { id state diff appliedOperations } userErrors { path message code }
  }
}`;
const CANDIDATES = `query C($first: Int, $after: String) {
  duplicateCandidates(first: $first, after: $after) {
    totalCount edges { cursor node { a { id } b { id } score reason matched crossDataset } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function gql<T>(who: ClientName | null, query: string, variables: Record<string, unknown>) {
  const r = await api.gql(query, variables, who ? { token: tokens[who] } : {});
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
}
async function propose(input: unknown): Promise<string> {
  const d = await gql<{ proposeChange: Payload }>('curator', PROPOSE, { input });
  expect(d.proposeChange.userErrors).toEqual([]);
  return d.proposeChange.changeSet!.id;
}
async function merge(v: { from: string; into: string; note?: string; evidence?: unknown }) {
  const d = await gql<{ proposeMerge: Payload }>('curator', MERGE, { note: 'the same body', ...v });
  return d.proposeMerge;
}
async function unmerge(id: string) {
  return (await gql<{ unmerge: Payload }>('curator', UNMERGE, { id })).unmerge;
}
async function review(id: string, decision: 'ACCEPT' | 'REJECT', comment = 'checked') {
  return (await gql<{ reviewChange: Payload }>('reviewer', REVIEW, { id, decision, comment })).reviewChange;
}
async function accept(id: string) {
  const r = await review(id, 'ACCEPT');
  expect(r.userErrors).toEqual([]);
  expect(r.changeSet?.state).toBe('ACCEPTED');
  return r.changeSet!;
}
async function candidates(): Promise<Array<{ a: string; b: string; score: number; reason: string }>> {
  const out: Array<{ a: string; b: string; score: number; reason: string }> = [];
  let after: string | null = null;
  for (;;) {
    const d: {
      duplicateCandidates: {
        edges: Array<{ node: { a: { id: string }; b: { id: string }; score: number; reason: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await gql(null, CANDIDATES, { first: 2, after });
    out.push(...d.duplicateCandidates.edges.map((e) => ({ ...e.node, a: e.node.a.id, b: e.node.b.id })));
    if (!d.duplicateCandidates.pageInfo.hasNextPage) return out;
    after = d.duplicateCandidates.pageInfo.endCursor;
  }
}
const hasPair = (list: Array<{ a: string; b: string }>, x: string, y: string) =>
  list.some((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));

/** Relations of an entity, as the API lists them: type, other end, and the evidence passages. */
async function relationsOf(id: string) {
  const d = await gql<{
    entity: {
      id: string;
      relations: {
        edges: Array<{ node: { type: string; other: { id: string }; evidence: Array<{ id: string }> } }>;
      };
    } | null;
  }>(
    null,
    `query($id: ID!) { entity(id: $id) { id relations(first: 100) { edges { node { type other { id } evidence { id } } } } } }`,
    { id },
  );
  return d
    .entity!.relations.edges.map(
      (e) => `${e.node.type} ${e.node.other.id} ${e.node.evidence.map((p) => p.id).join(',')}`,
    )
    .sort();
}

async function searchIds(): Promise<string[]> {
  const s = await gql<{ search: Array<{ entity: { id: string } }> }>(
    null,
    `query { search(query: "United Nations Office on Drugs Crime", first: 20) { entity { id } } }`,
    {},
  );
  return s.search.map((h) => h.entity.id);
}
/** How many entities the analytics' network holds, once computed for the current dataset version. */
async function centralityTotal(): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    // Analytics serve the last version's answer while the new one computes (datasetVersion says which).
    const c = await gql<{
      meta: { datasetVersion: string };
      centrality: { totalCount: number; datasetVersion: string };
    }>(
      null,
      `query { meta { datasetVersion } centrality(metric: DEGREE, first: 1) { totalCount datasetVersion } }`,
      {},
    );
    if (c.centrality.datasetVersion === c.meta.datasetVersion || attempt >= 40)
      return c.centrality.totalCount;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
/** The network's node ids, and the ends of its edges, whole graph. */
async function networkIds(): Promise<{ nodes: string[]; ends: string[] }> {
  const n = await gql<{
    network: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> };
  }>(null, `query { network { nodes { id } edges { source target } } }`, {});
  return {
    nodes: n.network.nodes.map((x) => x.id),
    ends: n.network.edges.flatMap((e) => [e.source, e.target]),
  };
}
async function exported(path: string): Promise<string> {
  const res = await fetch(`${base}${path}`);
  expect(res.status).toBe(200);
  return res.text();
}
let networkSize = 0;

const COPY = 'org:unodc-copy';
const UNODC = 'org:unodc';
let passages: string[] = [];
let memberOf: Record<string, unknown> = {};

describe('a duplicate, found, merged and unmerged', () => {
  let before: string[] = [];
  let beforeSurvivor: string[] = [];
  let mergeId = '';

  it('a duplicate made through a reviewed change-set is a candidate', async () => {
    passages = (
      await own.db.read<{ ev: string[] }>(`MATCH (n:Entity {id: $id}) RETURN n.evidence AS ev`, { id: UNODC })
    )[0]!.ev;
    const [rel] = await own.db.read<{ props: Record<string, unknown> }>(
      `MATCH (:Entity {id: $id})-[r:MEMBER_OF]->(:Entity {id: 'org:icat'}) RETURN properties(r) AS props`,
      { id: UNODC },
    );
    expect(rel).toBeDefined();
    memberOf = rel!.props;
    expect(passages.length).toBeGreaterThanOrEqual(3);
    expect(memberOf.evidence).not.toContain(passages[2]);
    const p = (i: number) => ({ passage: passages[i] });
    const id = await propose({
      comment: 'A second record of UNODC, as a later source might bring',
      operations: [
        {
          createEntity: {
            id: COPY,
            type: 'ORGANISATION',
            name: 'United Nations Office on Drugs & Crime',
            acronym: 'UNODC',
            classification: 'UN_OFFICE',
            evidence: [p(0)],
          },
        },
        // The same fact the survivor states, with a passage it lacks: the survivor gains that passage.
        {
          addRelation: {
            type: 'MEMBER_OF',
            from: COPY,
            to: 'org:icat',
            ...(typeof memberOf.year === 'number' ? { year: memberOf.year } : {}),
            ...(typeof memberOf.since === 'string' ? { since: memberOf.since } : {}),
            ...(typeof memberOf.role === 'string' ? { role: memberOf.role } : {}),
            evidence: [p(2)],
          },
        },
        // A fact of its own: it moves.
        {
          addRelation: {
            type: 'PARTNER_OF',
            from: COPY,
            to: 'org:council-of-europe',
            assertion: 'INFERRED',
            note: 'made up for this test',
            evidence: [p(0)],
          },
        },
        // A relation between the two: it goes on merge (the survivor would relate to itself) and comes back.
        {
          addRelation: {
            type: 'PARTNER_OF',
            from: UNODC,
            to: COPY,
            assertion: 'INFERRED',
            note: 'made up for this test',
            evidence: [p(0)],
          },
        },
      ],
    });
    await accept(id);
    const list = await candidates();
    expect(hasPair(list, UNODC, COPY)).toBe(true);
    expect(list.find((c) => hasPair([c], UNODC, COPY))?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('proposing a merge writes nothing to the graph; accepting it redirects the merged id', async () => {
    // Before: search, the network, analytics and exports show both (so that their not showing the merged id
    // after the merge says something).
    expect(await searchIds()).toEqual(expect.arrayContaining([UNODC, COPY]));
    const net = await networkIds();
    expect(net.nodes).toEqual(expect.arrayContaining([UNODC, COPY]));
    expect(net.ends).toContain(COPY);
    networkSize = await centralityTotal();
    expect(networkSize).toBe(net.nodes.length);
    for (const path of ['/export/graph.ttl', '/export/entities.ftm.json'])
      expect(await exported(path)).toContain('unodc-copy');
    before = await current();
    beforeSurvivor = await relationsOf(UNODC);
    const copyRelations = await relationsOf(COPY);
    expect(copyRelations).toHaveLength(3);
    const proposed = await merge({ from: COPY, into: UNODC, note: 'UNODC twice: one body' });
    expect(proposed.userErrors).toEqual([]);
    expect(proposed.changeSet?.state).toBe('PROPOSED');
    expect(await current()).toEqual(before);
    mergeId = proposed.changeSet!.id;
    const accepted = await accept(mergeId);
    expect(accepted.diff).toContain(`~ entity ${COPY} merged into ${UNODC}`);
    expect(accepted.appliedOperations!.map((o) => Object.keys(JSON.parse(o) as object)[0]).sort()).toEqual(
      ['addEvidence', 'addRelation', 'retractRelation', 'retractRelation', 'retractRelation'].sort(),
    );

    const d = await gql<{
      entity: { id: string; name: string; mergedIds: string[] };
      node: { id: string; mergedIds: string[] };
    }>(
      null,
      `query($id: ID!) { entity(id: $id) { id name mergedIds } node(id: $id) { id ... on Entity { mergedIds } } }`,
      { id: COPY },
    );
    expect(d.entity).toEqual({
      id: UNODC,
      name: 'United Nations Office on Drugs and Crime',
      mergedIds: [COPY],
    });
    expect(d.node).toEqual({ id: UNODC, mergedIds: [COPY] });
  });

  it('the survivor holds the merged relations and evidence', async () => {
    const now = await relationsOf(UNODC);
    const memberLine = (l: string) => l.startsWith('MEMBER_OF org:icat ');
    // Its own relations stay, less the one with the merged entity; the partner relation moved to it; its MEMBER_OF
    // cites both passages now.
    expect(now.filter((l) => !memberLine(l) && !l.startsWith('PARTNER_OF org:council-of-europe'))).toEqual(
      beforeSurvivor.filter((l) => !memberLine(l) && !l.startsWith(`PARTNER_OF ${COPY}`)),
    );
    expect(now.some((l) => l.startsWith('PARTNER_OF org:council-of-europe'))).toBe(true);
    const member = now.find(memberLine)!;
    expect(member.split(' ')[2]!.split(',').sort()).toEqual(
      [...new Set([...(memberOf.evidence as string[]), passages[2]!])].sort(),
    );
    const ev = await gql<{ entity: { evidence: Array<{ id: string }> } }>(
      null,
      `query { entity(id: "${UNODC}") { evidence { id } } }`,
      {},
    );
    expect(ev.entity.evidence.map((p) => p.id).sort()).toEqual([...passages].sort());
  });

  it('search, the network, analytics, exports and the candidates show the survivor only', async () => {
    // Two things keep the merged id out of every read, each checked here: its node is no `:Entity` (nor of its
    // kind) any more, and no current relation is left on it (graph/merged.ts).
    const [node] = await own.db.read<{ labels: string[]; live: number }>(
      `MATCH (m {id: $id}) RETURN labels(m) AS labels, COUNT { (m)-[${typePattern(RELATION_TYPES)}]-() } AS live`,
      { id: COPY },
    );
    expect(node).toEqual({ labels: ['MergedEntity'], live: 0 });
    const found = await searchIds();
    expect(found).toContain(UNODC);
    expect(found).not.toContain(COPY);
    const net = await networkIds();
    expect(net.nodes).toContain(UNODC);
    expect(net.nodes).not.toContain(COPY);
    expect(net.ends).not.toContain(COPY);
    // The merged entity's relations moved to the survivor, whose other ends were in the network already.
    expect(await centralityTotal()).toBe(networkSize - 1);
    for (const path of ['/export/graph.ttl', '/export/entities.ftm.json']) {
      const text = await exported(path);
      expect(text).toContain('unodc');
      expect(text).not.toContain('unodc-copy');
    }
    expect(hasPair(await candidates(), UNODC, COPY)).toBe(false);
  });

  it('/entity/{merged id} answers 308 to the survivor, in every form', async () => {
    const page = await fetch(`${base}/entity/${COPY}`, { redirect: 'manual' });
    expect(page.status).toBe(308);
    expect(page.headers.get('location')).toBe(`/entity/${UNODC}`);
    const ttl = await fetch(`${base}/entity/${COPY}?format=ttl`, { redirect: 'manual' });
    expect(ttl.status).toBe(308);
    expect(ttl.headers.get('location')).toBe(`/entity/${UNODC}?format=ttl`);
    const negotiated = await fetch(`${base}/entity/${COPY}`, {
      redirect: 'manual',
      headers: { accept: 'text/turtle' },
    });
    expect(negotiated.status).toBe(308);
    const followed = await fetch(`${base}/entity/${COPY}`, { headers: { accept: 'text/turtle' } });
    expect(followed.status).toBe(200);
    expect(await followed.text()).toContain(`/entity/${UNODC}>`);
    // An id that never was still answers 404.
    expect((await fetch(`${base}/entity/org:never-was`, { redirect: 'manual' })).status).toBe(404);
  });

  it('bad merges and unmerges are userErrors, and nothing is written', async () => {
    const graph = await current();
    const sets = await changeSets();
    const cases: Array<[string, Promise<Payload>, string, string]> = [
      ['into itself', merge({ from: UNODC, into: UNODC }), 'INVALID', 'into itself'],
      ['into a merged id', merge({ from: 'org:icat', into: COPY }), 'INVALID', 'is a merged id'],
      ['of a merged id', merge({ from: COPY, into: 'org:icat' }), 'INVALID', 'already merged'],
      ['of an unknown id', merge({ from: 'org:no-such-body', into: UNODC }), 'NOT_FOUND', 'unknown entity'],
      ['into an unknown id', merge({ from: UNODC, into: 'org:no-such-body' }), 'NOT_FOUND', 'unknown entity'],
      [
        'of two kinds',
        merge({ from: 'person:ilias-chatzis', into: UNODC }),
        'INVALID',
        `"person:ilias-chatzis" is a Person and "${UNODC}" an Organisation: only entities of one kind`,
      ],
      ['with an empty note', merge({ from: 'org:icat', into: UNODC, note: ' ' }), 'INVALID', 'empty'],
      [
        'with evidence not in the source',
        merge({
          from: 'org:icat',
          into: UNODC,
          evidence: [{ section: 'MEMBERS', excerpt: 'not in the report at all' }],
        }),
        'EXCERPT_NOT_FOUND',
        'not found',
      ],
      ['unmerge of a current id', unmerge(UNODC), 'INVALID', 'not merged'],
      ['unmerge of an unknown id', unmerge('org:no-such-body'), 'NOT_FOUND', 'unknown id'],
    ];
    for (const [what, pending, code, message] of cases) {
      const r = await pending;
      expect([what, r.changeSet]).toEqual([what, null]);
      expect([what, r.userErrors[0]?.code]).toEqual([what, code]);
      expect(r.userErrors[0]?.message).toContain(message);
    }
    // The evidence error names the evidence given, by index.
    const ev = await merge({
      from: 'org:icat',
      into: UNODC,
      evidence: [{ passage: passages[0] }, { section: 'MEMBERS', excerpt: 'not in the report at all' }],
    });
    // A passage the survivor cites already is no new evidence.
    expect(ev.userErrors.map((e) => e.path)).toEqual([
      ['evidence', '0'],
      ['evidence', '1', 'excerpt'],
    ]);
    expect(ev.userErrors[0]?.message).toContain('already cites');
    // A new entity cannot take a merged id.
    const taken = await gql<{ proposeChange: Payload }>('curator', PROPOSE, {
      input: {
        comment: 'reuse',
        operations: [
          {
            createEntity: {
              id: COPY,
              type: 'ORGANISATION',
              name: 'x',
              classification: 'UN_OFFICE',
              evidence: [{ passage: passages[0] }],
            },
          },
        ],
      },
    });
    expect(taken.proposeChange.userErrors[0]?.message).toContain('is a merged id');
    expect(await current()).toEqual(graph);
    expect(await changeSets()).toBe(sets);
  });

  it('unmerge, accepted, restores the old id with exactly its relations and evidence', async () => {
    const proposed = await unmerge(COPY);
    expect(proposed.userErrors).toEqual([]);
    const accepted = await accept(proposed.changeSet!.id);
    expect(accepted.diff).toContain(`~ entity ${COPY} unmerged from ${UNODC}`);
    expect(await current()).toEqual(before);
    expect(await relationsOf(UNODC)).toEqual(beforeSurvivor);
    const d = await gql<{ entity: { id: string; mergedIds: string[] } }>(
      null,
      `query { entity(id: "${UNODC}") { id mergedIds } }`,
      {},
    );
    expect(d.entity.mergedIds).toEqual([]);
    expect((await fetch(`${base}/entity/${COPY}`, { redirect: 'manual' })).status).toBe(200);
    // An unmerge is a judgement that the two are not one: the pair is not suggested again.
    expect(hasPair(await candidates(), UNODC, COPY)).toBe(false);
    // And it cannot be undone twice.
    const again = await unmerge(COPY);
    expect(again.userErrors[0]?.message).toContain('not merged');
  });
});

describe('a well-connected entity merged into another and back', () => {
  it('gives back the same graph, every relation and passage in place', async () => {
    const before = await current();
    // UNODC coordinates ICAT: merging one into the other drops that relation and moves dozens of others.
    const proposed = await merge({ from: UNODC, into: 'org:icat', note: 'a test of the inverse' });
    expect(proposed.userErrors).toEqual([]);
    await accept(proposed.changeSet!.id);
    expect(await current()).not.toEqual(before);
    const redirected = await gql<{ entity: { id: string } }>(
      null,
      `query { entity(id: "${UNODC}") { id } }`,
      {},
    );
    expect(redirected.entity.id).toBe('org:icat');
    const back = await unmerge(UNODC);
    expect(back.userErrors).toEqual([]);
    await accept(back.changeSet!.id);
    expect(await current()).toEqual(before);
  });
});

describe('a rejected merge', () => {
  it('records the pair as not the same, and it is never suggested again', async () => {
    await propose({
      comment: 'ICAT under another spelling',
      operations: [
        {
          createEntity: {
            id: 'org:icat-copy',
            type: 'ORGANISATION',
            name: 'Inter-Agency Coordination Group against Trafficking in Persons',
            classification: 'INTER_AGENCY_MECHANISM',
            evidence: [{ passage: passages[0] }],
          },
        },
      ],
    }).then(accept);
    expect(hasPair(await candidates(), 'org:icat', 'org:icat-copy')).toBe(true);
    const proposed = await merge({ from: 'org:icat-copy', into: 'org:icat', note: 'the same group?' });
    const rejected = await review(proposed.changeSet!.id, 'REJECT', 'a different group of the same name');
    expect(rejected.changeSet?.state).toBe('REJECTED');
    expect(hasPair(await candidates(), 'org:icat', 'org:icat-copy')).toBe(false);
    const [judgement] = await own.db.read<{ j: Record<string, unknown> }>(
      `MATCH (j:MergeJudgement {pair: 'org:icat|org:icat-copy'}) RETURN j {.judgement, .user, .note, at: toString(j.at)} AS j`,
    );
    expect(judgement?.j).toMatchObject({
      judgement: 'NOT_SAME',
      user: `token:${CLIENTS.reviewer.id}`,
      note: 'a different group of the same name',
    });
    expect(String(judgement?.j.at)).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Both are still current entities.
    const d = await gql<{ a: { id: string }; b: { id: string } }>(
      null,
      `query { a: entity(id: "org:icat") { id } b: entity(id: "org:icat-copy") { id } }`,
      {},
    );
    expect([d.a.id, d.b.id]).toEqual(['org:icat', 'org:icat-copy']);
  });
});

describe('countries: a place and a state, and an entity others act on behalf of', () => {
  let belarus: string[] = [];
  const onBehalfOf = async () =>
    (
      await own.db.read<{ by: string; n: number }>(
        `MATCH (:Entity)-[r:PARTICIPATED_IN]->(:Entity) WHERE r.onBehalfOf IS NOT NULL
         RETURN r.onBehalfOf AS by, count(r) AS n ORDER BY by`,
      )
    ).map((r) => `${r.by} ${r.n}`);

  it('a place does not merge into a state, nor a state into a place: the kinds differ, nothing is written', async () => {
    belarus = (
      await own.db.read<{ ev: string[] }>(`MATCH (n:Entity {id: 'org:belarus'}) RETURN n.evidence AS ev`)
    )[0]!.ev;
    await propose({
      comment: 'Belarus as a country (a place), as a later source might bring',
      operations: [
        {
          createEntity: {
            id: 'place:belarus',
            type: 'PLACE',
            name: 'Belarus',
            placeType: 'COUNTRY',
            evidence: [{ passage: belarus[0] }],
          },
        },
      ],
    }).then(accept);
    const graph = await current();
    const sets = await changeSets();
    for (const [from, into, kinds] of [
      ['place:belarus', 'org:belarus', 'is a Place and "org:belarus" an Organisation'],
      ['org:belarus', 'place:belarus', 'is an Organisation and "place:belarus" a Place'],
    ] as const) {
      const r = await merge({ from, into, note: 'one country' });
      expect([from, r.changeSet, r.userErrors.map((e) => [e.path, e.code])]).toEqual([
        from,
        null,
        [[['into'], 'INVALID']],
      ]);
      expect(r.userErrors[0]!.message).toContain(`"${from}" ${kinds}`);
      expect(r.userErrors[0]!.message).toContain('only entities of one kind merge');
    }
    // A country that is a city's country does not merge away while the city points at it.
    const country = await merge({ from: 'place:switzerland', into: 'place:belarus', note: 'a test' });
    expect(country.changeSet).toBeNull();
    expect(country.userErrors[0]).toMatchObject({ path: ['from'], code: 'INVALID' });
    expect(country.userErrors[0]!.message).toContain('"place:switzerland" is the country of place:geneva');
    expect(await current()).toEqual(graph);
    expect(await changeSets()).toBe(sets);
  });

  it('a state others act on behalf of: merged, the relations name the survivor; unmerged, exactly as before', async () => {
    await propose({
      comment: 'Belarus under its long name',
      operations: [
        {
          createEntity: {
            id: 'org:republic-of-belarus',
            type: 'ORGANISATION',
            name: 'Republic of Belarus',
            classification: 'STATE',
            evidence: [{ passage: belarus[0] }],
          },
        },
      ],
    }).then(accept);
    const before = await current();
    expect(await onBehalfOf()).toEqual(['org:belarus 2']);
    const proposed = await merge({ from: 'org:belarus', into: 'org:republic-of-belarus', note: 'one state' });
    expect(proposed.userErrors).toEqual([]);
    await accept(proposed.changeSet!.id);
    expect(await onBehalfOf()).toEqual(['org:republic-of-belarus 2']);
    const back = await unmerge('org:belarus');
    expect(back.userErrors).toEqual([]);
    await accept(back.changeSet!.id);
    expect(await onBehalfOf()).toEqual(['org:belarus 2']);
    expect(await current()).toEqual(before);
  });
});

describe('merged-id look-ups (survivorOf, survivorsOf)', () => {
  // Chains of merges of merges, made directly: `${prefix}:i` was merged into `${prefix}:i+1`, k merges in all.
  const chain = (prefix: string, k: number) =>
    own.db.write(
      `UNWIND range(0, $k - 1) AS i
       CREATE (:MergedEntity {id: $prefix + ':' + i, mergedInto: $prefix + ':' + (i + 1)})`,
      { prefix, k },
    );
  beforeAll(async () => {
    await chain('chain31', 31);
    await chain('chain32', 32);
  });
  afterAll(async () => {
    await own.db.write(`MATCH (m:MergedEntity) WHERE m.id STARTS WITH 'chain3' DELETE m`);
  });

  it('follow merges of merges to the end; a chain of 32 or more answers no survivor', async () => {
    expect(await survivorOf(own.db, 'chain31:0')).toBe('chain31:31');
    expect(await survivorOf(own.db, 'chain31:30')).toBe('chain31:31');
    expect(await survivorOf(own.db, 'chain32:0')).toBeNull();
    expect(await survivorOf(own.db, 'chain32:1')).toBe('chain32:32');
    expect(await survivorOf(own.db, 'org:never-was')).toBeNull();
    expect(await survivorOf(own.db, UNODC)).toBeNull();
    const all = await survivorsOf(own.db, ['chain31:0', 'chain32:0', 'chain32:1', 'chain31:0', UNODC, 'x:y']);
    expect(Object.fromEntries(all)).toEqual({ 'chain31:0': 'chain31:31', 'chain32:1': 'chain32:32' });
  });
});
