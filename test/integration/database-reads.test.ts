import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Neo4jError, type Driver, type Session } from 'neo4j-driver';
import { Database } from '../../src/db/database.js';
import { testDatabase } from '../support/db.js';

/**
 * A read is one auto-commit statement (no BEGIN/COMMIT exchange), on the real Neo4j; a retryable failure runs it
 * again as a transaction function. The sessions the Database opens are watched to see which way it went.
 */

let base: Database;
let calls: string[];
/** When set, the next auto-commit run fails with this error before reaching the server. */
let failNextRun: Error | undefined;

function watched(driver: Driver): Driver {
  const open = driver.session.bind(driver);
  driver.session = (...args: Parameters<Driver['session']>): Session => {
    const session = open(...args);
    const run = session.run.bind(session);
    const executeRead = session.executeRead.bind(session);
    session.run = ((...a: Parameters<Session['run']>) => {
      calls.push('run');
      if (failNextRun) {
        const err = failNextRun;
        failNextRun = undefined;
        return Promise.reject(err);
      }
      return run(...a);
    }) as Session['run'];
    session.executeRead = ((...a: Parameters<Session['executeRead']>) => {
      calls.push('executeRead');
      return executeRead(...a);
    }) as Session['executeRead'];
    return session;
  };
  return driver;
}

beforeAll(() => {
  const db = testDatabase();
  base = new Database(watched(db.driver), db.database, db.queryTimeoutMs);
});
afterAll(async () => {
  await base.close();
});

describe('Database.read', () => {
  it('runs one auto-commit statement and converts the rows', async () => {
    calls = [];
    const rows = await base.read<{ n: number; xs: number[] }>('RETURN $n + 1 AS n, [1, 2] AS xs', { n: 41 });
    expect(rows).toEqual([{ n: 42, xs: [1, 2] }]);
    expect(calls).toEqual(['run']);
  });

  it('runs a read again as a transaction function after a retryable failure', async () => {
    calls = [];
    failNextRun = new Neo4jError(
      'leader switch',
      'Neo.TransientError.General.DatabaseUnavailable',
      '50N00',
      'transient',
    );
    const rows = await base.read<{ one: number }>('RETURN 1 AS one');
    expect(rows).toEqual([{ one: 1 }]);
    expect(calls).toEqual(['run', 'executeRead']);
  });

  it('does not retry a failure that is not retryable', async () => {
    calls = [];
    const err: unknown = await base.read('RETURN $missing AS x').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Neo4jError);
    expect((err as Neo4jError).code).toBe('Neo.ClientError.Statement.ParameterMissing');
    expect(calls).toEqual(['run']);
  });
});
