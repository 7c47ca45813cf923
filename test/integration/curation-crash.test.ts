import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../src/analytics/rng.js';
import { createDriver, Database } from '../../src/db/database.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/neo4j-launcher.js';
import { seedRepository } from '../../src/ingest/index.js';
import { ROOT } from '../../src/paths.js';
import { spawnApiProcess } from '../support/api-process.js';
import { startCurationApp, type CurationApp } from '../support/curation-app.js';
import { checkStore } from '../support/store-check.js';
import { graphFingerprint, type GraphFingerprint } from '../support/fingerprint.js';
import { AUDIENCE, CLIENTS, startProvider, type ClientName, type TestProvider } from '../support/oidc.js';

/**
 * Crash and concurrency of curation (issue 23 item 8, issue 27 item 4), on a Neo4j of this file's own with the
 * real OpenID provider: `kill -9` of Neo4j, and separately of the API process, while an accepted change-set is
 * being applied; afterwards the change-set is wholly applied or not at all, its state and audit record agree with
 * the graph, and Neo4j's consistency checker passes on the crashed store itself. Two reviewers accepting
 * conflicting change-sets at the same moment: one is applied, the other gets a conflict, nothing half-applied.
 *
 * Everything is checked through the public API (the change-set's state, `auditLog`, `meta`) and the dataset's
 * fingerprint, so it holds whether a retraction deletes a relation or closes it. The kill points (how many locks
 * the accepting transaction holds when it falls) come from a seeded generator (CRASH_SEED, default 2019); each test
 * prints the point it chose.
 */

const random = seededRandom(Number(process.env.CRASH_SEED ?? 2019));
const between = (lo: number, hi: number) => Math.round(lo + random() * (hi - lo));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const DATASET = { dataset: 'icat-2019' };
/** Operations per crash change-set: enough that applying it takes a window a kill can land in. */
const OPS = 200;
const LIMITS = { maxOperations: OPS, proposalsPerHour: 10_000 };

let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database | undefined;
let provider: TestProvider;
let api: CurationApp;
const tokens = {} as Record<ClientName, string>;
/** The most locks an accept of OPS operations holds on its way (`acceptPeakLocks`), on the in-process API. */
let peakLocks: number;
/**
 * The share of an accept's locks a kill is drawn from: early enough that the accepting transaction still has
 * writes ahead of it when the kill lands.
 */
const KILL_WITHIN = 0.8;
/** A kill point: the accepting transaction holds this many locks (of about `peak`) when it falls. */
const killPoint = (peak: number) => between(ACCEPT_LOCKS, KILL_WITHIN * peak);

function connect(uri: string, timeoutMs: number): Database {
  return new Database(
    createDriver({
      uri,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
      queryTimeoutMs: timeoutMs,
      connectTimeoutMs: 2000,
      auth: false,
    }),
    'neo4j',
    timeoutMs,
  );
}

async function start(): Promise<Database> {
  neo4j = await startEmbeddedNeo4j({ dataDir, port, projectRoot: ROOT, log: () => undefined });
  db = connect(neo4j.uri, 60_000);
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

/** SIGKILL, as a power cut would: no shutdown hook, no checkpoint. */
async function killNeo4j(): Promise<void> {
  const pid = neo4j!.pid;
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await sleep(20);
  await db!.close().catch(() => undefined);
  await neo4j!.stop();
  neo4j = undefined;
}

/**
 * After a crash: Neo4j recovers the crashed store, the whole graph is read, Neo4j is killed again (never a clean
 * stop), the consistency checker runs on that store, Neo4j starts again. Returns the whole graph as recovered.
 */
async function recoverAndCheck(): Promise<GraphFingerprint> {
  const recovered = await graphFingerprint(await start());
  await killNeo4j();
  const check = checkStore(dataDir);
  for (const w of check.warnings) process.stdout.write(`store check warned: ${w}\n`);
  expect({
    status: check.status,
    inconsistent: check.inconsistent,
    output: check.status === 0 && !check.inconsistent ? '' : check.output,
  }).toEqual({ status: 0, inconsistent: false, output: '' });
  await start();
  expect((await graphFingerprint(db!)).lines).toEqual(recovered.lines);
  return recovered;
}

const PROPOSE = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id state } userErrors { path message code } }
}`;
const REVIEW = `mutation R($id: ID!) {
  reviewChange(id: $id, decision: ACCEPT, comment: "checked") {
    changeSet { id state appliedVersion } datasetVersion userErrors { message code }
  }
}`;
const STATE = `query S($id: ID!) { changeSet(id: $id) { id state appliedVersion } meta { datasetVersion } }`;
const AUDIT = `query A($after: String) {
  auditLog(first: 100, after: $after) {
    edges { node { operation targetIds outcome code detail } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Gql = (
  query: string,
  variables: Record<string, unknown>,
  token: string,
) => Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: unknown } }>;

/** A GraphQL client of an API at `url` (the in-process app, or an API process of its own). */
function client(url: string): Gql {
  return async (query, variables, token) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) as { data?: Record<string, unknown> } };
    } catch {
      return { status: res.status, body: { errors: text } };
    }
  };
}

/** OPS new topics, each with the same evidence: one change-set whose ids all start with `topic:crash-<tag>-`. */
function bigChange(tag: string, n = OPS, expectedVersion?: string) {
  return {
    comment: `crash test ${tag}`,
    ...(expectedVersion ? { expectedVersion } : {}),
    operations: Array.from({ length: n }, (_x, i) => ({
      createEntity: {
        id: `topic:crash-${tag}-${i}`,
        type: 'TOPIC',
        name: `Supply chains ${tag} ${i}`,
        evidence: [
          {
            section: 'SUPPLY CHAINS',
            excerpt:
              'International and regional organizations have an integral role to play in preventing trafficking in persons in their own supply chains',
          },
        ],
      },
    })),
  };
}

async function propose(gql: Gql, who: ClientName, input: unknown): Promise<string> {
  const r = await gql(PROPOSE, { input }, tokens[who]);
  const payload = r.body.data?.proposeChange as { changeSet: { id: string } | null; userErrors: unknown[] };
  expect(payload?.userErrors).toEqual([]);
  return payload.changeSet!.id;
}

type Review = {
  changeSet: { id: string; state: string; appliedVersion: string | null } | null;
  userErrors: Array<{ code: string; message: string }>;
};
async function accept(gql: Gql, who: ClientName, id: string): Promise<Review | 'failed'> {
  try {
    const r = await gql(REVIEW, { id }, tokens[who]);
    return (r.body.data?.reviewChange as Review | undefined) ?? 'failed';
  } catch {
    return 'failed'; // the connection died with the process
  }
}

/** The ACCEPT records of the audit log that name change-set `id`. */
async function acceptsOf(gql: Gql, id: string): Promise<number> {
  let after: string | null = null;
  let found = 0;
  for (;;) {
    const r = await gql(AUDIT, { after }, tokens.admin);
    const log = r.body.data?.auditLog as {
      edges: Array<{
        node: { operation: string; targetIds: string[]; outcome: string; detail: string | null };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    for (const { node } of log.edges)
      if (
        node.operation === 'reviewChange' &&
        node.outcome === 'SUCCEEDED' &&
        node.detail === 'ACCEPT' &&
        node.targetIds[0] === id
      )
        found += 1;
    if (!log.pageInfo.hasNextPage) return found;
    after = log.pageInfo.endCursor;
  }
}

const createdBy = (fp: GraphFingerprint, tag: string) =>
  fp.lines.filter(
    (l) => l.startsWith('(') && !l.startsWith('(topic:') && l.includes(`"id":"topic:crash-${tag}-`),
  ).length;

/**
 * What the graph, the change-set and the audit log say after a crash: 'before' (not applied: the dataset exactly
 * as before, the change-set still PROPOSED, no ACCEPT record) or 'after' (applied whole: all OPS entities, the
 * change-set ACCEPTED at the dataset's current version, one ACCEPT record, nothing but the version removed).
 * Anything else fails here, saying what disagreed.
 */
async function verdict(
  gql: Gql,
  tag: string,
  id: string,
  before: GraphFingerprint,
  n = OPS,
): Promise<'before' | 'after'> {
  const now = await graphFingerprint(db!, DATASET);
  const s = (await gql(STATE, { id }, tokens.admin)).body.data as {
    changeSet: { state: string; appliedVersion: string | null };
    meta: { datasetVersion: string };
  };
  const accepts = await acceptsOf(gql, id);
  const removed = before.lines.filter((l) => !now.lines.includes(l));
  const seen = {
    state: s.changeSet.state,
    created: createdBy(now, tag),
    accepts,
    removedOtherThanVersion: removed.filter((l) => !l.startsWith('(Dataset ')).length,
    unchanged: now.lines.length === before.lines.length && removed.length === 0,
    atAppliedVersion: s.changeSet.appliedVersion === s.meta.datasetVersion,
  };
  const notApplied = {
    state: 'PROPOSED',
    created: 0,
    accepts: 0,
    removedOtherThanVersion: 0,
    unchanged: true,
    atAppliedVersion: false,
  };
  const applied = {
    state: 'ACCEPTED',
    created: n,
    accepts: 1,
    removedOtherThanVersion: 0,
    unchanged: false,
    atAppliedVersion: true,
  };
  if (seen.state === 'PROPOSED') expect(seen).toEqual(notApplied);
  else expect(seen).toEqual(applied);
  return seen.state === 'PROPOSED' ? 'before' : 'after';
}

/** A transaction Neo4j is running, as `SHOW TRANSACTIONS` lists it. */
type Tx = { locks: number; status: string };

/**
 * Polls Neo4j's transactions every few milliseconds until `done` holds for them; after `capMs`, a failure naming
 * `what` it waited for.
 */
async function watchTransactions(what: string, capMs: number, done: (txs: Tx[]) => boolean): Promise<void> {
  const watcher = connect(neo4j!.uri, 5000);
  try {
    for (const until = Date.now() + capMs; Date.now() < until; await sleep(2)) {
      const txs = await watcher.read<Tx>(
        `SHOW TRANSACTIONS YIELD activeLockCount, status, currentQuery
         WHERE currentQuery IS NULL OR NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
         RETURN activeLockCount AS locks, status`,
      );
      if (done(txs)) return;
    }
    throw new Error(`waited ${capMs} ms for ${what}`);
  } finally {
    await watcher.close();
  }
}

/**
 * Resolves once no transaction holds locks: a killed API's accept is over. When its COMMIT was sent before the
 * kill, Neo4j commits it after the client is gone, and a verdict read before that saw the graph and the change-set
 * before the commit and the audit log after it (a CI run of 2026-12-08).
 */
const transactionsEnded = () =>
  watchTransactions('no transaction holding locks', 60_000, (txs) => txs.every((t) => t.locks === 0));

/**
 * Fewer locks than any accept of OPS operations takes on its way (each created topic takes several), and more
 * than any other write of the API takes (a proposal, an audit record): a transaction holding this many is an
 * accept being applied.
 */
const ACCEPT_LOCKS = 20;

/**
 * Proposes and accepts one change-set of OPS operations through `gql` and returns the most locks its accepting
 * transaction held before the answer came: the span a kill is drawn from.
 */
async function acceptPeakLocks(gql: Gql, tag: string): Promise<number> {
  const id = await propose(gql, 'curator', bigChange(tag));
  let answered = false;
  const accepting = accept(gql, 'reviewer', id).finally(() => (answered = true));
  let peak = 0;
  await watchTransactions('the accept to answer', 60_000, (txs) => {
    for (const t of txs) peak = Math.max(peak, t.locks);
    return answered;
  });
  expect(((await accepting) as Review).changeSet?.state).toBe('ACCEPTED');
  expect(peak).toBeGreaterThan(4 * ACCEPT_LOCKS);
  return peak;
}

const inProcess = () => startCurationApp(db!, provider, { curation: LIMITS });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'icat-kg-curation-crash-'));
  port = await findFreePort();
  await seedRepository(await start());
  provider = await startProvider();
  for (const name of Object.keys(CLIENTS) as ClientName[]) tokens[name] = await provider.token(name);
  api = await inProcess();
  // The span of a kill, measured warm: the first accept also plans every statement (in the API and in Neo4j).
  await acceptPeakLocks(client(api.url), 'window1');
  peakLocks = await acceptPeakLocks(client(api.url), 'window2');
  process.stdout.write(`accepting ${OPS} operations takes up to ${peakLocks} locks\n`);
}, 240_000);

afterAll(async () => {
  await api?.close().catch(() => undefined);
  await provider?.close();
  await db?.close().catch(() => undefined);
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

/**
 * Where a kill falls: `inside` the accepting transaction, at a drawn number of its locks (the change-set still
 * being applied, so a write made before it in a transaction of its own would be seen); or at its `end` — as it
 * commits, or just after (before the API has answered, so a write made after it in a transaction of its own would
 * be seen missing), or after the answer when no poll saw it end: a reported accept must then be durable.
 */
const KILL_POINTS = ['inside', 'end'] as const;
type KillPoint = (typeof KILL_POINTS)[number];

/**
 * Waits for `point` of the accept under way; returns where it fell, or null when the accept answered before a poll
 * saw it at an `inside` point (a slow poll on a loaded machine: the caller tries another change-set).
 */
async function killMoment(point: KillPoint, peak: number, answered: () => boolean): Promise<string | null> {
  if (point === 'inside') {
    const at = killPoint(peak);
    let seen = false;
    await watchTransactions(`an accept holding ${at} locks`, 60_000, (txs) => {
      seen = txs.some((t) => t.status === 'Running' && t.locks >= at);
      return seen || answered();
    });
    return seen ? `at ${at} of ~${peak} locks, inside the transaction` : null;
  }
  let applying = false;
  let fell = '';
  await watchTransactions('the accept to end', 60_000, (txs) => {
    const big = txs.some((t) => t.locks >= ACCEPT_LOCKS);
    if (txs.some((t) => t.status === 'Committing')) fell = 'as the transaction commits';
    else if (applying && !big) fell = 'just after the commit, before the answer';
    else if (answered()) fell = 'after the answer';
    applying ||= big;
    return fell !== '';
  });
  return fell;
}

/**
 * Proposes a change-set of OPS operations through `gql`, has the reviewer accept it, and runs `kill` at `point` of
 * the accept. Returns the change-set, its tag, the dataset before it, what the client saw and where the kill fell.
 */
async function acceptAndKill(
  gql: Gql,
  tag: string,
  point: KillPoint,
  peak: number,
  kill: () => Promise<void>,
) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const t = `${tag}${attempt}`;
    const before = await graphFingerprint(db!, DATASET);
    const id = await propose(gql, 'curator', bigChange(t));
    let answered = false;
    const accepting = accept(gql, 'reviewer', id).finally(() => (answered = true));
    const fell = await killMoment(point, peak, () => answered);
    if (fell === null) {
      process.stdout.write(`attempt ${attempt}: the accept answered before a poll saw its kill point\n`);
      await accepting;
      continue;
    }
    await kill();
    return { id, tag: t, before, answer: await accepting, fell };
  }
  throw new Error('three accepts in a row answered before a poll saw them at their kill point');
}

const seenBy = (answer: Review | 'failed') =>
  answer === 'failed' ? 'a failure' : (answer.changeSet?.state ?? answer.userErrors[0]?.code ?? 'an error');

/** An API process of its own (`src/main.ts`, OIDC configured) on this file's Neo4j, once it says it is ready. */
async function spawnApi() {
  const apiPort = await findFreePort();
  const child = spawnApiProcess(neo4j!.uri, apiPort, {
    SEED_ON_START: 'false',
    OIDC_ISSUER: provider.issuer,
    OIDC_AUDIENCE: AUDIENCE,
    CURATION_MAX_OPERATIONS: String(OPS),
    CURATION_PROPOSALS_PER_HOUR: '10000',
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (alive(child.pid!)) child.kill('SIGKILL');
    await exited;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const check = () => out.includes('Ready in') && resolve();
      child.stdout!.on('data', check);
      child.once('exit', (code) => reject(new Error(`API exited (${code}) before it was ready:\n${out}`)));
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return { gql: client(`http://127.0.0.1:${apiPort}/graphql`), stop };
}

describe('kill -9 while an accepted change-set is applied', () => {
  it.each(KILL_POINTS)(
    'of Neo4j (%s): wholly applied or not at all, the audit log agrees, and a clean store',
    async (point) => {
      const k = await acceptAndKill(client(api.url), `neo4j-${point}`, point, peakLocks, killNeo4j);
      await api.close();
      await recoverAndCheck();
      api = await inProcess();
      const state = await verdict(client(api.url), k.tag, k.id, k.before);
      process.stdout.write(`Neo4j kill ${k.fell}: client saw ${seenBy(k.answer)}, change-set is ${state}\n`);
      // A reviewer told it was accepted can rely on it.
      const saidAccepted = k.answer !== 'failed' && k.answer.changeSet?.state === 'ACCEPTED';
      expect(saidAccepted && state !== 'after').toBe(false);
      // Not applied: it can still be accepted, whole.
      const completed =
        state === 'before'
          ? ((await accept(client(api.url), 'reviewer', k.id)) as Review).changeSet?.state &&
            (await verdict(client(api.url), k.tag, k.id, k.before))
          : state;
      expect(completed).toBe('after');
    },
    300_000,
  );

  it.each(KILL_POINTS)(
    'of the API process (%s): wholly applied or not at all, the audit log agrees, and a clean store',
    async (point) => {
      const child = await spawnApi();
      try {
        // A fresh process plans its statements again: one accept through it first, as the in-process API had.
        const peak = await acceptPeakLocks(child.gql, `childwarm${point}`);
        const k = await acceptAndKill(child.gql, `api-${point}`, point, peak, child.stop);
        await transactionsEnded();
        const state = await verdict(client(api.url), k.tag, k.id, k.before);
        process.stdout.write(`API kill ${k.fell}: client saw ${seenBy(k.answer)}, change-set is ${state}\n`);
        const saidAccepted = k.answer !== 'failed' && k.answer.changeSet?.state === 'ACCEPTED';
        expect(saidAccepted && state !== 'after').toBe(false);
        // Neo4j, killed now too, recovers the same graph, and its store is clean.
        const whole = await graphFingerprint(db!);
        await api.close();
        await killNeo4j();
        expect((await recoverAndCheck()).lines).toEqual(whole.lines);
        api = await inProcess();
      } finally {
        await child.stop();
      }
    },
    300_000,
  );
});

describe('two reviewers accepting at the same moment', () => {
  it('conflicting change-sets (both against one version): one is applied, the other gets CONFLICT, nothing half-applied', async () => {
    const gql = client(api.url);
    for (let round = 1; round <= 4; round++) {
      const version = (
        (await gql(STATE, { id: 'none' }, tokens.admin)).body.data?.meta as { datasetVersion: string }
      ).datasetVersion;
      const a = await propose(gql, 'curator', bigChange(`race${round}a`, 20, version));
      const b = await propose(gql, 'curator2', bigChange(`race${round}b`, 20, version));
      const before = await graphFingerprint(db!, DATASET);
      const [ra, rb] = await Promise.all([accept(gql, 'reviewer', a), accept(gql, 'reviewer2', b)]);
      const outcome = (r: Review | 'failed') =>
        r === 'failed' ? 'failed' : (r.changeSet?.state ?? r.userErrors.map((e) => e.code).join(','));
      const outcomes = [outcome(ra), outcome(rb)];
      expect([...outcomes].sort()).toEqual(['ACCEPTED', 'CONFLICT']);
      const [winner, loser] =
        outcomes[0] === 'ACCEPTED' ? [`race${round}a`, `race${round}b`] : [`race${round}b`, `race${round}a`];
      const [winnerId, loserId] = outcomes[0] === 'ACCEPTED' ? [a, b] : [b, a];
      const after = await graphFingerprint(db!, DATASET);
      expect({ winner: createdBy(after, winner), loser: createdBy(after, loser) }).toEqual({
        winner: 20,
        loser: 0,
      });
      const states = await Promise.all(
        [winnerId, loserId].map(
          async (id) =>
            ((await gql(STATE, { id }, tokens.admin)).body.data?.changeSet as { state: string }).state,
        ),
      );
      expect(states).toEqual(['ACCEPTED', 'PROPOSED']);
      expect([await acceptsOf(gql, winnerId), await acceptsOf(gql, loserId)]).toEqual([1, 0]);
      expect(before.lines.filter((l) => !after.lines.includes(l) && !l.startsWith('(Dataset '))).toEqual([]);
    }
  }, 240_000);

  it('two change-sets creating one id, accepted at once: one is applied, the other refused, nothing half-applied', async () => {
    const gql = client(api.url);
    for (let round = 1; round <= 4; round++) {
      // The same 20 ids in both; b adds 5 more, so a half-applied b would show.
      const a = await propose(gql, 'curator', bigChange(`same${round}`, 20));
      const b = await propose(gql, 'curator2', bigChange(`same${round}`, 25));
      const [ra, rb] = await Promise.all([accept(gql, 'reviewer', a), accept(gql, 'reviewer2', b)]);
      const accepted = [ra, rb].filter((r) => r !== 'failed' && r.changeSet?.state === 'ACCEPTED');
      const refused = [ra, rb].filter((r) => r !== 'failed' && r.userErrors[0]?.code === 'INVALID');
      expect({ accepted: accepted.length, refused: refused.length }).toEqual({ accepted: 1, refused: 1 });
      const created = createdBy(await graphFingerprint(db!, DATASET), `same${round}`);
      expect(created).toBe(accepted[0] === ra ? 20 : 25);
    }
  }, 240_000);
});
