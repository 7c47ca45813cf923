import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import {
  EmbeddedNeo4jError,
  findFreePort,
  isPortFree,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
} from '../../src/embedded/neo4j-launcher.js';

/** Starts its own embedded Neo4j (not the suite's shared one) on a free port with a temp data dir. */

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function expectStartError(start: Promise<EmbeddedNeo4j>, code: string): Promise<EmbeddedNeo4jError> {
  const err: unknown = await start.then(
    async (unexpected) => {
      await unexpected.stop();
      return new Error('started, but should have failed');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EmbeddedNeo4jError);
  const launcherError = err as EmbeddedNeo4jError;
  expect(launcherError.code).toBe(code);
  return launcherError;
}

describe('embedded Neo4j launcher', () => {
  const logLines: string[] = [];
  const log = (line: string): void => void logLines.push(line);
  const dirs: string[] = [];
  let server: EmbeddedNeo4j | undefined;
  let dataDir = '';
  let port = 0;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'icat-kg-launcher-test-'));
    dirs.push(dataDir);
    port = await findFreePort();
    // A first run may build the launcher with Maven (downloads jars): allow for it here.
    server = await startEmbeddedNeo4j({ dataDir, port, log });
  }, 600_000);

  afterAll(async () => {
    await server?.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('serves Bolt on 127.0.0.1 without auth', async () => {
    expect(server?.uri).toBe(`bolt://127.0.0.1:${port}`);
    const driver = neo4j.driver(server?.uri ?? '');
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records[0]?.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
    expect(await isPortFree(port)).toBe(false);
  });

  it('refuses a second launcher on the same port with PORT_IN_USE', async () => {
    const otherDir = await mkdtemp(join(tmpdir(), 'icat-kg-launcher-test-'));
    dirs.push(otherDir);
    const err = await expectStartError(startEmbeddedNeo4j({ dataDir: otherDir, port, log }), 'PORT_IN_USE');
    expect(err.message).toContain(`Port ${port}`);
    expect(err.message).toContain('already in use');
  });

  it('refuses a second launcher on the same data directory with DATA_DIR_LOCKED', async () => {
    const otherPort = await findFreePort();
    const err = await expectStartError(
      startEmbeddedNeo4j({ dataDir, port: otherPort, log }),
      'DATA_DIR_LOCKED',
    );
    expect(err.message).toContain(dataDir);
    expect(await isPortFree(otherPort)).toBe(true);
  });

  it('rejects with ABORTED when the signal fires during start-up', async () => {
    const controller = new AbortController();
    const abortDir = await mkdtemp(join(tmpdir(), 'icat-kg-launcher-test-'));
    dirs.push(abortDir);
    const start = startEmbeddedNeo4j({
      dataDir: abortDir,
      port: await findFreePort(),
      log,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 300);
    await expectStartError(start, 'ABORTED');
  });

  it('stop() ends the Java process and frees the port', async () => {
    const running = server;
    expect(running).toBeDefined();
    if (running === undefined) return;
    expect(isRunning(running.pid)).toBe(true);
    await running.stop();
    await running.stop(); // idempotent
    server = undefined;
    expect(isRunning(running.pid)).toBe(false);
    expect(await isPortFree(port)).toBe(true);
  });
});
