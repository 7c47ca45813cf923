import { userInfo } from 'node:os';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { failureReport } from '../errors.js';
import { createLogger } from '../log.js';
import { createCuration } from './index.js';
import { runSourceAdd } from './source-add.js';

/** `npm run source:add -- …` (see SOURCE_ADD_USAGE): wiring only. */

async function main(): Promise<number> {
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const conn = await connect(config, { log });
  try {
    return await runSourceAdd(process.argv.slice(2), {
      db: conn.db,
      curation: createCuration(conn.db, createLogger(config.logLevel, process.stderr), config.curation),
      // The person at the database's command line proposes as a curator; a reviewer decides.
      operator: { kind: 'operator', subject: userInfo().username, roles: ['curator'] },
      out: (line) => process.stdout.write(`${line}\n`),
      err: log,
      reportId: 'source:icat-chairs-report-2019',
    });
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const { message, exitCode } = failureReport(err, 'source:add');
    process.stderr.write(`${message}\n`);
    process.exit(exitCode);
  },
);
