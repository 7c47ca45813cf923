import { userInfo } from 'node:os';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { failureReport } from '../errors.js';
import { createLogger } from '../log.js';
import { createCuration } from './index.js';
import { runKeysCommand } from './keys-admin.js';

/** `npm run keys -- …` (see KEYS_USAGE): wiring only. */

async function main(): Promise<number> {
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const conn = await connect(config, { log });
  try {
    const curation = createCuration(conn.db, createLogger(config.logLevel, process.stderr), config.curation);
    return await runKeysCommand(process.argv.slice(2), {
      db: conn.db,
      audit: curation.audit,
      operator: { kind: 'operator', subject: userInfo().username, roles: ['admin'] },
      out: (line) => process.stdout.write(`${line}\n`),
      err: log,
    });
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const { message, exitCode } = failureReport(err, 'The keys command');
    process.stderr.write(`${message}\n`);
    process.exit(exitCode);
  },
);
