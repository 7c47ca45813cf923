import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { Kind } from 'graphql';
import { coldQuestions } from '../../tools/bench-operations.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import type { Params } from '../../src/db/database.js';
import { findFreePort } from '../../src/embedded/neo4j-launcher.js';
import { parameterSizeBucket } from '../../src/graph/warmup.js';
import { readOperations, type OperationFile } from '../../src/http/operations.js';
import { hotOperations, warmUp, type WarmupOperation } from '../../src/http/warmup.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger, startTestApi, type TestApi } from '../support/api.js';

/** The start-up warm-up (src/http/warmup.ts): what it runs, that a failure never stops it, and where main logs it. */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const names = hotOperations().map((o) => o.name);

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

  // The server's settings: with the look-ahead off, the server runs other statements, and so must the warm-up.
  it.each([
    ['on', true],
    ['off', false],
  ])(
    'with ICAT_COMPILE=%s, sends every statement the server sends for each hot document, with ids of every size bucket',
    async (_setting, compile) => {
      let asking: string | null = null;
      const warmed = new Set<string>();
      const unwarmed = new Map<string, string>();
      const db = api.db.observe((cypher, params) => {
        const key = planKey(cypher, params);
        if (asking === null) warmed.add(key);
        else if (!warmed.has(key)) unwarmed.set(key, asking);
      });
      const app = await createApp({
        limits: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitMax: 0 },
        db,
        logger: memoryLogger('silent').logger,
        compile,
      });
      try {
        const r = await app.warmUp(60_000);
        expect(r.failed).toEqual([]);
        const base = await app.listen(0, '127.0.0.1');
        const hot = readOperations().filter((op) => op.annotations.some((a) => a.tag === 'hot'));
        expect(hot.length).toBeGreaterThanOrEqual(hotOperations().length);
        const ids = await idsOfEveryBucket();
        expect(ids.length).toBeGreaterThanOrEqual(2);
        let asked = 0;
        for (const op of hot) {
          for (const variables of requestsFor(op, ids)) {
            asking = `${op.name} ${JSON.stringify(variables)}`;
            // Over HTTP: the statements of the server's own request path, with its own context.
            const res = await fetch(`${base}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: op.document, variables }),
            });
            const body = (await res.json()) as { errors?: unknown };
            expect([asking, res.status, body.errors]).toEqual([asking, 200, undefined]);
            asked += 1;
          }
        }
        expect(asked).toBeGreaterThan(hot.length);
        // Each statement (and size bucket of its parameters) a plan Neo4j had cached before Ready.
        expect([...unwarmed].map(([key, by]) => `${by}\n${key}`)).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );

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
      operations: [broken, ...hotOperations()],
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

/**
 * The test's own ids, not the warm-up's sample: for each id-length bucket, the entity with relations whose id
 * sorts last (the warm-up asks about organisations, the first of their bucket).
 */
async function idsOfEveryBucket(): Promise<string[]> {
  const rows = await api.db.read<{ id: string }>(
    `MATCH (e:Entity) WHERE EXISTS { (e)--(:Entity) }
     WITH e.id AS id ORDER BY id DESC
     WITH toInteger(10 ^ ceil(log10(size(id)))) AS bucket, head(collect(id)) AS id
     RETURN id ORDER BY bucket`,
  );
  return rows.map((r) => r.id);
}

/**
 * The requests a client makes of a hot document, by the variables it declares (the contract CONTRIBUTING gives
 * for `# @hot`): its `# @hot {…}` values; `$id` each id; `$from`/`$to` each pair of ids; `$q` a one-word and a
 * three-word search; `$year` 2019.
 */
function requestsFor(op: OperationFile, ids: string[]): Array<Record<string, unknown>> {
  const marker = op.annotations.find((a) => a.tag === 'hot')!;
  const fixed = (marker.value ? JSON.parse(marker.value) : {}) as Record<string, unknown>;
  let sets: Array<Record<string, unknown>> = [{ ...fixed }];
  const declared = (op.operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
  const choices: Record<string, unknown[]> = {
    id: ids,
    q: ['osce', 'coordination trafficking persons'],
    year: [2019],
  };
  for (const v of op.operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (name in fixed || name === 'to') continue;
    if (name === 'from' && declared.includes('to')) {
      sets = sets.flatMap((s) => ids.flatMap((from) => ids.map((to) => ({ ...s, from, to }))));
      continue;
    }
    const values = choices[name];
    if (!values) {
      expect(
        `$${name} of ${op.file} (${v.type.kind === Kind.NON_NULL_TYPE ? 'required' : 'optional'})`,
      ).toMatch(/optional/);
      continue;
    }
    sets = sets.flatMap((s) => values.map((value) => ({ ...s, [name]: value })));
  }
  return sets;
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
