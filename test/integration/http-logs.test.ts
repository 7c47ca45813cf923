import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

/** One structured log line per operation: request id, operation name, duration, outcome; no variables. */

let api: HttpApp;
beforeAll(async () => {
  api = await startHttpApp({ env: 'production' });
});
afterAll(async () => {
  await api.close();
});

type Line = Record<string, unknown>;
const lines = (): Line[] => api.logs.map((l) => JSON.parse(l) as Line);

describe('operation logs', () => {
  it('writes one line per operation with its request id and outcome, and never the variables', async () => {
    const secret = 'hunter2-secret-value';
    const ok = await api.post(
      { query: 'query Find($id: ID!) { entity(id: $id) { name } }', variables: { id: secret } },
      { 'x-request-id': 'req-log-1' },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toBe('req-log-1');
    const bad = await api.post({ query: '{ nope }' }, { 'x-request-id': 'req-log-2' });
    expect(bad.status).toBe(200);
    // The secret as a credential: refused (not a valid token or key), and in no log line either.
    const refused = await api.post(
      { query: '{ __typename }' },
      { 'x-request-id': 'req-log-4', authorization: `Bearer ${secret}` },
    );
    expect(refused.status).toBe(401);

    const mine = lines().filter((l) => l.msg === 'graphql operation');
    const first = mine.filter((l) => l.requestId === 'req-log-1');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ operationName: 'Find', outcome: 'ok', service: 'icat-kg' });
    expect(typeof first[0]!.durationMs).toBe('number');
    const second = mine.filter((l) => l.requestId === 'req-log-2');
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(api.logs.join('')).not.toContain(secret);
  });
  it('gives a request without an id a fresh one, and replaces an unsafe one', async () => {
    const r = await api.post({ query: '{ __typename }' }, { 'x-request-id': 'bad id\twith spaces' });
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('logs HTTP-level rejections with their status', async () => {
    await api.post('{ not json', { 'x-request-id': 'req-log-3' });
    expect(lines().find((l) => l.requestId === 'req-log-3')).toMatchObject({
      msg: 'http request rejected',
      status: 400,
    });
  });
});
