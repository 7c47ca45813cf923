import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGraph, type ImportPhases } from '../tools/import.js';
import { parseFlags } from './harness/flags.js';
import { startBenchNeo4j } from '../tools/neo4j.js';
import {
  clearGraph,
  dropSchema,
  generateGraph,
  loadGraph,
  LOAD_METHODS,
  type LoadMethod,
  type LoadStats,
} from '../tools/synthetic.js';

/**
 * npm run bench:load [-- --sizes=10000,100000] [--variants=indexed,fast,fast@50000x2,import]
 *                      [--schema=empty|kept]
 *                      [--heap=4g] [--out=bench/results/load.json]
 *
 * Loads the synthetic graph with each method into the bench's own embedded Neo4j (fresh temp data dir), on an
 * empty store (`--schema=empty`: data and schema dropped before each load, the default) or with the seed's
 * indexes already there (`kept`), and prints relationships/s over the whole load (indexes online) and over the
 * relationship phase alone. `import` is the offline load (tools/import.ts: CSV, Neo4j stopped, its importer, Neo4j
 * started again, post-pass, indexes), timed whole; its phases are printed too.
 */

const here = dirname(fileURLToPath(import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);
const flags = parseFlags();

const sizes = flags.list('sizes', ['10000']).map((s) => {
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--sizes takes node counts, got "${s}"`);
  return n;
});
/** `method[@batch][xwriters]`, e.g. `fast@50000x2`, or `import`. */
const variants = flags.list('variants', [...LOAD_METHODS, 'import']).map((v) => {
  const m = /^(\w+)(?:@(\d+))?(?:x(\d+))?$/.exec(v);
  const method = m?.[1] as LoadMethod | 'import' | undefined;
  if (!m || !method || !(method === 'import' || LOAD_METHODS.includes(method)))
    throw new Error(
      `--variants: ${v} is not import or method[@batch][xwriters] with method one of ${LOAD_METHODS.join(', ')}`,
    );
  return { method, batchSize: m[2] ? Number(m[2]) : undefined, writers: m[3] ? Number(m[3]) : undefined };
});
const schema = flags.string('schema', 'empty');
if (schema !== 'empty' && schema !== 'kept') throw new Error('--schema must be empty or kept');
const out = flags.string('out') ?? join(here, 'results', 'load.json');

const neo = await startBenchNeo4j(flags.string('heap', '4g'));
const rows: Array<
  LoadStats & {
    size: number;
    schema: string;
    batchSize: number | 'default';
    writers: number;
    phases?: ImportPhases;
  }
> = [];
try {
  for (const size of sizes) {
    const g = generateGraph(size);
    for (const { method, batchSize, writers } of variants) {
      await clearGraph(neo.db);
      if (schema === 'empty') await dropSchema(neo.db);
      if (method === 'import') {
        const s = await importGraph(neo, g);
        rows.push({ ...s, size, schema, batchSize: 'default', writers: 1 });
        const p = s.phases;
        say(
          `${size} import: ${s.relationships} relationships, ${(s.ms / 1000).toFixed(1)} s (csv ${p.csvMs} ms, stop ${p.stopMs} ms, ` +
            `import ${p.importMs} ms, start ${p.startMs} ms, reconnect ${p.reconnectMs} ms, post-pass ${p.postPassMs} ms, indexes ${s.indexMs} ms): ` +
            `${s.relationsPerSecond} relationships/s over the load, ${s.relationshipPhasePerSecond}/s in the importer`,
        );
        continue;
      }
      const s = await loadGraph(neo.db, g, { method, batchSize, writers });
      rows.push({
        ...s,
        size,
        schema,
        batchSize: batchSize ?? (method === 'fast' ? 50_000 : 10_000),
        writers: method === 'fast' ? (writers ?? 2) : 1,
      });
      say(
        `${size} ${method} @${batchSize ?? 'default'} x${writers ?? 'default'} (schema ${schema}): ${s.relationships} relationships, ${(s.ms / 1000).toFixed(1)} s ` +
          `(nodes ${s.nodeMs} ms, relationships ${s.relationshipMs} ms, indexes ${s.indexMs} ms): ` +
          `${s.relationsPerSecond} relationships/s over the load, ${s.relationshipPhasePerSecond}/s in the relationship phase`,
      );
    }
  }
} finally {
  await neo.stop();
}

const f0 = (n: number) => n.toLocaleString('en-US');
const md = [
  `Run ${new Date().toISOString()}: \`npm run bench:load -- ${process.argv.slice(2).join(' ')}\``,
  '',
  '| nodes | relationships | method | batch · writers | schema before | load s | nodes ms | relationships ms | indexes ms | relationships/s (whole load) | relationships/s (relationship phase) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${f0(r.nodes)} | ${f0(r.relationships)} | ${r.method} | ${r.batchSize} · ${r.writers} | ${r.schema} | ${(r.ms / 1000).toFixed(1)} | ${f0(r.nodeMs)} | ${f0(r.relationshipMs)} | ${f0(r.indexMs)} | ${f0(r.relationsPerSecond)} | ${f0(r.relationshipPhasePerSecond)} |`,
  ),
  '',
  ...(rows.some((r) => r.phases)
    ? [
        'The import rows: "relationships ms" is the importer (nodes and relationships), "relationship phase" relationships over it. Their phases:',
        '',
        '| nodes | csv ms | stop ms | import ms | start ms | reconnect ms | post-pass ms | indexes ms | load s |',
        '|---|---|---|---|---|---|---|---|---|',
        ...rows.flatMap((r) =>
          r.phases
            ? [
                `| ${f0(r.nodes)} | ${f0(r.phases.csvMs)} | ${f0(r.phases.stopMs)} | ${f0(r.phases.importMs)} | ${f0(r.phases.startMs)} | ${f0(r.phases.reconnectMs)} | ${f0(r.phases.postPassMs)} | ${f0(r.indexMs)} | ${(r.ms / 1000).toFixed(1)} |`,
              ]
            : [],
        ),
        '',
      ]
    : []),
].join('\n');
await mkdir(dirname(out), { recursive: true });
const { format } = await import('prettier');
await writeFile(
  out,
  await format(JSON.stringify({ when: new Date().toISOString(), rows }), { parser: 'json' }),
);
await writeFile(out.replace(/\.json$/, '.md'), md);
say(`\n${md}`);
