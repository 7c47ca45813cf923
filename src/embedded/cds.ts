/**
 * AppCDS: one training start right after the build dumps the loaded classes into an archive that later JVMs map
 * instead of parsing ~15k classes from jars (about 3.0 s -> 2.0 s to READY here). Best effort: without it Neo4j
 * still starts.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LauncherPaths, mtimeMs, runtimeClasspath } from './build.js';
import { DEFAULT_START_TIMEOUT_MS, launch, MAIN_CLASS } from './child.js';
import { EmbeddedNeo4jError } from './errors.js';
import { type JavaInfo, jvmArgs } from './java.js';
import { findFreePort } from './ports.js';

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
export async function cdsIsCurrent(p: LauncherPaths, java: JavaInfo): Promise<boolean> {
  if (!cdsEnabled()) return true;
  const stamp = await readCdsStamp(p);
  if (stamp === undefined || mtimeMs(p.cdsStamp) < mtimeMs(p.stamp)) return false;
  return stamp.java === java.versionText && stamp.classpath === (await runtimeClasspath(p).catch(() => ''));
}

export async function cdsArgs(p: LauncherPaths, java: JavaInfo): Promise<string[]> {
  if (!cdsEnabled()) return [];
  const stamp = await readCdsStamp(p);
  const usable = stamp?.ok === true && stamp.java === java.versionText && existsSync(p.cdsArchive);
  return usable ? [`-XX:SharedArchiveFile=${p.cdsArchive}`, '-Xshare:auto'] : [];
}

export async function trainCds(
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
