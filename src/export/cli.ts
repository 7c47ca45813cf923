import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { analytics } from '../analytics/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { connect, StartupError } from '../db/connect.js';
import { EmbeddedNeo4jError } from '../embedded/neo4j-launcher.js';
import {
  BadExportParameter,
  buildExport,
  buildLinkedExport,
  ExportTooLarge,
  UnknownCenter,
  write,
  writeFtm,
  writeJsonLd,
  writeTurtle,
  type ExportFormat,
} from './index.js';
import { parseExportRequest } from './params.js';

/**
 * `npm run export -- --format gexf|graphml|csv|json|ftm|ttl|jsonld [filters] --out FILE`: the HTTP exports
 * (`/export/…`), to a file, with the same filters, limits and writers.
 */

const USAGE = `Usage: npm run export -- --format gexf|graphml|csv|json|ftm|ttl|jsonld --out FILE [--year 2019]
         [--types ORGANISATION,PERSON] [--relation-types MEMBER_OF,PARTNER_OF] [--center org:icat [--depth 1..3]]
  --format  gexf (GEXF 1.2; --gexf-version 1.3 for 1.3), graphml, csv (two files: nodes and edges), json (graphology's serialisation),
            ftm (FollowTheMoney JSON lines, as /export/entities.ftm.json), ttl (RDF Turtle, as /export/graph.ttl),
            jsonld (RDF JSON-LD, as /export/graph.jsonld); RDF IRIs start with PUBLIC_BASE_URL
  --out     the file to write; for csv the nodes go to FILE and the edges to FILE-edges.csv (nodes.csv → nodes-edges.csv)
Reads the Neo4j at NEO4J_URI, or the embedded one when NEO4J_URI is unset. Limits: EXPORT_MAX_NODES, EXPORT_MAX_EDGES.`;

const NETWORK_FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
const LINKED_FORMATS = ['ftm', 'ttl', 'jsonld'] as const;
const FORMATS = [...NETWORK_FORMATS, ...LINKED_FORMATS] as const;
type LinkedFormat = (typeof LINKED_FORMATS)[number];
const isLinked = (f: string): f is LinkedFormat => (LINKED_FORMATS as readonly string[]).includes(f);

class UsageError extends Error {}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      year: { type: 'string' },
      types: { type: 'string' },
      'relation-types': { type: 'string' },
      center: { type: 'string' },
      depth: { type: 'string' },
      'gexf-version': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const format = values.format;
  if (!format || !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}${format ? `; got "${format}"` : ''}`);
  if (!values.out) throw new UsageError('--out FILE is required');
  const params = new URLSearchParams();
  if (values.year !== undefined) params.set('year', values.year);
  if (values.types !== undefined) params.set('types', values.types);
  if (values['relation-types'] !== undefined) params.set('relationTypes', values['relation-types']);
  if (values.center !== undefined) params.set('center', values.center);
  if (values.depth !== undefined) params.set('depth', values.depth);
  if (values['gexf-version'] !== undefined) params.set('version', values['gexf-version']);
  try {
    const { filter, gexfVersion } = parseExportRequest(params, format === 'gexf');
    return { format: format as (typeof FORMATS)[number], out: values.out, filter, gexfVersion };
  } catch (err) {
    if (err instanceof BadExportParameter) {
      const flag =
        { relationTypes: 'relation-types', version: 'gexf-version' }[err.parameter] ?? err.parameter;
      throw new UsageError(err.message.replace(`query parameter "${err.parameter}"`, `--${flag}`));
    }
    throw err;
  }
}

async function writeFile(
  path: string,
  chunks: AsyncIterable<string | Buffer> | Iterable<string>,
): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  return bytes;
}

async function main(): Promise<number> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!opts) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const started = performance.now();
  analytics.configure({ timeoutMs: config.analyticsTimeoutMs });
  const conn = await connect(config, { log });
  try {
    if (isLinked(opts.format)) {
      const g = await buildLinkedExport(conn.db, analytics, opts.filter, config.exports);
      log(`… writing ${g.entities.length} entities and ${g.relations.length} relations`);
      const base = config.publicBaseUrl.replace(/\/+$/, '');
      const chunks =
        opts.format === 'ftm'
          ? writeFtm(g)
          : [await (opts.format === 'ttl' ? writeTurtle(g, base) : writeJsonLd(g, base))];
      const bytes = await writeFile(opts.out, chunks);
      log(`wrote ${opts.out} (${(bytes / 1024).toFixed(1)} KiB)`);
      log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    const graph = await buildExport(conn.db, analytics, opts.filter, config.exports, (step) =>
      log(`… ${step}`),
    );
    log(`… writing ${graph.nodes.length} nodes and ${graph.edges.length} edges`);
    const files: Array<[string, ExportFormat]> =
      opts.format === 'csv'
        ? [
            [opts.out, 'nodes.csv'],
            [opts.out.replace(/(\.csv)?$/, '-edges.csv'), 'edges.csv'],
          ]
        : [[opts.out, opts.format as ExportFormat]];
    for (const [path, format] of files) {
      const bytes = await writeFile(path, write(format, graph, opts.gexfVersion));
      log(`wrote ${path} (${(bytes / 1024).toFixed(1)} KiB)`);
    }
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await analytics.close();
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const expected =
      err instanceof ExportTooLarge ||
      err instanceof UnknownCenter ||
      err instanceof ConfigError ||
      err instanceof StartupError ||
      err instanceof EmbeddedNeo4jError;
    process.stderr.write(`${expected ? (err as Error).message : `Export failed: ${String(err)}`}\n`);
    process.exit(expected ? 2 : 1);
  },
);
