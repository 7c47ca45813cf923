import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createApp, type App } from '../../src/app.js';
import { DEFAULT_EXPORT_LIMITS, loadConfig, type ExportLimits } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { exportRoutes, routeTables } from '../../src/http/exports.js';
import { linkedRoutes } from '../../src/http/linked.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from '../support/api.js';
import { testDatabase } from '../support/db.js';
import { graphFingerprint } from '../support/fingerprint.js';

/**
 * The linked-data exports and entity IRIs over HTTP on the seeded graph, read by the formats' own libraries in
 * .venv-formats (scripts/formats-venv.sh): FollowTheMoney JSON lines validated entity by entity with
 * `followthemoney` and loaded into a `nomenklatura` store; Turtle and JSON-LD parsed by `rdflib` and validated by
 * `pyshacl` against shapes/icat-kg.shacl.ttl. Counts and ids are compared with the API's `network` answer.
 */

const VENV_PYTHON = join(ROOT, '.venv-formats', 'bin', 'python');
const SCRIPTS = join(ROOT, 'test', 'support', 'python');
const SHAPES = join(ROOT, 'shapes', 'icat-kg.shacl.ttl');
const BASE_IRI = 'https://icat-kg.example.org';

function python<T>(script: string, ...args: string[]): T {
  if (!existsSync(VENV_PYTHON))
    throw new Error(
      `${VENV_PYTHON} is missing: run \`bash scripts/formats-venv.sh\` (npm test and .ci/run do).`,
    );
  const run = spawnSync(VENV_PYTHON, [join(SCRIPTS, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
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
    routes: routeTables(
      linkedRoutes({ db, limits, logger, baseUrl: BASE_IRI }),
      exportRoutes({ db, limits, logger }),
    ),
  });
  return { app, base: await app.listen(0, '127.0.0.1') };
}

let db: Database;
let main: Served;
let dir: string;
beforeAll(async () => {
  db = testDatabase(60_000);
  main = await serve(db, DEFAULT_EXPORT_LIMITS);
  dir = mkdtempSync(join(tmpdir(), 'icat-linked-'));
});
afterAll(async () => {
  await main.app.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface NetworkAnswer {
  network: { nodes: Array<{ id: string }>; edges: Array<{ id: string; type: string; assertion: string }> };
}

async function network(args: string): Promise<NetworkAnswer['network']> {
  const res = await fetch(`${main.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ network${args} { nodes { id } edges { id type assertion } } }` }),
  });
  const body = (await res.json()) as { data: NetworkAnswer; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data.network;
}

async function download(
  path: string,
  accept?: string,
): Promise<{ file: string; res: Response; text: string }> {
  const res = await fetch(`${main.base}${path}`, accept ? { headers: { accept } } : {});
  const text = await res.text();
  const file = join(mkdtempSync(join(dir, 'x-')), path.split('/').pop()!.split('?')[0]!.replace(/:/g, '_'));
  writeFileSync(file, text);
  return { file, res, text };
}

interface FtmCheck {
  count: number;
  edges: number;
  bySchema: Record<string, number>;
  problems: string[];
  nomenklatura: { entities: number; adjacent: number };
  entities: Record<string, { schema: string; properties: Record<string, string[]> }>;
}

const ftmId = (id: string) => `icat-${id.replace(/[^0-9A-Za-z.-]+/g, '.')}`;

describe('GET /export/entities.ftm.json (FollowTheMoney)', () => {
  it.each([
    ['the whole network', '', ''],
    ['organisations in 2019', '?year=2019&types=ORGANISATION', '(year: 2019, types: [ORGANISATION])'],
    ['an ego network', '?center=org:icat&depth=1', null],
  ])(
    '%s: every entity valid for followthemoney, loaded by nomenklatura, one per node and relation',
    async (_n, query, args) => {
      const { file, res } = await download(`/export/entities.ftm.json${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="icat-entities.*\.ftm\.json"$/,
      );
      const check = python<FtmCheck>('ftm_check.py', file);
      expect(check.problems).toEqual([]);
      expect(check.nomenklatura.entities).toBe(check.count);
      if (args === null) {
        // eslint-disable-next-line jest/no-conditional-expect -- table-driven: each case names its expectation
        expect(check.edges).toBeGreaterThan(10);
        return;
      }
      const net = await network(args);
      // Every node and every relation, plus the report itself (the Article all of them cite as proof).
      expect(check.count).toBe(net.nodes.length + net.edges.length + 1);
      expect(check.edges).toBe(net.edges.length);
      for (const n of net.nodes) expect(check.entities[ftmId(n.id)]).toBeDefined();
      for (const e of net.edges) expect(check.entities[ftmId(e.id)]).toBeDefined();
      // nomenklatura resolves every interstitial's two ends.
      expect(check.nomenklatura.adjacent).toBeGreaterThanOrEqual(2 * check.edges);
    },
  );

  it('maps kinds and relations to FtM schemata, with dates, evidence and the inferred mark', async () => {
    const { file } = await download('/export/entities.ftm.json');
    const { entities, problems } = python<FtmCheck>('ftm_check.py', file);
    expect(problems).toEqual([]);
    const report = entities['icat-source.icat-chairs-report-2019']!;
    expect(report.schema).toBe('Article');
    expect(report.properties.publisher).toEqual([
      'Inter-Agency Coordination Group against Trafficking in Persons (ICAT)',
    ]);
    expect(entities['icat-org.icat']!.schema).toBe('Organization');
    expect(entities['icat-org.icat']!.properties.abbreviation).toEqual(['ICAT']);
    expect(entities['icat-person.ilias-chatzis']!.schema).toBe('Person');
    const membership = Object.values(entities).find(
      (e) =>
        e.schema === 'Membership' &&
        e.properties.member?.[0] === 'icat-org.icmpd' &&
        e.properties.organization?.[0] === 'icat-org.icat',
    )!;
    expect(membership).toBeDefined();
    expect(membership.properties.date).toEqual(['2019']);
    expect(membership.properties.role).toContain('member');
    expect(membership.properties.proof).toEqual(['icat-source.icat-chairs-report-2019']);
    expect(membership.properties.sourceUrl).toEqual(['http://icat.network/']);
    expect(membership.properties.summary).toContain(
      '“International Centre for Migration Policy Development (ICMPD)” (ICAT 2019 Chairs’ Report, section MEMBERS)',
    );
    // An inferred relation says so, with the curator's note.
    const inferred = Object.values(entities).filter((e) =>
      (e.properties.description ?? []).some((d) => d.startsWith('INFERRED (not stated by the report): ')),
    );
    // As many as the network's inferred relations (the seed's, whatever it holds).
    const inferredInNetwork = (await network('')).edges.filter((e) => e.assertion === 'INFERRED').length;
    expect(inferredInNetwork).toBeGreaterThan(0);
    expect(inferred.length).toBe(inferredInNetwork);
    expect(Object.values(entities).some((e) => e.schema === 'Documentation')).toBe(true);
    expect(Object.values(entities).some((e) => e.schema === 'UnknownLink')).toBe(true);
  });
});

interface RdfSide {
  triples: number;
  entities: string[];
  entityIris: string[];
  relations: Record<
    string,
    {
      iri: string;
      type: string;
      subject: string;
      object: string;
      assertion: string;
      derivedFrom: number;
      membership: boolean;
      direct: boolean;
    }
  >;
  passages: number;
  conforms: boolean;
  violations: number;
  report: string;
}
interface RdfCheck {
  turtle: RdfSide;
  jsonld: RdfSide;
  isomorphic: boolean;
}

describe('GET /export/graph.ttl and /export/graph.jsonld (RDF)', () => {
  it.each([
    ['the whole network', '', ''],
    [
      'memberships in 2019',
      '?year=2019&relationTypes=MEMBER_OF,CO_CHAIRED',
      '(year: 2019, relationTypes: [MEMBER_OF, CO_CHAIRED])',
    ],
  ])(
    '%s: both parse in rdflib, conform to the SHACL shapes, and hold the network',
    async (_n, query, args) => {
      const ttl = await download(`/export/graph.ttl${query}`);
      const jsonld = await download(`/export/graph.jsonld${query}`);
      expect(ttl.res.status).toBe(200);
      expect(ttl.res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(jsonld.res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      const check = python<RdfCheck>('rdf_check.py', ttl.file, jsonld.file, SHAPES);
      expect(check.isomorphic).toBe(true);
      const net = await network(args);
      for (const side of [check.turtle, check.jsonld]) {
        expect(side.report).toBe('');
        expect(side.violations).toBe(0);
        expect(side.conforms).toBe(true);
        expect(side.entities).toEqual(net.nodes.map((n) => n.id).sort());
        expect(Object.keys(side.relations).sort()).toEqual(net.edges.map((e) => e.id).sort());
        expect(side.entityIris).toContain(`${BASE_IRI}/entity/org:icat`);
        for (const e of net.edges) {
          const r = side.relations[e.id]!;
          expect(r.type).toBe(e.type);
          expect(r.derivedFrom).toBeGreaterThan(0);
          expect(r.direct).toBe(true);
          expect(r.iri).toBe(`${BASE_IRI}/entity/${r.subject}#${e.id}`);
        }
      }
      const memberships = Object.values(check.turtle.relations).filter((r) => r.membership);
      expect(memberships.length).toBeGreaterThan(20);
      if (query === '')
        // eslint-disable-next-line jest/no-conditional-expect -- table-driven: each case names its expectation
        expect(
          Object.values(check.turtle.relations).filter((r) => r.assertion === 'urn:icat-kg:vocab:Inferred'),
        ).toHaveLength(net.edges.filter((e) => e.assertion === 'INFERRED').length);
    },
  );

  it('the shapes catch a graph that breaks them (relations without evidence, an unknown kind)', async () => {
    const ttl = await download('/export/graph.ttl?relationTypes=MEMBER_OF');
    const jsonld = await download('/export/graph.jsonld?relationTypes=MEMBER_OF');
    const evidenceLines = /^<[^>]*#rel:[^>]*> prov:wasDerivedFrom .*\.$/gm;
    const relations = ttl.text.match(evidenceLines)?.length ?? 0;
    expect(relations).toBeGreaterThan(20);
    const broken = ttl.text.replace(evidenceLines, '').replace('icat:kind "PERSON"', 'icat:kind "SPY"');
    const file = join(dir, 'broken.ttl');
    writeFileSync(file, broken);
    const check = python<RdfCheck>('rdf_check.py', file, jsonld.file, SHAPES);
    expect(check.turtle.conforms).toBe(false);
    expect(check.turtle.violations).toBe(relations + (ttl.text.includes('icat:kind "PERSON"') ? 1 : 0));
    expect(check.jsonld.conforms).toBe(true);
  });
});

describe('GET /entity/{id}', () => {
  it('answers Turtle and JSON-LD by content negotiation, valid under the shapes, and HTML to a browser', async () => {
    const ttl = await download('/entity/org:icat', 'text/turtle');
    expect(ttl.res.status).toBe(200);
    expect(ttl.res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(ttl.res.headers.get('vary')).toBe('accept');
    const jsonld = await download('/entity/org:icat', 'application/ld+json');
    expect(jsonld.res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const check = python<RdfCheck>('rdf_check.py', ttl.file, jsonld.file, SHAPES);
    expect(check.isomorphic).toBe(true);
    expect(check.turtle.violations).toBe(0);
    expect(check.turtle.entities).toContain('org:icat');
    const relations = Object.values(check.turtle.relations);
    expect(relations.length).toBeGreaterThan(20);
    for (const r of relations) expect([r.subject, r.object]).toContain('org:icat');

    const html = await download('/entity/org:icat', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(html.res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.text).toContain(
      '<h1 id="name">Inter-Agency Coordination Group against Trafficking in Persons</h1>',
    );
    // `?format=` for links, since a link cannot set Accept.
    const viaParam = await fetch(`${main.base}/entity/org:icat?format=ttl`);
    expect(await viaParam.text()).toBe(ttl.text);
  });

  it('refuses what is not an entity: 404 for unknown ids, 400 for a bad format, never a stack trace', async () => {
    for (const path of [
      '/entity/org:nope',
      '/entity/%3Cscript%3E',
      "/entity/org:icat'%20OR%201=1",
      '/entity/%E0%A4%A',
    ]) {
      const res = await fetch(`${main.base}${path}`, { headers: { accept: 'text/turtle' } });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect([400, 404]).toContain(res.status);
      expect(body.errors[0]!.message).not.toMatch(/at .*\.ts:\d+/);
    }
    const bad = await fetch(`${main.base}/entity/org:icat?format=rdfxml`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      'Invalid query parameter "format": must be html, ttl or jsonld; got "rdfxml"',
    );
  });
});

describe('limits, errors and injection, as the other exports', () => {
  const PATHS = ['/export/entities.ftm.json', '/export/graph.ttl', '/export/graph.jsonld'];

  it('answers 413 over EXPORT_MAX_NODES / EXPORT_MAX_EDGES, and the filtered export under them', async () => {
    const small = await serve(db, { maxNodes: 20, maxEdges: 40 });
    try {
      for (const path of PATHS) {
        const res = await fetch(`${small.base}${path}`);
        expect(res.status).toBe(413);
        const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
        expect(body.errors[0]!.extensions).toMatchObject({
          code: 'EXPORT_TOO_LARGE',
          maxNodes: 20,
          maxEdges: 40,
        });
        expect((await fetch(`${small.base}${path}?relationTypes=CO_CHAIRED`)).status).toBe(200);
      }
    } finally {
      await small.app.close();
    }
  });

  it('answers 400 naming the parameter, and 404 for an unknown centre', async () => {
    for (const path of PATHS) {
      for (const [query, parameter] of [
        ['?year=twenty', 'year'],
        ['?types=ORGANISATION,SPY', 'types'],
        ['?version=1.2', 'version'],
        ['?format=xml', 'format'],
      ] as const) {
        const res = await fetch(`${main.base}${path}${query}`);
        expect(res.status).toBe(400);
        const body = (await res.json()) as { errors: Array<{ extensions: { parameter: string } }> };
        expect(body.errors[0]!.extensions.parameter).toBe(parameter);
      }
      expect((await fetch(`${main.base}${path}?center=org:nope`)).status).toBe(404);
    }
  });

  it('takes hostile values literally: refused or matching nothing, the graph unchanged', async () => {
    const before = await graphFingerprint(db);
    const hostile = [
      `' OR 1=1 //`,
      `"}) MATCH (n) DETACH DELETE n //`,
      'org:icat` RETURN 1 //',
      '$center',
      '*:*',
    ];
    for (const v of hostile) {
      for (const path of PATHS) {
        const res = await fetch(`${main.base}${path}?center=${encodeURIComponent(v)}`);
        expect(res.status).toBe(404);
      }
      const entity = await fetch(`${main.base}/entity/${encodeURIComponent(v)}`, {
        headers: { accept: 'text/turtle' },
      });
      expect(entity.status).toBe(404);
    }
    // A name with markup is escaped on the page (the seed has none: the page escapes what it is given).
    const page = await (await fetch(`${main.base}/entity/org:icat`)).text();
    expect(page).not.toMatch(/<script/i);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('shares the rate limit with GraphQL', async () => {
    const limited = await serve(db, DEFAULT_EXPORT_LIMITS, 2);
    try {
      expect((await fetch(`${limited.base}/entity/org:icat`)).status).toBe(200);
      expect((await fetch(`${limited.base}/export/graph.ttl?relationTypes=CO_CHAIRED`)).status).toBe(200);
      const third = await fetch(`${limited.base}/entity/org:icat`);
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.app.close();
    }
  });
});

describe('npm run export -- --format ftm|ttl|jsonld (the CLI)', () => {
  const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const CLI = join(ROOT, 'src', 'export', 'cli.ts');
  // The child reads the test run's Neo4j (NEO4J_URI and the rest are inherited), as `npm run export` would.
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, [TSX, CLI, ...args], {
      env: { ...process.env, PUBLIC_BASE_URL: BASE_IRI },
      maxBuffer: 64 << 20,
    });

  it.each([
    ['ftm', '/export/entities.ftm.json'],
    ['ttl', '/export/graph.ttl'],
    ['jsonld', '/export/graph.jsonld'],
  ])('--format %s writes what %s serves, filters included', async (format, path) => {
    const out = join(dir, `cli.${format}`);
    const { stderr } = await cli([
      '--format',
      format,
      '--out',
      out,
      '--year',
      '2019',
      '--types',
      'ORGANISATION',
    ]);
    expect(stderr).toMatch(/^wrote .* KiB\)$/m);
    const served = await download(`${path}?year=2019&types=ORGANISATION`);
    expect(readFileSync(out, 'utf8')).toBe(served.text);
  });

  it("the file reads back with the formats' libraries", async () => {
    const ftm = join(dir, 'cli-all.ftm.json');
    await cli(['--format', 'ftm', '--out', ftm]);
    const check = python<FtmCheck>('ftm_check.py', ftm);
    expect(check.problems).toEqual([]);
    const net = await network('');
    expect(check.count).toBe(net.nodes.length + net.edges.length + 1);
  });

  it('a bad format or filter is refused with the usage and exit code 2, and no file', async () => {
    const out = join(dir, 'never.ttl');
    for (const args of [
      ['--format', 'rdfxml', '--out', out],
      ['--format', 'ttl', '--out', out, '--year', 'twenty'],
      ['--format', 'ttl', '--out', out, '--gexf-version', '1.3'],
    ]) {
      const failed = await cli(args).then(
        () => null,
        (err: { code: number; stderr: string }) => err,
      );
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toContain(
        'Usage: npm run export -- --format gexf|graphml|csv|json|ftm|ttl|jsonld',
      );
      expect(existsSync(out)).toBe(false);
    }
  });
});
