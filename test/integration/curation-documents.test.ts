import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, Kind, type OperationDefinitionNode } from 'graphql';
import * as typed from '../../operations/generated/graphql.js';
import type { AppOptions } from '../../src/app.js';
import { seedRepository } from '../../src/ingest/index.js';
import { documentId, loadTrustedDocuments } from '../../src/http/trusted-documents.js';
import { ROOT } from '../../src/paths.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { graphFingerprint } from '../support/fingerprint.js';
import { testLimits } from '../support/http-app.js';
import { startProvider, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The write path under the production guards: the curation mutations are registered in the trusted-documents
 * manifest (operations/, persisted-documents.json) and run under TRUSTED_DOCUMENTS, credentials still checked, while
 * any other mutation is refused; and the depth, alias and cost limits refuse a mutation before it runs (a
 * validation failure, GRAPHQL_VALIDATION_FAILED, without data), so that nothing is proposed or applied.
 */

const CHECKED_IN = join(ROOT, 'operations/generated/persisted-documents.json');
const trusted = loadTrustedDocuments(CHECKED_IN);
let own: OwnNeo4j;
let provider: TestProvider;
let tokens: { curator: string; reviewer: string };
const apps: CurationApp[] = [];

beforeAll(async () => {
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  provider = await startProvider();
  tokens = { curator: await provider.token('curator'), reviewer: await provider.token('reviewer') };
}, 180_000);
afterAll(async () => {
  for (const a of apps) await a.close();
  await provider?.close();
  await own?.stop();
});

async function app(extra: Partial<AppOptions>): Promise<CurationApp> {
  const a = await startCurationApp(own.db, provider, { extra });
  apps.push(a);
  return a;
}
const changeSets = async () =>
  (await own.db.read<{ n: number }>('MATCH (c:ChangeSet) RETURN count(c) AS n'))[0]!.n;
const fingerprint = () => graphFingerprint(own.db, { dataset: 'icat-2019' });
const proposal = (n: string) => ({
  comment: `documents test ${n}`,
  operations: [
    {
      createEntity: {
        id: `topic:documents-${n}`,
        type: 'TOPIC',
        name: `Documents ${n}`,
        evidence: [
          {
            section: 'SUPPLY CHAINS',
            excerpt: 'International and regional organizations have an integral role to play',
          },
        ],
      },
    },
  ],
});

/** A document's operations: their kind, name and root fields. */
function rootFields(text: string): Array<{ operation: string; name: string; fields: string[] }> {
  return parse(text)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => ({
      operation: d.operation,
      name: d.name?.value ?? '',
      fields: d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])),
    }));
}

describe('the curation operations are trusted documents', () => {
  it('the manifest registers proposeChange, reviewChange and withdrawChange, and the change-set reads', () => {
    const manifestOps = Object.values(manifestJson()).flatMap(rootFields);
    const mutations = manifestOps.filter((o) => o.operation === 'mutation').flatMap((o) => o.fields);
    for (const field of ['proposeChange', 'reviewChange', 'withdrawChange'])
      expect(mutations).toContain(field);
    const queries = manifestOps.filter((o) => o.operation === 'query').flatMap((o) => o.fields);
    for (const field of ['changeSet', 'auditLog']) expect(queries).toContain(field);
    // The typed documents scripts import are the registered ones.
    for (const doc of [
      typed.CurationProposeChangeDocument,
      typed.CurationReviewChangeDocument,
      typed.CurationWithdrawChangeDocument,
      typed.CurationChangeSetDocument,
      typed.CurationAuditLogDocument,
    ])
      expect(trusted.byId(documentId(String(doc)))).toBeDefined();
  });

  it('under TRUSTED_DOCUMENTS a registered mutation runs (by id or text) with credentials; others are refused', async () => {
    const a = await app({ trustedDocuments: trusted });
    const proposeId = documentId(String(typed.CurationProposeChangeDocument));
    const post = async (body: unknown, token?: string) => {
      const res = await fetch(a.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const before = await changeSets();
    // Registered, but no credentials: the auth gate still answers.
    const anon = await post({ documentId: proposeId, variables: { input: proposal('anon') } });
    expect(anon.status).toBe(401);
    const byId = await post(
      { documentId: proposeId, variables: { input: proposal('by-id') } },
      tokens.curator,
    );
    expect(byId.status).toBe(200);
    const made = (byId.body.data as { proposeChange: { changeSet: { id: string; state: string } } })
      .proposeChange;
    expect(made.changeSet.state).toBe('PROPOSED');
    const byText = await post(
      { query: String(typed.CurationProposeChangeDocument), variables: { input: proposal('by-text') } },
      tokens.curator,
    );
    expect(byText.status).toBe(200);
    expect(await changeSets()).toBe(before + 2);

    // The same mutation with another selection, and one the manifest never had: refused, nothing proposed.
    const graph = await fingerprint();
    for (const query of [
      'mutation P($input: ProposeChangeInput!) { proposeChange(input: $input) { changeSet { id } } }',
      'mutation { a: withdrawChange(id: "x") { changeSet { id } } b: withdrawChange(id: "y") { changeSet { id } } }',
    ]) {
      const r = await post({ query, variables: { input: proposal('unregistered') } }, tokens.curator);
      expect([r.status, JSON.stringify(r.body)]).toEqual([
        400,
        expect.stringContaining('TRUSTED_DOCUMENT_REQUIRED'),
      ]);
    }
    const bogus = await post({ documentId: `sha256:${'0'.repeat(64)}` }, tokens.curator);
    expect([bogus.status, JSON.stringify(bogus.body)]).toEqual([
      expect.any(Number),
      expect.stringContaining('PERSISTED_QUERY_NOT_FOUND'),
    ]);
    expect(bogus.status).toBeGreaterThanOrEqual(400);
    expect(bogus.status).toBeLessThan(500);
    expect(await changeSets()).toBe(before + 2);

    // The registered review applies it.
    const review = await post(
      {
        documentId: documentId(String(typed.CurationReviewChangeDocument)),
        variables: { id: made.changeSet.id, decision: 'ACCEPT', comment: 'ok' },
      },
      tokens.reviewer,
    );
    expect(review.status).toBe(200);
    expect(JSON.stringify(review.body)).toContain('"state":"ACCEPTED"');
    expect(await fingerprint()).not.toEqual(graph);
  });
});

describe('the depth, alias and cost limits apply to mutations', () => {
  const PROPOSE = `mutation P($input: ProposeChangeInput!) {
    proposeChange(input: $input) { changeSet { id state author operations } userErrors { path message code } }
  }`;

  it('a mutation deeper than GRAPHQL_MAX_DEPTH is refused before it runs', async () => {
    const a = await app({ limits: testLimits('test', { rateLimitMax: 0, maxDepth: 2 }) });
    const before = await changeSets();
    const r = await a.gql(PROPOSE, { input: proposal('deep') }, { token: tokens.curator });
    // A validation failure: answered without data (HTTP 200 for application/json, as for a read).
    expect(r.status).toBeLessThan(500);
    expect(r.body.data ?? null).toBeNull();
    expect(JSON.stringify(r.body)).toMatch(/Query depth limit of 2 exceeded, found 3/);
    expect(await changeSets()).toBe(before);
    // A read within the limit still runs on the same server.
    expect((await a.gql('{ meta { datasetVersion } }')).status).toBe(200);
  });

  it('more aliased mutations than GRAPHQL_MAX_ALIASES are refused before any runs', async () => {
    const a = await app({ limits: testLimits('test', { rateLimitMax: 0, maxAliases: 3 }) });
    const aliased = (n: number) =>
      `mutation P($input: ProposeChangeInput!) { ${Array.from(
        { length: n },
        (_, i) => `p${i}: proposeChange(input: $input) { changeSet { id } }`,
      ).join(' ')} }`;
    const before = await changeSets();
    const refused = await a.gql(aliased(4), { input: proposal('aliases') }, { token: tokens.curator });
    expect(refused.status).toBeLessThan(500);
    expect(refused.body.data ?? null).toBeNull();
    expect(JSON.stringify(refused.body)).toMatch(/alias/i);
    expect(await changeSets()).toBe(before);
    const allowed = await a.gql(aliased(2), { input: proposal('two-aliases') }, { token: tokens.curator });
    expect(allowed.status).toBe(200);
    expect(await changeSets()).toBe(before + 2);
  });

  it('a mutation above GRAPHQL_MAX_COST is refused before it runs; a cheap one runs', async () => {
    const a = await app({ limits: testLimits('test', { rateLimitMax: 0, maxCost: 12 }) });
    const before = await changeSets();
    const r = await a.gql(PROPOSE, { input: proposal('costly') }, { token: tokens.curator });
    expect(r.status).toBeLessThan(500);
    expect(r.body.data ?? null).toBeNull();
    expect(JSON.stringify(r.body)).toMatch(/Query cost \d+ exceeds the limit of 12/);
    expect(await changeSets()).toBe(before);
    const cheap = await a.gql(
      'mutation P($input: ProposeChangeInput!) { proposeChange(input: $input) { changeSet { id } } }',
      { input: proposal('cheap') },
      { token: tokens.curator },
    );
    expect(cheap.status).toBe(200);
    expect(await changeSets()).toBe(before + 1);
  });
});

function manifestJson(): Record<string, string> {
  return JSON.parse(readFileSync(CHECKED_IN, 'utf8')) as Record<string, string>;
}
