import { describe, expect, it } from '@jest/globals';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../src/embedded/neo4j-launcher.js';
import { ROOT } from '../../src/paths.js';

/** `npm start`'s process, for real: start-up faults give clear messages and exit codes, Ctrl-C leaves nothing behind. */

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startMain(
  env: Record<string, string>,
  opts: { until?: RegExp; signalAfter?: RegExp; timeoutMs?: number } = {},
) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', ...env },
    detached: true, // its own process group, as a terminal's Ctrl-C would signal
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const done = new Promise<Run>((resolve) => {
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), opts.timeoutMs ?? 90_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (opts.signalAfter && opts.signalAfter.test(stdout)) {
        opts.signalAfter = undefined;
        process.kill(-child.pid!, 'SIGINT');
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  return { child, done };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

function javaProcessesFor(dataDir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('EmbeddedNeo4j') && l.includes(dataDir));
}

describe('start-up faults', () => {
  it('an unreachable Neo4j: names the URI it tried and how to start one, exits non-zero, no stack trace', async () => {
    const port = await findFreePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const run = await startMain({ NEO4J_URI: uri, PORT: String(await findFreePort()) }).done;
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(uri);
    expect(run.stderr).toMatch(/unset NEO4J_URI|docker compose/);
    noStackTrace(run.stderr);
  });

  it('a port already taken: names the port and the variable that changes it', async () => {
    const blocker = createServer();
    const port = await findFreePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const run = await startMain({
        NEO4J_URI: process.env.NEO4J_URI!,
        PORT: String(port),
        SEED_ON_START: 'false',
      }).done;
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(String(port));
      expect(run.stderr).toMatch(/\bPORT\b/);
      noStackTrace(run.stderr);
    } finally {
      blocker.close();
    }
  });

  it('an invalid variable: fails fast naming it', async () => {
    const run = await startMain({ NEO4J_URI: 'http://nope', PORT: 'x' }).done;
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/NEO4J_URI/);
    expect(run.stderr).toMatch(/PORT/);
    noStackTrace(run.stderr);
  });

  it('a trusted-documents manifest that cannot be read: fails before starting anything, naming the variable', async () => {
    const run = await startMain({ TRUSTED_DOCUMENTS: '/nonexistent/persisted-documents.json' }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/TRUSTED_DOCUMENTS=\/nonexistent\/persisted-documents\.json: cannot be read/);
    expect(run.stderr).toMatch(/npm run documents:manifest/);
    expect(run.stdout).not.toMatch(/Neo4j reachable/);
    noStackTrace(run.stderr);
  });

  it('Java missing for the embedded default: says what to install or to set NEO4J_URI', async () => {
    const run = await startMain({
      PATH: '/nonexistent',
      JAVA_HOME: '/nonexistent',
      NEO4J_DATA_DIR: mkdtempSync(join(tmpdir(), 'icat-nojava-')),
    }).done;
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/[Jj]ava/);
    expect(run.stderr).toMatch(/NEO4J_URI/);
    noStackTrace(run.stderr);
  });
});

describe('Ctrl-C during start-up', () => {
  it('leaves no orphan Java process and no corrupt store: the next start on the same store is ready', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'icat-ctrlc-'));
    const env = {
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: String(await findFreePort()),
      PORT: String(await findFreePort()),
    };
    const interrupted = await startMain(env, { signalAfter: /starting the embedded Neo4j/ }).done;
    expect(interrupted.stdout).not.toMatch(/Ready in/);
    // Give the JVM its shutdown hook, then nothing may remain.
    for (let i = 0; i < 40 && javaProcessesFor(dataDir).length > 0; i++)
      await new Promise((r) => setTimeout(r, 250));
    expect(javaProcessesFor(dataDir)).toEqual([]);

    const again = startMain(env, { signalAfter: /Ready in/ });
    const run = await again.done;
    expect(run.stdout).toMatch(/Ready in/);
    for (let i = 0; i < 40 && javaProcessesFor(dataDir).length > 0; i++)
      await new Promise((r) => setTimeout(r, 250));
    expect(javaProcessesFor(dataDir)).toEqual([]);
  }, 180_000);
});
