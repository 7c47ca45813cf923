import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as typed from '../../operations/generated/graphql.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { readOperations } from '../../src/http/operations.js';
import { documentId, loadTrustedDocuments } from '../../src/http/trusted-documents.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/**
 * Trusted-documents mode, with the manifest graphql-codegen's client preset builds from the shipped operations
 * (operations/, `npm run documents:manifest`): registered operations run by id or by text, the pages' own
 * documents among them; anything else is refused.
 */

const MANIFEST = join(ROOT, 'build/documents/persisted-documents.json');
const CHECKED_IN = join(ROOT, 'operations/generated/persisted-documents.json');
const COOKBOOK = readFileSync(join(ROOT, 'operations/cookbook/01-co-chairs-by-year.graphql'), 'utf8');

let db: Database;
let app: App;
let base: string;
let manifest: Record<string, string>;
let coChairsId: string;

beforeAll(async () => {
  execFileSync(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.documents.ts'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  coChairsId = Object.keys(manifest).find((id) => manifest[id]!.startsWith('query CoChairsByYear'))!;
  db = testDatabase();
  app = await createApp({
    limits: { ...loadConfig({ NODE_ENV: 'production' }).http, rateLimitMax: 0 },
    trustedDocuments: loadTrustedDocuments(MANIFEST),
    db,
    logger: memoryLogger().logger,
  });
  base = await app.listen(0, '127.0.0.1');
}, 60_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const post = async (body: unknown) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    },
  };
};
const coChairs = (data: unknown) =>
  (data as { entity: { coChairs: Array<{ acronym: string }> } }).entity.coChairs.map((c) => c.acronym);

describe('trusted documents', () => {
  it('registers every shipped operation (cookbook, pages, warm-up, bench), and not the compiler’s test documents', () => {
    // `npm run documents:manifest` writes the manifest that is checked in (codegen:check keeps that one current).
    expect(manifest).toEqual(JSON.parse(readFileSync(CHECKED_IN, 'utf8')));
    // Every file, as written, is registered under the id codegen gave it (our canonical form is its).
    const shipped = readOperations().filter((op) => !op.file.startsWith('compiler/'));
    for (const folder of ['cookbook/', 'network/', 'source/', 'warmup/', 'bench/'])
      expect(shipped.filter((op) => op.file.startsWith(folder)).length).toBeGreaterThan(0);
    expect(shipped.filter((op) => op.file.startsWith('cookbook/')).length).toBeGreaterThanOrEqual(15);
    expect(
      shipped.filter((op) => manifest[documentId(op.document)] === undefined).map((op) => op.file),
    ).toEqual([]);
    expect(Object.keys(manifest)).toHaveLength(shipped.length);
    const tests = readOperations('compiler');
    expect(tests.length).toBeGreaterThan(10);
    expect(
      tests.filter((op) => manifest[documentId(op.document)] !== undefined).map((op) => op.file),
    ).toEqual([]);
    expect(coChairsId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  // What each page sends (web/network, web/source): the typed document's text, with variables as the page's.
  const PAGE_VARIABLES: Record<string, Record<string, unknown>> = {
    NetworkPage: { types: null, entityTypes: null, year: null },
    Network: { types: ['MEMBER_OF'], entityTypes: null, year: 2019 },
    EntityPanel: { id: 'org:osce' },
    PageCentrality: { metric: 'BETWEENNESS', types: null, entityTypes: null, year: null, after: null },
    PageCommunities: { types: null, entityTypes: ['ORGANISATION'], year: 2019 },
    PagePath: { from: 'person:kupchyna', to: 'org:osce', types: null },
    PageNeighbourhood: { id: 'org:icat', depth: 2, types: null },
    SourcePage: { id: 'source:icat-chairs-report-2019' },
    SourceMentions: { source: 'source:icat-chairs-report-2019', first: 100, after: null },
    PageSearch: { query: 'trafficking', first: 5 },
  };
  const pages = readOperations().filter(
    (op) => op.file.startsWith('network/') || op.file.startsWith('source/'),
  );

  it.each(pages.map((op) => [op.file, op.name]))(
    'serves the pages: %s, as the page sends it, runs with data',
    async (_file, name) => {
      const document = (typed as Record<string, unknown>)[`${name}Document`];
      expect(typeof document?.toString).toBe('function');
      expect(PAGE_VARIABLES[name] ? name : `no variables for ${name} in this test`).toBe(name);
      const res = await post({ query: String(document), variables: PAGE_VARIABLES[name] });
      expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 200, errors: undefined });
      const data = Object.values(res.body.data as Record<string, unknown>);
      expect(data.length).toBeGreaterThan(0);
      expect(data.every((v) => v !== null)).toBe(true);
    },
  );

  it('runs a registered operation by documentId, by Apollo’s persistedQuery hash, by GET, and by its text', async () => {
    const byId = await post({ documentId: coChairsId, variables: { year: 2019 } });
    expect(byId.status).toBe(200);
    expect(coChairs(byId.body.data)).toEqual(['OSCE', 'UN Women']);
    const apq = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: coChairsId.slice(7) } },
    });
    expect(coChairs(apq.body.data)).toEqual(['OSCE', 'UN Women']);
    const get = await fetch(`${base}/graphql?documentId=${encodeURIComponent(coChairsId)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(coChairs(((await get.json()) as { data: unknown }).data)).toEqual(['OSCE', 'UN Women']);
    // The cookbook file as written (comments, other formatting) is the same registered operation.
    const byText = await post({ query: COOKBOOK });
    expect(byText.status).toBe(200);
    expect(coChairs(byText.body.data)).toEqual(['OSCE', 'UN Women']);
  });

  it('refuses an unknown id and an unregistered text with a clear error, before any query runs', async () => {
    const unknown = await post({ documentId: `sha256:${'a'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toMatch(/No registered operation has the id "sha256:a{64}"/);
    const adHoc = await post({ query: '{ organisations(first: 100) { totalCount } }' });
    expect(adHoc.status).toBe(400);
    expect(adHoc.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /only registered operations \(trusted documents\): send the `documentId`/,
          ),
          extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
        },
      ],
    });
    const tweaked = await post({ query: COOKBOOK.replace('acronym', 'acronym website') });
    expect(tweaked.body.errors?.[0]?.extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('refuses a page’s document asking one field more, and the compiler’s test documents (shipped, never listed)', async () => {
    const panel = String(typed.EntityPanelDocument).replace(
      'description',
      'description inferredProperties { note }',
    );
    const more = await post({ query: panel, variables: { id: 'org:osce' } });
    expect({
      status: more.status,
      code: more.body.errors?.[0]?.extensions.code,
      data: more.body.data,
    }).toEqual({
      status: 400,
      code: 'TRUSTED_DOCUMENT_REQUIRED',
      data: undefined,
    });
    const hostile = readOperations('compiler').find((op) => op.name === 'CompiledHostileId')!;
    const test = await post({ query: hostile.document, variables: { id: 'org:icat' } });
    expect([test.status, test.body.errors?.[0]?.extensions.code]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
  });
});
