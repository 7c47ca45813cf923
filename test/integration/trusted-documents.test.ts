import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { documentId, loadTrustedDocuments } from '../../src/http/trusted-documents.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/**
 * Trusted-documents mode, with the manifest graphql-codegen's client preset builds from the cookbook
 * (`npm run documents:manifest`): registered operations run by id or by text; anything else is refused.
 */

const MANIFEST = join(ROOT, 'build/documents/persisted-documents.json');
const COOKBOOK = readFileSync(join(ROOT, 'docs/cookbook/01-co-chairs-by-year.graphql'), 'utf8');

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
  it('registers every cookbook operation', () => {
    // Every cookbook file, as written, is registered under the id codegen gave it (our canonical form is its).
    const cookbook = readdirSync(join(ROOT, 'docs/cookbook')).filter((f) => f.endsWith('.graphql'));
    expect(cookbook.length).toBeGreaterThanOrEqual(15);
    const ids = cookbook.map((f) => documentId(readFileSync(join(ROOT, 'docs/cookbook', f), 'utf8')));
    expect(ids.filter((id) => manifest[id] === undefined)).toEqual([]);
    expect(coChairsId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

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
});
