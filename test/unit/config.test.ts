import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('has working defaults: embedded Neo4j when NEO4J_URI is unset', () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.neo4j.database).toBe('neo4j');
  });

  it('accepts routing and direct URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
    expect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).neo4j.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('fails fast naming each bad variable', () => {
    const both = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' });
    expect(both).toThrow(ConfigError);
    // One error names both.
    expect(both).toThrow(/PORT="eighty"/);
    expect(both).toThrow(/NEO4J_URI="http:\/\/x": must be a neo4j:\/\/ or bolt:\/\/ URI/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
  });

  it('reads the analytics timeout (ANALYTICS_QUERY_TIMEOUT_MS, default 60 s) and refuses a bad one', () => {
    expect(loadConfig({}).neo4j.analyticsQueryTimeoutMs).toBe(60_000);
    expect(loadConfig({ ANALYTICS_QUERY_TIMEOUT_MS: '120000' }).neo4j.analyticsQueryTimeoutMs).toBe(120_000);
    expect(() => loadConfig({ ANALYTICS_QUERY_TIMEOUT_MS: '0' })).toThrow(/ANALYTICS_QUERY_TIMEOUT_MS="0"/);
    expect(() => loadConfig({ ANALYTICS_QUERY_TIMEOUT_MS: 'soon' })).toThrow(
      /ANALYTICS_QUERY_TIMEOUT_MS="soon"/,
    );
  });

  it('reads the computation timeout (ANALYTICS_TIMEOUT_MS, default 300 s) apart from the read timeout', () => {
    expect(loadConfig({}).analyticsTimeoutMs).toBe(300_000);
    const c = loadConfig({ ANALYTICS_TIMEOUT_MS: '20000', ANALYTICS_QUERY_TIMEOUT_MS: '5000' });
    expect([c.analyticsTimeoutMs, c.neo4j.analyticsQueryTimeoutMs]).toEqual([20_000, 5000]);
    for (const bad of ['0', '-5', '1.5', 'soon'])
      expect(() => loadConfig({ ANALYTICS_TIMEOUT_MS: bad })).toThrow(`ANALYTICS_TIMEOUT_MS="${bad}"`);
  });
});

describe('config: identity and curation (docs/how-to/CURATION.md)', () => {
  const oidc = {
    OIDC_ISSUER: 'https://login.example.org/realms/icat',
    OIDC_AUDIENCE: 'https://icat.example.org',
  };
  /** The one line of the error that names `name`. */
  const errorOf = (env: Record<string, string>, name: string): string => {
    try {
      loadConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const lines = (err as Error).message.split('\n').filter((l) => l.trim().startsWith(`${name}=`));
      expect(lines).toHaveLength(1);
      return lines[0]!.trim();
    }
    throw new Error(`${JSON.stringify(env)} was accepted`);
  };

  it('has the documented defaults: no OpenID provider, anonymous reads, the curation limits', () => {
    const c = loadConfig({});
    expect(c.oidc).toBeUndefined();
    expect(c.readRequiresAuth).toBe(false);
    expect(c.curation).toEqual({ maxOperations: 50, maxText: 2000, proposalsPerHour: 30 });
    expect(loadConfig(oidc).oidc).toEqual({
      issuer: oidc.OIDC_ISSUER,
      audience: oidc.OIDC_AUDIENCE,
      rolesClaim: 'roles',
      algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      clockSkewSeconds: 30,
    });
  });

  it('reads valid values of every variable', () => {
    const c = loadConfig({
      ...oidc,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ALGORITHMS: ' ES384 , EdDSA,RS512 ',
      OIDC_CLOCK_SKEW_SECONDS: '300',
      READ_REQUIRES_AUTH: 'true',
      CURATION_MAX_OPERATIONS: '7',
      CURATION_MAX_TEXT: '120',
      CURATION_PROPOSALS_PER_HOUR: '1',
    });
    expect(c.oidc).toEqual({
      issuer: oidc.OIDC_ISSUER,
      audience: oidc.OIDC_AUDIENCE,
      rolesClaim: 'realm_access.roles',
      algorithms: ['ES384', 'EdDSA', 'RS512'],
      clockSkewSeconds: 300,
    });
    expect(c.readRequiresAuth).toBe(true);
    expect(c.curation).toEqual({ maxOperations: 7, maxText: 120, proposalsPerHour: 1 });
    expect(loadConfig({ READ_REQUIRES_AUTH: '0' }).readRequiresAuth).toBe(false);
    expect(loadConfig({ READ_REQUIRES_AUTH: '1' }).readRequiresAuth).toBe(true);
    expect(loadConfig({ ...oidc, OIDC_CLOCK_SKEW_SECONDS: '0' }).oidc?.clockSkewSeconds).toBe(0);
    expect(loadConfig({ ...oidc, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
  });

  it('OIDC_ISSUER and OIDC_AUDIENCE: both or neither, and an issuer URL as tokens name it', () => {
    expect(errorOf({ OIDC_ISSUER: oidc.OIDC_ISSUER }, 'OIDC_AUDIENCE')).toMatch(
      /go together: set both .* or neither/,
    );
    expect(errorOf({ OIDC_AUDIENCE: 'x' }, 'OIDC_AUDIENCE')).toMatch(/go together/);
    for (const bad of ['login.example.org', 'ftp://login.example.org', 'not a url'])
      expect(errorOf({ ...oidc, OIDC_ISSUER: bad }, 'OIDC_ISSUER')).toBe(
        `OIDC_ISSUER=${JSON.stringify(bad)}: must be the issuer URL, e.g. https://login.example.org/realms/icat`,
      );
    for (const bad of [
      'https://login.example.org/?realm=icat',
      'https://login.example.org/#x',
      'https://a:b@login.example.org',
    ])
      expect(errorOf({ ...oidc, OIDC_ISSUER: bad }, 'OIDC_ISSUER')).toMatch(
        /must be the issuer URL exactly as its tokens name it \(`iss`\): no query, fragment or user name/,
      );
  });

  it('OIDC_ROLES_CLAIM: a claim name or a dotted path', () => {
    for (const bad of [' ', 'realm access', '.roles', 'roles.', 'a..b'])
      expect(errorOf({ OIDC_ROLES_CLAIM: bad }, 'OIDC_ROLES_CLAIM')).toBe(
        `OIDC_ROLES_CLAIM=${JSON.stringify(bad)}: must be a claim name, or a dotted path to one, e.g. roles or realm_access.roles`,
      );
  });

  it('OIDC_ALGORITHMS: public-key algorithms only, naming the one refused', () => {
    for (const [bad, item] of [
      ['none', 'none'],
      ['HS256', 'HS256'],
      ['RS256,HS512', 'HS512'],
      ['RS256, rs256', 'rs256'],
    ] as const)
      expect(errorOf({ OIDC_ALGORITHMS: bad }, 'OIDC_ALGORITHMS')).toMatch(
        new RegExp(
          `^OIDC_ALGORITHMS="${bad}": "${item}" is not allowed; each must be one of RS256, .*\\(never none or HS\\*\\)$`,
        ),
      );
    expect(errorOf({ OIDC_ALGORITHMS: ' , ' }, 'OIDC_ALGORITHMS')).toBe(
      'OIDC_ALGORITHMS=" , ": name at least one algorithm, e.g. RS256,ES256',
    );
  });

  it('OIDC_CLOCK_SKEW_SECONDS: a whole number of seconds from 0 to 300', () => {
    expect(errorOf({ OIDC_CLOCK_SKEW_SECONDS: '301' }, 'OIDC_CLOCK_SKEW_SECONDS')).toMatch(/"301": .*<=300/);
    expect(errorOf({ OIDC_CLOCK_SKEW_SECONDS: '-1' }, 'OIDC_CLOCK_SKEW_SECONDS')).toBe(
      'OIDC_CLOCK_SKEW_SECONDS="-1": must be 0 or more',
    );
    for (const bad of ['soon', '1.5', '30s'])
      expect(errorOf({ OIDC_CLOCK_SKEW_SECONDS: bad }, 'OIDC_CLOCK_SKEW_SECONDS')).toBe(
        `OIDC_CLOCK_SKEW_SECONDS=${JSON.stringify(bad)}: must be a whole number`,
      );
  });

  it('READ_REQUIRES_AUTH: true or false', () => {
    for (const bad of ['yes', 'TRUE', 'on'])
      expect(errorOf({ READ_REQUIRES_AUTH: bad }, 'READ_REQUIRES_AUTH')).toBe(
        `READ_REQUIRES_AUTH=${JSON.stringify(bad)}: must be true or false (or 1 or 0)`,
      );
  });

  it('CURATION_*: whole numbers of 1 or more, each named', () => {
    for (const name of ['CURATION_MAX_OPERATIONS', 'CURATION_MAX_TEXT', 'CURATION_PROPOSALS_PER_HOUR']) {
      expect(errorOf({ [name]: '0' }, name)).toBe(`${name}="0": must be 1 or more`);
      expect(errorOf({ [name]: '-3' }, name)).toBe(`${name}="-3": must be 1 or more`);
      expect(errorOf({ [name]: 'many' }, name)).toBe(`${name}="many": must be a whole number`);
      expect(errorOf({ [name]: '2.5' }, name)).toBe(`${name}="2.5": must be a whole number`);
    }
    // Several bad values: one error names each.
    const all = () =>
      loadConfig({ CURATION_MAX_TEXT: '0', READ_REQUIRES_AUTH: 'maybe', OIDC_ALGORITHMS: 'none' });
    expect(all).toThrow(
      /CURATION_MAX_TEXT="0"[\s\S]*READ_REQUIRES_AUTH="maybe"|READ_REQUIRES_AUTH="maybe"[\s\S]*CURATION_MAX_TEXT="0"/,
    );
    expect(all).toThrow(/OIDC_ALGORITHMS="none"/);
  });
});
