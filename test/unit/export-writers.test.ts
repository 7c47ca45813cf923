import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type gexfModule from 'graphology-gexf';
import { Graph } from '../../src/analytics/libs.js';
import { neutraliseFormula, write, type ExportFormat } from '../../src/export/formats.js';
import { writeGexf, type GexfVersion } from '../../src/export/gexf.js';
import type { ExportEdge, ExportGraph, ExportNode } from '../../src/export/model.js';
import { ROOT } from '../../src/paths.js';

/** The writers on hostile names, read back by networkx, igraph, Python's csv and graphology's GEXF parser. */

const HOSTILE = [
  '<script>alert("x")</script> & \'quotes\'',
  '=HYPERLINK("http://evil.example","click")',
  '+1 -1 @SUM(A1)',
  'tab\there, line\nbreak, cr\rreturn',
  'bell\u0007 and nul\u0000 and esc\u001b',
  'emoji 🕊️ and accents Ünïcødé',
  ']]> --> <!-- &amp;',
];

function node(id: string, name: string): ExportNode {
  return {
    id,
    label: name,
    type: 'ORGANISATION',
    name,
    acronym: name,
    classification: 'NGO',
    years: [2018, 2019],
    community: 0,
    degree: 1,
    inDegree: 0,
    outDegree: 1,
    betweenness: 0.1,
    closeness: 0.5,
    eigenvector: 0.25,
    pagerank: 1 / 3,
  };
}

// Ids hold `<` and quotes; not `&`: igraph (libxml2) reads `&amp;` in an XML attribute as `&#38;`. Seed ids are slugs.
const nodes = HOSTILE.map((name, i) => node(`org:h${i}<"${i}"`, name));
const edges: ExportEdge[] = HOSTILE.map((text, i) => ({
  id: `MEMBER_OF:rel:${i}`,
  source: nodes[i]!.id,
  target: nodes[(i + 1) % nodes.length]!.id,
  type: 'MEMBER_OF',
  year: i % 2 === 0 ? 2019 : null,
  years: [2019],
  role: text,
  status: 'DONE',
  evidenceIds: [`passage:${i}`],
  evidenceSection: `Section ${i}`,
  evidenceExcerpt: text,
}));
const graph: ExportGraph = {
  filter: { relationTypes: null, entityTypes: null, year: null, center: null, depth: 1 },
  nodes,
  edges,
};

async function text(format: ExportFormat, version?: GexfVersion): Promise<string> {
  let out = '';
  for await (const chunk of write(format, graph, version)) out += chunk.toString();
  return out;
}

/** What an XML export can carry: C0 controls other than tab, LF, CR become U+FFFD (docs/reference/ANALYTICS.md). */
const inXml = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
/** What a CSV cell read back holds: the original behind one apostrophe when it began like a formula. */
const fromCsv = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe('export writers on hostile names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'icat-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('networkx, igraph and csv read every name, role and excerpt back intact (GEXF: the default, 1.2)', async () => {
    writeFileSync(join(dir, 'network.gexf'), await text('gexf'));
    writeFileSync(join(dir, 'network.graphml'), await text('graphml'));
    writeFileSync(join(dir, 'nodes.csv'), await text('nodes.csv'));
    writeFileSync(join(dir, 'edges.csv'), await text('edges.csv'));
    writeFileSync(join(dir, 'network.json'), await text('json'));
    const run = spawnSync('/usr/bin/python3', [join(ROOT, 'test/support/python/read_back.py'), dir], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as Record<
      string,
      {
        nodeAttrs?: Record<string, Record<string, unknown>>;
        edgeAttrs?: Record<string, Record<string, unknown>>;
        byId?: Record<string, Record<string, string>>;
      }
    >;
    for (const n of nodes) {
      expect(seen.gexf!.nodeAttrs![n.id]).toMatchObject({ label: inXml(n.name), name: inXml(n.name) });
      expect(seen.graphml!.nodeAttrs![n.id]).toMatchObject({ name: inXml(n.name), acronym: inXml(n.name) });
      expect(seen.igraph!.nodeAttrs![n.id]).toMatchObject({ name: inXml(n.name) });
      expect(fromCsv(seen.nodesCsv!.byId![n.id]!.name!)).toBe(n.name);
    }
    for (const e of edges) {
      for (const reader of ['gexf', 'graphml', 'igraph'])
        expect(seen[reader]!.edgeAttrs![e.id]).toMatchObject({
          role: inXml(e.role!),
          evidenceExcerpt: inXml(e.evidenceExcerpt),
        });
      expect(fromCsv(seen.edgesCsv!.byId![e.id]!.role!)).toBe(e.role);
      expect(seen.edgesCsv!.byId![e.id]!.source).toBe(e.source);
    }
  });

  it('graphology reads its GEXF 1.3 and its JSON back with every attribute', async () => {
    const require = createRequire(import.meta.url);
    const gexf = require('graphology-gexf') as typeof gexfModule;
    const g = gexf.parse(Graph, await text('gexf', '1.3'));
    expect(g.order).toBe(nodes.length);
    expect(g.size).toBe(edges.length);
    for (const n of nodes) expect(g.getNodeAttribute(n.id, 'name')).toBe(inXml(n.name));
    const j = Graph.from(JSON.parse(await text('json')));
    for (const n of nodes) expect(j.getNodeAttributes(n.id)).toMatchObject({ name: n.name, pagerank: 1 / 3 });
    for (const e of edges) expect(j.getEdgeAttribute(e.id, 'role')).toBe(e.role);
  });

  it('GEXF 1.3 is what networkx cannot read (so 1.2 is the default); 1.2 and 1.3 differ in the namespace only', async () => {
    const v13 = await text('gexf', '1.3');
    expect(v13).toContain('xmlns="http://gexf.net/1.3"');
    expect(await text('gexf')).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const file = join(dir, 'v13.gexf');
    writeFileSync(file, v13);
    const run = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys, networkx as nx; nx.read_gexf(sys.argv[1])', file],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/No <graph> element in GEXF file/);
  });

  it("GEXF is written in bounded pieces, never as one string (no size wall at V8's string limit)", () => {
    const many: ExportGraph = {
      ...graph,
      edges: Array.from({ length: 20_000 }, (_x, i) => ({
        ...edges[i % edges.length]!,
        id: `MEMBER_OF:rel:m${i}`,
      })),
    };
    const pieces = [...writeGexf(many)];
    const whole = pieces.join('');
    expect(whole.length).toBeGreaterThan(20_000 * 500);
    // Each piece ends at an element boundary once past 64 Ki characters: none holds more than that and one edge.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 16) + 2_000);
    expect(pieces.length).toBeGreaterThan(whole.length / ((1 << 16) + 2_000));
    expect(whole.match(/<edge /g)).toHaveLength(20_000);
  });

  it('neutralises cells a spreadsheet would run as formulas, and only those', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(neutraliseFormula(s)).toBe(`'${s}`);
    for (const s of ['1', 'a=b', "'quoted", 'ICAT']) expect(neutraliseFormula(s)).toBe(s);
  });
});
