import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { DEFAULT_EXPORT_LIMITS, loadConfig } from '../../src/config.js';
import { exportRoutes, routeTables } from '../../src/http/exports.js';
import { pageRoutes } from '../../src/http/pages.js';
import { loadSeed } from '../../src/ingest/load.js';
import { countDataset, writeSeed } from '../../src/ingest/seed.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * Cacheable answers for tools: `meta` gives the dataset version; GET queries, exports and pages carry an ETag and
 * answer a matching If-None-Match with 304; a re-seed that changes the graph changes the version and every ETag.
 * Re-seeding writes, so this file owns its Neo4j.
 */

let own: OwnNeo4j;
let app: App;
let base: string;
let logs: string[];

const META = '{ meta { datasetVersion datasets { name contentHash entities relations passages } } }';
const GET_QUERY = `/graphql?query=${encodeURIComponent('{ entity(id: "org:icat") { name } }')}`;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
const operations = () => logs.filter((l) => l.includes('"graphql operation"')).length;

async function meta() {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: META }),
  });
  return (
    (await res.json()) as {
      data: {
        meta: {
          datasetVersion: string | null;
          datasets: Array<{
            name: string;
            contentHash: string;
            entities: number;
            relations: number;
            passages: number;
          }>;
        };
      };
    }
  ).data.meta;
}

beforeAll(async () => {
  own = await startOwnNeo4j();
  await writeSeed(own.db, loadSeed(SEED_DIR));
  execFileSync(process.execPath, [join(ROOT, 'web', 'build.mjs')], { stdio: 'pipe' });
  const memory = memoryLogger();
  logs = memory.logs;
  app = await createApp({
    limits: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitMax: 0 },
    db: own.db,
    logger: memory.logger,
    routes: routeTables(
      exportRoutes({ db: own.db, limits: DEFAULT_EXPORT_LIMITS, logger: memory.logger }),
      pageRoutes(),
    ),
  });
  base = await app.listen(0, '127.0.0.1');
}, 180_000);
afterAll(async () => {
  await app?.close();
  await own?.stop();
}, 120_000);

describe('meta', () => {
  it('gives the dataset version and what each dataset holds', async () => {
    const m = await meta();
    expect(m.datasetVersion).toMatch(/^icat-2019=[0-9a-f]{64};$/);
    const counts = await countDataset(own.db);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(m.datasets).toEqual([
      {
        name: 'icat-2019',
        contentHash: m.datasetVersion!.slice('icat-2019='.length, -1),
        entities: sum(counts.labels),
        relations: sum(counts.relationTypes),
        passages: counts.passages,
      },
    ]);
  });
});

describe('ETags', () => {
  it('a GET query: ETag and Cache-Control; the same ETag back is a 304 that runs no query; a stale one a 200', async () => {
    const first = await get(GET_QUERY);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(await first.json()).toEqual({
      data: { entity: { name: expect.stringMatching(/^Inter-Agency/) } },
    });
    const ran = operations();
    const again = await get(GET_QUERY, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect(operations()).toBe(ran);
    const stale = await get(GET_QUERY, { 'if-none-match': 'W/"stale"' });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe(etag);
    // Another question, another ETag.
    const other = await get(`/graphql?query=${encodeURIComponent('{ entity(id: "org:unodc") { name } }')}`);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('no ETag for a POST or for an answer with errors', async () => {
    const post = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "org:icat") { name } }' }),
    });
    expect(post.headers.get('etag')).toBeNull();
    const bad = await get(`/graphql?query=${encodeURIComponent('{ search(query: "  ") { score } }')}`);
    expect(bad.headers.get('etag')).toBeNull();
  });

  it('an export and a page: ETag, and 304 on a match', async () => {
    const path = '/export/nodes.csv?year=2019';
    const first = await get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/export/nodes.csv?year=2018', { 'if-none-match': etag })).status).toBe(200);
    const page = await get('/network');
    const pageTag = page.headers.get('etag')!;
    expect(pageTag).toBeTruthy();
    expect((await get('/network', { 'if-none-match': pageTag })).status).toBe(304);
  });

  it('a re-seed that changes the graph changes the version and every ETag; one that changes nothing keeps them', async () => {
    const before = await meta();
    const queryTag = (await get(GET_QUERY)).headers.get('etag')!;
    const exportTag = (await get('/export/edges.csv')).headers.get('etag')!;
    await writeSeed(own.db, loadSeed(SEED_DIR));
    expect((await meta()).datasetVersion).toBe(before.datasetVersion);
    expect((await get(GET_QUERY, { 'if-none-match': queryTag })).status).toBe(304);

    const full = loadSeed(SEED_DIR);
    await writeSeed(own.db, { ...full, relations: full.relations.filter((r) => r.type !== 'FUNDS') });
    expect((await meta()).datasetVersion).not.toBe(before.datasetVersion);
    const query = await get(GET_QUERY, { 'if-none-match': queryTag });
    expect(query.status).toBe(200);
    expect(query.headers.get('etag')).not.toBe(queryTag);
    expect((await get('/export/edges.csv', { 'if-none-match': exportTag })).status).toBe(200);
    await writeSeed(own.db, full);
  });
});
