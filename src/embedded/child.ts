/**
 * Running the launcher's JVM as a child process until its ready line. The child's stdin stays open; when this
 * process dies (even by SIGKILL) the pipe closes and the Java side shuts Neo4j down, so no orphan JVM is left.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedNeo4jError } from './errors.js';
import { HOST } from './ports.js';

export const MAIN_CLASS = 'kg.icat.embedded.EmbeddedNeo4j';
export const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:<port>; auth is off (loopback only). */
  readonly uri: string;
  /** The Java process id. */
  readonly pid: number;
  /** Idempotent: closes stdin, SIGTERM, waits for exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  port: number;
  dataDir: string;
  log: (line: string) => void;
  signal: AbortSignal | undefined;
  timeoutMs: number;
}

export function launch(javaBin: string, args: string[], o: LaunchOptions): Promise<EmbeddedNeo4j> {
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

export function portInUse(port: number): EmbeddedNeo4jError {
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
