import { cell, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportGraph } from './model.js';
import { xmlEscape } from './xml.js';

/**
 * GEXF written piece by piece: the file is never one string, so an export of any size stays below V8's string
 * limit (512 MiB on Node 20; ~800,000 relations once did not fit, docs/reports/benchmarks/analytics.md). The same
 * elements and attribute ids as graphology-gexf wrote before, with the attribute types declared from the export
 * model rather than guessed from the values (a betweenness of 0 everywhere is still a double).
 *
 * 1.2 (`http://www.gexf.net/1.2draft`) is the default: networkx (read_gexf: 1.1draft and 1.2draft only) and
 * JGraphT 1.5 read it; 1.3 (`http://gexf.net/1.3`) is for Gephi 0.9+ and graphology-gexf, on request.
 */

export type GexfVersion = '1.2' | '1.3';

export const DEFAULT_GEXF_VERSION: GexfVersion = '1.2';

const HEADER: Record<GexfVersion, string> = {
  '1.2':
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n',
  '1.3':
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
};

const GEXF_TYPES: Record<string, string> = { string: 'string', int: 'integer', double: 'double' };

/** Pieces of about this many characters: few enough writes, none large. */
const PIECE = 1 << 16;

function attvalues(row: object, columns: ReadonlyArray<readonly [string, string]>, skip?: string): string {
  let out = '';
  const values = row as Record<string, unknown>;
  for (const [name] of columns) {
    if (name === skip) continue;
    const v = cell(values[name]);
    if (v === null) continue;
    out += `          <attvalue for="${name}" value="${typeof v === 'number' ? String(v) : xmlEscape(v)}"/>\n`;
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
}

export function* writeGexf(g: ExportGraph, version: GexfVersion = DEFAULT_GEXF_VERSION): Generator<string> {
  let piece = `<?xml version="1.0" encoding="UTF-8"?>\n${HEADER[version]}  <meta>\n    <creator>icat-kg</creator>\n  </meta>\n`;
  piece += '  <graph defaultedgetype="directed" mode="static">\n';
  for (const [cls, columns, skip] of [
    ['node', NODE_ATTRIBUTES, 'label'],
    ['edge', EDGE_ATTRIBUTES, undefined],
  ] as const) {
    piece += `    <attributes class="${cls}">\n`;
    for (const [name, type] of columns as ReadonlyArray<readonly [string, string]>)
      if (name !== skip)
        piece += `      <attribute id="${name}" title="${name}" type="${GEXF_TYPES[type] ?? 'string'}"/>\n`;
    piece += '    </attributes>\n';
  }
  piece += '    <nodes>\n';
  for (const n of g.nodes) {
    piece += `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">\n${attvalues(n, NODE_ATTRIBUTES, 'label')}      </node>\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  piece += '    </nodes>\n    <edges>\n';
  for (const e of g.edges) {
    piece +=
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" ` +
      `label="${xmlEscape(e.type)}">\n${attvalues(e, EDGE_ATTRIBUTES)}      </edge>\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}    </edges>\n  </graph>\n</gexf>\n`;
}
