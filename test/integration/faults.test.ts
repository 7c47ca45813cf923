import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { ROOT } from '../../src/paths.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

/**
 * Database faults on a Neo4j of this test's own (stopping the shared one would break the other suites):
 * an outage answers quickly with DATABASE_UNAVAILABLE / 503, the probes say so, the API recovers without a
 * restart, and SIGTERM drains in-flight requests before closing the driver.
 */

const QUERY = { query: 'query Probe { entity(id: "org:icat") { id } }' };
const timings: Record<string, number> = {};

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database;
let api: HttpApp;

const start = () => startEmbeddedNeo4j({ dataDir, port, projectRoot: ROOT, log: () => undefined });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-faults-neo4j-'));
  port = await findFreePort();
  neo4j = await start();
  db = new Database(
    createDriver({
      uri: neo4j.uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs: 5000,
      connectTimeoutMs: 1000,
      auth: false,
    }),
    'neo4j',
    5000,
  );
  api = await startHttpApp({ db, env: 'production' });
}, 180_000);

afterAll(async () => {
  await api?.close();
  await db?.close();
  await neo4j?.stop();
  process.stdout.write(
    `\n[faults] ${Object.entries(timings)
      .map(([k, v]) => `${k}: ${Math.round(v)} ms`)
      .join(', ')}\n`,
  );
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await work();
  timings[name] = performance.now() - t;
  return out;
}

describe('Neo4j goes away while the API runs', () => {
  it('serves normally first', async () => {
    const r = await api.post(QUERY);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: { entity: null } });
    expect((await fetch(`${api.base}/ready`)).status).toBe(200);
  });

  it('answers quickly with DATABASE_UNAVAILABLE and HTTP 503 when Neo4j is stopped', async () => {
    await neo4j!.stop();
    neo4j = undefined;
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const r = await timed(`outage query (${accept})`, () => api.post(QUERY, { accept }));
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(r.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(r.body.errors?.[0]?.message).toBe('The database is unavailable; try again shortly.');
    }
    // "Quickly" is held by this test's own timeout, a bound against hanging rather than a timing: the driver stops
    // retrying after 2 s (maxTransactionRetryTime); its default 30 s would break the bound. Times are printed only.
  }, 20_000);

  it('/ready says the database is unreachable; /health still says the process is up', async () => {
    const ready = await timed('outage /ready', () => fetch(`${api.base}/ready`));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    const health = await fetch(`${api.base}/health`);
    expect(health.status).toBe(200);
  }, 20_000);

  it('serves again once Neo4j is back, without a restart of the API', async () => {
    neo4j = await timed('neo4j restart', start);
    const t = performance.now();
    let status = 0;
    while (performance.now() - t < 30_000) {
      status = (await api.post(QUERY)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    timings['recovered after restart'] = performance.now() - t;
    expect(status).toBe(200);
    expect((await fetch(`${api.base}/ready`)).status).toBe(200);
  }, 120_000);
});

describe('SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('drains the in-flight request, refuses new connections, closes the driver and exits 0', async () => {
    const apiPort = await findFreePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEO4J_URI: neo4j!.uri,
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        SEED_ON_START: 'false',
        LOG_LEVEL: 'info',
        SHUTDOWN_GRACE_MS: '10000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    const t0 = performance.now();
    while (!out.includes('Ready in')) {
      if (child.exitCode !== null) throw new Error(`main.ts exited early:\n${out}`);
      if (performance.now() - t0 > 60_000) throw new Error(`main.ts did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    // An in-flight request: headers and half the body sent, the rest after the signal.
    const body = JSON.stringify(QUERY);
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `http://127.0.0.1:${apiPort}/graphql`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child!.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 300);
    });
    const drainStart = performance.now();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { entity: null } });

    const code = await exited;
    timings['SIGTERM to exit'] = performance.now() - drainStart;
    expect(code).toBe(0);
    const lines = out.split('\n');
    const at = (msg: string) => lines.findIndex((l) => l.includes(msg));
    expect(at('shutdown: draining in-flight requests')).toBeGreaterThanOrEqual(0);
    expect(at('"operationName":"Probe"')).toBeGreaterThan(at('shutdown: draining in-flight requests'));
    expect(at('shutdown: http server closed')).toBeGreaterThan(at('"operationName":"Probe"'));
    expect(at('shutdown: database driver closed')).toBeGreaterThan(at('shutdown: http server closed'));
    await expect(fetch(`http://127.0.0.1:${apiPort}/health`)).rejects.toThrow();
  }, 120_000);
});
