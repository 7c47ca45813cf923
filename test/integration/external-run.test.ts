import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRepository } from '../../src/ingest/index.js';
import { beginExternalRun, endExternalRun, LEDGER_LABEL } from '../support/external-run.js';
import { graphFingerprint } from '../support/fingerprint.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * What a test run does to an external database it was allowed to write into (ICAT_TEST_ALLOW_EXTERNAL_WRITES=1),
 * played on a Neo4j of this file's own that stands in for a user's: the run removes every dataset it created,
 * also when an earlier run was aborted before its end, and leaves the user's own data as it found it.
 */

let own: OwnNeo4j;
beforeAll(async () => {
  own = await startOwnNeo4j();
}, 180_000);
afterAll(async () => {
  await own?.stop();
}, 60_000);

async function ledger(): Promise<string[]> {
  const rows = await own.db.read<{ dataset: string }>(
    `MATCH (l:${LEDGER_LABEL}) RETURN l.createdDataset AS dataset`,
  );
  return rows.map((r) => r.dataset);
}

describe('test runs against an external database', () => {
  it('remove the dataset they created, also after an aborted run, and leave the user’s data alone', async () => {
    await own.clear();
    await own.db.write(
      "CREATE (:Entity:Organisation {id: 'org:users-own', name: 'Mine', dataset: 'users-own'})",
    );
    const users = await graphFingerprint(own.db);

    // A run that is aborted after seeding: no end, the ledger stays behind.
    expect(await beginExternalRun(own.db)).toEqual({ leftovers: [], creates: ['icat-2019'] });
    await seedRepository(own.db, { reset: true });
    expect(await ledger()).toEqual(['icat-2019']);
    expect((await graphFingerprint(own.db)).nodes).toBeGreaterThan(users.nodes + 100);

    // The next run clears what the aborted one left before it starts, then runs and ends normally.
    const next = await beginExternalRun(own.db);
    expect(next).toEqual({ leftovers: ['icat-2019'], creates: ['icat-2019'] });
    await seedRepository(own.db, { reset: true });
    expect(await endExternalRun(own.db)).toEqual(['icat-2019']);
    expect(await graphFingerprint(own.db)).toEqual(users);
  });

  it('re-seed but keep a main dataset that was there before them', async () => {
    await own.clear();
    await seedRepository(own.db, { reset: true });
    const before = await graphFingerprint(own.db);
    expect(await beginExternalRun(own.db)).toEqual({ leftovers: [], creates: [] });
    await seedRepository(own.db, { reset: true });
    expect(await endExternalRun(own.db)).toEqual([]);
    expect(await graphFingerprint(own.db)).toEqual(before);
  });
});
