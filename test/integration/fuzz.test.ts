import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SignJWT, UnsecuredJWT } from 'jose';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { seedRepository } from '../../src/ingest/index.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { graphFingerprint } from '../support/fingerprint.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import {
  AUDIENCE,
  CLIENTS,
  signingKey,
  startProvider,
  type ClientName,
  type TestProvider,
} from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * Fuzzing: thousands of generated hostile requests (invalid JSON, wrong content types and methods, huge and
 * deeply nested documents, bad variables, random bytes) at the real server on 127.0.0.1. None may answer
 * 5xx, the server must keep serving, and its heap must stay bounded. Seeded, so a failure replays. The run is
 * a number of requests, not a time budget: every one is sent and answered, however slow the machine.
 *
 * Then the write path: generated curation mutations (proposeChange, reviewChange, withdrawChange with random and
 * hostile inputs) with no token, broken and forged tokens, and the real OpenID provider's tokens of every role, on
 * a Neo4j of their own. None may answer 5xx, and after every one the dataset's fingerprint is unchanged unless that
 * request was a valid reviewer's acceptance that says it applied the change-set.
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

const MUTATION_TOTAL = 600;
const PROPOSE_DOC = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id state } userErrors { path message code } }
}`;
const REVIEW_DOC = `mutation R($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewChange(id: $id, decision: $decision, comment: $comment) { changeSet { id state } datasetVersion userErrors { code } }
}`;
const WITHDRAW_DOC = `mutation W($id: ID!) { withdrawChange(id: $id) { changeSet { id state } userErrors { code } } }`;
const REVIEWERS: readonly ClientName[] = ['reviewer', 'reviewer2', 'curatorReviewer'];

/** Values for any field of a mutation's input: valid ones of the seed beside hostile ones. */
const FIELD_VALUES: unknown[] = [
  ...HOSTILE_VALUES,
  'org:icat',
  'org:unodc',
  'topic:fuzz',
  'rel:member_of:0000000000000000',
  'passage:0000000000000000',
  "org:icat'}) DETACH DELETE n //",
  'Entity) DETACH DELETE (n',
  'MEMBER_OF]->() DELETE r //',
  'SUPPLY CHAINS',
  'FOREWORD',
  'International and regional organizations have an integral role to play',
  'ICAT',
  '2019',
  '2019-13-45',
  2019,
  0,
  -5,
  1.5,
  'INFERRED',
  'STATED',
  'TOPIC',
  'ORGANISATION',
  'ADDRESSES',
  'MEMBER_OF',
  '\u202e\u0000\ud800',
  '<script>alert(1)</script>',
];
const OP_KINDS = [
  'createEntity',
  'updateEntity',
  'addRelation',
  'retractRelation',
  'addEvidence',
  'removeEvidence',
];
const OP_FIELDS: Record<string, string[]> = {
  createEntity: [
    'id',
    'type',
    'name',
    'description',
    'otherNames',
    'classification',
    'kind',
    'date',
    'evidence',
    'inferred',
  ],
  updateEntity: ['id', 'type', 'name', 'description', 'year', 'status', 'country', 'inferred'],
  addRelation: ['type', 'from', 'to', 'year', 'since', 'role', 'status', 'assertion', 'note', 'evidence'],
  retractRelation: ['id', 'note'],
  addEvidence: ['target', 'evidence'],
  removeEvidence: ['target', 'evidence'],
};
const randomEvidence = () =>
  pick<unknown>([
    { section: pick(FIELD_VALUES), excerpt: pick(FIELD_VALUES) },
    {
      section: 'SUPPLY CHAINS',
      excerpt: 'International and regional organizations have an integral role to play',
    },
    { passage: pick(FIELD_VALUES) },
    { section: 'SUPPLY CHAINS', excerpt: 'trafficking', offset: pick([0, -1, 1e9, 2 ** 31, 3]) },
    pick(FIELD_VALUES),
  ]);
function randomOperation(): unknown {
  const kind = pick(OP_KINDS);
  const op: Record<string, unknown> = {};
  for (const f of OP_FIELDS[kind]!)
    if (random() < 0.7)
      op[f] =
        f === 'evidence'
          ? kind.endsWith('Evidence')
            ? randomEvidence()
            : [randomEvidence()]
          : pick(FIELD_VALUES);
  // Sometimes two kinds in one operation (exactly one is allowed), sometimes none.
  const extra = random() < 0.1 ? { [pick(OP_KINDS)]: { id: 'org:icat' } } : {};
  return random() < 0.05 ? {} : { [kind]: op, ...extra };
}
/** A change-set the seed's rules accept (a fresh topic with a verbatim excerpt), to give reviewers work. */
const validProposal = (n: number) => ({
  comment: `fuzz proposal ${n}`,
  operations: [
    {
      createEntity: {
        id: `topic:fuzz-${n}`,
        type: 'TOPIC',
        name: `Fuzz topic ${n}`,
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

interface MutationShot {
  kind: string;
  token: string;
  /** The client whose real token it carries, if any. */
  client?: ClientName;
  body: string;
  decision?: string;
}

describe('fuzzing the write path', () => {
  let own: OwnNeo4j;
  let provider: TestProvider;
  let app: CurationApp;
  const tokens = {} as Record<ClientName, string>;
  const hostile: Record<string, string> = {};

  beforeAll(async () => {
    own = await startOwnNeo4j();
    await seedRepository(own.db);
    provider = await startProvider();
    for (const name of Object.keys(CLIENTS) as ClientName[]) tokens[name] = await provider.token(name);
    const now = Math.floor(Date.now() / 1000);
    const trusted = provider.keys[0]!;
    const stranger = await signingKey(trusted.kid); // the provider's kid, another key
    const sign = (claims: Record<string, unknown>, key = trusted, header: Record<string, unknown> = {}) =>
      new SignJWT({ sub: 'reviewer-chen', roles: ['reviewer', 'curator', 'admin'], ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, ...header })
        .setIssuer(String(claims.iss ?? provider.issuer))
        .setAudience(String(claims.aud ?? AUDIENCE))
        .setIssuedAt(now - 600)
        .setExpirationTime(Number(claims.exp ?? now + 300))
        .sign(key.privateKey);
    hostile.expired = await sign({ exp: now - 3600 });
    hostile.wrongAudience = await sign({ aud: 'https://elsewhere.example/graphql' });
    hostile.wrongIssuer = await sign({ iss: 'https://evil.example' });
    hostile.otherKey = await sign({}, stranger);
    hostile.unknownKid = await sign({}, { ...stranger, kid: 'no-such-kid' });
    hostile.none = new UnsecuredJWT({ sub: 'reviewer-chen', roles: ['reviewer'] })
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime(now + 300)
      .encode();
    hostile.tampered = `${tokens.reviewer.slice(0, -4)}AAAA`;
    hostile.garbage = 'x.y.z';
    hostile.apiKeyGuess = `icat_${'A'.repeat(43)}`;
    app = await startCurationApp(own.db, provider, {
      curation: { maxOperations: 20, maxText: 5000, proposalsPerHour: 100_000 },
    });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await own?.stop();
  });

  it(`answers ${MUTATION_TOTAL} generated mutations without a 5xx; only a valid reviewer's acceptance changes the graph`, async () => {
    const fingerprint = async () => JSON.stringify(await graphFingerprint(own.db, { dataset: 'icat-2019' }));
    const clients = Object.keys(CLIENTS) as ClientName[];
    const proposed: string[] = [];
    const seenIds: string[] = ['cs:00000000-0000-0000-0000-000000000000'];
    let baseline = await fingerprint();
    const byStatus = new Map<string, number>();
    const serverErrors: string[] = [];
    const unexplained: string[] = [];
    let applied = 0;

    const shotOf = (i: number): MutationShot => {
      const r = random();
      const tokenKind = r < 0.1 ? 'none' : r < 0.3 ? 'hostile' : 'client';
      const client = tokenKind === 'client' ? pick(clients) : undefined;
      const token =
        tokenKind === 'none' ? '' : client ? tokens[client] : hostile[pick(Object.keys(hostile))]!;
      const kind = pick(['propose', 'proposeValid', 'review', 'review', 'withdraw', 'raw']);
      const anyId = () =>
        random() < 0.7 && proposed.length > 0
          ? pick(proposed)
          : random() < 0.5
            ? pick(seenIds)
            : pick(FIELD_VALUES);
      let body: unknown;
      let decision: string | undefined;
      if (kind === 'propose') {
        const input = pick<unknown>([
          { comment: pick(FIELD_VALUES), operations: Array.from({ length: int(25) }, randomOperation) },
          { comment: 'fuzz', expectedVersion: pick(FIELD_VALUES), operations: [randomOperation()] },
          pick(FIELD_VALUES),
          { comment: 'fuzz', operations: pick(FIELD_VALUES) },
        ]);
        body = { query: PROPOSE_DOC, variables: { input } };
      } else if (kind === 'proposeValid') {
        body = { query: PROPOSE_DOC, variables: { input: validProposal(i) } };
      } else if (kind === 'review') {
        decision = pick(['ACCEPT', 'ACCEPT', 'REJECT', 'DELETE', '']);
        body = { query: REVIEW_DOC, variables: { id: anyId(), decision, comment: pick(FIELD_VALUES) } };
      } else if (kind === 'withdraw') {
        body = { query: WITHDRAW_DOC, variables: { id: anyId() } };
      } else {
        // Hand-written mutation documents: aliases, two operations, inline hostile literals, a subscription.
        body = {
          query: pick([
            `mutation { a: withdrawChange(id: "${String(anyId())}") { changeSet { id } } b: withdrawChange(id: "x") { userErrors { code } } }`,
            `mutation { reviewChange(id: "${String(anyId())}", decision: ACCEPT) { changeSet { id state } } }`,
            'mutation { proposeChange(input: { comment: "x", operations: [{ retractRelation: { id: "rel:member_of:0000000000000000", note: "n" } }] }) { changeSet { id } } }',
            'mutation M { withdrawChange(id: "x") { changeSet { id } } } query Q { __typename }',
            'subscription { proposeChange }',
            'mutation { proposeChange { changeSet { id } } }',
            `mutation { ${nested(40 + int(40), 'proposeChange(input: {comment: "x", operations: []}) { changeSet { ', ' } }', 'id')} }`,
          ]),
          operationName: pick([undefined, 'M', 'Q', 'X']),
        };
      }
      return { kind, token, client, body: JSON.stringify(body), decision };
    };

    for (let i = 0; i < MUTATION_TOTAL; i++) {
      const shot = shotOf(i);
      const res = await fetch(app.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(shot.token ? { authorization: `Bearer ${shot.token}` } : {}),
          ...(random() < 0.1 ? { 'idempotency-key': pick(['k1', 'k2', '', 'x'.repeat(500)]) } : {}),
        },
        body: shot.body,
      });
      const text = await res.text();
      const status = String(res.status);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (res.status >= 500) serverErrors.push(`${shot.kind} ${status} ${text.slice(0, 200)}`);
      for (const m of text.matchAll(/"id":"(cs:[0-9a-f-]{36})","state":"PROPOSED"/g))
        if (!proposed.includes(m[1]!)) proposed.push(m[1]!);
      for (const m of text.matchAll(/"(cs:[0-9a-f-]{36})"/g))
        if (!seenIds.includes(m[1]!)) seenIds.push(m[1]!);
      const after = await fingerprint();
      if (after !== baseline) {
        const accepted =
          shot.client !== undefined &&
          REVIEWERS.includes(shot.client) &&
          /"state":"ACCEPTED"/.test(text) &&
          res.status === 200;
        if (accepted) applied += 1;
        else
          unexplained.push(
            `#${i} ${shot.kind} by ${shot.client ?? 'a hostile or no token'}: ${status} ${text.slice(0, 300)}`,
          );
        baseline = after;
      }
    }
    process.stdout.write(
      `\n[fuzz mutations] ${MUTATION_TOTAL} requests; statuses ${[...byStatus]
        .sort()
        .map(([s, n]) => `${s}:${n}`)
        .join(' ')}; ` +
        `5xx: ${serverErrors.length}; change-sets applied by a reviewer: ${applied}; proposals seen: ${proposed.length}\n`,
    );
    expect(serverErrors).toEqual([]);
    expect(unexplained).toEqual([]);
    // The run reached the interesting states: refusals, applied change-sets and untouched proposals.
    expect(applied).toBeGreaterThan(0);
    expect(byStatus.get('401') ?? 0).toBeGreaterThan(0);
    expect(byStatus.get('403') ?? 0).toBeGreaterThan(0);
    expect((await app.gql('{ entity(id: "org:icat") { name } }')).body.data).toEqual({
      entity: { name: 'Inter-Agency Coordination Group against Trafficking in Persons' },
    });
  }, 600_000);
});
