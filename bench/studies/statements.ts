import { Writable } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { toNative, toParams } from '../../src/db/database.js';
import { seedRepository } from '../../src/ingest/index.js';
import { createLogger } from '../../src/log.js';
import { pickArgs } from '../harness/args.js';
import { parseFlags } from '../harness/flags.js';
import { dbHits } from '../harness/plans.js';
import { startIcatKg } from '../harness/icat.js';
import { median } from '../harness/stats.js';
import { startBenchNeo4j } from '../../tools/neo4j.js';
import { OPS, request, type ServerName } from '../ops.js';
import { FLOOR_CYPHER, params as floorParams } from '../servers/floor.js';
import { startNeo4jGraphQL } from '../servers/neo4j-graphql.js';
import { generateGraph, loadGraph } from '../../tools/synthetic.js';

/**
 * NODE_ENV=production npx tsx bench/studies/statements.ts [--size=10000] [--ops=connection,network] [--runs=20] [--heap=4g]
 *
 * The Cypher each server sends for an operation, side by side on one graph: icat-kg's statements (recorded
 * from a real request through the app), @neo4j/graphql's generated or @cypher statement (recorded from a real
 * request through a driver that notes what it runs), and the floor's hand-written one. For each: PROFILE's
 * database hits and rows, the bytes of what it returns (as JSON), and the median over `runs` executions of
 * the server's time (`resultAvailableAfter + resultConsumedAfter`) and of the client's wall time (the driver
 * receiving and decoding the records). Prints a markdown table and the statements.
 */

const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();
const size = flags.string('size', '10000');
const runs = flags.number('runs', 20);
const heap = flags.string('heap', '4g');
const ops = OPS.filter((op) => flags.list('ops', ['connection', 'network']).includes(op));

type Params = Record<string, unknown>;
interface Statement {
  server: ServerName;
  cypher: string;
  params: Params;
}

class NullSink extends Writable {
  override _write(_chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    done();
  }
}

/** A driver that records every statement run through its sessions' transactions (what @neo4j/graphql uses). */
function recordingDriver(driver: Driver, record: (cypher: string, params: Params) => void): Driver {
  const wrapTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (prop !== 'run' || typeof value !== 'function') return value;
        return (cypher: string, p: Params) => {
          record(cypher, p);
          return (value as (c: string, q: Params) => unknown).call(target, cypher, p);
        };
      },
    });
  const wrapSession = <T extends object>(session: T): T =>
    new Proxy(session, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if ((prop !== 'executeRead' && prop !== 'executeWrite') || typeof value !== 'function') return value;
        return (work: (tx: object) => unknown, config?: unknown) =>
          (value as (w: (tx: object) => unknown, c?: unknown) => unknown).call(
            target,
            (tx: object) => work(wrapTx(tx)),
            config,
          );
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop !== 'session' || typeof value !== 'function') return value;
      return (config?: unknown) => wrapSession((value as (c?: unknown) => object).call(target, config));
    },
  });
}

async function measure(driver: Driver, s: Statement) {
  const profiled = await driver.executeQuery(`PROFILE ${s.cypher}`, s.params, { database: 'neo4j' });
  const plan = profiled.summary.profile || null;
  const bytes = JSON.stringify(profiled.records.map((r) => toNative(r.toObject()))).length;
  const server: number[] = [];
  const client: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const { summary } = await driver.executeQuery(s.cypher, s.params, {
      database: 'neo4j',
      routing: neo4j.routing.READ,
    });
    client.push(performance.now() - t);
    server.push(summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber());
  }
  return {
    dbHits: plan ? dbHits(plan) : 0,
    rows: plan?.rows ?? 0,
    bytes,
    serverMs: median(server),
    clientMs: median(client),
  };
}

async function main(): Promise<void> {
  say(`statements: graph ${size}, ${runs} runs each, operations ${ops.join(', ')}`);
  const neo = await startBenchNeo4j(heap);
  let recording: Statement[] | null = null;
  const note = (server: ServerName) => (cypher: string, p: Params) => {
    recording?.push({ server, cypher, params: p });
  };
  const { app: icat, url: icatUrl } = await startIcatKg(
    neo.db.observe((cypher, p) => note('icat-kg')(cypher, toParams(p) as Params)),
    { logger: createLogger('info', new NullSink()) },
  );
  const base: Partial<Record<ServerName, string>> = { 'icat-kg': icatUrl };
  const peer = await startNeo4jGraphQL(recordingDriver(neo.db.driver, note('neo4j-graphql')));
  base['neo4j-graphql'] = peer.url;
  try {
    if (size === 'seed') await seedRepository(neo.db);
    else await loadGraph(neo.db, generateGraph(Number(size)));
    const args = await pickArgs(neo.db);
    for (const op of ops) {
      const statements: Statement[] = [];
      for (const server of ['icat-kg', 'neo4j-graphql'] as const) {
        recording = [];
        const req = request(server, op, args);
        const res = await fetch(base[server] + req.path, {
          method: req.method,
          body: req.body,
          headers: { 'content-type': 'application/json' },
        });
        if (res.status !== 200) throw new Error(`${server} ${op}: HTTP ${res.status}`);
        statements.push(...recording);
        recording = null;
      }
      const q = new URLSearchParams(request('floor', op, args).path.split('?')[1] ?? '');
      statements.push({ server: 'floor', cypher: FLOOR_CYPHER[op], params: floorParams(op, q) });
      // Warm every plan and the page cache first, then measure.
      for (const s of statements) await neo.db.driver.executeQuery(s.cypher, s.params, { database: 'neo4j' });
      say(`\n## ${op} (graph ${size})\n`);
      say(
        '| server | statement | db hits | rows | bytes returned | server ms (median) | client ms (median) |',
      );
      say('|---|---|---|---|---|---|---|');
      for (const [i, s] of statements.entries()) {
        const m = await measure(neo.db.driver, s);
        say(
          `| ${s.server} | ${i + 1} | ${m.dbHits} | ${m.rows} | ${m.bytes} | ${m.serverMs.toFixed(1)} | ${m.clientMs.toFixed(1)} |`,
        );
      }
      for (const [i, s] of statements.entries())
        say(
          `\n${i + 1}. ${s.server}\n\n\`\`\`cypher\n${s.cypher}\n\`\`\`\n\nparams: \`${JSON.stringify(toNative(s.params))}\``,
        );
    }
  } finally {
    await peer.close();
    await icat.close();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
