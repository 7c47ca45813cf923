import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

/** `npm test` never writes into a database it did not start, unless ICAT_TEST_ALLOW_EXTERNAL_WRITES=1 says so. */

const GUARD = 'test/support/external-writes.mjs';

function guard(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [GUARD], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

describe('the external-database guard', () => {
  it('runs first in `npm test`, before the static checks and the tests', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.pretest?.startsWith(`node ${GUARD} && `)).toBe(true);
  });

  it('refuses NEO4J_URI without the opt-in, saying what, why and how to opt in', () => {
    const run = guard({ NEO4J_URI: 'bolt://db.example:7687' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Refusing to run the tests against NEO4J_URI=bolt:\/\/db\.example:7687\./);
    expect(run.stderr).toMatch(/Why: the integration tests write into the database/);
    expect(run.stderr).toMatch(/unset NEO4J_URI/);
    expect(run.stderr).toMatch(/set ICAT_TEST_ALLOW_EXTERNAL_WRITES=1/);
    // Any other value is not a yes.
    expect(
      guard({ NEO4J_URI: 'bolt://db.example:7687', ICAT_TEST_ALLOW_EXTERNAL_WRITES: 'true' }).status,
    ).toBe(2);
  });

  it('lets the run go ahead with the opt-in, or without NEO4J_URI (the embedded Neo4j)', () => {
    expect(guard({ NEO4J_URI: 'bolt://db.example:7687', ICAT_TEST_ALLOW_EXTERNAL_WRITES: '1' })).toEqual({
      status: 0,
      stderr: '',
    });
    expect(guard({})).toEqual({ status: 0, stderr: '' });
    expect(guard({ NEO4J_URI: '' })).toEqual({ status: 0, stderr: '' });
  });
});
