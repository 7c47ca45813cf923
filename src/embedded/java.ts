/** Finding Java 17+, and the flags every JVM of the launcher (Neo4j, the CDS training, an importer) runs with. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { EmbeddedNeo4jError, INSTALL_HINT } from './errors.js';

export interface JavaInfo {
  bin: string;
  major: number;
  /** Full `java -version` text: the AppCDS archive is only valid for this exact JVM. */
  versionText: string;
}

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

export async function checkJava(): Promise<JavaInfo> {
  const bin = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let text: string;
  try {
    const out = await runCommand(bin, ['-version']);
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

export function jvmArgs(java: JavaInfo): string[] {
  // Java 24+ warns on stderr about sun.misc.Unsafe, which Neo4j 5 uses; Java 17 rejects the flag.
  return java.major >= 24 ? [...BASE_JVM_ARGS, '--sun-misc-unsafe-memory-access=allow'] : [...BASE_JVM_ARGS];
}

/** A short command's output (`java -version`, `mvn -v`); fails on a non-zero exit or after 60 s. */
export function runCommand(bin: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(bin, args, { timeout: 60_000 }, (err, stdout, stderr) =>
      err ? fail(err) : done({ stdout, stderr }),
    );
  });
}
