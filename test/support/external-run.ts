import type { Database } from '../../src/db/database.js';
import { needsSeed } from '../../src/ingest/index.js';
import { DEFAULT_DATASET } from '../../src/ingest/seed.js';

/**
 * The record a test run keeps in an external database it was allowed to write into (ICAT_TEST_ALLOW_EXTERNAL_WRITES=1):
 * one ledger node per dataset the run creates, written before the dataset is (its property is not called
 * `dataset`, so that a seed's reset of that dataset does not delete the ledger with it). The run's end removes those
 * datasets (and the seed's change-set, when the run's seed made it) and the ledger; a run that was aborted leaves the ledger behind, and the next run's start removes
 * what it lists before doing anything else.
 */
export const LEDGER_LABEL = 'IcatKgTestLedger';

/** Removes every dataset a ledger lists (with its nodes' relationships), then the ledger. Returns the datasets. */
export async function removeRecordedDatasets(db: Database): Promise<string[]> {
  const rows = await db.read<{ dataset: string }>(
    `MATCH (l:${LEDGER_LABEL}) RETURN DISTINCT l.createdDataset AS dataset ORDER BY dataset`,
  );
  const datasets = rows.map((r) => r.dataset);
  await db.writeTransaction(async (tx) => {
    await tx.run('MATCH (n) WHERE n.dataset IN $datasets DETACH DELETE n', { datasets });
    // The seed's change-set (history's first record, one per database), when a run's seed made it.
    await tx.run(
      `MATCH (l:${LEDGER_LABEL} {createdSeedChangeSet: true}) WITH count(l) AS made
       MATCH (c:ChangeSet {id: 'seed'}) WHERE made > 0 DETACH DELETE c`,
    );
    // The seed's version node of each dataset (keyed by `name`: it is bookkeeping, not part of the dataset).
    await tx.run('MATCH (d:Dataset) WHERE d.name IN $datasets DELETE d', { datasets });
    await tx.run(`MATCH (l:${LEDGER_LABEL}) DELETE l`);
  });
  return datasets;
}

/** At the start of a run: clears what aborted runs left, and records the main dataset when this run creates it. */
export async function beginExternalRun(db: Database): Promise<{ leftovers: string[]; creates: string[] }> {
  const leftovers = await removeRecordedDatasets(db);
  const creates = (await needsSeed(db)) ? [DEFAULT_DATASET] : [];
  // The first seed of a database also makes change-set `seed` (history): removed with the dataset if this run made it.
  const seedChangeSet = await db.read("MATCH (c:ChangeSet {id: 'seed'}) RETURN c.id AS id");
  for (const dataset of creates)
    await db.write(
      `CREATE (:${LEDGER_LABEL} {createdDataset: $dataset, createdSeedChangeSet: $made, startedAt: datetime()})`,
      { dataset, made: seedChangeSet.length === 0 },
    );
  return { leftovers, creates };
}

/** At the end of a run: removes the datasets it created. */
export function endExternalRun(db: Database): Promise<string[]> {
  return removeRecordedDatasets(db);
}
