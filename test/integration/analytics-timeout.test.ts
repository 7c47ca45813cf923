import { describe, expect, it } from '@jest/globals';
import { DatabaseError } from '../../src/errors.js';
import { testDatabase } from '../support/db.js';

describe('the analytics timeout (ANALYTICS_QUERY_TIMEOUT_MS)', () => {
  // The projections of the analytics and exports read the whole network with `readLong`, whose timeout is its own
  // setting, not NEO4J_QUERY_TIMEOUT_MS. A query that would run for minutes, with a 60 s query timeout and a
  // 100 ms analytics timeout, is stopped by Neo4j's transaction monitor (every ~2 s) only if readLong sends 100 ms.
  it('is the timeout readLong sends to Neo4j, apart from the query timeout', async () => {
    const db = testDatabase(60_000);
    db.setLongReadTimeout(100);
    try {
      expect([db.queryTimeoutMs, db.longReadTimeoutMs]).toEqual([60_000, 100]);
      const err: unknown = await db
        .readLong('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n')
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(err).toBeInstanceOf(DatabaseError);
      expect((err as DatabaseError).code).toBe('DATABASE_TIMEOUT');
    } finally {
      await db.close();
    }
  });

  it('is the query timeout while unset', async () => {
    const db = testDatabase(1234);
    try {
      expect(db.longReadTimeoutMs).toBe(1234);
    } finally {
      await db.close();
    }
  });
});
