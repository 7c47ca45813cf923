import { describe, expect, it } from '@jest/globals';
import { analytics, Analytics } from '../../src/analytics/index.js';
import { AnalyticsCache } from '../../src/analytics/cache.js';
import { AnalyticsTimeout, DatabaseError } from '../../src/errors.js';
import { startTestApi } from '../support/api.js';
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

describe('the computation timeout (ANALYTICS_TIMEOUT_MS)', () => {
  const filter = { relationTypes: null, entityTypes: null, year: null };

  // A 1 ms timeout cannot be met: a worker thread alone takes longer to start. The task is aborted, and the
  // caller gets AnalyticsTimeout (not a generic abort); with the default timeout the same task answers.
  it('stops a computation that runs over it, and the next one with time enough answers', async () => {
    const db = testDatabase(60_000);
    const hurried = new Analytics(new AnalyticsCache(), { timeoutMs: 1, threads: 1 });
    try {
      const version = await hurried.version(db);
      const err: unknown = await hurried.scores(db, version, filter, 'BETWEENNESS').then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AnalyticsTimeout);
      expect((err as AnalyticsTimeout).message).toMatch(
        /BETWEENNESS took longer than 1 ms \(ANALYTICS_TIMEOUT_MS\)/,
      );
      hurried.configure({ timeoutMs: 60_000 });
      const scores = await hurried.scores(db, version, filter, 'BETWEENNESS');
      expect(scores['org:icat']).toBeGreaterThan(0.5);
    } finally {
      await hurried.close();
      await db.close();
    }
  });

  it('answers ANALYTICS_TIMEOUT over GraphQL, with the message, not an internal error', async () => {
    const api = await startTestApi();
    analytics.configure({ timeoutMs: 1 });
    try {
      const r = await api.run('query { centrality(metric: CLOSENESS, year: 2017, first: 1) { totalCount } }');
      expect(r.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/took longer than 1 ms \(ANALYTICS_TIMEOUT_MS\).*Narrow the network/),
        extensions: { code: 'ANALYTICS_TIMEOUT' },
      });
    } finally {
      analytics.configure({ timeoutMs: 300_000 });
      await api.close();
      await analytics.close();
    }
  });
});
