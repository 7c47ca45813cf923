import { randomUUID } from 'node:crypto';
import type { Database, WriteTx } from '../db/database.js';
import type { Logger } from '../log.js';
import { actorOf, rolesOf, type Principal } from '../auth/principal.js';

/**
 * The audit log: one AuditRecord node per write attempt, whatever became of it. Append-only: this module only
 * creates records, and nothing in the API updates or deletes one (no Cypher in src/ touches an AuditRecord but
 * the CREATE here and the read below). Records carry no `dataset` property: they are not part of the graph.
 * Each record also goes to the log stream, so a copy lives outside the database.
 */

export const AUDIT_OUTCOMES = [
  'SUCCEEDED',
  'INVALID',
  'CONFLICT',
  'NOT_FOUND',
  'LIMITED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'FAILED',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditEntry {
  principal: Principal;
  /** The mutation attempted (`proposeChange`, …). */
  operation: string;
  /** The ids it named or made (a change-set, entities). */
  targetIds: string[];
  outcome: AuditOutcome;
  /** The public error code, when it failed. */
  code?: string | undefined;
  /** What was decided or why it failed (capped). */
  detail?: string | undefined;
  requestId?: string | undefined;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  roles: string[];
  operation: string;
  targetIds: string[];
  outcome: AuditOutcome;
  code: string | null;
  detail: string | null;
  requestId: string | null;
}

export const AUDIT_SCHEMA = [
  'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at)',
];

const cap = (s: string | undefined, n: number) => (s === undefined ? null : s.slice(0, n));

function toRecord(e: AuditEntry, at: Date): AuditRecord {
  return {
    id: randomUUID(),
    at: at.toISOString(),
    actor: actorOf(e.principal).slice(0, 200),
    roles: rolesOf(e.principal),
    operation: e.operation.slice(0, 100),
    targetIds: e.targetIds.slice(0, 200).map((t) => t.slice(0, 200)),
    outcome: e.outcome,
    code: cap(e.code, 100),
    detail: cap(e.detail, 1000),
    requestId: cap(e.requestId, 100),
  };
}

const CREATE = `CREATE (a:AuditRecord)
  SET a = $record, a.at = datetime($record.at)`;

export interface AuditLog {
  /** Records an attempt in its own transaction. */
  record(entry: AuditEntry): Promise<AuditRecord>;
  /** Records an attempt inside a write transaction: the record commits, or rolls back, with the change itself. */
  recordIn(tx: WriteTx, entry: AuditEntry): Promise<AuditRecord>;
}

export function createAuditLog(db: Database, logger: Logger, now: () => Date = () => new Date()): AuditLog {
  const log = (r: AuditRecord) => logger.info({ audit: r }, 'audit');
  return {
    async record(entry) {
      const r = toRecord(entry, now());
      await db.write(CREATE, { record: r });
      log(r);
      return r;
    },
    async recordIn(tx, entry) {
      const r = toRecord(entry, now());
      await tx.run(CREATE, { record: r });
      // Logged now, before the commit: a rolled-back change's line says what was attempted, which is true.
      log(r);
      return r;
    },
  };
}

/** Newest first; `after` is the (at, id) of the last record of the page before. */
export async function readAudit(
  db: Database,
  first: number,
  after: { at: string; id: string } | undefined,
): Promise<{ records: AuditRecord[]; hasNextPage: boolean }> {
  const rows = await db.read<AuditRecord & Record<string, unknown>>(
    `MATCH (a:AuditRecord)
     WHERE $after IS NULL OR a.at < datetime($after.at) OR (a.at = datetime($after.at) AND a.id < $after.id)
     WITH a ORDER BY a.at DESC, a.id DESC LIMIT $limit
     RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.roles AS roles, a.operation AS operation,
            a.targetIds AS targetIds, a.outcome AS outcome, a.code AS code, a.detail AS detail,
            a.requestId AS requestId`,
    { after: after ?? null, limit: first + 1 },
  );
  return { records: rows.slice(0, first), hasNextPage: rows.length > first };
}
