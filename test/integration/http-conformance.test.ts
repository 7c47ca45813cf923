import { afterAll, describe, expect, it } from '@jest/globals';
import { auditServer, type AuditResult } from 'graphql-http';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

/**
 * GraphQL-over-HTTP conformance: graphql-http's server audits against the running server, in development and
 * in production mode (introspection and suggestions off). Every MUST and SHOULD passes in both.
 */

type Level = 'MUST' | 'SHOULD' | 'MAY';

function tally(results: AuditResult[]) {
  const out = {} as Record<Level, { passed: number; total: number }>;
  for (const level of ['MUST', 'SHOULD', 'MAY'] as const) {
    const mine = results.filter((r) => r.name.startsWith(`${level} `));
    out[level] = { passed: mine.filter((r) => r.status === 'ok').length, total: mine.length };
  }
  return out;
}

const apps: HttpApp[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
});

describe.each(['development', 'production'] as const)('graphql-http audits (%s mode)', (env) => {
  it('passes every MUST and every SHOULD', async () => {
    const api = await startHttpApp({ env });
    apps.push(api);
    const results = await auditServer({ url: api.url });
    const t = tally(results);
    const failed = results.filter((r) => r.status !== 'ok');
    process.stdout.write(
      `\n[audit ${env}] MUST ${t.MUST.passed}/${t.MUST.total}, SHOULD ${t.SHOULD.passed}/${t.SHOULD.total}, ` +
        `MAY ${t.MAY.passed}/${t.MAY.total}` +
        failed
          .map((r) => `\n  ${r.id} ${r.status}: ${r.name}${'reason' in r ? ` (${r.reason})` : ''}`)
          .join('') +
        '\n',
    );
    expect(failed.filter((r) => !r.name.startsWith('MAY ')).map((r) => `${r.id} ${r.name}`)).toEqual([]);
    expect(t.MUST.passed).toBe(t.MUST.total);
    expect(t.SHOULD.passed).toBe(t.SHOULD.total);
  });
});

describe('introspection in production mode', () => {
  it('refuses the schema, allows only the name-only type probe, and gives no suggestions', async () => {
    const api = await startHttpApp({ env: 'production' });
    apps.push(api);
    const schema = await api.post({ query: '{ __schema { types { name } } }' });
    expect(schema.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(schema.body.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    const deep = await api.post({ query: '{ __type(name: "Organisation") { name fields { name } } }' });
    expect(deep.body.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    const probe = await api.post({ query: '{ __type(name: "Organisation") { name } }' });
    expect(probe.body).toEqual({ data: { __type: { name: 'Organisation' } } });
    const typo = await api.post({ query: '{ organisatons { totalCount } }' });
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
  it('is on in development, with suggestions', async () => {
    const api = await startHttpApp({ env: 'development' });
    apps.push(api);
    const schema = await api.post({ query: '{ __schema { queryType { name } } }' });
    expect(schema.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const typo = await api.post({ query: '{ organisatons { totalCount } }' });
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "organisations"/);
  });
});
