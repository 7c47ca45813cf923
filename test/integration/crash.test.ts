import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../src/analytics/rng.js';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { seedRepository } from '../../src/ingest/index.js';
import { loadSeed, type SeedGraph } from '../../src/ingest/load.js';
import { awaitIndexesOnline, ensureIndexes, INDEX_STATEMENTS, writeSeed } from '../../src/ingest/seed.js';
import { ROOT, SEED_DIR } from '../../src/paths.js';
import { importIntoEmbeddedNeo4j } from '../../tools/neo4j-import.js';
import { spawnApiProcess } from '../support/api-process.js';
import { checkStore } from '../support/store-check.js';
import { graphFingerprint, type GraphFingerprint } from '../support/fingerprint.js';

/**
 * Crashes, on a Neo4j of this file's own. `kill -9` of Neo4j during a write statement, during a commit, at a
 * random moment of a seed and of an offline import, and `kill -9` of the API while it seeds: each leaves exactly
 * the graph of before or the graph of after (fingerprints: every node, relationship and property), and Neo4j's
 * consistency checker, run on the crashed store once Neo4j recovered it and was killed again (never a clean
 * stop in between), finds it clean. The random moments come from a seeded generator (CRASH_SEED, default 2019),
 * so a failure can be replayed; each test names the moment it chose.
 */

const random = seededRandom(Number(process.env.CRASH_SEED ?? 2019));
const between = (lo: number, hi: number) => Math.round(lo + random() * (hi - lo));

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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number): Promise<void> {
  while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
}

/** SIGKILL, as a power cut would: no shutdown hook, no checkpoint. */
async function killNeo4j(): Promise<void> {
  const pid = neo4j!.pid;
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  await gone(pid);
  await db!.close().catch(() => undefined);
  await neo4j!.stop(); // idempotent; reaps the launcher's bookkeeping
  neo4j = undefined;
}

/**
 * After a crash: Neo4j starts on the crashed store (and recovers it), the graph is read, Neo4j is killed again
 * (no clean stop, no shutdown checkpoint), the consistency checker runs on that store, and Neo4j starts again
 * for what follows. Returns the graph as recovered.
 */
async function recoverReadAndCheck(): Promise<GraphFingerprint> {
  const recovered = await graphFingerprint(await start());
  await killNeo4j();
  const check = checkStore(dataDir);
  for (const w of check.warnings) process.stdout.write(`store check warned: ${w}\n`);
  expect({
    status: check.status,
    inconsistent: check.inconsistent,
    output: check.status === 0 && !check.inconsistent ? '' : check.output,
  }).toEqual({
    status: 0,
    inconsistent: false,
    output: '',
  });
  await start();
  return recovered;
}

/** Which of the two graphs `g` is exactly: 'before', 'after', or 'neither' (a partial or damaged write). */
function which(g: GraphFingerprint, before: GraphFingerprint, after: GraphFingerprint): string {
  const same = (x: GraphFingerprint) =>
    x.lines.length === g.lines.length && x.lines.every((l, i) => l === g.lines[i]);
  return same(before) ? 'before' : same(after) ? 'after' : 'neither';
}

/**
 * A fingerprint with the seed's instant left out. History stamps what the seed writes with the seed's time
 * (docs/how-to/CURATION.md#history): a seed into an emptied database has a time of its own, and is still the
 * whole seed.
 */
function sansSeedTime(f: GraphFingerprint): GraphFingerprint {
  const seedLine = f.lines.find((l) => l.startsWith('(ChangeSet ') && l.includes('"id":"seed"'));
  const at = seedLine ? /"appliedAt":"([^"]+)"/.exec(seedLine)?.[1] : undefined;
  const lines = f.lines.map((l) =>
    l === seedLine ? '(ChangeSet seed)' : at ? l.split(at).join('<the seed time>') : l,
  );
  return { ...f, lines };
}

/** The seed with a third of its relations left out: a graph that differs from the seeded one. */
function changedGraph(): SeedGraph {
  const g = loadSeed(SEED_DIR);
  return { ...g, relations: g.relations.filter((_r, i) => i % 3 !== 0) };
}

let seeded: GraphFingerprint;
let changed: GraphFingerprint;
let seedMs: number;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-crash-neo4j-'));
  port = await findFreePort();
  await seedRepository(await start());
  seeded = await graphFingerprint(db!);
  // The graph after a seed of the changed graph, and how long such a seed takes (the window of the random kill).
  const t0 = performance.now();
  await writeSeed(db!, changedGraph(), { reset: true });
  seedMs = performance.now() - t0;
  changed = await graphFingerprint(db!);
  await seedRepository(db!, { reset: true });
  expect((await graphFingerprint(db!)).lines).toEqual(seeded.lines);
}, 240_000);

afterAll(async () => {
  await db?.close().catch(() => undefined);
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

describe('kill -9 of Neo4j', () => {
  it('during a write statement: the graph of before, and a clean store', async () => {
    // One statement writing two million nodes: seconds of work, killed while Neo4j runs it.
    const writing = db!
      .write('UNWIND range(1, 2000000) AS i CREATE (:CrashProbe {i: i, text: "probe " + toString(i)})')
      .then(
        () => 'committed',
        () => 'failed',
      );
    const watcher = new Database(
      createDriver({
        uri: neo4j!.uri,
        username: 'neo4j',
        password: '',
        database: 'neo4j',
        queryTimeoutMs: 5000,
        connectTimeoutMs: 2000,
        auth: false,
      }),
      'neo4j',
      5000,
    );
    try {
      // Killed once the statement is seen running in Neo4j, a random 0.2–1 s into it.
      for (;;) {
        const running = await watcher.read<{ n: number }>(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'CrashProbe' RETURN count(*) AS n",
        );
        if ((running[0]?.n ?? 0) > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await watcher.close();
    }
    await new Promise((r) => setTimeout(r, between(200, 1000)));
    await killNeo4j();
    expect(await writing).toBe('failed');
    const after = await recoverReadAndCheck();
    expect(after.lines).toEqual(seeded.lines);
  }, 240_000);

  it('during the commit of a seed: the graph of before or of after, and a clean store', async () => {
    // The kill is sent as the seed's transaction commits: the hook runs last inside it, the commit follows at once.
    const delay = between(0, 30);
    const seeding = writeSeed(db!, changedGraph(), {
      reset: true,
      beforeCommit: () => {
        const pid = neo4j!.pid;
        setTimeout(() => process.kill(pid, 'SIGKILL'), delay);
      },
    }).then(
      () => 'committed',
      () => 'failed',
    );
    const outcome = await seeding;
    await killNeo4j();
    const after = await recoverReadAndCheck();
    const state = which(after, seeded, changed);
    // Reported so a run shows which side the kill fell on; either is right, neither is not.
    process.stdout.write(`commit kill after ${delay} ms: client saw ${outcome}, graph is ${state}\n`);
    expect(state).not.toBe('neither');
    // The client was told it committed: then it did (a durable commit survives the kill).
    expect(outcome === 'committed' && state !== 'after').toBe(false);
    if (state === 'after') await seedRepository(db!, { reset: true });
    expect((await graphFingerprint(db!)).lines).toEqual(seeded.lines);
  }, 240_000);

  it('at a random moment of a seed: the graph of before or of after, and a clean store', async () => {
    const at = between(0, seedMs);
    const seeding = writeSeed(db!, changedGraph(), { reset: true }).then(
      () => 'committed',
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, at));
    await killNeo4j();
    const outcome = await seeding;
    const after = await recoverReadAndCheck();
    const state = which(after, seeded, changed);
    process.stdout.write(
      `seed kill at ${at} of ~${Math.round(seedMs)} ms: client saw ${outcome}, graph is ${state}\n`,
    );
    expect(state).not.toBe('neither');
    expect(outcome === 'committed' && state !== 'after').toBe(false);
    if (state === 'after') await seedRepository(db!, { reset: true });
  }, 240_000);

  it('while it creates a uniqueness constraint: the next schema step drops the index it left and creates the constraint', async () => {
    // Neo4j makes a uniqueness constraint in two steps: its index, filled, then the constraint. Cut off in between,
    // the index stays and the constraint is never made (neo4j/neo4j#13208); the name is taken, so the next
    // `CREATE CONSTRAINT … IF NOT EXISTS` is skipped or fails. Half a million extra entities make the fill last
    // long enough for the kill to fall between the two steps.
    const schema = async () => ({
      index: await db!.read<{ state: string; owner: string | null }>(
        "SHOW INDEXES YIELD name, state, owningConstraint WHERE name = 'entity_id' RETURN state, owningConstraint AS owner",
      ),
      constraints: (
        await db!.read<{ name: string }>("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name")
      ).map((c) => c.name),
    });
    await db!.runAutoCommit('DROP CONSTRAINT entity_id');
    await db!.runAutoCommit(
      "UNWIND range(1, 500000) AS i CALL (i) { CREATE (:Entity:CrashProbe {id: 'probe:' + i}) } IN TRANSACTIONS OF 50000 ROWS",
    );
    const statement = INDEX_STATEMENTS.find((s) => s.includes('CONSTRAINT entity_id '))!;
    /** Starts the constraint's creation; resolves, with the creation still going, once its index is there alone. */
    const createUntilHalfway = async () => {
      let settled = false;
      const creating = db!.runAutoCommit(statement).then(
        () => 'created',
        () => 'failed',
      );
      void creating.finally(() => (settled = true));
      for (;;) {
        const { index } = await schema();
        if (index.length === 1 && !index[0]!.owner) return { creating };
        if (settled)
          throw new Error('The constraint was made before it could be caught between its two steps');
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const { creating } = await createUntilHalfway();
    await killNeo4j();
    expect(await creating).toBe('failed');
    await start();
    // What the crash left: the index, without its constraint.
    const left = await schema();
    expect({
      indexes: left.index.length,
      owner: left.index[0]?.owner,
      constraints: left.constraints,
    }).toEqual({
      indexes: 1,
      owner: null,
      constraints: [],
    });

    // It stays so: waiting for it names it.
    await expect(awaitIndexesOnline(db!, ['entity_id'], 1000)).rejects.toThrow(
      /Indexes not online after 1 s: entity_id \(POPULATING, \d+ %\)/,
    );

    const log: string[] = [];
    await ensureIndexes(db!, { log: (m) => log.push(m) });
    expect(log).toEqual([
      expect.stringContaining('index entity_id was left without its uniqueness constraint'),
    ]);
    expect(await schema()).toEqual({
      index: [{ state: 'ONLINE', owner: 'entity_id' }],
      constraints: ['entity_id'],
    });
    // The constraint holds: a second entity with a taken id is refused.
    await expect(db!.write("CREATE (:Entity:CrashProbe {id: 'probe:1'})")).rejects.toThrow(/already exists/);

    // The same half-made state while another process is still making it: waited for, never dropped.
    await db!.runAutoCommit('DROP CONSTRAINT entity_id');
    const { creating: elsewhere } = await createUntilHalfway();
    const racing: string[] = [];
    await ensureIndexes(db!, { log: (m) => racing.push(m) });
    expect({ racing, elsewhere: await elsewhere, schema: await schema() }).toEqual({
      racing: [],
      elsewhere: 'created',
      schema: { index: [{ state: 'ONLINE', owner: 'entity_id' }], constraints: ['entity_id'] },
    });

    await db!.runAutoCommit(
      'MATCH (n:CrashProbe) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 50000 ROWS',
    );
    expect((await graphFingerprint(db!)).lines).toEqual(seeded.lines);
  }, 300_000);

  it('at a random moment of an offline import: the database of before or of after, and a clean store', async () => {
    // Two graphs of 60,000 nodes and relations as the importer reads them; A is imported whole, B over it.
    const csv = mkdtempSync(join(dataDir, 'csv-'));
    const files = (name: string) => {
      const nodes = join(csv, `${name}-nodes.csv`);
      const rels = join(csv, `${name}-rels.csv`);
      const n = 60_000;
      writeFileSync(
        nodes,
        ['id:ID,name', ...Array.from({ length: n }, (_x, i) => `${name}${i},"${name} node ${i}"`)].join('\n'),
      );
      writeFileSync(
        rels,
        [
          ':START_ID,:END_ID',
          ...Array.from({ length: n }, (_x, i) => `${name}${i},${name}${(i * 7 + 1) % n}`),
        ].join('\n'),
      );
      return {
        nodes: [{ labels: ['CrashImport'], file: nodes }],
        relationships: [{ type: 'NEXT', file: rels }],
      };
    };
    const a = files('a');
    const b = files('b');
    await db!.close();
    await neo4j!.stop();
    const t0 = performance.now();
    await importIntoEmbeddedNeo4j({ dataDir, projectRoot: ROOT, ...a });
    const importMs = performance.now() - t0;
    const before = await graphFingerprint(await start());
    expect(before.nodes).toBe(60_000);
    await db!.close();
    await neo4j!.stop();

    const at = between(0, importMs);
    const importing = importIntoEmbeddedNeo4j({
      dataDir,
      projectRoot: ROOT,
      ...b,
      onStart: (pid) => setTimeout(() => alive(pid) && process.kill(pid, 'SIGKILL'), at),
    }).then(
      () => 'finished',
      () => 'killed',
    );
    const outcome = await importing;
    const recovered = await graphFingerprint(await start());
    await killNeo4j();
    const check = checkStore(dataDir);
    // B, imported whole, for comparison.
    await importIntoEmbeddedNeo4j({ dataDir, projectRoot: ROOT, ...b });
    const imported = await graphFingerprint(await start());
    const state = which(recovered, before, imported);
    process.stdout.write(
      `import kill at ${at} of ~${Math.round(importMs)} ms: importer ${outcome}, database is ${state}\n`,
    );
    expect(state).not.toBe('neither');
    expect({ status: check.status, inconsistent: check.inconsistent }).toEqual({
      status: 0,
      inconsistent: false,
    });
    // Emptied for what follows (the API test seeds an empty graph).
    await db!.runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  }, 300_000);
});

describe('kill -9 of the API with a write in flight', () => {
  /**
   * Each wait of this test has a bound of its own and a line in the output (the step and when it ended), so a run
   * that stalls names the step and shows the API's own output instead of running into the test's timeout.
   */
  const began = { at: 0 };
  function step<T>(
    what: string,
    boundMs: number,
    work: Promise<T>,
    output: () => string = () => '',
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what}: not done after ${boundMs} ms. API output so far:\n${output()}`)),
        boundMs,
      );
    });
    return Promise.race([work, bound]).finally(() => {
      clearTimeout(timer);
      process.stdout.write(`API crash test: ${what} at ${Math.round(performance.now() - began.at)} ms\n`);
    });
  }

  function startApi(apiPort: number): {
    child: ChildProcess;
    seeding: Promise<void>;
    ready: Promise<void>;
    output: () => string;
  } {
    const child = spawnApiProcess(neo4j!.uri, apiPort, { SEED_ON_START: 'true' });
    let out = '';
    const seen = (text: string) => {
      const p = new Promise<void>((resolve, reject) => {
        const check = () => out.includes(text) && resolve();
        child.stdout!.on('data', check);
        child.on('exit', (code) => reject(new Error(`API exited (${code}) before "${text}":\n${out}`)));
      });
      // A process killed on purpose never gets there: only an awaited wait may fail the test.
      p.catch(() => undefined);
      return p;
    };
    const t0 = performance.now();
    const stamped = (c: Buffer) =>
      (out += c
        .toString()
        .split(/(?<=\n)/)
        .map((l) => `[${Math.round(performance.now() - t0)} ms] ${l}`)
        .join(''));
    child.stdout!.on('data', stamped);
    child.stderr!.on('data', stamped);
    return { child, seeding: seen('First start: seeding'), ready: seen('Ready in'), output: () => out };
  }

  it('killed while it seeds an empty graph: the graph is empty or the whole seed, and the next start serves it', async () => {
    began.at = performance.now();
    await db!.write('MATCH (n) DETACH DELETE n');
    const empty = await graphFingerprint(db!);
    expect(empty.nodes).toBe(0);
    const apiPort = await findFreePort();
    const first = startApi(apiPort);
    await step('first API seeding', 120_000, first.seeding, first.output);
    // The seed is the API's own write (one transaction, SEED_ON_START): killed a random moment into it.
    const at = between(0, seedMs);
    await new Promise((r) => setTimeout(r, at));
    first.child.kill('SIGKILL');
    await step('first API gone', 10_000, new Promise((r) => first.child.once('exit', r)));
    const after = await graphFingerprint(db!);
    const state = which(sansSeedTime(after), empty, sansSeedTime(seeded));
    process.stdout.write(`API kill at ${at} ms into its seed: graph is ${state}\n`);
    expect(state).not.toBe('neither');

    // Neo4j, killed now too, recovers to the same graph, and its store is clean.
    await step('Neo4j killed', 30_000, killNeo4j());
    expect(
      (await step('Neo4j recovered and its store checked', 420_000, recoverReadAndCheck())).lines,
    ).toEqual(after.lines);

    // The next start seeds what is missing (or finds the seed) and answers.
    const second = startApi(apiPort);
    try {
      await step('second API ready', 180_000, second.ready, second.output);
      // What its schema step repaired, if the kill fell while the first made the schema.
      for (const line of second
        .output()
        .split('\n')
        .filter((l) => l.includes('Schema:')))
        process.stdout.write(`second API: ${line}\n`);
      const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "org:icat") { id } }' }),
      });
      expect(await res.json()).toEqual({ data: { entity: { id: 'org:icat' } } });
      expect(sansSeedTime(await graphFingerprint(db!)).lines).toEqual(sansSeedTime(seeded).lines);
    } finally {
      second.child.kill('SIGTERM');
      await step('second API stopped', 30_000, new Promise((r) => second.child.once('exit', r))).catch(() =>
        second.child.kill('SIGKILL'),
      );
    }
  }, 900_000);
});
