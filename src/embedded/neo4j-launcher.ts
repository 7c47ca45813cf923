/**
 * Starts the embedded Neo4j 5.26 Community (neo4j-embedded/, a small Java program) as a child process: the
 * "no Docker" database for dev, tests and CI. Node built-ins only. The jobs live beside this file:
 *
 * - build.ts: the first use builds the Java launcher with Maven, once per checkout (a lock file serialises it).
 * - cds.ts: right after that build (not under CI), one training start records a class-data-sharing archive,
 *   which cuts the JVM's start-up by about a third.
 * - child.ts: the JVM as a child process, its ready line, its errors, and its stop.
 * - java.ts: finding Java 17+ and the JVM flags; ports.ts: free ports on loopback.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  acquireBuildLock,
  findProjectRoot,
  isBuilt,
  launcherPaths,
  mavenBuild,
  runtimeClasspath,
} from './build.js';
import type { LauncherPaths } from './build.js';
import { cdsArgs, cdsIsCurrent, trainCds } from './cds.js';
import { DEFAULT_START_TIMEOUT_MS, launch, MAIN_CLASS, portInUse, type EmbeddedNeo4j } from './child.js';
import { EmbeddedNeo4jError, throwIfAborted } from './errors.js';
import { checkJava, jvmArgs, type JavaInfo } from './java.js';
import { isPortFree } from './ports.js';

export type { EmbeddedNeo4j } from './child.js';
export { EmbeddedNeo4jError, type EmbeddedNeo4jErrorCode } from './errors.js';
export { findFreePort, isPortFree } from './ports.js';

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

/** What a JVM needs to run the launcher's classes: its binary, flags and classpath (e.g. Neo4j's own admin tool). */
export interface PreparedLauncher {
  javaBin: string;
  /** The launcher's JVM flags (heap included) and, when recorded, the class-data-sharing archive's. */
  jvmArgs: string[];
  classpath: string;
}

/** Builds the launcher (and its CDS archive) if needed and says how to run a JVM on its classpath. */
export async function prepareEmbeddedLauncher(
  opts: { projectRoot?: string; log?: (line: string) => void } = {},
): Promise<PreparedLauncher> {
  const paths = launcherPaths(resolve(opts.projectRoot ?? findProjectRoot()));
  const java = await checkJava();
  await ensureBuilt(paths, java, opts.log ?? (() => {}), undefined);
  return {
    javaBin: java.bin,
    jvmArgs: [...jvmArgs(java), ...(await cdsArgs(paths, java))],
    classpath: await runtimeClasspath(paths),
  };
}

/** Built and, where enabled, a CDS archive recorded for this JVM: both under the build lock. */
async function ensureBuilt(
  p: LauncherPaths,
  java: JavaInfo,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  if ((await isBuilt(p)) && (await cdsIsCurrent(p, java))) return;
  const release = await acquireBuildLock(p.lock, log, signal);
  try {
    if (!(await isBuilt(p))) await mavenBuild(p, log, signal);
    if (!(await cdsIsCurrent(p, java))) await trainCds(p, java, log, signal);
  } finally {
    await release();
  }
}
