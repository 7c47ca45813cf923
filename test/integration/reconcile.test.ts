import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { reconcileRoutes } from '../../src/http/reconcile.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';
import { graphFingerprint } from '../support/fingerprint.js';

/**
 * The OpenRefine reconciliation service at /reconcile, over HTTP on the seeded graph. Every answer is validated
 * against the Reconciliation Service API 0.2's published JSON schemas (test/fixtures/reconciliation-0.2, with
 * their source), and a batch of names from the report — exact, acronyms, misspelt, ambiguous — is reconciled and
 * its matches checked.
 */

const SCHEMAS = join(ROOT, 'test', 'fixtures', 'reconciliation-0.2');
const BASE_IRI = 'https://icat-kg.example.org';

const ajv = new Ajv({ strict: false, allErrors: true });
for (const f of [
  'type',
  'manifest',
  'reconciliation-query-batch',
  'reconciliation-result-batch',
  'suggest-entities-response',
  'suggest-types-response',
  'suggest-properties-response',
]) {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, `${f}.json`), 'utf8')) as Record<string, unknown>;
  // The schemas name the draft-less "http://json-schema.org/schema#" meta-schema, which Ajv does not ship.
  delete schema.$schema;
  ajv.addSchema(schema, f);
}
// The manifest's `authentication` points into Swagger 2.0's schema, not vendored: the manifest declares none.
ajv.addSchema({
  $id: 'http://swagger.io/v2/schema.json',
  definitions: { securityDefinitions: { additionalProperties: {} } },
});

function valid(schema: string, data: unknown): void {
  const validate = ajv.getSchema(schema) as ValidateFunction;
  const ok = validate(data);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

let db: Database;
let app: App;
let base: string;
beforeAll(async () => {
  db = testDatabase(60_000);
  const { logger } = memoryLogger();
  const limits = loadConfig({ NODE_ENV: 'test' }).http;
  app = await createApp({
    limits: { ...limits, rateLimitMax: 0 },
    db,
    logger,
    routes: reconcileRoutes({ db, logger, baseUrl: BASE_IRI, maxBodyBytes: limits.maxBodyBytes }),
  });
  base = await app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await app.close();
  await db.close();
});

interface Candidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  type: Array<{ id: string }>;
  features: Array<{ id: string; value: number | boolean }>;
}
type Results = Record<string, { result: Candidate[] }>;

async function reconcile(
  queries: Record<string, unknown>,
  method: 'GET' | 'POST' = 'POST',
): Promise<Results> {
  valid('reconciliation-query-batch', queries);
  const form = new URLSearchParams({ queries: JSON.stringify(queries) });
  const res =
    method === 'POST'
      ? await fetch(`${base}/reconcile`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        })
      : await fetch(`${base}/reconcile?${form.toString()}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  const body = (await res.json()) as Results;
  valid('reconciliation-result-batch', body);
  return body;
}

describe('the manifest', () => {
  it('is valid for the 0.2 schema and names the views, preview and suggest services', async () => {
    const res = await fetch(`${base}/reconcile`);
    expect(res.status).toBe(200);
    const manifest = (await res.json()) as Record<string, unknown>;
    valid('manifest', manifest);
    expect(manifest).not.toHaveProperty('authentication');
    expect(manifest).toMatchObject({
      versions: ['0.2'],
      identifierSpace: `${BASE_IRI}/entity/`,
      view: { url: `${BASE_IRI}/entity/{{id}}` },
      preview: { url: `${BASE_IRI}/reconcile/preview?id={{id}}` },
      suggest: { entity: { service_url: BASE_IRI, service_path: '/reconcile/suggest/entity' } },
    });
    expect((manifest.defaultTypes as Array<{ id: string }>).map((t) => t.id)).toContain('ORGANISATION');
  });
});

describe('reconciling names from the report', () => {
  // [key, query, the entity that must be the top candidate and a match, or null: no match].
  const CASES: Array<[string, Record<string, unknown>, string | null]> = [
    ['exact', { query: 'International Labour Organization' }, 'org:ilo'],
    ['acronym', { query: 'UNODC' }, 'org:unodc'],
    ['acronym-lower', { query: 'ohchr', type: 'ORGANISATION' }, 'org:ohchr'],
    ['two-word acronym', { query: 'UN Women' }, 'org:un-women'],
    ['misspelt', { query: 'Internatonal Organisation for Migraton' }, 'org:iom'],
    ['misspelt 2', { query: 'Ofice of the High Comissioner for Human Rights' }, 'org:ohchr'],
    ['british spelling', { query: 'Organisation for Security and Cooperation in Europe' }, 'org:osce'],
    ['person', { query: 'Ilias Chatzis', type: 'PERSON' }, 'person:ilias-chatzis'],
    [
      'with acronym property',
      { query: 'International Organization', properties: [{ pid: 'acronym', v: 'IOM' }] },
      'org:iom',
    ],
    ['an entity of its own', { query: 'United Nations' }, 'org:united-nations'],
    [
      'ambiguous: a topic and a brief share the name',
      { query: 'Non-punishment of victims of trafficking' },
      null,
    ],
    [
      'the same, with a type',
      { query: 'Non-punishment of victims of trafficking', type: 'BRIEF' },
      'brief:issue-brief-non-punishment-2019',
    ],
    ['ambiguous: two resolutions', { query: 'Security Council resolution' }, null],
    ['nothing like it', { query: 'Quidditch World Cup' }, null],
  ];

  it('matches exact names, acronyms and misspellings, and leaves the ambiguous unmatched (POST)', async () => {
    const results = await reconcile(Object.fromEntries(CASES.map(([k, q]) => [k, q])));
    for (const [key, , expected] of CASES) {
      const result = results[key]!.result;
      const matched = result.filter((c) => c.match);
      if (expected === null) {
        // eslint-disable-next-line jest/no-conditional-expect -- table-driven: each case names its expectation
        expect({ key, matched }).toEqual({ key, matched: [] });
        continue;
      }
      expect({ key, top: result[0]?.id, match: result[0]?.match }).toEqual({
        key,
        top: expected,
        match: true,
      });
      expect(matched).toHaveLength(1);
      // Scores order the candidates.
      for (let i = 1; i < result.length; i++)
        expect(result[i]!.score).toBeLessThanOrEqual(result[i - 1]!.score);
    }
    expect(
      results['ambiguous: a topic and a brief share the name']!.result.slice(0, 2).map((c) => c.score),
    ).toEqual([100, 100]);
    expect(results['ambiguous: two resolutions']!.result.length).toBeGreaterThan(1);
  });

  it('answers GET as POST, honours type and limit, and scores properties (acronym, country)', async () => {
    const byGet = await reconcile({ q: { query: 'United Nations', type: 'ORGANISATION', limit: 3 } }, 'GET');
    expect(byGet.q!.result).toHaveLength(3);
    for (const c of byGet.q!.result) expect(c.type[0]!.id).toBe('ORGANISATION');

    const wrongAcronym = await reconcile({
      q: { query: 'International Labour Organization', properties: [{ pid: 'acronym', v: 'WHO' }] },
    });
    expect(wrongAcronym.q!.result[0]!.match).toBe(false);
    expect(wrongAcronym.q!.result[0]!.features).toContainEqual({ id: 'acronym', value: false });

    const inSwitzerland = await reconcile({
      q: { query: 'session', type: 'EVENT', properties: [{ pid: 'country', v: 'Switzerland' }] },
    });
    const top = inSwitzerland.q!.result[0]!;
    expect(top.features).toContainEqual({ id: 'country', value: true });
    expect(['event:hrc41-session', 'event:cedaw-69th-session']).toContain(top.id);
  });
});

describe('suggest and preview', () => {
  it('suggests entities, types and properties, each answer valid for its schema', async () => {
    const entities = (await (await fetch(`${base}/reconcile/suggest/entity?prefix=unod`)).json()) as {
      result: Array<{ id: string }>;
    };
    valid('suggest-entities-response', entities);
    expect(entities.result[0]!.id).toBe('org:unodc');
    const types = (await (await fetch(`${base}/reconcile/suggest/type?prefix=org`)).json()) as {
      result: unknown[];
    };
    valid('suggest-types-response', types);
    expect(types.result).toEqual([{ id: 'ORGANISATION', name: 'Organisation' }]);
    const props = (await (await fetch(`${base}/reconcile/suggest/property?prefix=acr`)).json()) as {
      result: Array<{ id: string }>;
    };
    valid('suggest-properties-response', props);
    expect(props.result.map((p) => p.id)).toEqual(['acronym']);
  });

  it('previews an entity as a small HTML page, escaped and script-free', async () => {
    const res = await fetch(`${base}/reconcile/preview?id=org:unodc`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('United Nations Office on Drugs and Crime');
    expect(html).toContain(`href="${BASE_IRI}/entity/org:unodc"`);
    expect((await fetch(`${base}/reconcile/preview?id=org:nope`)).status).toBe(404);
  });
});

describe('bad and hostile input', () => {
  it('answers 400 saying what was wrong, and 413 over the body limit', async () => {
    const bad: Array<[string, string]> = [
      ['not json', '"queries" must be a JSON object of queries, e.g. {"q0": {"query": "UNODC"}}'],
      ['[]', '"queries" must be a JSON object of queries'],
      ['{}', '"queries" must hold 1 to 50 queries; got 0'],
      ['{"q":{"query":"x","limit":0}}', 'query "q": "limit" must be an integer from 1 to 25'],
      [
        '{"q":{"query":"x","type":"SPY"}}',
        'query "q": type "SPY" is not one of ORGANISATION, PERSON, EVENT, RESOLUTION, BRIEF, PLACE, TOPIC, STATEMENT, QUANTITY',
      ],
      [
        '{"q":{"query":"x","properties":[{"pid":"salary","v":"1"}]}}',
        'query "q": each property needs a "pid" of acronym, country, classification',
      ],
      [
        '{"q":{"query":"x","evil":1}}',
        'query "q": unknown member "evil"; the members are query, type, limit, properties, type_strict',
      ],
      [
        JSON.stringify(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, { query: 'x' }]))),
        '"queries" must hold 1 to 50 queries; got 51',
      ],
    ];
    for (const [queries, message] of bad) {
      const res = await fetch(`${base}/reconcile?${new URLSearchParams({ queries }).toString()}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(message);
    }
    const json = await fetch(`${base}/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    const huge = await fetch(`${base}/reconcile`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `queries=${'x'.repeat(200_000)}`,
    });
    expect(huge.status).toBe(413);
  });

  it('takes hostile query text literally, and the graph is unchanged', async () => {
    const before = await graphFingerprint(db);
    const hostile = [
      `' OR 1=1 //`,
      `"}) MATCH (n) DETACH DELETE n //`,
      '*:* OR name:*',
      'name:/.*/',
      '\\',
      '~~~',
      '<script>alert(1)</script>',
    ];
    const results = await reconcile(Object.fromEntries(hostile.map((q, i) => [`q${i}`, { query: q }])));
    for (const [, { result }] of Object.entries(results)) expect(result.filter((c) => c.match)).toEqual([]);
    const suggest = await fetch(
      `${base}/reconcile/suggest/entity?prefix=${encodeURIComponent('*:* OR id:org*')}`,
    );
    expect(suggest.status).toBe(200);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
