import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { failureReport } from '../errors.js';
import { SEED_DIR } from '../paths.js';
import { exportDataset, writeSeedFiles } from './export.js';
import { DEFAULT_DATASET } from './seed.js';

/** `npm run seed:export [-- --out <dir>] [--dataset <name>]`: the graph back as seed files (docs/how-to/CURATION.md). */

const USAGE = `Usage: npm run seed:export [-- --out <dir>] [--dataset <name>]
  --out <dir>       where to write the seed files (default: seed/ of this repository)
  --dataset <name>  the dataset to write (default: ${DEFAULT_DATASET})
Writes the live graph of the Neo4j at NEO4J_URI (or the embedded one when NEO4J_URI is unset) in the seed format,
sorted, so that the curated state can be committed and reviewed in git and seeded again with npm run seed.`;

async function main(): Promise<number> {
  let out = SEED_DIR;
  let dataset = DEFAULT_DATASET;
  try {
    const { values } = parseArgs({
      options: {
        out: { type: 'string' },
        dataset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.out !== undefined) out = resolve(values.out);
    if (values.dataset !== undefined) dataset = values.dataset;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const conn = await connect(config, { log: (line) => process.stderr.write(`${line}\n`) });
  try {
    const result = await exportDataset(conn.db, dataset);
    const written = writeSeedFiles(out, result.files);
    const c = result.counts;
    process.stdout.write(
      `Exported dataset "${dataset}" to ${out}: ${c.entities} entities, ${c.relations} relations, ${c.passages} passages, ${c.attestations} attestations\n` +
        `  files: ${written.join(', ')}\n`,
    );
    if (result.uncitedPassages.length > 0)
      process.stderr.write(
        `  not written: ${result.uncitedPassages.length} passage(s) no live fact cites (the seed format keeps passages as evidence only): ${result.uncitedPassages.join(', ')}\n`,
      );
    return 0;
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const { message, exitCode } = failureReport(err, 'Exporting the seed');
    process.stderr.write(`${message}\n`);
    process.exit(exitCode);
  },
);
