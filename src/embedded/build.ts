/**
 * Building the Java launcher (neo4j-embedded/) once with Maven: jars come from Maven Central (Maven's download
 * lines go through `log`); later starts skip Maven and run `java -cp <jar>:<target/classpath.txt>`. One build at
 * a time per checkout: a lock file holds the builder's pid.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { open, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { EmbeddedNeo4jError, INSTALL_HINT, throwIfAborted } from './errors.js';
import { runCommand } from './java.js';

const BUILD_LOCK_WAIT_MS = 15 * 60_000;

export interface LauncherPaths {
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

export function launcherPaths(root: string): LauncherPaths {
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
export function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'neo4j-embedded', 'pom.xml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function mtimeMs(file: string): number {
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
export async function isBuilt(p: LauncherPaths): Promise<boolean> {
  const stamp = mtimeMs(p.stamp);
  if (stamp < 0 || stamp < newestInput(p) || !existsSync(p.jar)) return false;
  try {
    const entries = (await readFile(p.classpathFile, 'utf8')).trim().split(':');
    return entries.length > 1 && entries.every((entry) => existsSync(entry));
  } catch {
    return false;
  }
}

export async function runtimeClasspath(p: LauncherPaths): Promise<string> {
  return `${p.jar}:${(await readFile(p.classpathFile, 'utf8')).trim()}`;
}

export async function mavenBuild(
  p: LauncherPaths,
  log: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const mvn = process.env.MAVEN_HOME ? join(process.env.MAVEN_HOME, 'bin', 'mvn') : 'mvn';
  try {
    await runCommand(mvn, ['-v']);
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

// Build lock: a file created with O_EXCL holding our pid; a lock whose pid is dead is stale.

export async function acquireBuildLock(
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
