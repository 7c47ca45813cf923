import { parseArgs } from 'node:util';
import type { Database } from '../db/database.js';
import { createKey, KeyError, listKeys, revokeKey } from '../auth/keys.js';
import type { Principal } from '../auth/principal.js';
import type { AuditLog } from './audit.js';

/** `npm run keys -- create|list|revoke`: API keys for scripts, each action in the audit log (docs/how-to/CURATION.md). */

export const KEYS_USAGE = `Usage:
  npm run keys -- create --name <name> --role <reader|curator|reviewer|admin>
      prints the new key once; only its digest is stored
  npm run keys -- list
      names, roles, creation, last use and revocation (never a secret)
  npm run keys -- revoke --name <name>
      refuses the key from the next request on
Works on the Neo4j at NEO4J_URI, or the embedded one when NEO4J_URI is unset.`;

export interface KeysIo {
  db: Database;
  audit: AuditLog;
  operator: Principal;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs one keys command; returns the exit code (2: the command was wrong, with what to do). */
export async function runKeysCommand(argv: string[], io: KeysIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n${KEYS_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const action = positionals[0];
  if (values.help || action === undefined) {
    (values.help ? io.out : io.err)(KEYS_USAGE);
    return values.help ? 0 : 2;
  }
  const record = (
    operation: string,
    name: string,
    outcome: 'SUCCEEDED' | 'INVALID' | 'NOT_FOUND',
    detail?: string,
  ) => io.audit.record({ principal: io.operator, operation, targetIds: [`key:${name}`], outcome, detail });
  try {
    switch (action) {
      case 'create': {
        if (!values.name || !values.role) {
          io.err(`create needs --name and --role\n${KEYS_USAGE}`);
          return 2;
        }
        const { key, info } = await createKey(io.db, values.name, values.role);
        await record('keys.create', info.name, 'SUCCEEDED', `role ${info.role}`);
        io.out(`Created key "${info.name}" (role ${info.role}). It is shown once; store it now:`);
        io.out(key);
        return 0;
      }
      case 'list': {
        const keys = await listKeys(io.db);
        if (keys.length === 0) io.out('No keys.');
        for (const k of keys)
          io.out(
            `${k.name.padEnd(24)} ${k.role.padEnd(9)} created ${k.createdAt}  last used ${k.lastUsedAt ?? 'never'}${k.revokedAt ? `  REVOKED ${k.revokedAt}` : ''}`,
          );
        return 0;
      }
      case 'revoke': {
        if (!values.name) {
          io.err(`revoke needs --name\n${KEYS_USAGE}`);
          return 2;
        }
        if (!(await revokeKey(io.db, values.name))) {
          await record('keys.revoke', values.name, 'NOT_FOUND');
          io.err(`No active key named "${values.name}" (npm run keys -- list shows them)`);
          return 2;
        }
        await record('keys.revoke', values.name, 'SUCCEEDED');
        io.out(`Revoked key "${values.name}": it is refused from the next request on.`);
        return 0;
      }
      default:
        io.err(`Unknown command "${action}"\n${KEYS_USAGE}`);
        return 2;
    }
  } catch (err) {
    if (!(err instanceof KeyError)) throw err;
    await record(`keys.${action}`, values.name ?? '?', 'INVALID', err.message);
    io.err(err.message);
    return 2;
  }
}
