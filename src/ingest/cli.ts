import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { failureReport } from '../errors.js';
import { SEED_DIR } from '../paths.js';
import { guardSeed } from '../curation/seed-guard.js';
import { dbReader } from '../curation/store.js';
import { currentSeedGraph, formatCounts, loadSeedDir } from './index.js';
import { writeSeed } from './seed.js';

/**
 * `npm run seed [-- --reset] [--discard-curation]`: validate seed/, refuse when that would undo accepted
 * change-sets the files lack (src/curation/seed-guard.ts), write it in one transaction, print counts.
 */

const USAGE = `Usage: npm run seed [-- --reset] [--discard-curation] [--dir <seed dir>]
  --reset              delete the dataset's graph first (in the same transaction) and rebuild it
  --discard-curation   seed even when the graph holds accepted change-sets the files lack (they are undone)
  --dir <seed dir>     seed from this directory instead of seed/ (e.g. the output of npm run seed:export -- --out)
Seeds the Neo4j at NEO4J_URI, or the embedded one when NEO4J_URI is unset.`;

async function main(): Promise<number> {
  let reset = false;
  let discard = false;
  let dir = SEED_DIR;
  try {
    const { values } = parseArgs({
      options: {
        reset: { type: 'boolean' },
        'discard-curation': { type: 'boolean' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    reset = values.reset === true;
    discard = values['discard-curation'] === true;
    if (values.dir !== undefined) dir = resolve(values.dir);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const conn = await connect(config, { log });
  try {
    const files = loadSeedDir(dir, log);
    const { undone, held } = await guardSeed(
      dbReader(conn.db),
      files,
      () => currentSeedGraph(conn.db, files.source.dataset),
      { discard, seedDir: dir },
    );
    if (undone.length > 0)
      log(
        `--discard-curation: undoing ${undone.length} accepted change-set(s): ${undone.map((c) => c.id).join(', ')}`,
      );
    const result = await writeSeed(conn.db, files, { reset, heldChangeSets: held, log });
    process.stdout.write(`${formatCounts(result)}\n`);
    return 0;
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const { message, exitCode } = failureReport(err, 'Seeding');
    process.stderr.write(`${message}\n`);
    process.exit(exitCode);
  },
);
