import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { DEFAULT_EXPORT_LIMITS, loadConfig, type ExportLimits } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { exportRoutes } from '../../src/http/exports.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/**
 * The exports over HTTP on the seeded graph, read back by networkx, python-igraph and Python's csv module
 * (Debian's /usr/bin/python3, named explicitly), and the API's metrics recomputed by networkx.
 */

const PYTHON = '/usr/bin/python3';
const SCRIPTS = join(ROOT, 'test', 'support', 'python');

function python<T>(script: string, ...args: string[]): T {
  const run = spawnSync(PYTHON, [join(SCRIPTS, script), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`${script} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

interface Served {
  app: App;
  base: string;
}

async function serve(db: Database, limits: ExportLimits, rateLimitMax = 0): Promise<Served> {
  const { logger } = memoryLogger();
  const app = await createApp({
    limits: { ...loadConfig({ NODE_ENV: 'test' }).http, rateLimitMax },
    db,
    logger,
    routes: exportRoutes({ db, limits, logger }),
  });
  return { app, base: await app.listen(0, '127.0.0.1') };
}

let db: Database;
let main: Served;
let dir: string;
beforeAll(async () => {
  db = testDatabase(60_000);
  main = await serve(db, DEFAULT_EXPORT_LIMITS);
  dir = mkdtempSync(join(tmpdir(), 'icat-export-'));
});
afterAll(async () => {
  await main.app.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function graphql<T>(query: string): Promise<T> {
  const res = await fetch(`${main.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const FILES = ['network.gexf', 'network.graphml', 'nodes.csv', 'edges.csv', 'network.json'];

/** Downloads every export of one filter into a fresh directory. */
async function download(query: string): Promise<string> {
  const target = mkdtempSync(join(dir, 'x-'));
  for (const file of FILES) {
    // GEXF as a user gets it without asking: 1.2, which networkx reads (1.3 is on request, below).
    const res = await fetch(`${main.base}/export/${file}${query}`);
    expect(res.status).toBe(200);
    writeFileSync(join(target, file), Buffer.from(await res.arrayBuffer()));
  }
  return target;
}

interface ReadBack {
  gexf: {
    nodes: number;
    edges: number;
    nodeAttrs: Record<string, Record<string, unknown>>;
    edgeAttrs: Record<string, Record<string, unknown>>;
  };
  graphml: {
    nodes: number;
    edges: number;
    directed: boolean;
    nodeAttrs: Record<string, Record<string, unknown>>;
    edgeAttrs: Record<string, Record<string, unknown>>;
  };
  igraph: {
    nodes: number;
    edges: number;
    directed: boolean;
    nodeAttrs: Record<string, Record<string, unknown>>;
    edgeAttrs: Record<string, Record<string, unknown>>;
  };
  nodesCsv: { rows: number; byId: Record<string, Record<string, string>> };
  edgesCsv: { rows: number; byId: Record<string, Record<string, string>> };
  json: { nodes: number; edges: number };
}

describe('exports read back by networkx, igraph and csv', () => {
  it.each([
    ['the whole graph', '', 'network { nodes { id } edges { id } }'],
    [
      '2019, organisations',
      '?year=2019&types=ORGANISATION',
      'network(year: 2019, types: [ORGANISATION]) { nodes { id } edges { id } }',
    ],
  ])(
    '%s: node and edge counts equal the API’s network answer, attributes intact',
    async (_what, query, field) => {
      const { network } = await graphql<{
        network: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
      }>(`query { ${field} }`);
      const seen = python<ReadBack>('read_back.py', await download(query));
      const [n, m] = [network.nodes.length, network.edges.length];
      expect(n).toBeGreaterThan(10);
      for (const reader of [seen.gexf, seen.graphml, seen.igraph, seen.json]) {
        expect(reader.nodes).toBe(n);
        expect(reader.edges).toBe(m);
      }
      expect(seen.nodesCsv.rows).toBe(n);
      expect(seen.edgesCsv.rows).toBe(m);
      expect(seen.graphml.directed && seen.igraph.directed).toBe(true);
      expect(Object.keys(seen.nodesCsv.byId).sort()).toEqual(network.nodes.map((x) => x.id).sort());
      expect(Object.keys(seen.edgesCsv.byId).sort()).toEqual(network.edges.map((x) => x.id).sort());
      expect(Object.keys(seen.graphml.edgeAttrs).sort()).toEqual(network.edges.map((x) => x.id).sort());

      // One node and one edge, attribute by attribute, in every reader.
      const icat = 'org:icat';
      expect(seen.gexf.nodeAttrs[icat]).toMatchObject({
        label: 'ICAT',
        type: 'ORGANISATION',
        classification: 'INTER_AGENCY_MECHANISM',
      });
      expect(seen.graphml.nodeAttrs[icat]).toMatchObject({
        label: 'ICAT',
        type: 'ORGANISATION',
        acronym: 'ICAT',
      });
      expect(seen.igraph.nodeAttrs[icat]).toMatchObject({
        name: 'Inter-Agency Coordination Group against Trafficking in Persons',
      });
      expect(seen.nodesCsv.byId[icat]).toMatchObject({ type: 'ORGANISATION', acronym: 'ICAT' });
      const degree = Number(seen.nodesCsv.byId[icat]!.degree);
      expect(degree).toBeGreaterThan(10);
      expect(Number(seen.graphml.nodeAttrs[icat]!.degree)).toBe(degree);
      expect(Number(seen.gexf.nodeAttrs[icat]!.degree)).toBe(degree);
      const edgeId = Object.keys(seen.edgesCsv.byId).find(
        (id) => seen.edgesCsv.byId[id]!.type === 'MEMBER_OF',
      )!;
      const csvEdge = seen.edgesCsv.byId[edgeId]!;
      expect(csvEdge.evidenceExcerpt.length).toBeGreaterThan(20);
      for (const e of [
        seen.graphml.edgeAttrs[edgeId]!,
        seen.igraph.edgeAttrs[edgeId]!,
        seen.gexf.edgeAttrs[edgeId]!,
      ]) {
        expect(e).toMatchObject({
          type: 'MEMBER_OF',
          evidenceExcerpt: csvEdge.evidenceExcerpt,
          evidenceSection: csvEdge.evidenceSection,
        });
      }
    },
  );
});

describe('metrics agree with networkx', () => {
  it.each([
    ['the whole graph', '', ''],
    ['2019', '?year=2019', '(year: 2019)'],
    ['2019 organisations', '?year=2019&types=ORGANISATION', '(year: 2019, types: [ORGANISATION])'],
  ])(
    '%s: degree, betweenness, closeness, PageRank to 1e-6, eigenvector to 1e-4, Louvain modularity within 0.02',
    async (_what, query, args) => {
      const res = await fetch(`${main.base}/export/network.graphml${query}`);
      const file = join(mkdtempSync(join(dir, 'a-')), 'network.graphml');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const { communities } = await graphql<{ communities: { modularity: number } }>(
        `query { communities${args} { modularity } }`,
      );
      const r = python<{
        nodes: number;
        maxDiff: Record<string, number>;
        oursModularity: number;
        networkxModularity: number;
      }>('agreement.py', file, '1');
      expect(r.nodes).toBeGreaterThan(10);
      for (const metric of ['degree', 'inDegree', 'outDegree', 'betweenness', 'closeness', 'pagerank'])
        expect([metric, r.maxDiff[metric]! <= 1e-6]).toEqual([metric, true]);
      expect(r.maxDiff.eigenvector).toBeLessThanOrEqual(1e-4);
      // The modularity the API reports is the modularity networkx computes for the API's partition…
      expect(Math.abs(communities.modularity - r.oursModularity)).toBeLessThan(1e-6);
      // …and as good as networkx's own Louvain, within 0.02.
      expect(Math.abs(r.oursModularity - r.networkxModularity)).toBeLessThanOrEqual(0.02);
    },
  );
});

describe('export routes', () => {
  it.each([
    ['network.gexf', 'application/gexf+xml; charset=utf-8', 'icat-network-2019.gexf'],
    ['network.graphml', 'application/graphml+xml; charset=utf-8', 'icat-network-2019.graphml'],
    ['nodes.csv', 'text/csv; charset=utf-8; header=present', 'icat-nodes-2019.csv'],
    ['edges.csv', 'text/csv; charset=utf-8; header=present', 'icat-edges-2019.csv'],
    ['network.json', 'application/json; charset=utf-8', 'icat-network-2019.json'],
  ])('%s: content type and a file name in Content-Disposition', async (file, type, name) => {
    const res = await fetch(`${main.base}/export/${file}?year=2019`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    expect((await res.text()).length).toBeGreaterThan(1000);
  });

  it('GEXF is 1.2 unless 1.3 is asked for; both versions hold the same graph', async () => {
    const [v12, asked12, v13] = await Promise.all(
      ['', '&version=1.2', '&version=1.3'].map((v) =>
        fetch(`${main.base}/export/network.gexf?year=2019${v}`).then((r) => r.text()),
      ),
    );
    expect(v12).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expect(asked12).toBe(v12);
    expect(v13).toContain('<gexf xmlns="http://gexf.net/1.3"');
    const body = (x: string) => x.slice(x.indexOf('<meta>'));
    expect(body(v13)).toBe(body(v12));
  });

  it('an ego export holds the center and its neighbours only, named after them', async () => {
    const res = await fetch(`${main.base}/export/nodes.csv?center=org:osce&depth=1`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="icat-nodes-org_osce-d1.csv"');
    const ids = (await res.text())
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    const { entity } = await graphql<{
      entity: { relations: { edges: Array<{ node: { other: { id: string } } }> } };
    }>('query { entity(id: "org:osce") { relations(first: 100) { edges { node { other { id } } } } } }');
    const expected = new Set(['org:osce', ...entity.relations.edges.map((e) => e.node.other.id)]);
    expect(new Set(ids)).toEqual(expected);
  });

  it.each([
    ['year=twenty', 'year'],
    ['year=1800', 'year'],
    ['types=ROBOT', 'types'],
    ['relationTypes=MEMBER_OF,LIKES', 'relationTypes'],
    ['depth=2', 'depth'],
    ['center=org:icat&depth=9', 'depth'],
    ['colour=red', 'colour'],
    ['year=2019&year=2018', 'year'],
    ['version=2.0', 'version'],
  ])('malformed ?%s → 400 naming %s', async (query, parameter) => {
    const res = await fetch(`${main.base}/export/network.gexf?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      errors: Array<{ message: string; extensions: { parameter: string } }>;
    };
    expect(body.errors[0]!.extensions.parameter).toBe(parameter);
    expect(body.errors[0]!.message).toContain(`"${parameter}"`);
  });

  it('an unknown center → 404 naming it; an unknown export → 404 listing the exports', async () => {
    const a = await fetch(`${main.base}/export/network.gexf?center=org:nobody`);
    expect(a.status).toBe(404);
    expect(await a.text()).toContain('org:nobody');
    const b = await fetch(`${main.base}/export/network.xlsx`);
    expect(b.status).toBe(404);
    expect(await b.text()).toContain('/export/network.graphml');
  });

  it('over the node or edge cap → 413 giving the cap and how to narrow the filter; a narrower filter passes', async () => {
    const small = await serve(db, { maxNodes: 50, maxEdges: 1000 });
    try {
      const res = await fetch(`${small.base}/export/network.graphml`);
      expect(res.status).toBe(413);
      const body = (await res.json()) as {
        errors: Array<{ message: string; extensions: Record<string, unknown> }>;
      };
      expect(body.errors[0]!.message).toMatch(/limit is 50 nodes and 1000 edges/);
      expect(body.errors[0]!.message).toMatch(/year=2019/);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'EXPORT_TOO_LARGE', maxNodes: 50 });
      const narrow = await fetch(`${small.base}/export/network.graphml?center=org:osce&depth=1`);
      expect(narrow.status).toBe(200);
    } finally {
      await small.app.close();
    }
  });

  it('is rate-limited with GraphQL requests', async () => {
    const limited = await serve(db, DEFAULT_EXPORT_LIMITS, 2);
    try {
      expect((await fetch(`${limited.base}/export/nodes.csv?year=2019`)).status).toBe(200);
      const gql = await fetch(`${limited.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(gql.status).toBe(200);
      const third = await fetch(`${limited.base}/export/nodes.csv?year=2019`);
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBeTruthy();
    } finally {
      await limited.app.close();
    }
  });
});
