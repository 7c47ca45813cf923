import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { prepareEmbeddedLauncher } from '../src/embedded/neo4j-launcher.js';

export interface EmbeddedImportOptions {
  /** The Neo4j home the embedded Neo4j opens (`startEmbeddedNeo4j`'s dataDir); it must not be running on it. */
  dataDir: string;
  /** Node files, each with its header on the first line: `labels` joined by `:`, e.g. `['Entity', 'Person']`. */
  nodes: ReadonlyArray<{ labels: readonly string[]; file: string }>;
  relationships: ReadonlyArray<{ type: string; file: string }>;
  /** Between the elements of an array field (the importer's default is `;`). */
  arrayDelimiter?: string;
  /** The importer JVM's heap (-Xmx) and its off-heap budget. Defaults 1g and 2G. */
  heap?: string;
  maxOffHeap?: string;
  projectRoot?: string;
  /** The importer's progress lines. Default: dropped. */
  log?: (line: string) => void;
  /** Called with the importer's process id once it runs (the crash tests kill it). */
  onStart?: (pid: number) => void;
}

/**
 * Offline import of CSV files into the default database (`neo4j`) of an embedded Neo4j's home, before it starts:
 * Neo4j's own importer (`neo4j-admin database import full`, from the launcher's classpath), which writes the store
 * files directly instead of through transactions. Whatever that database held is replaced
 * (`--overwrite-destination`). Indexes and constraints are not created (Community's importer cannot): create them
 * once the database runs. Benchmark tooling (the product never imports offline), so it lives here, not in
 * src/embedded/.
 */
export async function importIntoEmbeddedNeo4j(opts: EmbeddedImportOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  const launcher = await prepareEmbeddedLauncher({ projectRoot: opts.projectRoot, log });
  const home = resolve(opts.dataDir);
  // The admin tool reads its configuration from $NEO4J_CONF; an empty one means the defaults the launcher uses
  // for the store (data/databases/neo4j under the home).
  const conf = join(home, 'import-conf');
  await mkdir(conf, { recursive: true });
  const args = [
    ...launcher.jvmArgs.filter((a) => !/^-Xm[sx]/.test(a)),
    `-Xmx${opts.heap ?? '1g'}`,
    '-cp',
    launcher.classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: --nodes and --relationships take any number of files.
    'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=${opts.arrayDelimiter ?? ';'}`,
    `--max-off-heap-memory=${opts.maxOffHeap ?? '2G'}`,
    `--report-file=${join(home, 'import.report')}`,
    ...opts.nodes.map((n) => `--nodes=${n.labels.join(':')}=${resolve(n.file)}`),
    ...opts.relationships.map((r) => `--relationships=${r.type}=${resolve(r.file)}`),
  ];
  const child = spawn(launcher.javaBin, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: home,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
  });
  if (child.pid !== undefined) opts.onStart?.(child.pid);
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      log(line);
      tail.push(line);
      if (tail.length > 30) tail.shift();
    });
  }
  const code = await new Promise<number | null>((done) => {
    child.once('error', () => done(-1));
    child.once('close', (c) => done(c));
  });
  if (code !== 0) throw new Error(`Neo4j's importer failed (exit ${code}) on ${home}:\n${tail.join('\n')}`);
}
