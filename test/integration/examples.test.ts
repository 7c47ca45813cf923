import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createApp, type App } from '../../src/app.js';
import { DEFAULT_EXPORT_LIMITS, loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { exportRoutes } from '../../src/http/exports.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/**
 * The tool-builders' examples run as a user runs them, against the real API on the seeded graph, and their
 * output checked against the API's own answers: examples/python/top_brokers.py (Debian's /usr/bin/python3,
 * networkx, pandas) and examples/typescript/analyst.ts (typed documents from the codegen client preset, tsx).
 * The child processes run asynchronously: the API they call lives in this process.
 */

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Keeps what the example printed (docs/how-to/EXAMPLES.md quotes it). */
function keep(name: string, output: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), output);
}

let db: Database;
let app: App;
let base: string;

beforeAll(async () => {
  db = testDatabase(60_000);
  const { logger } = memoryLogger();
  app = await createApp({
    limits: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitMax: 0 },
    db,
    logger,
    routes: exportRoutes({ db, limits: DEFAULT_EXPORT_LIMITS, logger }),
  });
  base = await app.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await app.close();
  await db.close();
});

async function graphql<T>(query: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return ((await res.json()) as { data: T }).data;
}

interface Ranked {
  rank: number;
  score: number;
  node: { id: string; name: string; acronym?: string | null };
}

async function ranking(args: string, first: number): Promise<Ranked[]> {
  const data = await graphql<{ centrality: { edges: Ranked[] } }>(
    `{ centrality(metric: BETWEENNESS, ${args} first: ${first}) { edges { rank score node { id name ... on Organisation { acronym } } } } }`,
  );
  return data.centrality.edges;
}

interface BrokerRow {
  id: string;
  label: string;
  betweenness: number;
  betweenness_gexf: number;
  betweenness_api: number;
}

interface BrokerSummary {
  nodes: { graphql: number; gexf: number };
  ties: { graphql: number; gexf: number };
  max_difference_graphql_gexf: number;
  top: BrokerRow[];
}

describe('examples/python/top_brokers.py', () => {
  it('finds the API’s top brokers of 2019 through GraphQL and through the GEXF export', async () => {
    const { stdout } = await run(
      PYTHON,
      [join(ROOT, 'examples/python/top_brokers.py'), base, '--year', '2019', '--top', '5', '--json'],
      { maxBuffer: 16 << 20 },
    );
    const summary = JSON.parse(stdout) as BrokerSummary;
    const api = await ranking('year: 2019,', 100);
    const network = await graphql<{ network: { nodes: unknown[] } }>(
      '{ network(year: 2019) { nodes { id } } }',
    );
    expect(summary.nodes).toEqual({
      graphql: network.network.nodes.length,
      gexf: network.network.nodes.length,
    });
    expect(summary.ties.gexf).toBe(summary.ties.graphql);
    expect(summary.max_difference_graphql_gexf).toBeLessThan(1e-9);
    // networkx's top five are the API's top five, score for score.
    const apiScore = new Map(api.map((e) => [e.node.id, e.score]));
    expect(summary.top.map((r) => r.betweenness)).toEqual(
      api.slice(0, 5).map((e) => expect.closeTo(e.score, 6)),
    );
    for (const row of summary.top) {
      expect([row.id, row.betweenness]).toEqual([row.id, expect.closeTo(apiScore.get(row.id) ?? NaN, 6)]);
      expect([row.id, row.betweenness_api]).toEqual([row.id, expect.closeTo(row.betweenness, 6)]);
    }
    expect(summary.top[0]?.id).toBe('org:icat');
  });

  it('prints a pandas table of the top brokers among organisations', async () => {
    const { stdout } = await run(PYTHON, [
      join(ROOT, 'examples/python/top_brokers.py'),
      base,
      '--year',
      '2019',
      '--types',
      'ORGANISATION',
      '--top',
      '3',
    ]);
    keep('example-python.txt', stdout);
    const api = await ranking('year: 2019, types: [ORGANISATION],', 3);
    const lines = stdout.split('\n');
    expect(lines[1]).toBe("Top 3 brokers by betweenness (networkx; the API's own score beside it):");
    // pandas' to_string: a header row, then one row per broker, numbered from 1, in the API's order.
    const rows = lines.slice(3, 6).map((l) => l.trim().split(/\s+/));
    expect(rows.map((r) => [r[0], r[1]])).toEqual(api.map((e) => [String(e.rank), e.node.id]));
    expect(rows.map((r) => r.at(-1))).toEqual(api.map((e) => e.score.toFixed(4)));
    expect(stdout).toMatch(/GraphQL and GEXF agree to 0\.0e\+00\./);
  });
});

describe('examples/typescript/analyst.ts', () => {
  it('runs its typed documents and prints the top central organisations and ICAT’s 2019 timeline', async () => {
    const { stdout } = await run(
      process.execPath,
      [TSX, join(ROOT, 'examples/typescript/analyst.ts'), base, '2019'],
      {
        cwd: ROOT,
      },
    );
    keep('example-typescript.txt', stdout);
    const api = await ranking('year: 2019, types: [ORGANISATION],', 5);
    const timeline = await graphql<{
      timeline: { totalCount: number; edges: Array<{ node: { date: { iso: string }; kind: string } }> };
    }>(
      '{ timeline(entity: "org:icat", from: 2019, to: 2019, first: 10) { totalCount edges { node { date { iso } kind } } } }',
    );
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Top central organisations of 2019 (betweenness, of 38):');
    expect(lines.slice(1, 6)).toEqual(
      api.map((e) => `  ${e.rank}. ${e.node.acronym ?? e.node.name}\t${e.score.toFixed(4)}\t${e.node.id}`),
    );
    expect(lines[7]).toBe(
      `ICAT's 2019 timeline (${timeline.timeline.totalCount} dated facts, first ${timeline.timeline.edges.length}):`,
    );
    const facts = lines
      .slice(8, 8 + timeline.timeline.edges.length)
      .map((l) => l.trim().split('\t').slice(0, 2));
    expect(facts).toEqual(timeline.timeline.edges.map((e) => [e.node.date.iso, e.node.kind]));
    expect(timeline.timeline.totalCount).toBe(58);
  });
});
