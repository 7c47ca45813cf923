import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importIntoEmbeddedNeo4j } from './neo4j-import.js';
import { ensureIndexes } from '../src/ingest/seed.js';
import { ROOT } from '../src/paths.js';
import type { BenchNeo4j } from './neo4j.js';
import type { LoadStats, SyntheticGraph } from './synthetic.js';

/**
 * The offline load of the synthetic graph: CSV files with typed headers, Neo4j's importer into the stopped store
 * (`importIntoEmbeddedNeo4j`), Neo4j started again, a post-pass for what CSV cannot say, then the seed's schema
 * built on the loaded store and awaited online. The graph is the one `loadGraph` writes
 * (test/integration/import-load.test.ts compares them).
 *
 * What CSV cannot say: Neo4j 5.26's importer writes no property for an empty array field (`otherNames: []`
 * written as `""` or as nothing), where Cypher's `SET n = row` stores an empty list. Such a column becomes a
 * post-pass, `SET n.key = []` on the nodes (or relationships) of that group that have none: exact because every
 * row of the group has the key (checked while writing).
 */

type Scalar = string | number;
type Value = Scalar | readonly string[] | readonly number[];
type Row = Readonly<Record<string, Value>>;

const ARRAY_DELIMITER = ';';
const NAME = /^[A-Za-z_]\w*$/;

type ColumnType = 'string' | 'long' | 'double';
interface Column {
  key: string;
  type: ColumnType;
  array: boolean;
}

/** A group's property that must be set to `[]` after the import where it is missing. */
export interface EmptyListFix {
  /** `n:Entity:Person` (a node group's labels) or `r:MEMBER_OF` (a relationship type). */
  pattern: string;
  variable: 'n' | 'r';
  key: string;
}

export interface GraphCsv {
  nodes: Array<{ labels: string[]; file: string }>;
  relationships: Array<{ type: string; file: string }>;
  fixes: EmptyListFix[];
}

function typeOf(v: Scalar): ColumnType {
  return typeof v === 'string' ? 'string' : Number.isSafeInteger(v) ? 'long' : 'double';
}

/**
 * One column per key of the group, typed from its values (whole numbers are `long`, as the Cypher load sends them
 * as Integers). A key whose values mix types, an array column with an empty list on a row that lacks the key, or
 * a value the importer would read differently (a line break, the array delimiter in an element) is refused.
 */
function columnsOf(rows: readonly Row[], where: string): Column[] {
  const cols = new Map<string, Column & { known: boolean }>();
  for (const row of rows) {
    for (const [key, v] of Object.entries(row)) {
      if (!NAME.test(key)) throw new Error(`${where}: property name ${key} cannot be a CSV header`);
      const array = Array.isArray(v);
      const first: Scalar | undefined = Array.isArray(v) ? (v as readonly Scalar[])[0] : (v as Scalar);
      const col = cols.get(key) ?? { key, type: 'string' as ColumnType, array, known: false };
      cols.set(key, col);
      if (col.array !== array) throw new Error(`${where}: ${key} is a list on some rows only`);
      if (first === undefined) continue;
      const t = typeOf(first);
      if (!col.known) Object.assign(col, { type: t, known: true });
      else if (col.type !== t) throw new Error(`${where}: ${key} mixes ${col.type} and ${t}`);
    }
  }
  return [...cols.values()].map(({ key, type, array }) => ({ key, type, array }));
}

const SPECIAL = /[",\r\n]/;

/** A string field: bare when it can be (no quote, comma or line break), `""` when empty (bare empty is null). */
function str(s: string, where: string): string {
  if (s === '') return '""';
  if (!SPECIAL.test(s)) return s;
  if (s.includes('\n') || s.includes('\r')) throw new Error(`${where}: a line break in ${JSON.stringify(s)}`);
  return `"${s.replaceAll('"', '""')}"`;
}

function field(v: Value | undefined, where: string): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return str(v, where);
  let joined = '';
  for (let i = 0; i < v.length; i++) {
    const s = String(v[i]);
    if (s.includes(ARRAY_DELIMITER)) throw new Error(`${where}: the array delimiter in ${JSON.stringify(s)}`);
    joined += i === 0 ? s : ARRAY_DELIMITER + s;
  }
  return str(joined, where);
}

/** Lines to a file through a stream, in chunks, waiting when the stream asks to. */
async function writeLines(file: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  const chunk: string[] = [header];
  const flush = async () => {
    if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
    chunk.length = 0;
  };
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length >= 8192) await flush();
  }
  if (chunk.length > 0) await flush();
  out.end();
  await once(out, 'finish');
}

function header(cols: readonly Column[], prefix: string[]): string {
  return [...prefix, ...cols.map((c) => `${c.key}:${c.type}${c.array ? '[]' : ''}`)].join(',');
}

function fixesOf(
  rows: readonly Row[],
  cols: readonly Column[],
  pattern: string,
  variable: 'n' | 'r',
  where: string,
): EmptyListFix[] {
  const fixes: EmptyListFix[] = [];
  for (const c of cols) {
    if (!c.array) continue;
    const empty = rows.some((row) => (row[c.key] as readonly Scalar[] | undefined)?.length === 0);
    if (!empty) continue;
    if (rows.some((row) => row[c.key] === undefined))
      throw new Error(`${where}: ${c.key} is an empty list on some rows and missing on others`);
    fixes.push({ pattern, variable, key: c.key });
  }
  return fixes;
}

/** Writes the graph as the importer's CSV files (one per label set and per relationship type) into `dir`. */
export async function writeGraphCsv(g: SyntheticGraph, dir: string): Promise<GraphCsv> {
  const csv: GraphCsv = { nodes: [], relationships: [], fixes: [] };
  const nodeGroups = new Map<string, Row[]>([['Passage', g.passages]]);
  for (const e of g.entities) {
    const key = `Entity:${e.label}`;
    const list = nodeGroups.get(key) ?? [];
    list.push(e.props);
    nodeGroups.set(key, list);
  }
  for (const [labelSet, rows] of nodeGroups) {
    const labels = labelSet.split(':');
    if (!labels.every((l) => NAME.test(l))) throw new Error(`label ${labelSet} cannot be a CSV label`);
    const cols = columnsOf(rows, labelSet).filter((c) => c.key !== 'id');
    const file = join(dir, `nodes-${labels.join('-')}.csv`);
    await writeLines(
      file,
      header(cols, ['id:ID']),
      (function* () {
        for (const row of rows) {
          let line = field(row.id, labelSet);
          for (const c of cols) line += `,${field(row[c.key], labelSet)}`;
          yield line;
        }
      })(),
    );
    csv.nodes.push({ labels, file });
    csv.fixes.push(...fixesOf(rows, cols, `n:${labels.join(':')}`, 'n', labelSet));
  }

  const evidenceFile = join(dir, 'rels-EVIDENCED_BY.csv');
  await writeLines(
    evidenceFile,
    ':START_ID,:END_ID',
    (function* () {
      for (const [id, pids] of g.evidence)
        for (const pid of pids) yield `${str(id, 'evidence')},${str(pid, 'evidence')}`;
    })(),
  );
  csv.relationships.push({ type: 'EVIDENCED_BY', file: evidenceFile });

  const byType = new Map<string, SyntheticGraph['relations']>();
  for (const r of g.relations) {
    const list = byType.get(r.type) ?? [];
    list.push(r);
    byType.set(r.type, list);
  }
  for (const [type, rels] of byType) {
    if (!NAME.test(type)) throw new Error(`relationship type ${type} cannot be a CSV type`);
    const rows = rels.map((r) => r.props);
    const cols = columnsOf(rows, type);
    const file = join(dir, `rels-${type}.csv`);
    await writeLines(
      file,
      header(cols, [':START_ID', ':END_ID']),
      (function* () {
        for (const r of rels) {
          let line = `${str(r.from, type)},${str(r.to, type)}`;
          for (const c of cols) line += `,${field(r.props[c.key], type)}`;
          yield line;
        }
      })(),
    );
    csv.relationships.push({ type, file });
    csv.fixes.push(...fixesOf(rows, cols, `r:${type}`, 'r', type));
  }
  return csv;
}

/**
 * One statement per key (not per group): a freshly started Neo4j plans each statement cold. Exact, as every row
 * of a group listed has the key (`fixesOf`).
 */
export function postPass(fixes: readonly EmptyListFix[]): string[] {
  const byKey = new Map<string, EmptyListFix[]>();
  for (const f of fixes) {
    const k = `${f.variable} ${f.key}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  return [...byKey.values()].map((group) => {
    const { variable: v, key } = group[0]!;
    const match = v === 'n' ? '(n)' : '()-[r]->()';
    return `MATCH ${match} WHERE (${group.map((f) => f.pattern).join(' OR ')}) AND ${v}.${key} IS NULL
            CALL (${v}) { SET ${v}.${key} = [] } IN TRANSACTIONS OF 50000 ROWS`;
  });
}

export interface ImportPhases {
  /** Writing the CSV files from the graph in memory. */
  csvMs: number;
  /** Stopping Neo4j (its last checkpoint) so the importer may replace the store. */
  stopMs: number;
  /** Neo4j's importer, a JVM of its own: nodes, relationships, counts. */
  importMs: number;
  /** Starting Neo4j on the imported store, until the launcher's ready line. */
  startMs: number;
  /** From there until the driver (whose connections went with the old process) gets an answer. */
  reconnectMs: number;
  /** `SET … = []` where the importer left an empty list out. */
  postPassMs: number;
}

export type ImportStats = LoadStats & { phases: ImportPhases };

/**
 * Loads `g` into the bench's Neo4j through an offline import, replacing whatever its database held, and returns
 * the whole load's time: CSV, stop, import, start, post-pass, schema built and online.
 */
export async function importGraph(
  neo: BenchNeo4j,
  g: SyntheticGraph,
  opts: { skipPostPass?: boolean; log?: (line: string) => void } = {},
): Promise<ImportStats> {
  const dir = await mkdtemp(join(tmpdir(), 'icat-kg-import-'));
  try {
    const t0 = performance.now();
    const csv = await writeGraphCsv(g, dir);
    const tCsv = performance.now();
    let importMs = 0;
    const { stopMs, startMs, reconnectMs } = await neo.restart(async () => {
      const t = performance.now();
      await importIntoEmbeddedNeo4j({
        dataDir: neo.dataDir,
        nodes: csv.nodes,
        relationships: csv.relationships,
        arrayDelimiter: ARRAY_DELIMITER,
        projectRoot: ROOT,
        log: opts.log,
      });
      importMs = performance.now() - t;
    });
    const tUp = performance.now();
    if (!opts.skipPostPass) {
      for (const statement of postPass(csv.fixes)) await neo.db.runAutoCommit(statement);
    }
    const tPost = performance.now();
    await ensureIndexes(neo.db, { waitMs: 600_000, log: opts.log });
    const end = performance.now();

    const relationships = g.relations.length + g.evidence.reduce((s, [, p]) => s + p.length, 0);
    const [counts] = await neo.db.read<{ nodes: number; rels: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    const nodes = g.passages.length + g.entities.length;
    if (counts?.nodes !== nodes || counts.rels !== relationships)
      throw new Error(
        `import: ${counts?.nodes} nodes and ${counts?.rels} relationships in the store, ${nodes} and ${relationships} generated`,
      );
    const ms = end - t0;
    return {
      nodes,
      relationships,
      relations: g.relations.length,
      ms: Math.round(ms),
      relationsPerSecond: Math.round(relationships / (ms / 1000)),
      relationshipPhasePerSecond: Math.round(relationships / (importMs / 1000)),
      nodeMs: 0,
      relationshipMs: Math.round(importMs),
      indexMs: Math.round(end - tPost),
      method: 'import',
      phases: {
        csvMs: Math.round(tCsv - t0),
        stopMs: Math.round(stopMs),
        importMs: Math.round(importMs),
        startMs: Math.round(startMs),
        reconnectMs: Math.round(reconnectMs),
        postPassMs: Math.round(tPost - tUp),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
