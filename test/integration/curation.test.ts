import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCuration } from '../../src/curation/index.js';
import { runKeysCommand } from '../../src/curation/keys-admin.js';
import { DEFAULT_CURATION_LIMITS } from '../../src/config.js';
import { seedRepository } from '../../src/ingest/index.js';
import { memoryLogger } from '../support/api.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { graphFingerprint } from '../support/fingerprint.js';
import { CLIENTS, startProvider, type ClientName, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * Curation end to end on a Neo4j of this file's own, seeded from seed/: identity (tokens from a real OpenID
 * provider, API keys), one test per authorization rule with the hostile case beside the allowed one, the audit
 * log, and change-sets read back as the whole dataset's fingerprint before and after.
 */

const DATASET = { dataset: 'icat-2019' };
let own: OwnNeo4j;
let provider: TestProvider;
let api: CurationApp;
const tokens = {} as Record<ClientName, string>;

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  provider = await startProvider();
  for (const name of Object.keys(CLIENTS) as ClientName[]) tokens[name] = await provider.token(name);
  api = await startCurationApp(own.db, provider, { curation: { maxOperations: 5, maxText: 500 } });
}, 180_000);
afterAll(async () => {
  await api?.close();
  await provider?.close();
  await own?.stop();
});

const fingerprint = () => graphFingerprint(own.db, DATASET);

const PROPOSE = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id state author baseVersion operations } userErrors { path message code } }
}`;
const REVIEW = `mutation R($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewChange(id: $id, decision: $decision, comment: $comment) {
    changeSet { id state reviewer appliedVersion diff } datasetVersion userErrors { path message code }
  }
}`;
const WITHDRAW = `mutation W($id: ID!) { withdrawChange(id: $id) { changeSet { id state } userErrors { code message } } }`;
const AUDIT = `query A($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    edges { cursor node { id at actor roles operation targetIds outcome code detail requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let counter = 0;
/** A topic the report's SUPPLY CHAINS section supports, with an excerpt across a line break of the text. */
function topicChange(id = `topic:curation-test-${++counter}`) {
  return {
    comment: 'The report treats supply chains as a theme of its own',
    operations: [
      {
        createEntity: {
          id,
          type: 'TOPIC',
          name: `Supply chains (${id})`,
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
  };
}

type Payload = {
  changeSet: {
    id: string;
    state: string;
    author: string;
    baseVersion: string | null;
    appliedVersion?: string;
    diff?: string[];
  } | null;
  userErrors: Array<{ path: string[]; message: string; code: string }>;
  datasetVersion?: string | null;
};

async function propose(who: ClientName, input: unknown, headers?: Record<string, string>) {
  const r = await api.gql(PROPOSE, { input }, { token: tokens[who], headers });
  return { ...r, payload: (r.body.data?.proposeChange ?? null) as Payload | null };
}
async function review(who: ClientName, id: string, decision: 'ACCEPT' | 'REJECT') {
  const r = await api.gql(
    REVIEW,
    { id, decision, comment: 'checked against the report' },
    { token: tokens[who] },
  );
  return { ...r, payload: (r.body.data?.reviewChange ?? null) as Payload | null };
}
const codeOf = (r: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) =>
  r.body.errors?.[0]?.extensions?.code;

describe('identity over HTTP', () => {
  it('reads anonymously by default; refuses a bad token with 401 whatever it asks', async () => {
    expect((await api.gql('{ meta { datasetVersion } }')).status).toBe(200);
    const bad = await api.gql('{ meta { datasetVersion } }', {}, { token: `${tokens.reader}x` });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
    expect(bad.body.errors?.[0]?.message).toMatch(/signature does not verify/);
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect((await api.gql('{ meta { datasetVersion } }', {}, { token: tokens.reader })).status).toBe(200);
  });

  it('READ_REQUIRES_AUTH closes reads to anonymous callers only', async () => {
    const closed = await startCurationApp(own.db, provider, { readRequiresAuth: true });
    try {
      const anon = await closed.gql('{ meta { datasetVersion } }');
      expect(anon.status).toBe(401);
      expect(codeOf(anon)).toBe('UNAUTHENTICATED');
      expect(anon.body.data ?? null).toBeNull();
      const reader = await closed.gql('{ meta { datasetVersion } }', {}, { token: tokens.reader });
      expect(reader.status).toBe(200);
      expect(reader.body.data?.meta).toBeDefined();
      const get = await fetch(`${closed.url}?query=${encodeURIComponent('{ meta { datasetVersion } }')}`, {
        headers: { 'apollo-require-preflight': 'true' }, // past CSRF prevention, to the credentials check
      });
      expect(get.status).toBe(401);
    } finally {
      await closed.close();
    }
  });
});

describe('API keys (npm run keys)', () => {
  const lines: string[] = [];
  const run = (...argv: string[]) => {
    lines.length = 0;
    const { logger } = memoryLogger();
    return runKeysCommand(argv, {
      db: own.db,
      audit: createCuration(own.db, logger, DEFAULT_CURATION_LIMITS).audit,
      operator: { kind: 'operator', subject: 'test-operator', roles: ['admin'] },
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
  };

  it('prints a key once, stores only its digest, lists without secrets, and a revoked key is refused at once', async () => {
    expect(await run('create', '--name', 'import-script', '--role', 'curator')).toBe(0);
    const key = lines.find((l) => l.startsWith('icat_'))!;
    expect(key).toMatch(/^icat_[A-Za-z0-9_-]{43}$/);
    const stored = await own.db.read<{ props: Record<string, unknown> }>(
      'MATCH (k:ApiKey) RETURN properties(k) AS props',
    );
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(JSON.stringify(stored)).not.toContain(key.slice(5));

    const ok = await api.gql('{ meta { datasetVersion } }', {}, { token: key });
    expect(ok.status).toBe(200);
    // The key is a curator: it may propose, not review.
    const proposed = await api.gql(PROPOSE, { input: topicChange() }, { token: key });
    expect(proposed.status).toBe(200);
    const id = (proposed.body.data?.proposeChange as Payload).changeSet!.id;
    expect((proposed.body.data?.proposeChange as Payload).changeSet!.author).toBe('key:import-script');
    expect((await api.gql(REVIEW, { id, decision: 'ACCEPT' }, { token: key })).status).toBe(403);

    expect(await run('list')).toBe(0);
    const listing = lines.join('\n');
    expect(listing).toMatch(/import-script\s+curator\s+created \S+\s+last used \d{4}-/);
    expect(listing).not.toContain(key.slice(5, 20));

    expect(await run('create', '--name', 'import-script', '--role', 'reader')).toBe(2);
    expect(lines.join('\n')).toMatch(/exists/);
    expect(await run('create', '--name', 'x', '--role', 'superuser')).toBe(2);

    expect(await run('revoke', '--name', 'import-script')).toBe(0);
    const after = await api.gql('{ meta { datasetVersion } }', {}, { token: key });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.message).toMatch(/unknown or revoked/);
    expect(await run('revoke', '--name', 'import-script')).toBe(2);
    const guessed = await api.gql('{ meta { datasetVersion } }', {}, { token: `icat_${'A'.repeat(43)}` });
    expect(guessed.status).toBe(401);
  });
});

describe('authorization, one rule at a time', () => {
  it('propose: curators only (anonymous 401, reader 403, reviewer 403, curator ok)', async () => {
    const anon = await api.gql(PROPOSE, { input: topicChange() });
    expect([anon.status, codeOf(anon)]).toEqual([401, 'UNAUTHENTICATED']);
    for (const who of ['reader', 'reviewer', 'admin'] as const) {
      const r = await propose(who, topicChange());
      expect([who, r.status, codeOf(r)]).toEqual([who, 403, 'FORBIDDEN']);
    }
    const ok = await propose('curator', topicChange());
    expect(ok.status).toBe(200);
    expect(ok.payload?.changeSet?.state).toBe('PROPOSED');
  });

  it('review: reviewers only, never their own change-set', async () => {
    const mine = (await propose('curatorReviewer', topicChange())).payload!.changeSet!.id;
    const own = await review('curatorReviewer', mine, 'ACCEPT');
    expect([own.status, codeOf(own)]).toEqual([403, 'FORBIDDEN']);
    expect(own.body.errors?.[0]?.message).toMatch(/own change-set/);
    const curator = await review('curator', mine, 'REJECT');
    expect([curator.status, codeOf(curator)]).toEqual([403, 'FORBIDDEN']);
    const anon = await api.gql(REVIEW, { id: mine, decision: 'REJECT' });
    expect(anon.status).toBe(401);
    const other = await review('reviewer', mine, 'REJECT');
    expect(other.status).toBe(200);
    expect(other.payload?.changeSet?.state).toBe('REJECTED');
    // Decided once: a second decision is refused.
    expect((await review('reviewer2', mine, 'ACCEPT')).payload?.userErrors[0]?.code).toBe('NOT_PROPOSED');
  });

  it('withdraw: the author only', async () => {
    const id = (await propose('curator', topicChange())).payload!.changeSet!.id;
    const other = await api.gql(WITHDRAW, { id }, { token: tokens.curator2 });
    expect([other.status, codeOf(other)]).toEqual([403, 'FORBIDDEN']);
    const reviewer = await api.gql(WITHDRAW, { id }, { token: tokens.reviewer });
    expect(reviewer.status).toBe(403);
    const mine = await api.gql(WITHDRAW, { id }, { token: tokens.curator });
    expect(mine.status).toBe(200);
    expect((mine.body.data?.withdrawChange as Payload).changeSet?.state).toBe('WITHDRAWN');
  });

  it('changeSet: curators, reviewers and admins; auditLog: admins only', async () => {
    const id = (await propose('curator', topicChange())).payload!.changeSet!.id;
    const q = 'query C($id: ID!) { changeSet(id: $id) { id state author } }';
    expect((await api.gql(q, { id })).status).toBe(401);
    expect((await api.gql(q, { id }, { token: tokens.reader })).status).toBe(403);
    const seen = await api.gql(q, { id }, { token: tokens.reviewer });
    expect(seen.status).toBe(200);
    expect((seen.body.data?.changeSet as { author: string }).author).toBe(`token:${CLIENTS.curator.id}`);
    expect((await api.gql(AUDIT, { first: 1 })).status).toBe(401);
    expect((await api.gql(AUDIT, { first: 1 }, { token: tokens.reviewer })).status).toBe(403);
    expect((await api.gql(AUDIT, { first: 1 }, { token: tokens.admin })).status).toBe(200);
  });
});

describe('change-sets', () => {
  it('an accepted change-set changes the graph by exactly its operations and makes a new dataset version', async () => {
    const before = await fingerprint();
    const version = (await api.gql('{ meta { datasetVersion } }')).body.data?.meta as {
      datasetVersion: string;
    };
    const p = await propose('curator', {
      ...topicChange('topic:supply-chains-curated'),
      expectedVersion: version.datasetVersion,
    });
    expect(p.payload?.userErrors).toEqual([]);
    expect(await fingerprint()).toEqual(before); // a proposal is not the graph
    const r = await review('reviewer', p.payload!.changeSet!.id, 'ACCEPT');
    expect(r.payload?.userErrors).toEqual([]);
    expect(r.payload?.changeSet?.state).toBe('ACCEPTED');
    const after = await fingerprint();
    const added = after.lines.filter((l) => !before.lines.includes(l));
    const removed = before.lines.filter((l) => !after.lines.includes(l));
    // The Dataset node's version, the entity, the new passage, its IN_SOURCE link and the evidence link.
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^\(Dataset /);
    expect(added).toHaveLength(5);
    expect(added.filter((l) => l.includes('topic:supply-chains-curated'))).toHaveLength(2);
    expect(added.some((l) => l.startsWith('(Passage ') && l.includes('in their own supply chains'))).toBe(
      true,
    );
    const meta = (await api.gql('{ meta { datasetVersion } }')).body.data?.meta as { datasetVersion: string };
    expect(meta.datasetVersion).not.toBe(version.datasetVersion);
    expect(r.payload?.datasetVersion).toBe(meta.datasetVersion);
    const read = await api.gql(
      '{ entity(id: "topic:supply-chains-curated") { id name evidence { excerpt } } }',
    );
    expect(read.body.data?.entity).toMatchObject({ id: 'topic:supply-chains-curated' });

    // The stale version is now a conflict naming the current one.
    const stale = await propose('curator', { ...topicChange(), expectedVersion: version.datasetVersion });
    expect(stale.payload?.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      path: ['input', 'expectedVersion'],
    });
    expect(stale.payload?.userErrors[0]?.message).toContain(meta.datasetVersion);
  });

  it('invalid operations come back as userErrors naming operation and field, and nothing is written', async () => {
    const before = await fingerprint();
    const sets = await own.db.read<{ n: number }>('MATCH (c:ChangeSet) RETURN count(c) AS n');
    const r = await propose('curator', {
      comment: 'several mistakes',
      operations: [
        {
          addRelation: {
            type: 'MEMBER_OF',
            from: 'org:nobody',
            to: 'org:icat',
            evidence: [{ section: 'MEMBERS', excerpt: 'International Labour Organization (ILO)' }],
          },
        },
        {
          createEntity: {
            id: 'topic:not-in-report',
            type: 'TOPIC',
            name: 'X',
            evidence: [{ section: 'MEMBERS', excerpt: 'words the report never says' }],
          },
        },
        {
          createEntity: {
            id: 'org:bad',
            type: 'ORGANISATION',
            name: 'Bad',
            classification: 'NOT_A_CLASS',
            evidence: [{ section: 'MEMBERS', excerpt: 'International Labour Organization (ILO)' }],
          },
        },
        {
          addRelation: {
            type: 'MEMBER_OF',
            from: 'org:ilo',
            to: 'org:icat',
            assertion: 'INFERRED',
            evidence: [{ section: 'MEMBERS', excerpt: 'International Labour Organization (ILO)' }],
          },
        },
        { retractRelation: { id: 'rel:member_of:0000000000000000', note: 'wrong' } },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.payload?.changeSet).toBeNull();
    const errors = r.payload!.userErrors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['input', 'operations', '0', 'addRelation', 'from'],
          code: 'INVALID',
        }),
        expect.objectContaining({
          path: ['input', 'operations', '1', 'createEntity', 'evidence', '0', 'excerpt'],
          code: 'EXCERPT_NOT_FOUND',
        }),
        expect.objectContaining({
          path: ['input', 'operations', '2', 'createEntity', 'classification'],
          code: 'INVALID',
        }),
        expect.objectContaining({
          path: ['input', 'operations', '3', 'addRelation', 'note'],
          code: 'INVALID',
        }),
        expect.objectContaining({
          path: ['input', 'operations', '4', 'retractRelation', 'id'],
          code: 'NOT_FOUND',
        }),
      ]),
    );
    // A period that ends before it starts (the seed's rule, src/model/dates.ts `endsBeforeStart`).
    const backwards = await propose('curator', {
      comment: 'a period backwards',
      operations: [
        {
          addRelation: {
            type: 'PARTNER_OF',
            from: 'org:ilo',
            to: 'org:icat',
            since: '2019-05',
            until: '2018',
            evidence: [{ section: 'MEMBERS', excerpt: 'International Labour Organization (ILO)' }],
          },
        },
      ],
    });
    expect(backwards.payload?.changeSet).toBeNull();
    expect(backwards.payload?.userErrors).toEqual([
      {
        path: ['input', 'operations', '0', 'addRelation', 'until'],
        message: expect.stringContaining('until 2018 is before since 2019-05') as unknown as string,
        code: 'INVALID',
      },
    ]);
    expect(await fingerprint()).toEqual(before);
    expect(await own.db.read<{ n: number }>('MATCH (c:ChangeSet) RETURN count(c) AS n')).toEqual(sets);
  });

  it('only a topic is addressed (the model’s RELATION_ENDS, as in the seed): the other end is refused, nothing written', async () => {
    const before = await fingerprint();
    const evidence = [{ section: 'MEMBERS', excerpt: 'International Labour Organization (ILO)' }];
    const r = await propose('curator', {
      comment: 'an organisation addressing an organisation',
      operations: [
        { addRelation: { type: 'ADDRESSES', from: 'org:ilo', to: 'org:icat', evidence } },
        { addRelation: { type: 'ADDRESSES', from: 'org:ilo', to: 'topic:technology', evidence } },
      ],
    });
    expect(r.payload?.changeSet).toBeNull();
    // Exactly one error, on the first operation's `to`; the topic beside it raises none.
    expect(r.payload?.userErrors).toEqual([
      {
        path: ['input', 'operations', '0', 'addRelation', 'to'],
        code: 'INVALID',
        message:
          'ADDRESSES ends at TOPIC, not at ORGANISATION "org:icat" (see docs/reference/SEED-FORMAT.md)',
      },
    ]);
    expect(await fingerprint()).toEqual(before);
  });

  it('limits: operations per change-set and text sizes', async () => {
    const six = {
      comment: 'too many',
      operations: Array.from({ length: 6 }, (_, i) => topicChange(`topic:many-${i}`).operations[0]),
    };
    expect((await propose('curator', six)).payload?.userErrors[0]).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['input', 'operations'],
    });
    const long = { ...topicChange(), comment: 'x'.repeat(501) };
    expect((await propose('curator', long)).payload?.userErrors[0]).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['input', 'comment'],
    });
    const two = {
      comment: 'two at once',
      operations: [{ ...topicChange().operations[0], retractRelation: { id: 'rel:x:1', note: 'n' } }],
    };
    expect((await propose('curator', two)).payload?.userErrors[0]?.path).toEqual([
      'input',
      'operations',
      '0',
    ]);
  });

  it('proposals per curator per hour', async () => {
    const strict = await startCurationApp(own.db, provider, { curation: { proposalsPerHour: 1 } });
    try {
      const post = () => strict.gql(PROPOSE, { input: topicChange() }, { token: tokens.curator2 });
      const first = (await post()).body.data?.proposeChange as Payload;
      // curator2 may have proposed before in this file; the first answer is a change-set only if not.
      const second = (await post()).body.data?.proposeChange as Payload;
      expect(second.userErrors[0]).toMatchObject({ code: 'LIMIT_EXCEEDED' });
      expect(second.userErrors[0]?.message).toMatch(/at most 1 proposals per hour/);
      expect(first.userErrors.length === 0 || first.userErrors[0]?.code === 'LIMIT_EXCEEDED').toBe(true);
    } finally {
      await strict.close();
    }
  });

  it('an Idempotency-Key makes a retry return the first answer; reused for another body it is refused', async () => {
    const input = topicChange();
    const key = { 'idempotency-key': 'retry-test-1' };
    const first = await propose('curator', input, key);
    const again = await propose('curator', input, key);
    expect(again.payload?.changeSet?.id).toBe(first.payload?.changeSet?.id);
    const n = await own.db.read<{ n: number }>(
      "MATCH (c:ChangeSet {idempotencyKey: 'retry-test-1'}) RETURN count(c) AS n",
    );
    expect(n[0]?.n).toBe(1);
    const other = await propose('curator', topicChange(), key);
    expect(other.payload?.userErrors[0]?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('re-checks at acceptance: of two change-sets creating one id, the second is refused and writes nothing', async () => {
    const a = (await propose('curator', topicChange('topic:twice'))).payload!.changeSet!.id;
    const b = (await propose('curator2', topicChange('topic:twice'))).payload!.changeSet!.id;
    expect((await review('reviewer', a, 'ACCEPT')).payload?.changeSet?.state).toBe('ACCEPTED');
    const before = await fingerprint();
    const second = await review('reviewer', b, 'ACCEPT');
    expect(second.payload?.userErrors[0]).toMatchObject({ code: 'INVALID' });
    expect(second.payload?.userErrors[0]?.message).toMatch(/now invalid: duplicate id/);
    expect(await fingerprint()).toEqual(before);
  });

  it('updates an entity, retracts a relation, adds and removes evidence, all in one transaction', async () => {
    const rel = await own.db.read<{ id: string; evidence: string[] }>(
      "MATCH (:Entity {id: 'org:ilo'})-[r:MEMBER_OF]->(:Entity {id: 'org:icat'}) RETURN r.id AS id, r.evidence AS evidence",
    );
    const icat = await own.db.read<{ evidence: string[] }>(
      "MATCH (n:Entity {id: 'org:icat'}) RETURN n.evidence AS evidence",
    );
    const p = await propose('curator', {
      comment: 'corrections',
      operations: [
        { updateEntity: { id: 'org:ilo', description: 'A specialised agency of the United Nations.' } },
        { retractRelation: { id: rel[0]!.id, note: 'test retraction' } },
        { addEvidence: { target: 'org:icmpd', evidence: { passage: icat[0]!.evidence[0] } } },
        { removeEvidence: { target: 'org:icat', evidence: { passage: icat[0]!.evidence[1] } } },
      ],
    });
    expect(p.payload?.userErrors).toEqual([]);
    const r = await review('reviewer2', p.payload!.changeSet!.id, 'ACCEPT');
    expect(r.payload?.userErrors).toEqual([]);
    expect(r.payload?.changeSet?.diff?.some((l) => l.startsWith(`- relation ${rel[0]!.id}`))).toBe(true);
    const after = await own.db.read<{
      d: string;
      live: number;
      kept: string[];
      icmpd: string[];
      icatEv: string[];
      links: number;
      keptLinks: number;
    }>(
      `MATCH (ilo:Entity {id: 'org:ilo'}), (icmpd:Entity {id: 'org:icmpd'}), (icat:Entity {id: 'org:icat'})
       RETURN ilo.description AS d, COUNT { ()-[x {id: $rel}]->() WHERE NOT type(x) STARTS WITH 'RETRACTED_' } AS live,
              COLLECT { MATCH ()-[x {id: $rel}]->() WHERE type(x) STARTS WITH 'RETRACTED_' RETURN x.retractedBy } AS kept,
              icmpd.evidence AS icmpd, icat.evidence AS icatEv,
              COUNT { (icat)-[:EVIDENCED_BY]->(:Passage {id: $removed}) } AS links,
              COUNT { (icat)-[l:RETRACTED_EVIDENCED_BY]->(:Passage {id: $removed}) WHERE l.retractedBy = $cs } AS keptLinks`,
      { rel: rel[0]!.id, removed: icat[0]!.evidence[1], cs: p.payload!.changeSet!.id },
    );
    // History keeps them: the relation and the evidence link move to their retracted types, marked by the
    // change-set, not deleted.
    expect(after[0]).toMatchObject({
      d: 'A specialised agency of the United Nations.',
      live: 0,
      kept: [p.payload!.changeSet!.id],
      links: 0,
      keptLinks: 1,
    });
    expect(after[0]!.icmpd).toContain(icat[0]!.evidence[0]);
    expect(after[0]!.icatEv).not.toContain(icat[0]!.evidence[1]);
  });
});

describe('audit log', () => {
  it('records every attempt (succeeded, invalid, unauthenticated, forbidden) with who, what, outcome and request id', async () => {
    await api.gql(
      PROPOSE,
      { input: topicChange() },
      { token: 'garbage.token.here', headers: { 'x-request-id': 'audit-unauth-1' } },
    );
    await api.gql(
      PROPOSE,
      { input: topicChange() },
      { token: tokens.reader, headers: { 'x-request-id': 'audit-forbidden-1' } },
    );
    await api.gql(
      PROPOSE,
      { input: { comment: ' ', operations: [] } },
      { token: tokens.curator, headers: { 'x-request-id': 'audit-invalid-1' } },
    );
    await api.gql(
      PROPOSE,
      { input: topicChange() },
      { token: tokens.curator, headers: { 'x-request-id': 'audit-ok-1' } },
    );
    const records: Array<Record<string, unknown>> = [];
    let after: string | null = null;
    for (;;) {
      const page = await api.gql(AUDIT, { first: 50, after }, { token: tokens.admin });
      const log = page.body.data?.auditLog as {
        edges: Array<{ node: Record<string, unknown> }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      records.push(...log.edges.map((e) => e.node));
      if (!log.pageInfo.hasNextPage) break;
      after = log.pageInfo.endCursor;
    }
    const byRequest = (id: string) => records.find((r) => r.requestId === id);
    expect(byRequest('audit-unauth-1')).toMatchObject({
      actor: 'anonymous',
      operation: 'proposeChange',
      outcome: 'UNAUTHENTICATED',
    });
    expect(byRequest('audit-forbidden-1')).toMatchObject({
      actor: `token:${CLIENTS.reader.id}`,
      roles: [],
      outcome: 'FORBIDDEN',
      code: 'FORBIDDEN',
    });
    expect(byRequest('audit-invalid-1')).toMatchObject({
      actor: `token:${CLIENTS.curator.id}`,
      roles: ['curator'],
      outcome: 'INVALID',
    });
    const ok = byRequest('audit-ok-1')!;
    expect(ok).toMatchObject({ outcome: 'SUCCEEDED', operation: 'proposeChange' });
    expect(String((ok.targetIds as string[])[0])).toMatch(/^cs:/);
    expect(String(ok.at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    // Newest first, every record once.
    const times = records.map((r) => Date.parse(String(r.at)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const stored = await own.db.read<{ n: number }>('MATCH (a:AuditRecord) RETURN count(a) AS n');
    expect(records.length).toBe(stored[0]?.n);
    // Each record also went to the log stream.
    const lines = api.logs.filter((l) => l.includes('"msg":"audit"'));
    expect(lines.some((l) => l.includes('audit-forbidden-1'))).toBe(true);
  });

  it('is append-only: no code in src/ but the audit module writes an AuditRecord, and it only creates them', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.ts')) files.push(join(dir, e.name));
    };
    walk('src');
    const touching = files.filter((f) => readFileSync(f, 'utf8').includes(':AuditRecord'));
    expect(touching).toEqual(['src/curation/audit.ts']);
    const cypher = readFileSync('src/curation/audit.ts', 'utf8');
    expect(cypher).not.toMatch(/\b(DELETE|REMOVE|MERGE)\b/);
    expect(cypher.match(/\bSET\b/g)).toHaveLength(1); // the CREATE's own properties
  });
});
