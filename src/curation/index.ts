import type { CurationLimits } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../log.js';
import { AUDIT_SCHEMA, createAuditLog, type AuditLog } from './audit.js';
import { MERGE_SCHEMA } from './merges.js';
import { CHANGESET_SCHEMA } from './store.js';

/** What the write path needs for the life of the app: the audit log and the limits (docs/how-to/CURATION.md). */
export interface Curation {
  audit: AuditLog;
  limits: CurationLimits;
  now: () => Date;
  /** Creates the curation constraints once (schema statements cannot run inside a write transaction). */
  ready(): Promise<void>;
}

export function createCuration(
  db: Database,
  logger: Logger,
  limits: CurationLimits,
  now: () => Date = () => new Date(),
): Curation {
  let ready: Promise<void> | undefined;
  const ensure = () =>
    (ready ??= ensureCurationSchema(db).catch((err: unknown) => {
      ready = undefined;
      throw err;
    }));
  const audit = createAuditLog(db, logger, now);
  return {
    audit: {
      record: async (entry) => {
        await ensure();
        return audit.record(entry);
      },
      recordIn: audit.recordIn,
    },
    limits,
    now,
    ready: ensure,
  };
}

/** Constraints and indexes of the curation records (idempotent; run once before the first write). */
export const CURATION_SCHEMA = [...AUDIT_SCHEMA, ...CHANGESET_SCHEMA, ...MERGE_SCHEMA];

export async function ensureCurationSchema(db: Database): Promise<void> {
  for (const s of CURATION_SCHEMA) await db.runAutoCommit(s);
}
