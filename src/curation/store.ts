import { createHash, randomUUID } from 'node:crypto';
import type { Database, WriteTx } from '../db/database.js';
import type { Props } from '../ingest/load.js';
import { ENTITY_LABELS } from '../model/entities.js';
import { RELATION_TYPES } from '../model/relations.js';
import type { Plan, ProposalIn, Reader } from './plan.js';
import { applySourceWrite } from './sources.js';

/**
 * Change-sets in Neo4j (label ChangeSet, no `dataset` property: they are about the graph, not in it), and the one
 * transaction that applies an accepted one.
 */

export type ChangeSetState = 'PROPOSED' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

export interface ChangeSetRow {
  id: string;
  state: ChangeSetState;
  comment: string;
  author: string;
  authorKind: string;
  authorSubject: string;
  proposedAt: string;
  reviewer: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  expectedVersion: string | null;
  baseVersion: string | null;
  appliedVersion: string | null;
  operations: string[];
  diff: string[];
  idempotencyKey: string | null;
  inputHash: string;
}

export const CHANGESET_SCHEMA = [
  'CREATE CONSTRAINT changeset_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX changeset_author IF NOT EXISTS FOR (c:ChangeSet) ON (c.author, c.proposedAt)',
];

const RETURN_ROW = `RETURN c.id AS id, c.state AS state, c.comment AS comment, c.author AS author,
  c.authorKind AS authorKind, c.authorSubject AS authorSubject, toString(c.proposedAt) AS proposedAt,
  c.reviewer AS reviewer, toString(c.reviewedAt) AS reviewedAt, c.reviewComment AS reviewComment,
  c.expectedVersion AS expectedVersion, c.baseVersion AS baseVersion, c.appliedVersion AS appliedVersion,
  c.operations AS operations, coalesce(c.diff, []) AS diff, c.idempotencyKey AS idempotencyKey,
  c.inputHash AS inputHash`;

export const dbReader =
  (db: Database): Reader =>
  <T extends Record<string, unknown>>(q: string, p?: Record<string, unknown>) =>
    db.read<T>(q, p);
export const txReader =
  (tx: WriteTx): Reader =>
  <T extends Record<string, unknown>>(q: string, p?: Record<string, unknown>) =>
    tx.run<T>(q, p);

/** The same version `meta.datasetVersion` answers (graph/analytics.ts), read by the caller's reader. */
export async function currentVersion(read: Reader): Promise<string | null> {
  const rows = await read<{ v: string | null }>(
    `MATCH (d:Dataset) WITH d ORDER BY d.name
     WITH collect(d.name + '=' + d.contentHash) AS vs
     RETURN CASE WHEN size(vs) = 0 THEN null ELSE reduce(s = '', v IN vs | s + v + ';') END AS v`,
  );
  return rows[0]?.v ?? null;
}

export function inputHash(input: ProposalIn): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/** The operations as stored: one JSON object each, nulls dropped. */
export function operationTexts(input: ProposalIn): string[] {
  return input.operations.map((op) => JSON.stringify(op, (_k, v: unknown) => (v === null ? undefined : v)));
}

export async function changeSetById(read: Reader, id: string): Promise<ChangeSetRow | null> {
  const rows = await read<ChangeSetRow & Record<string, unknown>>(
    `MATCH (c:ChangeSet {id: $id}) ${RETURN_ROW}`,
    { id },
  );
  return rows[0] ?? null;
}

export async function changeSetByIdempotencyKey(
  db: Database,
  author: string,
  key: string,
): Promise<ChangeSetRow | null> {
  const rows = await db.read<ChangeSetRow & Record<string, unknown>>(
    `MATCH (c:ChangeSet {author: $author, idempotencyKey: $key}) ${RETURN_ROW}`,
    { author, key },
  );
  return rows[0] ?? null;
}

/** Proposals by one author since a time (withdrawn and decided ones count too). */
export async function proposalsSince(db: Database, author: string, since: Date): Promise<number> {
  const rows = await db.read<{ n: number }>(
    'MATCH (c:ChangeSet {author: $author}) WHERE c.proposedAt >= datetime($since) RETURN count(c) AS n',
    { author, since: since.toISOString() },
  );
  return rows[0]?.n ?? 0;
}

export async function insertChangeSet(
  tx: WriteTx,
  fields: {
    comment: string;
    author: { actor: string; kind: string; subject: string };
    at: Date;
    expectedVersion: string | null;
    baseVersion: string | null;
    operations: string[];
    idempotencyKey: string | null;
    inputHash: string;
  },
): Promise<ChangeSetRow> {
  const rows = await tx.run<ChangeSetRow & Record<string, unknown>>(
    `CREATE (c:ChangeSet {id: $id, state: 'PROPOSED', comment: $comment, author: $author, authorKind: $kind,
       authorSubject: $subject, proposedAt: datetime($at), expectedVersion: $expectedVersion,
       baseVersion: $baseVersion, operations: $operations, idempotencyKey: $idempotencyKey, inputHash: $inputHash})
     ${RETURN_ROW}`,
    {
      id: `cs:${randomUUID()}`,
      comment: fields.comment,
      author: fields.author.actor,
      kind: fields.author.kind,
      subject: fields.author.subject,
      at: fields.at.toISOString(),
      expectedVersion: fields.expectedVersion,
      baseVersion: fields.baseVersion,
      operations: fields.operations,
      idempotencyKey: fields.idempotencyKey,
      inputHash: fields.inputHash,
    },
  );
  return rows[0]!;
}

/**
 * Takes the write locks that serialise decisions: on the change-set and on every Dataset node. Two reviewers
 * deciding at once queue here; the second then sees the first one's state and version.
 */
export async function lockForDecision(tx: WriteTx, id: string): Promise<void> {
  await tx.run('MATCH (c:ChangeSet {id: $id}) SET c._lock = true REMOVE c._lock', { id });
  await tx.run('MATCH (d:Dataset) SET d._lock = true REMOVE d._lock');
}

export async function setDecision(
  tx: WriteTx,
  id: string,
  d: {
    state: ChangeSetState;
    reviewer: string | null;
    at: Date;
    comment: string | null;
    appliedVersion?: string | null;
    diff?: string[];
  },
): Promise<ChangeSetRow> {
  const rows = await tx.run<ChangeSetRow & Record<string, unknown>>(
    `MATCH (c:ChangeSet {id: $id})
     SET c.state = $state, c.reviewer = $reviewer, c.reviewedAt = datetime($at), c.reviewComment = $comment,
         c.appliedVersion = $appliedVersion, c.diff = $diff
     ${RETURN_ROW}`,
    {
      id,
      state: d.state,
      reviewer: d.reviewer,
      at: d.at.toISOString(),
      comment: d.comment,
      appliedVersion: d.appliedVersion ?? null,
      diff: d.diff ?? [],
    },
  );
  return rows[0]!;
}

const line = (p: Props) => JSON.stringify(p, Object.keys(p).sort());

/**
 * Applies a plan inside the accepting transaction and bumps the touched datasets' versions; returns the diff.
 * Labels and relationship types come from the model's allow-lists, never from the input.
 */
export async function applyPlan(tx: WriteTx, plan: Plan, changeSetId: string): Promise<string[]> {
  const diff: string[] = [];
  // A source comes before the passages of it that the change-set cites.
  for (const w of plan.writes)
    if (w.op === 'addSource' || w.op === 'replaceSourceText') diff.push(...(await applySourceWrite(tx, w)));
  if (plan.passages.length > 0) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (p:Passage {id: row.id})
       SET p.source = row.source, p.section = row.section, p.excerpt = row.excerpt,
           p.start = row.start, p.end = row.end, p.prefix = row.prefix, p.suffix = row.suffix,
           p.dataset = row.dataset
       WITH p, row
       MATCH (s:Source {id: row.source})
       MERGE (p)-[i:IN_SOURCE]->(s)
       SET i.dataset = row.dataset`,
      { rows: plan.passages },
    );
    for (const p of plan.passages) diff.push(`+ passage ${p.id} ${p.section}: ${JSON.stringify(p.excerpt)}`);
  }
  for (const w of plan.writes) {
    switch (w.op) {
      case 'addSource':
      case 'replaceSourceText':
        break; // applied first, above
      case 'createEntity': {
        const label = ENTITY_LABELS.find((l) => l === w.label)!;
        await tx.run(
          `CREATE (n:Entity) SET n = $props, n.dataset = $dataset SET n:${label}
           WITH n UNWIND $pids AS pid
           MATCH (p:Passage {id: pid})
           MERGE (n)-[e:EVIDENCED_BY]->(p) SET e.dataset = p.dataset`,
          { props: w.props, dataset: w.dataset, pids: w.passageIds },
        );
        diff.push(`+ entity ${w.id} (${label}) ${line(w.props)}`);
        break;
      }
      case 'updateEntity':
        await tx.run('MATCH (n:Entity {id: $id}) WITH n, n.dataset AS ds SET n = $props SET n.dataset = ds', {
          id: w.id,
          props: w.props,
        });
        diff.push(`- entity ${w.id} ${line(w.before)}`, `+ entity ${w.id} ${line(w.props)}`);
        break;
      case 'addRelation': {
        const type = RELATION_TYPES.find((t) => t === w.type)!;
        await tx.run(
          `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
           CREATE (a)-[r:${type}]->(b) SET r = $props, r.dataset = $dataset`,
          { from: w.from, to: w.to, props: w.props, dataset: w.dataset },
        );
        diff.push(`+ relation ${w.id} (${w.from})-[:${type}]->(${w.to}) ${line(w.props)}`);
        break;
      }
      case 'retractRelation': {
        const type = RELATION_TYPES.find((t) => t === w.type)!;
        const gone = await tx.run<{ a: string; b: string; props: Props }>(
          `MATCH (a)-[r:${type} {id: $id}]->(b)
           WITH a, b, r, properties(r) AS props DELETE r
           RETURN a.id AS a, b.id AS b, props`,
          { id: w.id },
        );
        for (const g of gone)
          diff.push(
            `- relation ${w.id} (${g.a})-[:${type}]->(${g.b}) ${line(g.props)} (retracted: ${w.note})`,
          );
        break;
      }
      case 'addEvidence':
      case 'removeEvidence': {
        const adding = w.op === 'addEvidence';
        if (w.relationType) {
          const type = RELATION_TYPES.find((t) => t === w.relationType)!;
          await tx.run(
            adding
              ? `MATCH ()-[r:${type} {id: $id}]->() SET r.evidence = coalesce(r.evidence, []) + $pid`
              : `MATCH ()-[r:${type} {id: $id}]->() SET r.evidence = [x IN r.evidence WHERE x <> $pid]`,
            { id: w.target, pid: w.passageId },
          );
        } else {
          await tx.run(
            adding
              ? `MATCH (n:Entity {id: $id}) MATCH (p:Passage {id: $pid})
                 MERGE (n)-[e:EVIDENCED_BY]->(p) SET e.dataset = p.dataset, n.evidence = coalesce(n.evidence, []) + $pid`
              : `MATCH (n:Entity {id: $id})
                 OPTIONAL MATCH (n)-[e:EVIDENCED_BY]->(:Passage {id: $pid})
                 DELETE e SET n.evidence = [x IN n.evidence WHERE x <> $pid]`,
            { id: w.target, pid: w.passageId },
          );
        }
        diff.push(`${adding ? '+' : '-'} evidence ${w.target} ${w.passageId}`);
        break;
      }
    }
  }
  // A new version for each touched dataset: caches, ETags and exports keyed on it refresh.
  const versions = await tx.run<{ name: string; hash: string }>(
    'MATCH (d:Dataset) WHERE d.name IN $names RETURN d.name AS name, d.contentHash AS hash',
    { names: plan.datasets },
  );
  for (const v of versions) {
    const next = createHash('sha256').update(`${v.hash}\n${changeSetId}`).digest('hex');
    await tx.run('MATCH (d:Dataset {name: $name}) SET d.contentHash = $next', { name: v.name, next });
  }
  return diff;
}
