/**
 * Starts the embedded Neo4j 5.26 Community (neo4j-embedded/, a small Java program) as a child
 * process: the "no Docker" database for dev, tests and CI. Node built-ins only.
 *
 * - First use builds the Java launcher with Maven (jars come from Maven Central; Maven's download
 *   lines go through `log`). Later starts skip Maven: `java -cp <jar>:<target/classpath.txt>`.
 * - Right after that build (not under CI), one training start records a class-data-sharing
 *   (AppCDS) archive, which cuts the JVM's start-up by about a third. Best effort: without it
 *   Neo4j still starts.
 * - The child's stdin stays open; when this process dies (even by SIGKILL) the pipe closes and the
 *   Java side shuts Neo4j down, so no orphan JVM is left behind.
 */
import { spawn, execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ExpectedFailure } from '../errors.js';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home: databases, transaction logs and logs/debug.log go here. Created if missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Repository root (holds neo4j-embedded/pom.xml). Default: found upwards from this module. */
  projectRoot?: string;
  /** Progress and diagnostics: Maven's build output, the JVM's stderr. Default: dropped. */
  log?: (line: string) => void;
  /** How long to wait for NEO4J_READY once Java runs (the build is not counted). Default 120 s. */
  startTimeoutMs?: number;
  /** Aborting during the build or the start-up kills the child and rejects with code ABORTED. */
  signal?: AbortSignal;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:<port>; auth is off (loopback only). */
  readonly uri: string;
  /** The Java process id. */
  readonly pid: number;
  /** Idempotent: closes stdin, SIGTERM, waits for exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
}

export type EmbeddedNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'DATA_DIR_LOCKED'
  | 'START_FAILED'
  | 'START_TIMEOUT'
  | 'IMPORT_FAILED'
  | 'ABORTED';

export class EmbeddedNeo4jError extends ExpectedFailure {
  override name = 'EmbeddedNeo4jError';
  constructor(
    readonly code: EmbeddedNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const HOST = '127.0.0.1';
const MAIN_CLASS = 'kg.icat.embedded.EmbeddedNeo4j';
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const BUILD_LOCK_WAIT_MS = 15 * 60_000;
const INSTALL_HINT =
  'Install Java 17+ and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or set NEO4J_URI to use an existing Neo4j server instead of the embedded one.';

/**
 * JVM flags. SerialGC + a small heap start fastest here and suit a 2-core box shared with tests.
 * The --add-opens are Neo4j's own server defaults: without them the page cache and the native
 * file-advice calls fall back (with WARNs in debug.log).
 */
const BASE_JVM_ARGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseSerialGC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  // The JVM's own warnings (e.g. CDS) default to stdout; keep stdout for the READY line only.
  '-Xlog:disable',
  '-Xlog:all=warning:stderr:uptime,level,tags',
];

// ---------------------------------------------------------------------------------------------
// Public entry point

export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const { signal } = opts;
  throwIfAborted(signal);
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) {
    throw new RangeError(`port must be an integer 1-65535, got ${opts.port}`);
  }
  const root = resolve(opts.projectRoot ?? findProjectRoot());
  const paths = launcherPaths(root);
  if (!existsSync(paths.pom)) {
    throw new EmbeddedNeo4jError(
      'START_FAILED',
      `No embedded Neo4j launcher at ${paths.pom} (projectRoot=${root}).`,
    );
  }

  const java = await checkJava();
  await ensureBuilt(paths, java, log, signal);
  throwIfAborted(signal);

  // Fast, clear failure for the common case; the Java side reports a race with its own message.
  if (!(await isPortFree(opts.port))) throw portInUse(opts.port);

  const args = [...jvmArgs(java), ...(await cdsArgs(paths, java)), '-cp', await runtimeClasspath(paths)];
  args.push(MAIN_CLASS, '--port', String(opts.port), '--data-dir', resolve(opts.dataDir));
  return launch(java.bin, args, {
    port: opts.port,
    dataDir: resolve(opts.dataDir),
    log,
    signal,
    timeoutMs: opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
  });
}

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
 * once the database runs.
 */
export async function importIntoEmbeddedNeo4j(opts: EmbeddedImportOptions): Promise<void> {
  const log = opts.log ?? (() => {});
  const root = resolve(opts.projectRoot ?? findProjectRoot());
  const paths = launcherPaths(root);
  const java = await checkJava();
  await ensureBuilt(paths, java, log, undefined);
  const home = resolve(opts.dataDir);
  // The admin tool reads its configuration from $NEO4J_CONF; an empty one means the defaults the launcher uses
  // for the store (data/databases/neo4j under the home).
  const conf = join(home, 'import-conf');
  await mkdir(conf, { recursive: true });
  const args = [
    ...jvmArgs(java).filter((a) => !/^-Xm[sx]/.test(a)),
    `-Xmx${opts.heap ?? '1g'}`,
    ...(await cdsArgs(paths, java)),
    '-cp',
    await runtimeClasspath(paths),
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
  const child = spawn(java.bin, args, {
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
  if (code !== 0)
    throw new EmbeddedNeo4jError(
      'IMPORT_FAILED',
      `Neo4j's importer failed (exit ${code}) on ${home}:\n${tail.join('\n')}`,
    );
}

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: HOST, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no port assigned'))));
    });
  });
}

/** Whether 127.0.0.1:port can be bound right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolveFree, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolveFree(false);
      else reject(err);
    });
    server.listen({ host: HOST, port, exclusive: true }, () => server.close(() => resolveFree(true)));
  });
}

// ---------------------------------------------------------------------------------------------
// Running the JVM

interface LaunchOptions {
  port: number;
  dataDir: string;
  log: (line: string) => void;
  signal: AbortSignal | undefined;
  timeoutMs: number;
}

function launch(javaBin: string, args: string[], o: LaunchOptions): Promise<EmbeddedNeo4j> {
  // stdin stays a pipe and open: its EOF is the Java side's cue to shut down.
  const child = spawn(javaBin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.on('error', () => {}); // reported through 'exit'/'close' handling below
  child.stdin.on('error', () => {}); // EPIPE when the JVM is already gone

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= terminate(child, exited));

  return new Promise<EmbeddedNeo4j>((resolveStart, rejectStart) => {
    let settled = false;
    let errorLine: string | undefined;
    const stderrTail: string[] = [];

    const finish = (err: EmbeddedNeo4jError | undefined, uri?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (err !== undefined) {
        void stop().then(() => rejectStart(err));
      } else {
        child.once('exit', (code, sig) => {
          if (stopping === undefined)
            o.log(`embedded Neo4j exited unexpectedly (code ${code}, signal ${sig})`);
        });
        resolveStart({ uri: uri ?? '', pid: child.pid ?? -1, stop });
      }
    };

    const timer = setTimeout(() => {
      finish(
        new EmbeddedNeo4jError(
          'START_TIMEOUT',
          `Embedded Neo4j did not become ready within ${o.timeoutMs} ms; see ${join(o.dataDir, 'logs', 'debug.log')}.`,
        ),
      );
    }, o.timeoutMs);
    const onAbort = (): void =>
      finish(new EmbeddedNeo4jError('ABORTED', 'Embedded Neo4j start-up was aborted.'));
    o.signal?.addEventListener('abort', onAbort, { once: true });
    if (o.signal?.aborted) onAbort();

    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = /^NEO4J_READY (\S+)$/.exec(line);
      if (ready) finish(undefined, ready[1]);
      else o.log(line);
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      o.log(line);
      if (line.startsWith('NEO4J_ERROR ')) errorLine ??= line.slice('NEO4J_ERROR '.length);
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    child.once('error', (err) => {
      finish(
        new EmbeddedNeo4jError('START_FAILED', `Could not run ${javaBin}: ${err.message}`, { cause: err }),
      );
    });
    // 'close' (not 'exit'): all stderr lines, including NEO4J_ERROR, have been read by then.
    child.once('close', (code, sig) => {
      if (errorLine !== undefined) {
        finish(errorFromJava(errorLine, o.port));
      } else {
        const tail = stderrTail.length > 0 ? `:\n${stderrTail.join('\n')}` : '';
        finish(
          new EmbeddedNeo4jError(
            'START_FAILED',
            `Embedded Neo4j exited before it was ready (code ${code}, signal ${sig}); see ${join(o.dataDir, 'logs', 'debug.log')}${tail}`,
          ),
        );
      }
    });
  });
}

function errorFromJava(message: string, port: number): EmbeddedNeo4jError {
  if (message.includes('already in use')) return portInUse(port);
  if (message.includes('another Neo4j process is using the data directory')) {
    return new EmbeddedNeo4jError(
      'DATA_DIR_LOCKED',
      `Embedded Neo4j: ${message}. Stop it or use another dataDir.`,
    );
  }
  return new EmbeddedNeo4jError('START_FAILED', `Embedded Neo4j failed to start: ${message}`);
}

function portInUse(port: number): EmbeddedNeo4jError {
  return new EmbeddedNeo4jError(
    'PORT_IN_USE',
    `Port ${port} on ${HOST} is already in use, so the embedded Neo4j cannot listen there. ` +
      'Stop whatever uses it or choose another port (findFreePort()).',
  );
}

async function terminate(child: ChildProcessWithoutNullStreams, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin.end();
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<void>((done) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      done();
    }, STOP_GRACE_MS);
  });
  await Promise.race([exited, killed]);
  clearTimeout(timer);
  await exited;
}

// ---------------------------------------------------------------------------------------------
// Java and Maven

interface JavaInfo {
  bin: string;
  major: number;
  /** Full `java -version` text: the AppCDS archive is only valid for this exact JVM. */
  versionText: string;
}

async function checkJava(): Promise<JavaInfo> {
  const bin = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let text: string;
  try {
    const out = await run(bin, ['-version']);
    // The JVM announces _JAVA_OPTIONS / JAVA_TOOL_OPTIONS ("Picked up …") on stderr: not part of its version, and
    // kept, it made a run with them (the bench's heap) re-record the CDS archive on every start.
    text = `${out.stderr}${out.stdout}`
      .split('\n')
      .filter((line) => !line.startsWith('Picked up '))
      .join('\n')
      .trim();
  } catch (err) {
    throw new EmbeddedNeo4jError('JAVA_MISSING', `Java not found (${bin}). ${INSTALL_HINT}`, { cause: err });
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    throw new EmbeddedNeo4jError(
      'JAVA_MISSING',
      `Neo4j 5 needs Java 17+, found: ${text.split('\n')[0]}. ${INSTALL_HINT}`,
    );
  }
  return { bin, major, versionText: text };
}

function jvmArgs(java: JavaInfo): string[] {
  // Java 24+ warns on stderr about sun.misc.Unsafe, which Neo4j 5 uses; Java 17 rejects the flag.
  return java.major >= 24 ? [...BASE_JVM_ARGS, '--sun-misc-unsafe-memory-access=allow'] : [...BASE_JVM_ARGS];
}

function run(bin: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(bin, args, { timeout: 60_000 }, (err, stdout, stderr) =>
      err ? fail(err) : done({ stdout, stderr }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Building the launcher (once)

interface LauncherPaths {
  dir: string;
  pom: string;
  target: string;
  jar: string;
  classpathFile: string;
  stamp: string;
  lock: string;
  cdsArchive: string;
  cdsStamp: string;
}

function launcherPaths(root: string): LauncherPaths {
  const dir = join(root, 'neo4j-embedded');
  const target = join(dir, 'target');
  return {
    dir,
    pom: join(dir, 'pom.xml'),
    target,
    jar: join(target, 'neo4j-embedded.jar'),
    classpathFile: join(target, 'classpath.txt'),
    stamp: join(target, 'build.stamp'),
    lock: join(dir, '.build.lock'),
    cdsArchive: join(target, 'neo4j-cds.jsa'),
    cdsStamp: join(target, 'neo4j-cds.stamp'),
  };
}

/** Repository root: the nearest ancestor of this module with neo4j-embedded/pom.xml. */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'neo4j-embedded', 'pom.xml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function mtimeMs(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function newestInput(p: LauncherPaths): number {
  let newest = mtimeMs(p.pom);
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else newest = Math.max(newest, mtimeMs(full));
    }
  };
  if (existsSync(join(p.dir, 'src'))) walk(join(p.dir, 'src'));
  return newest;
}

/** Built = stamp newer than pom.xml and every source, and every jar on the classpath still exists. */
async function isBuilt(p: LauncherPaths): Promise<boolean> {
  const stamp = mtimeMs(p.stamp);
  if (stamp < 0 || stamp < newestInput(p) || !existsSync(p.jar)) return false;
  try {
    const entries = (await readFile(p.classpathFile, 'utf8')).trim().split(':');
    return entries.length > 1 && entries.every((entry) => existsSync(entry));
  } catch {
    return false;
  }
}

async function runtimeClasspath(p: LauncherPaths): Promise<string> {
  return `${p.jar}:${(await readFile(p.classpathFile, 'utf8')).trim()}`;
}

async function ensureBuilt(
  p: LauncherPaths,
  java: JavaInfo,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  if ((await isBuilt(p)) && (await cdsIsCurrent(p, java))) return;
  const release = await acquireLock(p.lock, log, signal);
  try {
    if (!(await isBuilt(p))) await mavenBuild(p, log, signal);
    if (!(await cdsIsCurrent(p, java))) await trainCds(p, java, log, signal);
  } finally {
    await release();
  }
}

async function mavenBuild(
  p: LauncherPaths,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const mvn = process.env.MAVEN_HOME ? join(process.env.MAVEN_HOME, 'bin', 'mvn') : 'mvn';
  try {
    await run(mvn, ['-v']);
  } catch (err) {
    throw new EmbeddedNeo4jError(
      'MAVEN_MISSING',
      `Maven not found (${mvn}); it builds the embedded Neo4j once. ${INSTALL_HINT}`,
      {
        cause: err,
      },
    );
  }
  // -B without -q: Maven prints one "Downloading from central: ..." line per jar on the first build.
  const args = ['-B', '-f', p.pom, 'package', 'dependency:build-classpath'];
  log(`Building the embedded Neo4j launcher (first run downloads ~150 MB of jars): ${mvn} ${args.join(' ')}`);
  const started = Date.now();
  const tail: string[] = [];
  const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: p.dir });
  const onAbort = (): void => void child.kill('SIGTERM');
  signal?.addEventListener('abort', onAbort, { once: true });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (raw) => {
      const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
      // One "Downloaded from central: <jar> (size)" line per jar is the progress; skip its twin.
      if (!line.includes('] Downloading from ')) log(line);
      tail.push(line);
      if (tail.length > 40) tail.shift();
    });
  }
  const code = await new Promise<number | null>((done) => {
    child.once('error', () => done(-1));
    child.once('close', (c) => done(c));
  });
  signal?.removeEventListener('abort', onAbort);
  throwIfAborted(signal);
  if (code !== 0) {
    throw new EmbeddedNeo4jError(
      'BUILD_FAILED',
      `Building neo4j-embedded with Maven failed (exit ${code}):\n${tail.join('\n')}`,
    );
  }
  await writeFile(p.stamp, `${new Date().toISOString()}\n`);
  log(`Embedded Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// ---------------------------------------------------------------------------------------------
// AppCDS: one training start right after the build dumps the loaded classes into an archive that
// later JVMs map instead of parsing ~15k classes from jars (about 3.0 s -> 2.0 s to READY here).

/**
 * ICAT_NEO4J_CDS=1/0 forces it on/off. Default: on, except under CI=...: a fresh clone pays the ~10 s
 * training on every run and starts Neo4j only a few times, so it would cost more than it saves.
 */
function cdsEnabled(): boolean {
  const forced = process.env.ICAT_NEO4J_CDS;
  if (forced === '0' || forced === '1') return forced === '1';
  return !process.env.CI;
}

interface CdsStamp {
  java: string;
  classpath: string;
  ok: boolean;
}

async function readCdsStamp(p: LauncherPaths): Promise<CdsStamp | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(p.cdsStamp, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'java' in parsed &&
      'classpath' in parsed &&
      'ok' in parsed
    ) {
      const { java, classpath, ok } = parsed;
      if (typeof java === 'string' && typeof classpath === 'string' && typeof ok === 'boolean')
        return { java, classpath, ok };
    }
  } catch {
    // missing or unreadable: not current
  }
  return undefined;
}

/** Current = a training run (successful or not) was made for this JVM, classpath and build. */
async function cdsIsCurrent(p: LauncherPaths, java: JavaInfo): Promise<boolean> {
  if (!cdsEnabled()) return true;
  const stamp = await readCdsStamp(p);
  if (stamp === undefined || mtimeMs(p.cdsStamp) < mtimeMs(p.stamp)) return false;
  return stamp.java === java.versionText && stamp.classpath === (await runtimeClasspath(p).catch(() => ''));
}

async function cdsArgs(p: LauncherPaths, java: JavaInfo): Promise<string[]> {
  if (!cdsEnabled()) return [];
  const stamp = await readCdsStamp(p);
  const usable = stamp?.ok === true && stamp.java === java.versionText && existsSync(p.cdsArchive);
  return usable ? [`-XX:SharedArchiveFile=${p.cdsArchive}`, '-Xshare:auto'] : [];
}

async function trainCds(
  p: LauncherPaths,
  java: JavaInfo,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const classpath = await runtimeClasspath(p);
  const tmpArchive = `${p.cdsArchive}.${process.pid}.tmp`;
  const dataDir = await mkdtemp(join(tmpdir(), 'neo4j-cds-training-'));
  const started = Date.now();
  log('Recording a class-data-sharing archive for faster Neo4j start-ups (once, ~15 s)...');
  let ok = false;
  try {
    const port = await findFreePort();
    const args = [...jvmArgs(java), `-XX:ArchiveClassesAtExit=${tmpArchive}`, '-cp', classpath];
    args.push(MAIN_CLASS, '--port', String(port), '--data-dir', dataDir);
    const neo4j = await launch(java.bin, args, {
      port,
      dataDir,
      log: () => {},
      signal,
      timeoutMs: DEFAULT_START_TIMEOUT_MS,
    });
    await neo4j.stop(); // the archive is written while the JVM exits
    if (existsSync(tmpArchive)) {
      await rename(tmpArchive, p.cdsArchive);
      ok = true;
    }
  } catch (err) {
    if (err instanceof EmbeddedNeo4jError && err.code === 'ABORTED') throw err;
    log(`Class-data-sharing archive not recorded (Neo4j starts without it): ${String(err)}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(tmpArchive, { force: true });
  }
  const stamp: CdsStamp = { java: java.versionText, classpath, ok };
  await writeFile(p.cdsStamp, `${JSON.stringify(stamp)}\n`);
  if (ok) log(`Class-data-sharing archive recorded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// ---------------------------------------------------------------------------------------------
// Build lock: a file created with O_EXCL holding our pid; a lock whose pid is dead is stale.

async function acquireLock(
  lockPath: string,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<() => Promise<void>> {
  const deadline = Date.now() + BUILD_LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    throwIfAborted(signal);
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        await unlink(lockPath).catch(() => {});
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readFile(lockPath, 'utf8').catch(() => '');
    const pid = Number.parseInt(holder, 10);
    // An empty lock older than a few seconds lost its writer between open() and write().
    const emptyAndOld = holder === '' && Date.now() - mtimeMs(lockPath) > 10_000 && mtimeMs(lockPath) > 0;
    if (emptyAndOld || (holder !== '' && (!(pid > 0) || !isAlive(pid)))) {
      // Stale. Re-read right before unlinking so we never remove a lock another waiter just took.
      if ((await readFile(lockPath, 'utf8').catch(() => '')) === holder)
        await unlink(lockPath).catch(() => {});
      continue;
    }
    if (Date.now() > deadline) {
      throw new EmbeddedNeo4jError(
        'BUILD_FAILED',
        `Timed out waiting for the build lock ${lockPath} (held by pid ${holder.trim()}).`,
      );
    }
    if (!announced) {
      log(
        `Waiting for another process (pid ${holder.trim() || '?'}) to finish building the embedded Neo4j...`,
      );
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EmbeddedNeo4jError('ABORTED', 'Embedded Neo4j start-up was aborted.');
}
