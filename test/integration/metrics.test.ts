import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { isLoopback } from '../../src/http/server.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/** `/metrics` in Prometheus text format: what operators scrape, and what it must never contain. */

async function startApp(db: Database, metrics = { enabled: true, public: false }) {
  const app = await createApp({
    limits: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitMax: 0 },
    metrics,
    db,
    logger: memoryLogger().logger,
  });
  const base = await app.listen(0, '127.0.0.1');
  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  const scrape = async () => {
    const res = await fetch(`${base}/metrics`);
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  return { app, base, post, scrape };
}

/** The value of one sample line, e.g. `icat_neo4j_up` or `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

let db: Database;
let api: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  db = testDatabase();
  api = await startApp(db);
});
afterAll(async () => {
  await api.app.close();
  await db.close();
});

describe('/metrics', () => {
  it('counts operations by name and outcome, their latency, round trips and database time', async () => {
    const q = 'query MetricsProbe($id: ID!) { entity(id: $id) { name } }';
    for (let i = 0; i < 3; i++) expect((await api.post(q, { id: 'org:icat' })).status).toBe(200);
    await api.post('query MetricsBad { search(query: "   ") { score } }');
    const m = await api.scrape();
    expect(m.status).toBe(200);
    expect(m.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(sample(m.text, 'icat_graphql_operations_total{operation="MetricsProbe",outcome="ok"}')).toBe(3);
    expect(sample(m.text, 'icat_graphql_operations_total{operation="MetricsBad",outcome="error"}')).toBe(1);
    expect(
      sample(m.text, 'icat_graphql_operation_duration_seconds_count{operation="MetricsProbe",outcome="ok"}'),
    ).toBe(3);
    // entity(id) with a scalar: one round trip each; the bad search makes none.
    expect(sample(m.text, 'icat_graphql_operation_db_round_trips_sum')).toBe(3);
    expect(
      sample(m.text, 'icat_db_round_trip_duration_seconds_count{mode="READ",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(m.text, 'icat_neo4j_up')).toBe(1);
    expect(sample(m.text, 'icat_db_sessions_in_use')).toBe(0);
    expect(sample(m.text, 'icat_db_pool_max_connections')).toBe(50);
    expect(sample(m.text, 'icat_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(m.text).toMatch(/^icat_nodejs_heap_size_used_bytes \d+/m);
  });

  it('gives the heap after the last full collection: the live set the soak judges', async () => {
    // A full collection on demand: expose V8's gc() to a fresh context (the process was not started with it).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the gc observer's entries arrive on a later tick
    const live = sample((await api.scrape()).text, 'icat_nodejs_heap_after_full_gc_bytes');
    const total = sample((await api.scrape()).text, 'icat_nodejs_heap_size_total_bytes');
    expect(live).toBeGreaterThan(1024 * 1024);
    expect(live).toBeLessThanOrEqual(total!);
  });

  it('never holds variables, ids or query text', async () => {
    await api.post('query Secretive($id: ID!) { entity(id: $id) { name } }', { id: 'org:unodc' });
    const { text } = await api.scrape();
    expect(text).not.toMatch(/org:|unodc|entity\(|Secretive\(/i);
  });

  it('bounds its labels: hostile names become "invalid", names past the hundredth become "other"', async () => {
    const fresh = await startApp(db);
    try {
      await fresh.post('query Weird { relationTypeCounts { count } }'.replace('Weird', 'W'.repeat(80)));
      for (let i = 0; i < 120; i++) await fresh.post(`query Op${i} { relationTypeCounts { count } }`);
      const { text } = await fresh.scrape();
      const names = new Set(
        [...text.matchAll(/^icat_graphql_operations_total\{operation="([^"]*)"/gm)].map((x) => x[1]),
      );
      expect(names.has('invalid')).toBe(true);
      expect(names.has('other')).toBe(true);
      expect(names.size).toBe(102);
      expect(sample(text, 'icat_graphql_operations_total{operation="other",outcome="ok"}')).toBe(20);
    } finally {
      await fresh.app.close();
    }
  });

  it('says Neo4j is down when it does not answer', async () => {
    const driver = createDriver({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs: 1000,
      connectTimeoutMs: 500,
      auth: false,
    });
    const away = new Database(driver, 'neo4j', 1000);
    const down = await startApp(away);
    try {
      expect(sample((await down.scrape()).text, 'icat_neo4j_up')).toBe(0);
    } finally {
      await down.app.close();
      await away.close();
    }
  });

  it('is not served when turned off, and only to loopback clients unless public', async () => {
    const off = await startApp(db, { enabled: false, public: false });
    try {
      expect((await off.scrape()).status).toBe(404);
    } finally {
      await off.app.close();
    }
    expect(['127.0.0.1', '::ffff:127.0.0.1', '::1', '127.3.4.5'].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['10.0.0.1', '::ffff:192.168.1.2', '2001:db8::1', undefined].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
