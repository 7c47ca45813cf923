import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { seedRepository } from '../../src/ingest/index.js';
import { loadSeed, type SeedGraph } from '../../src/ingest/load.js';
import { writeSeed } from '../../src/ingest/seed.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';
import { graphFingerprint, type GraphFingerprint } from '../support/fingerprint.js';

/**
 * Crashes, on a Neo4j of this file's own: `kill -9` of Neo4j in the middle of a seed leaves exactly the graph of
 * before (killed inside the transaction) or of after (killed once it committed), Neo4j's own consistency checker
 * finds the store clean, and `kill -9` of the API under load loses nothing and the next start is ready.
 */

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database | undefined;

async function start(): Promise<Database> {
  neo4j = await startEmbeddedNeo4j({ dataDir, port, projectRoot: ROOT, log: () => undefined });
  db = new Database(
    createDriver({
      uri: neo4j.uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs: 60_000,
      connectTimeoutMs: 2000,
      auth: false,
    }),
    'neo4j',
    60_000,
  );
  return db;
}

/** SIGKILL, as a power cut would: no shutdown hook, no checkpoint. */
async function killNeo4j(): Promise<void> {
  const pid = neo4j!.pid;
  process.kill(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((r) => setTimeout(r, 50));
  await db!.close().catch(() => undefined);
  await neo4j!.stop(); // idempotent; reaps the launcher's bookkeeping
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The seed with a third of its relations left out: a graph that differs from the seeded one. */
function changedGraph(): SeedGraph {
  const g = loadSeed(SEED_DIR);
  return { ...g, relations: g.relations.filter((_r, i) => i % 3 !== 0) };
}

let seeded: GraphFingerprint;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-crash-neo4j-'));
  port = await findFreePort();
  await seedRepository(await start());
  seeded = await graphFingerprint(db!);
}, 180_000);

afterAll(async () => {
  await db?.close().catch(() => undefined);
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('kill -9 of Neo4j during a seed', () => {
  it('inside the write transaction: after a restart the graph is exactly the one before', async () => {
    let killed = false;
    const seeding = writeSeed(db!, changedGraph(), {
      reset: true,
      beforeCommit: async () => {
        if (killed) return;
        killed = true;
        await killNeo4j();
      },
    });
    await expect(seeding).rejects.toThrow();
    expect(killed).toBe(true);
    const after = await graphFingerprint(await start());
    expect(after.nodes).toBe(seeded.nodes);
    expect(after.lines).toEqual(seeded.lines);
  }, 180_000);

  it('once the seed committed: after a restart the graph is exactly the one after', async () => {
    const graph = changedGraph();
    await writeSeed(db!, graph, { reset: true });
    const committed = await graphFingerprint(db!);
    expect(committed.relationships).toBeLessThan(seeded.relationships);
    await killNeo4j();
    const after = await graphFingerprint(await start());
    expect(after.lines).toEqual(committed.lines);
  }, 180_000);

  it("leaves a store Neo4j's consistency checker reports clean", async () => {
    await db!.close();
    await neo4j!.stop();
    neo4j = undefined;
    const classpath = `${join(ROOT, 'neo4j-embedded/target/neo4j-embedded.jar')}:${readFileSync(
      join(ROOT, 'neo4j-embedded/target/classpath.txt'),
      'utf8',
    ).trim()}`;
    mkdirSync(join(dataDir, 'conf'), { recursive: true });
    const reportDir = join(dataDir, 'check-report');
    mkdirSync(reportDir, { recursive: true });
    const check = spawnSync(
      'java',
      [
        '-Xmx512m',
        '-cp',
        classpath,
        'org.neo4j.cli.AdminTool',
        'database',
        'check',
        `--report-path=${reportDir}`,
        'neo4j',
      ],
      { env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: join(dataDir, 'conf') }, encoding: 'utf8' },
    );
    expect({ status: check.status, inconsistent: /inconsisten/i.test(check.stdout + check.stderr) }).toEqual({
      status: 0,
      inconsistent: false,
    });
    await start();
  }, 180_000);
});

describe('kill -9 of the API under load', () => {
  function startApi(apiPort: number): { child: ChildProcess; ready: Promise<void>; output: () => string } {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo4j!.uri,
        NEO4J_PASSWORD: '',
        PORT: String(apiPort),
        LOG_LEVEL: 'silent',
        RATE_LIMIT_MAX: '0',
        SEED_ON_START: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('Ready in')) resolve();
      });
      child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (code) => reject(new Error(`API exited (${code}) before ready:\n${out}`)));
    });
    return { child, ready, output: () => out };
  }

  it('loses nothing, and the next start is ready and answers', async () => {
    const before = await graphFingerprint(db!);
    const apiPort = await findFreePort();
    const first = startApi(apiPort);
    await first.ready;
    const url = `http://127.0.0.1:${apiPort}/graphql`;
    const ask = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ neighbourhood(id: "org:icat", depth: 2) { totalNodes } }' }),
      }).then(
        (r) => r.status,
        () => 'dropped' as const,
      );
    // Four clients keep requests in flight; the API is killed while they do.
    let answered = 0;
    let stop = false;
    const clients = Array.from({ length: 4 }, async () => {
      const seen: Array<number | 'dropped'> = [];
      while (!stop) {
        const s = await ask();
        seen.push(s);
        if (s === 200) answered += 1;
        if (s === 'dropped') break;
      }
      return seen;
    });
    while (answered < 20) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    const seen = (await Promise.all(clients.map((c) => c.finally(() => (stop = true))))).flat();
    // Every answer before the kill was a success; requests in flight were dropped, none was answered wrongly.
    expect(seen.filter((s) => s !== 200 && s !== 'dropped')).toEqual([]);
    expect(seen).toContain('dropped');
    expect((await graphFingerprint(db!)).lines).toEqual(before.lines);
    const second = startApi(apiPort);
    try {
      await second.ready;
      expect(await ask()).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    }
  }, 180_000);
});
