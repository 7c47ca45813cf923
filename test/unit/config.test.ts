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
