import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { DEFAULT_GEXF_VERSION, writeGexf, type GexfVersion } from './gexf.js';
import {
  cell,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
} from './model.js';
import { xmlEscape } from './xml.js';

/** The export formats. Each writer yields the file in pieces, so a route or the CLI can stream it out. */

export type ExportFormat = 'gexf' | 'graphml' | 'nodes.csv' | 'edges.csv' | 'json';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  'nodes.csv': 'text/csv; charset=utf-8; header=present',
  'edges.csv': 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

export function write(
  format: ExportFormat,
  g: ExportGraph,
  gexfVersion: GexfVersion = DEFAULT_GEXF_VERSION,
): AsyncIterable<string | Buffer> | Iterable<string> {
  switch (format) {
    case 'gexf':
      return writeGexf(g, gexfVersion);
    case 'graphml':
      return writeGraphml(g);
    case 'nodes.csv':
      return writeNodesCsv(g);
    case 'edges.csv':
      return writeEdgesCsv(g);
    case 'json':
      return writeJson(g);
  }
}

/** GraphML, written here: one `<key>` per attribute, `<data>` only for values present. */
export function* writeGraphml(g: ExportGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const [name, type] of NODE_ATTRIBUTES)
    yield `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`;
  for (const [name, type] of EDGE_ATTRIBUTES)
    yield `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`;
  yield '  <graph id="icat-kg" edgedefault="directed">\n';
  const data = (prefix: string, name: string, value: string | number | null) =>
    value === null
      ? ''
      : `      <data key="${prefix}_${name}">${typeof value === 'number' ? String(value) : xmlEscape(value)}</data>\n`;
  for (const n of g.nodes) {
    let out = `    <node id="${xmlEscape(n.id)}">\n`;
    for (const [name] of NODE_ATTRIBUTES) out += data('n', name, cell(n[name]));
    yield `${out}    </node>\n`;
  }
  for (const e of g.edges) {
    let out = `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">\n`;
    for (const [name] of EDGE_ATTRIBUTES) out += data('e', name, cell(e[name]));
    yield `${out}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** A spreadsheet runs a cell that starts with one of these as a formula: such cells get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csv(
  columns: string[],
  rows: Iterable<Record<string, string | number | null>>,
): AsyncIterable<Buffer> {
  return Readable.from(rows).pipe(
    stringify({
      header: true,
      columns,
      record_delimiter: 'windows',
      // Any line break inside a cell is quoted, not only the record delimiter (CRLF).
      quoted_match: /[\r\n]/,
      cast: { string: (v) => neutraliseFormula(v) },
    }),
  );
}

function* csvRows<T>(items: readonly T[], columns: ReadonlyArray<keyof T>) {
  for (const item of items) {
    const row: Record<string, string | number | null> = {};
    for (const c of columns) row[String(c)] = cell(item[c]);
    yield row;
  }
}

/** RFC 4180 (CRLF, quotes doubled) by csv-stringify. */
export function writeNodesCsv(g: ExportGraph): AsyncIterable<Buffer> {
  const columns: Array<keyof ExportNode> = ['id', ...NODE_ATTRIBUTES.map(([n]) => n)];
  return csv(columns.map(String), csvRows(g.nodes, columns));
}

export function writeEdgesCsv(g: ExportGraph): AsyncIterable<Buffer> {
  const columns: Array<keyof ExportEdge> = ['id', 'source', 'target', ...EDGE_ATTRIBUTES.map(([n]) => n)];
  return csv(columns.map(String), csvRows(g.edges, columns));
}

/** graphology's serialisation format (`graph.export()` / `Graph.from()`), one node or edge at a time. */
export function* writeJson(g: ExportGraph): Generator<string> {
  const options = { type: 'directed', multi: true, allowSelfLoops: true };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify({ name: 'icat-kg', filter: g.filter })},"nodes":[`;
  let first = true;
  for (const { id, ...attrs } of g.nodes) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: id, attributes: attrs })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const { id, source, target, ...attrs } of g.edges) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: id, source, target, attributes: attrs })}`;
    first = false;
  }
  yield '\n]}\n';
}
