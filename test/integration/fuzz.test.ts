import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * Fuzzing: thousands of generated hostile requests (invalid JSON, wrong content types and methods, huge and
 * deeply nested documents, bad variables, random bytes) at the real server on 127.0.0.1. None may answer
 * 5xx, the server must keep serving, and its heap must stay bounded. Seeded, so a failure replays. The run is
 * a number of requests, not a time budget: every one is sent and answered, however slow the machine.
 */

const TOTAL = 5_000;
const CONCURRENCY = 16;
const SEED = 0x1ca7;

/** A seeded, repeatable source of numbers in [0, 1) (pure-rand's xoroshiro128+). */
function rng(seed: number): () => number {
  const g = xoroshiro128plus(seed);
  return () => unsafeUniformIntDistribution(0, 0xfffffff, g) / 0x10000000;
}
const random = rng(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

interface Shot {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

const VALID = [
  '{ organisations(first: 5) { totalCount edges { node { id name } } } }',
  'query Q($id: ID!) { entity(id: $id) { id name relations(first: 3) { totalCount } } }',
  'query S($q: String!, $n: Int) { search(query: $q, first: $n) { score entity { id } } }',
  '{ path(from: "org:icat", to: "org:osce") { length } }',
  'query N($d: Int, $n: Int) { neighbourhood(id: "org:icat", depth: $d, first: $n) { totalNodes } }',
  '{ network(year: 2019) { nodes { id } } }',
  '{ relationTypeCounts { type count } }',
];
const WORDS = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$',
  '@',
  '...',
  'on',
  'query',
  'fragment',
  'entity',
  'id',
  'name',
  'first',
  '"x"',
  '1e999',
  '-1',
  '[',
  ']',
  '!',
  '=',
  'organisations',
  'edges',
  'node',
  '__schema',
  '__type',
  'mutation',
  'subscription',
  '#',
  '\\u0000',
  '"""',
  'null',
  'true',
];
const TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/graphql',
  'application/json;;;',
  '*/*',
  'application/jsonx',
  '',
];
const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  '*/*',
  'text/html',
  'image/png',
  'application/graphql-response+json;q=0.1, application/json',
  '',
];
const HOSTILE_VALUES: unknown[] = [
  null,
  1e308,
  -1,
  2 ** 53,
  'x'.repeat(3000),
  [],
  {},
  [[[[]]]],
  true,
  "' OR 1=1 //",
  { __proto__: { polluted: 1 } },
  { constructor: { prototype: { polluted: 1 } } },
  '\u0000',
];

function randomBytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = int(256);
  return b;
}
function nested(depth: number, open: string, close: string, inner = 'id'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}
function json(body: unknown, headers: Record<string, string> = {}): Pick<Shot, 'headers' | 'body'> {
  return { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

const GENERATORS: Record<string, () => Omit<Shot, 'kind'>> = {
  invalidJson: () => {
    const text = JSON.stringify({ query: pick(VALID) });
    const cut = pick([
      text.slice(0, int(text.length)),
      `${text}}`,
      text.replace(/"/g, "'"),
      '{"query":',
      '\ufeff' + text,
      'null',
      '"str"',
      '12',
    ]);
    return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: cut };
  },
  wrongContentType: () => {
    const t = pick(TYPES);
    return {
      method: 'POST',
      path: '/graphql',
      headers: (t ? { 'content-type': t } : {}) as Record<string, string>,
      body: JSON.stringify({ query: pick(VALID) }),
    };
  },
  hugeBody: () => ({
    method: 'POST',
    path: '/graphql',
    ...json({ query: `{ __typename } #${'x'.repeat(100_000 + int(50_000))}` }),
  }),
  manyTokens: () => ({
    method: 'POST',
    path: '/graphql',
    ...json({ query: `{ ${'relationTypeCounts { count } '.repeat(300 + int(2000))} }` }),
  }),
  deepDocument: () => {
    const d = 50 + int(20_000);
    const doc = pick([
      nested(d, '{ a ', ' }'),
      nested(d, 'entity(id: ', ')', '"x"'),
      `{ entity(id: ${nested(d, '[', ']', '1')}) { id } }`,
      `{ entity(id: ${nested(d, '{a:', '}', '1')}) { id } }`,
      nested(d, '... on Query { ', ' }', '__typename'),
    ]);
    return { method: 'POST', path: '/graphql', ...json({ query: doc }) };
  },
  deepJson: () => {
    const d = 1000 + int(40_000);
    return {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"query Q($id: ID!) { entity(id: $id) { id } }","variables":{"id":${nested(d, '[', ']', '1')}}}`,
    };
  },
  badVariables: () => {
    const variables = pick<unknown>([
      pick(HOSTILE_VALUES),
      { id: pick(HOSTILE_VALUES), q: pick(HOSTILE_VALUES), n: pick(HOSTILE_VALUES), d: pick(HOSTILE_VALUES) },
      'variables',
      [1, 2],
    ]);
    return {
      method: 'POST',
      path: '/graphql',
      ...json(
        { query: pick(VALID), variables, operationName: pick([undefined, 'Q', 'S', 'N', 'Nope', 7]) },
        { accept: pick(ACCEPTS) || 'application/json' },
      ),
    };
  },
  randomTokens: () => {
    const doc = Array.from({ length: 1 + int(60) }, () => pick(WORDS)).join(' ');
    return { method: 'POST', path: '/graphql', ...json({ query: doc }) };
  },
  mutatedValid: () => {
    const q = pick(VALID).split('');
    for (let i = 0; i < 1 + int(4); i++) q[int(q.length)] = String.fromCharCode(int(0x3000));
    return {
      method: 'POST',
      path: '/graphql',
      ...json({ query: q.join(''), variables: { id: 'org:icat', q: 'icat', n: int(300) - 50, d: int(6) } }),
    };
  },
  randomBytes: () => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': pick(['application/json', 'application/octet-stream']) },
    body: randomBytes(int(4000)),
  }),
  wrongShape: () => ({
    method: 'POST',
    path: '/graphql',
    ...json(
      pick<unknown>([
        { query: pick(HOSTILE_VALUES) },
        { qeury: '{ __typename }' },
        [],
        [{ query: '{ __typename }' }],
        Array(50).fill({ query: '{ __typename }' }),
        { query: '{ __typename }', extensions: pick(HOSTILE_VALUES) },
        { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
      ]),
    ),
  }),
  methodsAndPaths: () => ({
    method: pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE']),
    path: pick([
      '/graphql',
      '/',
      '/ready',
      '/health',
      '/graphql/../etc/passwd',
      '/%00',
      '/graphql?query=%7B__typename%7D',
      `/graphql?query=${encodeURIComponent(pick(VALID))}&variables=%7B`,
      '/graphql?variables=[[[',
      '/x'.repeat(200),
    ]),
    headers: pick<Record<string, string>>([
      {},
      { 'apollo-require-preflight': 'true' },
      { accept: pick(ACCEPTS) || '*/*' },
    ]),
  }),
  oddHeaders: () => ({
    method: 'POST',
    path: '/graphql',
    ...json(
      { query: pick(VALID), variables: { id: 'org:icat', q: 'x', n: 1, d: 1 } },
      {
        'x-request-id': pick(['', 'a'.repeat(500), '../../', 'ok-id']),
        accept: pick(ACCEPTS) || 'application/json',
        'apollo-require-preflight': 'yes',
      },
    ),
  }),
};

interface Outcome {
  status: number | 'reset';
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(base: string, shot: Shot): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: Outcome) => {
      if (!settled) {
        settled = true;
        resolve(o);
      }
    };
    const req = request(
      `${base}${shot.path}`,
      { method: shot.method, headers: shot.headers, agent, timeout: 15_000 },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => done({ status: res.statusCode ?? 0 }));
        res.on('error', () => done({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => done({ status: 'reset' }));
    req.end(shot.body);
  });
}

let api: HttpApp;
beforeAll(async () => {
  api = await startHttpApp({ env: 'production' });
});
afterAll(async () => {
  agent.destroy();
  await api.close();
});

describe('fuzzing the HTTP API', () => {
  it(`answers ${TOTAL} generated hostile requests without a 5xx, a crash or a leak`, async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const kinds = Object.keys(GENERATORS);
    const shots: Shot[] = Array.from({ length: TOTAL }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      return { kind, ...GENERATORS[kind]!() };
    });
    const byStatus = new Map<string, number>();
    const byKind = new Map<string, Map<string, number>>();
    const serverErrors: string[] = [];
    const started = Date.now();
    let next = 0;
    let sent = 0;
    let baseline = 0;
    async function worker() {
      while (next < shots.length) {
        const shot = shots[next++]!;
        const { status } = await send(api.base, shot);
        sent += 1;
        if (sent === 500) {
          gc();
          baseline = process.memoryUsage().heapUsed;
        }
        const key = String(status);
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        const k = byKind.get(shot.kind) ?? new Map<string, number>();
        k.set(key, (k.get(key) ?? 0) + 1);
        byKind.set(shot.kind, k);
        if (typeof status === 'number' && status >= 500) serverErrors.push(`${shot.kind} ${status}`);
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;
    gc();
    const growthMb = (process.memoryUsage().heapUsed - baseline) / 1e6;

    const fmt = (m: Map<string, number>) =>
      [...m]
        .sort()
        .map(([s, n]) => `${s}:${n}`)
        .join(' ');
    process.stdout.write(
      `\n[fuzz] ${sent} requests in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${fmt(byStatus)}; ` +
        `5xx: ${serverErrors.length}; heap growth after warm-up: ${growthMb.toFixed(1)} MB\n` +
        [...byKind].map(([k, m]) => `  ${k.padEnd(16)} ${fmt(m)}`).join('\n') +
        '\n',
    );

    expect(sent).toBe(TOTAL);
    expect(serverErrors).toEqual([]);
    // Every kind was sent, and only over-limit uploads may see their connection closed (after the 413 is sent).
    const resets = Object.fromEntries(kinds.map((k) => [k, byKind.get(k)?.get('reset') ?? 0]));
    expect(resets).toEqual(Object.fromEntries(kinds.map((k) => [k, k === 'hugeBody' ? resets.hugeBody : 0])));
    expect(kinds.map((k) => [k, [...(byKind.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0)])).toEqual(
      kinds.map((k, i) => [k, Math.floor(TOTAL / kinds.length) + (i < TOTAL % kinds.length ? 1 : 0)]),
    );
    expect(growthMb).toBeLessThan(64);

    // Still serving.
    expect((await fetch(`${api.base}/health`)).status).toBe(200);
    const ok = await api.post({ query: '{ entity(id: "org:icat") { name } }' });
    expect(ok.body.data).toEqual({
      entity: { name: 'Inter-Agency Coordination Group against Trafficking in Persons' },
    });
    // A safety net for a hung run, not a requirement: the assertions above count requests, not seconds.
  }, 600_000);
});
