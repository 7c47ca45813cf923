import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { coldQuestions } from '../../bench/cold-questions.js';
import { createContext } from '../../src/context.js';
import type { Params } from '../../src/db/database.js';
import { findFreePort } from '../../src/embedded/neo4j-launcher.js';
import { parameterSizeBucket } from '../../src/graph/warmup.js';
import { WARMUP_OPERATIONS, warmUp, type WarmupOperation } from '../../src/http/warmup.js';
import { ROOT } from '../../src/paths.js';
import { startTestApi, type TestApi } from '../support/api.js';

/** The start-up warm-up (src/http/warmup.ts): what it runs, that a failure never stops it, and where main logs it. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const names = WARMUP_OPERATIONS.map((o) => o.name);

describe('warm-up', () => {
  it('answers every warm-up operation on the seeded graph, with ids from the graph', async () => {
    const r = await warmUp({ apollo: api.apollo, db: api.db, logger: api.logger, budgetMs: 60_000 });
    expect(r.failed).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.warmed.map((w) => w.name)).toEqual(names);
    expect(r.passes).toBe(2);
    expect(api.logs.some((l) => l.includes('"msg":"warm-up done"'))).toBe(true);
  });

  it('runs every statement the first requests of bench:cold send, each with its parameters in the same size buckets', async () => {
    const warmed = new Set<string>();
    const r = await warmUp({
      apollo: api.apollo,
      db: api.db.observe((cypher, params) => warmed.add(planKey(cypher, params))),
      logger: api.logger,
      budgetMs: 60_000,
    });
    expect(r.failed).toEqual([]);
    expect(r.variants).toBeGreaterThan(0);
    const asked: string[] = [];
    for (const q of coldQuestions()) {
      const { query, variables } = JSON.parse(q.body) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const ctx = createContext(api.db.observe((cypher, params) => asked.push(planKey(cypher, params))));
      const res = await api.apollo.executeOperation({ query, variables }, { contextValue: ctx });
      expect(res.body.kind === 'single' ? res.body.singleResult.errors : 'not single').toBeUndefined();
    }
    expect(asked.length).toBeGreaterThanOrEqual(coldQuestions().length);
    // Each one a plan Neo4j had cached before Ready: none left for a first request to compile.
    expect(asked.filter((k) => !warmed.has(k))).toEqual([]);
  });

  it('a failing operation is reported and logged, and the others still run', async () => {
    const broken: WarmupOperation = {
      name: 'WarmupBroken',
      query: 'query WarmupBroken { entity(id: "org:unodc") { noSuchField } }',
      variables: () => ({}),
    };
    const r = await warmUp({
      apollo: api.apollo,
      db: api.db,
      logger: api.logger,
      budgetMs: 60_000,
      operations: [broken, ...WARMUP_OPERATIONS],
    });
    expect(r.failed.map((f) => f.name)).toEqual(['WarmupBroken']);
    expect(r.failed[0]!.error).toMatch(/noSuchField/);
    expect(r.warmed.map((w) => w.name)).toEqual(names);
    expect(api.logs.some((l) => l.includes('"msg":"warm-up: failed"') && l.includes('WarmupBroken'))).toBe(
      true,
    );
  });

  it('a budget of 0 runs nothing', async () => {
    const r = await warmUp({ apollo: api.apollo, db: api.db, logger: api.logger, budgetMs: 0 });
    expect(r.failed).toEqual([]);
    expect(r.warmed).toEqual([]);
    expect(r.skipped).toEqual(names);
  });
});

/**
 * What Neo4j 5 keys a cached plan by (org.neo4j.cypher.internal.QueryCache): the statement text and, per parameter,
 * its type, with the size bucket of a string's or a list's length.
 */
function planKey(cypher: string, params: Params): string {
  const type = (v: unknown): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return `string/${parameterSizeBucket(v.length)}`;
    if (Array.isArray(v))
      return `list<${v.length > 0 ? type(v[0]).split('/')[0] : 'any'}>/${parameterSizeBucket(v.length)}`;
    if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'float';
    return typeof v;
  };
  const types = Object.keys(params)
    .sort()
    .map((k) => `${k}:${type(params[k])}`);
  return `${cypher}\n${types.join(',')}`;
}

function startMain(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, SEED_ON_START: 'false', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise<string>((resolve) => {
    let stopped = false;
    const stop = () => {
      if (!stopped) process.kill(-child.pid!, 'SIGTERM');
      stopped = true;
    };
    const timer = setTimeout(stop, 90_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/Ready in /.test(out)) {
        clearTimeout(timer);
        stop();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

describe('npm start with the warm-up', () => {
  it('prints "Warm-up done" with the operations it warmed before "Ready"', async () => {
    const out = await startMain({ PORT: String(await findFreePort()) });
    const done = out.indexOf('Warm-up done:');
    expect(done).toBeGreaterThan(-1);
    expect(out.indexOf('Ready in ')).toBeGreaterThan(done);
    const line = out.slice(done).split('\n')[0]!;
    expect(line).toContain(`${names.length} operations`);
    for (const name of names) expect(line).toContain(name);
  }, 120_000);

  it('a warm-up whose every operation fails (a depth limit of 1) still ends in "Ready"', async () => {
    const out = await startMain({ PORT: String(await findFreePort()), GRAPHQL_MAX_DEPTH: '1' });
    expect(out).toMatch(new RegExp(`Warm-up done: 0 operations .*failed: ${names.join(', ')}`));
    expect(out).toMatch(/Ready in /);
  }, 120_000);
});
