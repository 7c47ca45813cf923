import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { moveRetractedOutOfLiveTypes } from '../../src/curation/history-upgrade.js';
import { seedRepository } from '../../src/ingest/index.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { CLIENTS, startProvider, type ClientName, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * History (docs/how-to/CURATION.md#history), end to end on a Neo4j of this file's own seeded from seed/,
 * with tokens from a real OpenID provider: an update and a retraction are accepted; the current reads lose the
 * relation and show the new value; `asOf` before each acceptance shows the graph as it was; `Entity.history`,
 * `changes` and `changeSet` tell what happened.
 */

let own: OwnNeo4j;
let provider: TestProvider;
let api: CurationApp;
const tokens = {} as Record<ClientName, string>;

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  provider = await startProvider();
  for (const name of Object.keys(CLIENTS) as ClientName[]) tokens[name] = await provider.token(name);
  api = await startCurationApp(own.db, provider);
}, 180_000);
afterAll(async () => {
  await api?.close();
  await provider?.close();
  await own?.stop();
});

interface ChangeSetOut {
  id: string;
  state: string;
  author: string;
  reviewer: string | null;
  appliedAt: string | null;
  operations: string[];
  diff: string[];
  touched: string[];
}
const CS = 'id state author reviewer appliedAt operations diff touched';

async function accepted(operations: unknown[], comment: string): Promise<ChangeSetOut> {
  const p = await api.gql(
    `mutation P($input: ProposeChangeInput!) { proposeChange(input: $input) { changeSet { id } userErrors { message } } }`,
    { input: { comment, operations } },
    { token: tokens.curator },
  );
  const proposed = p.body.data?.proposeChange as { changeSet: { id: string } | null; userErrors: unknown[] };
  expect(proposed.userErrors).toEqual([]);
  const r = await api.gql(
    `mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { changeSet { ${CS} } userErrors { message } } }`,
    { id: proposed.changeSet!.id },
    { token: tokens.reviewer },
  );
  const reviewed = r.body.data?.reviewChange as { changeSet: ChangeSetOut | null; userErrors: unknown[] };
  expect(reviewed.userErrors).toEqual([]);
  // Distinct instants for each acceptance (times are kept to the millisecond).
  await new Promise((done) => setTimeout(done, 5));
  return reviewed.changeSet!;
}

const before = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();

const ENTITY = `query E($id: ID!, $asOf: DateTime) {
  entity(id: $id, asOf: $asOf) {
    id name description degree
    relations(first: 100) { totalCount edges { node { id type other { id name } } } }
  }
}`;
interface EntityOut {
  id: string;
  name: string;
  description: string | null;
  degree: number;
  relations: { totalCount: number; edges: Array<{ node: { id: string; other: { id: string } } }> };
}
async function entityAt(id: string, asOf?: string) {
  const r = await api.gql(ENTITY, { id, asOf: asOf ?? null });
  expect(r.body.errors).toBeUndefined();
  return r.body.data?.entity as EntityOut | null;
}
const relationIds = (e: EntityOut | null) => e?.relations.edges.map((x) => x.node.id) ?? [];

let seed: ChangeSetOut;
let update: ChangeSetOut;
let retraction: ChangeSetOut;
let created: ChangeSetOut;
let relId: string;
let evidenceChange: ChangeSetOut;
let evidenceRel: { id: string; type: string; before: string[]; added: string };
let oldDescription: string | null;
const NEW_DESCRIPTION = 'A specialised agency of the United Nations (history test).';

beforeAll(async () => {
  const feed = await api.gql(`{ changes(first: 1) { edges { node { ${CS} } } } }`);
  seed = (feed.body.data?.changes as { edges: Array<{ node: ChangeSetOut }> }).edges[0]!.node;
  const rel = await own.db.read<{ id: string }>(
    "MATCH (:Entity {id: 'org:ilo'})-[r:MEMBER_OF]->(:Entity {id: 'org:icat'}) RETURN r.id AS id",
  );
  relId = rel[0]!.id;
  oldDescription = (await entityAt('org:ilo'))!.description;
  update = await accepted(
    [{ updateEntity: { id: 'org:ilo', description: NEW_DESCRIPTION } }],
    'a fuller description',
  );
  retraction = await accepted(
    [{ retractRelation: { id: relId, note: 'history test retraction' } }],
    'retract',
  );
  const [r0] = await own.db.read<{ id: string; type: string; evidence: string[] }>(
    `MATCH (:Entity {id: 'org:icmpd'})-[r]-(:Entity) WHERE size(coalesce(r.evidence, [])) >= 1 AND NOT type(r) STARTS WITH 'RETRACTED_'
     RETURN r.id AS id, type(r) AS type, r.evidence AS evidence ORDER BY r.id LIMIT 1`,
  );
  const [other] = await own.db.read<{ id: string }>(
    'MATCH (p:Passage) WHERE NOT p.id IN $ev RETURN p.id AS id ORDER BY p.id LIMIT 1',
    { ev: r0!.evidence },
  );
  evidenceRel = { id: r0!.id, type: r0!.type, before: r0!.evidence, added: other!.id };
  evidenceChange = await accepted(
    [{ addEvidence: { target: evidenceRel.id, evidence: { passage: evidenceRel.added } } }],
    'more evidence for a relation',
  );
  created = await accepted(
    [
      {
        createEntity: {
          id: 'topic:history-test',
          type: 'TOPIC',
          name: 'Supply chains (history test)',
          evidence: [
            {
              section: 'SUPPLY CHAINS',
              excerpt:
                'International and regional organizations have an integral role to play in preventing trafficking in persons in their own supply chains',
            },
          ],
        },
      },
    ],
    'a topic',
  );
}, 60_000);

describe('history in the graph', () => {
  it('the seed is the first change-set, accepted, with its time', () => {
    expect(seed).toMatchObject({ id: 'seed', state: 'ACCEPTED', author: 'seed', operations: [] });
    expect(seed.appliedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('a retraction is kept under its retracted type: current reads lack the relation, asOf before its acceptance shows it', async () => {
    const now = await entityAt('org:ilo');
    expect(relationIds(now)).not.toContain(relId);
    const then = await entityAt('org:ilo', before(retraction.appliedAt!));
    expect(relationIds(then)).toContain(relId);
    expect(then!.relations.totalCount).toBe(now!.relations.totalCount + 1);
    expect(then!.degree).toBe(now!.degree + 1);
    // The relation is still in Neo4j, under its retracted type, marked by the change-set that ended it; none is
    // left in the live type (current reads match only that).
    const kept = await own.db.read<{ type: string; by: string; at: string }>(
      'MATCH ()-[r {id: $id}]->() RETURN type(r) AS type, r.retractedBy AS by, r.retractedAt AS at',
      { id: relId },
    );
    expect(kept).toEqual([{ type: 'RETRACTED_MEMBER_OF', by: retraction.id, at: retraction.appliedAt }]);
    // By id, a retracted relation is no longer found.
    const node = await api.gql('query N($id: ID!) { node(id: $id) { id } }', { id: relId });
    expect(node.body.data?.node).toBeNull();
  });

  it("a relation's evidence list has history: asOf before the change reads the list it had", async () => {
    const R = `query R($id: ID!, $asOf: DateTime) {
      entity(id: "org:icmpd", asOf: $asOf) { relations(first: 100) { edges { node { id evidence { id } } } } }
      node(id: $id) { ... on Relation { evidence { id } } }
    }`;
    type Out = {
      entity: { relations: { edges: Array<{ node: { id: string; evidence: Array<{ id: string }> } }> } };
      node: { evidence: Array<{ id: string }> } | null;
    };
    const read = async (asOf: string | null) => {
      const r = await api.gql(R, { id: evidenceRel.id, asOf });
      expect(r.body.errors).toBeUndefined();
      const out = r.body.data as Out;
      const edge = out.entity.relations.edges.find((e) => e.node.id === evidenceRel.id);
      return { listed: edge?.node.evidence.map((p) => p.id), byId: out.node?.evidence.map((p) => p.id) };
    };
    const now = await read(null);
    expect(now.listed).toEqual([...evidenceRel.before, evidenceRel.added]);
    expect(now.byId).toEqual(now.listed);
    const then = await read(before(evidenceChange.appliedAt!));
    expect(then.listed).toEqual(evidenceRel.before);
    // The earlier list is a record of its own, ended by the change-set; the live one says it was revised.
    const records = await own.db.read<{
      type: string;
      evidence: string[];
      by: string | null;
      rev: string | null;
    }>(
      `MATCH ()-[r {id: $id}]->() RETURN type(r) AS type, r.evidence AS evidence, r.retractedBy AS by,
              r.revisedBy AS rev ORDER BY type`,
      { id: evidenceRel.id },
    );
    expect(records).toEqual([
      {
        type: evidenceRel.type,
        evidence: [...evidenceRel.before, evidenceRel.added],
        by: null,
        rev: evidenceChange.id,
      },
      {
        type: `RETRACTED_${evidenceRel.type}`,
        evidence: evidenceRel.before,
        by: evidenceChange.id,
        rev: null,
      },
    ]);
  });

  it('neighbourhood, path and network asOf see the relation before the retraction, not after', async () => {
    const at = before(retraction.appliedAt!);
    const N = `query N($asOf: DateTime) { neighbourhood(id: "org:ilo", relationTypes: [MEMBER_OF], first: 100, asOf: $asOf) { edges { id } } }`;
    const edges = async (asOf: string | null) =>
      ((await api.gql(N, { asOf })).body.data?.neighbourhood as { edges: Array<{ id: string }> }).edges.map(
        (e) => e.id,
      );
    expect(await edges(at)).toContain(relId);
    expect(await edges(null)).not.toContain(relId);

    const P = `query P($asOf: DateTime) { path(from: "org:ilo", to: "org:icat", maxHops: 1, relationTypes: [MEMBER_OF], asOf: $asOf) { length steps { relation { id } } } }`;
    const then = (await api.gql(P, { asOf: at })).body.data?.path as {
      steps: Array<{ relation: { id: string } }>;
    };
    expect(then.steps.map((s) => s.relation.id)).toEqual([relId]);
    expect((await api.gql(P, { asOf: null })).body.data?.path).toBeNull();

    const W = `query W($asOf: DateTime) { network(relationTypes: [MEMBER_OF], asOf: $asOf) { edges { id } nodes { id name } } }`;
    const net = async (asOf: string | null) =>
      (await api.gql(W, { asOf })).body.data?.network as {
        edges: Array<{ id: string }>;
        nodes: Array<{ id: string; name: string }>;
      };
    expect((await net(at)).edges.map((e) => e.id)).toContain(relId);
    expect((await net(null)).edges.map((e) => e.id)).not.toContain(relId);
  });

  it("an update's old values are what asOf before it shows; an entity made later is null before", async () => {
    expect((await entityAt('org:ilo'))!.description).toBe(NEW_DESCRIPTION);
    expect((await entityAt('org:ilo', before(update.appliedAt!)))!.description).toBe(oldDescription);
    expect((await entityAt('org:ilo', update.appliedAt!))!.description).toBe(NEW_DESCRIPTION);
    expect(await entityAt('topic:history-test', before(created.appliedAt!))).toBeNull();
    expect((await entityAt('topic:history-test', created.appliedAt!))?.id).toBe('topic:history-test');
  });

  it('Entity.history lists the change-sets that touched it, newest first, the seed last', async () => {
    const r = await api.gql(`{ entity(id: "org:ilo") { history(first: 10) { edges { node { id } } } } }`);
    const ids = (
      r.body.data?.entity as { history: { edges: Array<{ node: { id: string } }> } }
    ).history.edges.map((e) => e.node.id);
    expect(ids).toEqual([retraction.id, update.id, 'seed']);
    // The other end of the retracted relation was touched too; an entity nobody changed has only the seed.
    const icat = await api.gql(`{ entity(id: "org:icat") { history { edges { node { id } } } } }`);
    expect(JSON.stringify(icat.body.data)).toContain(retraction.id);
    const two = await api.gql(
      `{ entity(id: "org:ilo") { history(first: 2) { edges { cursor } pageInfo { hasNextPage endCursor } } } }`,
    );
    const page = (
      two.body.data?.entity as { history: { pageInfo: { hasNextPage: boolean; endCursor: string } } }
    ).history.pageInfo;
    expect(page.hasNextPage).toBe(true);
    const rest = await api.gql(
      `query H($after: String) { entity(id: "org:ilo") { history(first: 2, after: $after) { edges { node { id } } } } }`,
      { after: page.endCursor },
    );
    expect(JSON.stringify(rest.body.data)).toBe(
      JSON.stringify({ entity: { history: { edges: [{ node: { id: 'seed' } }] } } }),
    );
  });

  it('changes(since:) feeds the accepted change-sets after that time, oldest first', async () => {
    const r = await api.gql(
      `query C($since: DateTime) { changes(since: $since, first: 50) { edges { node { ${CS} } } } }`,
      {
        since: seed.appliedAt,
      },
    );
    const feed = (r.body.data?.changes as { edges: Array<{ node: ChangeSetOut }> }).edges.map((e) => e.node);
    expect(feed.map((c) => c.id)).toEqual([update.id, retraction.id, evidenceChange.id, created.id]);
    expect(feed[1]).toMatchObject({ state: 'ACCEPTED', reviewer: `token:${CLIENTS.reviewer.id}` });
    const later = await api.gql(
      `query C($since: DateTime) { changes(since: $since) { edges { node { id } } } }`,
      {
        since: retraction.appliedAt,
      },
    );
    expect(JSON.stringify(later.body.data)).not.toContain(retraction.id);
    expect(JSON.stringify(later.body.data)).toContain(created.id);
  });

  it('changeSet(id) gives the diff it made and what it touched (curators and up)', async () => {
    const r = await api.gql(
      `query S($id: ID!) { changeSet(id: $id) { ${CS} } }`,
      { id: retraction.id },
      { token: tokens.curator },
    );
    const cs = r.body.data?.changeSet as ChangeSetOut;
    expect(
      cs.diff.some((l) => l.startsWith(`- relation ${relId}`) && l.includes('history test retraction')),
    ).toBe(true);
    expect(cs.touched).toEqual(expect.arrayContaining(['org:ilo', 'org:icat']));
    expect(
      (await api.gql(`query S($id: ID!) { changeSet(id: $id) { id } }`, { id: retraction.id })).status,
    ).toBe(401);
  });

  it('asOf before the seed is refused with the seed time; nested deeper than asOf reads is refused, not mixed', async () => {
    const early = await api.gql(ENTITY, { id: 'org:ilo', asOf: before(seed.appliedAt!) });
    expect(early.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.body.errors?.[0]?.message).toContain(seed.appliedAt);
    const deep = await api.gql(
      `query D($asOf: DateTime) { entity(id: "org:ilo", asOf: $asOf) { relations(first: 5) { edges { node { other { relations(first: 5) { totalCount } } } } } } }`,
      { asOf: before(retraction.appliedAt!) },
    );
    expect(deep.body.errors?.[0]?.message).toMatch(/not read as of/);
  });

  it('asOf reads answer the same with the selection compiler off (ICAT_COMPILE=off)', async () => {
    const plain = await startCurationApp(own.db, provider, { extra: { compile: false } });
    try {
      const DOCS: Array<[string, string]> = [
        [
          'entity',
          `query Q($asOf: DateTime) { entity(id: "org:ilo", asOf: $asOf) { id name description degree evidence { id }
             relations(first: 100) { totalCount edges { node { id type evidence { id } other { id name degree } } } } } }`,
        ],
        [
          'evidence list',
          `query Q($asOf: DateTime) { entity(id: "org:icmpd", asOf: $asOf) { relations(first: 100) { edges { node { id evidence { id } } } } } }`,
        ],
        [
          'neighbourhood',
          `query Q($asOf: DateTime) { neighbourhood(id: "org:ilo", first: 100, asOf: $asOf) { totalNodes center { id degree } nodes { distance entity { id name degree evidence { id } } } edges { id type evidence { id } } } }`,
        ],
        [
          'path',
          `query Q($asOf: DateTime) { path(from: "org:ilo", to: "org:icat", maxHops: 2, asOf: $asOf) { length steps { relation { id type } } } }`,
        ],
        [
          'network',
          `query Q($asOf: DateTime) { network(relationTypes: [MEMBER_OF], asOf: $asOf) { edges { id } nodes { id name } } }`,
        ],
      ];
      const instants = [
        before(update.appliedAt!),
        before(retraction.appliedAt!),
        before(evidenceChange.appliedAt!),
        null,
      ];
      for (const [what, query] of DOCS)
        for (const asOf of instants) {
          const compiled = await api.gql(query, { asOf });
          const off = await plain.gql(query, { asOf });
          expect({ what, asOf, errors: [compiled.body.errors, off.body.errors] }).toEqual({
            what,
            asOf,
            errors: [undefined, undefined],
          });
          expect({ what, asOf, data: off.body.data }).toEqual({ what, asOf, data: compiled.body.data });
        }
      // The instants read different graphs (the comparison is not of one answer four times).
      const entityThen = await api.gql(DOCS[0]![1], { asOf: before(retraction.appliedAt!) });
      const entityNow = await api.gql(DOCS[0]![1], { asOf: null });
      expect(JSON.stringify(entityThen.body.data)).not.toBe(JSON.stringify(entityNow.body.data));
    } finally {
      await plain.close();
    }
  });

  it('a store that kept retractions in place (before 2026-12-07) has them moved out of the live types at start', async () => {
    // The old shape, written as the old code wrote it: the relation stays in its type, with retractedAt set.
    const [rel] = await own.db.read<{ id: string; type: string }>(
      "MATCH (:Entity {id: 'org:unodc'})-[r]-(:Entity) WHERE NOT type(r) STARTS WITH 'RETRACTED_' AND r.revisedAt IS NULL RETURN r.id AS id, type(r) AS type ORDER BY r.id LIMIT 1",
    );
    const [link] = await own.db.read<{ passage: string }>(
      "MATCH (:Entity {id: 'org:unodc'})-[:EVIDENCED_BY]->(p:Passage) RETURN p.id AS passage ORDER BY p.id LIMIT 1",
    );
    const at = new Date().toISOString();
    await new Promise((done) => setTimeout(done, 5));
    await own.db.write(
      `MATCH ()-[r {id: $id}]->() SET r.retractedAt = $at, r.retractedBy = 'old-store', r.retractionNote = 'in place'
       WITH 1 AS one
       MATCH (:Entity {id: 'org:unodc'})-[e:EVIDENCED_BY]->(:Passage {id: $passage})
       SET e.retractedAt = $at, e.retractedBy = 'old-store', e.retractionNote = 'in place'`,
      { id: rel!.id, at, passage: link!.passage },
    );
    const EV = `query V($asOf: DateTime) { entity(id: "org:unodc", asOf: $asOf) { evidence { id } } }`;
    const evidenceIds = async (asOf?: string) =>
      (
        (await api.gql(EV, { asOf: asOf ?? null })).body.data?.entity as { evidence: Array<{ id: string }> }
      ).evidence.map((e) => e.id);
    // Read as current until moved: what the upgrade is for.
    expect(relationIds(await entityAt('org:unodc'))).toContain(rel!.id);

    expect(await moveRetractedOutOfLiveTypes(own.db)).toEqual({
      moved: 2,
      byType: { [rel!.type]: 1, EVIDENCED_BY: 1 },
    });
    expect(relationIds(await entityAt('org:unodc'))).not.toContain(rel!.id);
    expect(relationIds(await entityAt('org:unodc', before(at)))).toContain(rel!.id);
    expect(await evidenceIds()).not.toContain(link!.passage);
    expect(await evidenceIds(before(at))).toContain(link!.passage);
    const kept = await own.db.read<{ type: string; by: string }>(
      'MATCH ()-[r {id: $id}]->() RETURN type(r) AS type, r.retractedBy AS by',
      { id: rel!.id },
    );
    expect(kept).toEqual([{ type: `RETRACTED_${rel!.type}`, by: 'old-store' }]);
    // Idempotent: the next start finds nothing to move.
    expect(await moveRetractedOutOfLiveTypes(own.db)).toEqual({ moved: 0, byType: {} });
  });
});
