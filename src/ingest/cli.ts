import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { failureReport } from '../errors.js';
import { formatCounts, seedRepository } from './index.js';

/** `npm run seed [-- --reset]`: validate seed/, write it in one transaction, print counts. */

const USAGE = `Usage: npm run seed [-- --reset]
  --reset   delete the dataset's graph first (in the same transaction) and rebuild it
Seeds the Neo4j at NEO4J_URI, or the embedded one when NEO4J_URI is unset.`;

async function main(): Promise<number> {
  let reset = false;
  try {
    const { values } = parseArgs({
      options: { reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    reset = values.reset === true;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const conn = await connect(config, { log });
  try {
    const result = await seedRepository(conn.db, { reset, log });
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
