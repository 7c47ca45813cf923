import { createHash, randomUUID } from 'node:crypto';
import type { Database, WriteTx } from '../db/database.js';
import type { Props } from '../ingest/load.js';
import { ENTITY_LABELS } from '../model/entities.js';
import { RELATION_TYPES } from '../model/relations.js';
import { retractedType } from '../graph/allow-lists.js';
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
  /** When it was applied (accepted ones and the seed), ISO 8601 UTC. */
  appliedAt: string | null;
  /** The entities it touched (accepted ones). */
  touched: string[];
  /** What a merge or unmerge was carried out as (merges.ts); empty for other change-sets. */
  appliedOperations: string[];
}

export const CHANGESET_SCHEMA = [
  'CREATE CONSTRAINT changeset_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX changeset_author IF NOT EXISTS FOR (c:ChangeSet) ON (c.author, c.proposedAt)',
  'CREATE INDEX changeset_applied IF NOT EXISTS FOR (c:ChangeSet) ON (c.appliedAt)',
  'CREATE INDEX entity_revision_id IF NOT EXISTS FOR (v:EntityRevision) ON (v.id)',
];

const RETURN_ROW = `RETURN c.id AS id, c.state AS state, c.comment AS comment, c.author AS author,
  c.authorKind AS authorKind, c.authorSubject AS authorSubject, toString(c.proposedAt) AS proposedAt,
  c.reviewer AS reviewer, toString(c.reviewedAt) AS reviewedAt, c.reviewComment AS reviewComment,
  c.expectedVersion AS expectedVersion, c.baseVersion AS baseVersion, c.appliedVersion AS appliedVersion,
  c.operations AS operations, coalesce(c.diff, []) AS diff, c.idempotencyKey AS idempotencyKey,
  c.inputHash AS inputHash, c.appliedAt AS appliedAt, coalesce(c.touched, []) AS touched,
  coalesce(c.appliedOperations, []) AS appliedOperations`;

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

/** A page of accepted change-sets by (appliedAt, id): the position to start after, and the direction. */
export interface AcceptedPage {
  first: number;
  after: { at: string; id: string } | null;
}

async function acceptedPage(
  read: Reader,
  where: string,
  params: Record<string, unknown>,
  page: AcceptedPage,
  newestFirst: boolean,
): Promise<{ rows: ChangeSetRow[]; hasNextPage: boolean }> {
  const keyset = newestFirst
    ? '(c.appliedAt < $afterAt OR (c.appliedAt = $afterAt AND c.id < $afterId))'
    : '(c.appliedAt > $afterAt OR (c.appliedAt = $afterAt AND c.id > $afterId))';
  const dir = newestFirst ? 'DESC' : 'ASC';
  const rows = await read<ChangeSetRow & Record<string, unknown>>(
    `MATCH (c:ChangeSet) WHERE c.state = 'ACCEPTED' AND c.appliedAt IS NOT NULL AND ${where}
       AND ($afterAt IS NULL OR ${keyset})
     WITH c ORDER BY c.appliedAt ${dir}, c.id ${dir} LIMIT $limit
     ${RETURN_ROW}`,
    { ...params, afterAt: page.after?.at ?? null, afterId: page.after?.id ?? null, limit: page.first + 1 },
  );
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

/** The feed: accepted change-sets applied after `since` (ISO 8601 UTC, exclusive; null: from the seed on), oldest first. */
export function acceptedSince(read: Reader, since: string | null, page: AcceptedPage) {
  return acceptedPage(read, '($since IS NULL OR c.appliedAt > $since)', { since }, page, false);
}

/** The accepted change-sets that touched an entity, newest first; the seed when the seed made it. */
export function historyOf(read: Reader, id: string, page: AcceptedPage) {
  return acceptedPage(
    read,
    `($id IN c.touched OR (c.id = 'seed' AND EXISTS { MATCH (n:Entity {id: $id}) WHERE n.recordedBy = 'seed' }))`,
    { id },
    page,
    true,
  );
}

/** When the seed was applied (the earliest instant `asOf` has a graph for); null when nothing was seeded. */
export async function seedTime(read: Reader): Promise<string | null> {
  const rows = await read<{ at: string | null }>("MATCH (c:ChangeSet {id: 'seed'}) RETURN c.appliedAt AS at");
  return rows[0]?.at ?? null;
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

/**
 * A dataset's version after a change-set: chained on the one before, so the accepted change-sets since the last
 * seed can be walked back from the current version (src/curation/seed-guard.ts).
 */
export function nextVersionHash(hash: string, changeSetId: string): string {
  return createHash('sha256').update(`${hash}\n${changeSetId}`).digest('hex');
}

/** The properties history keeps on entities, relations and evidence links (docs/how-to/CURATION.md#history). */
export const HISTORY_PROPS = [
  'recordedAt',
  'recordedBy',
  'revisedAt',
  'revisedBy',
  'retractedAt',
  'retractedBy',
  'retractionNote',
] as const;

/** A node's or relationship's own values, without the history bookkeeping (what a diff line shows). */
function ownProps(p: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(p)) if (!(HISTORY_PROPS as readonly string[]).includes(k)) out[k] = v;
  return out;
}

const line = (p: Props) => {
  const own = ownProps(p);
  return JSON.stringify(own, Object.keys(own).sort());
};

/**
 * Who and when: the change-set an accepted write belongs to and its instant (ISO 8601 UTC with milliseconds,
 * the form the visibility predicate in graph/fragments.ts compares). Every write of one change-set has the same.
 */
export interface Stamp {
  at: string;
  by: string;
}

type WriteOf<K extends Plan['writes'][number]['op']> = Extract<Plan['writes'][number], { op: K }>;

/** A new entity, with its evidence links, recorded by the change-set. */
export async function applyCreateEntity(tx: WriteTx, w: WriteOf<'createEntity'>, st: Stamp): Promise<string> {
  const label = ENTITY_LABELS.find((l) => l === w.label)!;
  await tx.run(
    `CREATE (n:Entity) SET n = $props, n.dataset = $dataset, n.recordedAt = $at, n.recordedBy = $by SET n:${label}
     WITH n UNWIND $pids AS pid
     MATCH (p:Passage {id: pid})
     CREATE (n)-[e:EVIDENCED_BY]->(p) SET e.dataset = p.dataset, e.recordedAt = $at, e.recordedBy = $by`,
    { props: w.props, dataset: w.dataset, pids: w.passageIds, ...st },
  );
  return `+ entity ${w.id} (${label}) ${line(w.props)}`;
}

/**
 * An entity's new values; the values they replace are kept as an EntityRevision node (the old properties, with
 * `validFrom`/`validTo` and the change-sets that made and ended them), which `asOf` reads.
 */
export async function applyUpdateEntity(
  tx: WriteTx,
  w: WriteOf<'updateEntity'>,
  st: Stamp,
): Promise<string[]> {
  await tx.run(
    `MATCH (n:Entity {id: $id})
     WITH n, properties(n) AS old
     CREATE (v:EntityRevision)
     SET v = old, v.validFrom = coalesce(old.revisedAt, old.recordedAt), v.validFromBy = coalesce(old.revisedBy, old.recordedBy),
         v.validTo = $at, v.validToBy = $by
     SET n = $props, n.dataset = old.dataset, n.recordedAt = old.recordedAt, n.recordedBy = old.recordedBy,
         n.revisedAt = $at, n.revisedBy = $by`,
    { id: w.id, props: w.props, ...st },
  );
  return [`- entity ${w.id} ${line(w.before)}`, `+ entity ${w.id} ${line(w.props)}`];
}

/** A new relation, recorded by the change-set. */
export async function applyAddRelation(tx: WriteTx, w: WriteOf<'addRelation'>, st: Stamp): Promise<string> {
  const type = RELATION_TYPES.find((t) => t === w.type)!;
  await tx.run(
    `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
     CREATE (a)-[r:${type}]->(b) SET r = $props, r.dataset = $dataset, r.recordedAt = $at, r.recordedBy = $by`,
    { from: w.from, to: w.to, props: w.props, dataset: w.dataset, ...st },
  );
  return `+ relation ${w.id} (${w.from})-[:${type}]->(${w.to}) ${line(w.props)}`;
}

/**
 * Moves the live relationship bound to `r` (between `a` and `b`) to its retracted type with the same ends and
 * values, stamped `retractedAt`/`retractedBy` (and the note, from `$at`, `$by`, `$note`): history keeps it there,
 * so `asOf` still sees it and current reads, which match only the live types, do not (graph/fragments.ts
 * `visible`). A Cypher fragment over the ends bound to `from` and `to`; `kept` is bound to the record kept. With
 * `stamp` false the values are copied as they are (a record that already carries its stamps: the upgrade of an
 * older store, `history-upgrade.ts`).
 */
export function archive(type: string, r: string, from = 'a', to = 'b', stamp = true): string {
  const values = stamp
    ? `properties(${r}), kept.retractedAt = $at, kept.retractedBy = $by, kept.retractionNote = $note`
    : `properties(${r})`;
  return `CREATE (${from})-[kept:${retractedType(type)}]->(${to})
     SET kept = ${values}`;
}

/** Ends a live relation: it moves to its retracted type (`archive`), never deleted. */
export async function applyRetractRelation(
  tx: WriteTx,
  w: WriteOf<'retractRelation'>,
  st: Stamp,
): Promise<Array<{ line: string; ends: string[] }>> {
  const type = RELATION_TYPES.find((t) => t === w.type)!;
  const gone = await tx.run<{ a: string; b: string; props: Props }>(
    `MATCH (a)-[r:${type} {id: $id}]->(b)
     ${archive(type, 'r')}
     WITH a, b, r, properties(kept) AS props DELETE r
     RETURN a.id AS a, b.id AS b, props`,
    { id: w.id, note: w.note, ...st },
  );
  return gone.map((g) => ({
    line: `- relation ${w.id} (${g.a})-[:${type}]->(${g.b}) ${line(g.props)} (retracted: ${w.note})`,
    ends: [g.a, g.b],
  }));
}

/**
 * Evidence added to or removed from an entity (an EVIDENCED_BY link, recorded, or retracted to
 * RETRACTED_EVIDENCED_BY) or a relation (its `evidence` list: the values it replaces are kept as a retracted
 * record of the relation, and the live one is stamped `revisedAt`/`revisedBy`). Returns the entities it concerns.
 */
export async function applyEvidence(
  tx: WriteTx,
  w: WriteOf<'addEvidence' | 'removeEvidence'>,
  st: Stamp,
): Promise<{ line: string; ends: string[] }> {
  const adding = w.op === 'addEvidence';
  let ends: string[] = [w.target];
  const note = `evidence ${adding ? 'added' : 'removed'}: ${w.passageId}`;
  if (w.relationType) {
    const type = RELATION_TYPES.find((t) => t === w.relationType)!;
    const rows = await tx.run<{ a: string; b: string }>(
      `MATCH (a)-[r:${type} {id: $id}]->(b)
       ${archive(type, 'r')}
       SET r.evidence = ${adding ? 'coalesce(r.evidence, []) + $pid' : '[x IN r.evidence WHERE x <> $pid]'},
           r.revisedAt = $at, r.revisedBy = $by
       RETURN a.id AS a, b.id AS b`,
      { id: w.target, pid: w.passageId, note, ...st },
    );
    ends = rows.flatMap((r) => [r.a, r.b]);
  } else {
    await tx.run(
      adding
        ? `MATCH (n:Entity {id: $id}) MATCH (p:Passage {id: $pid})
           FOREACH (_ IN CASE WHEN EXISTS { (n)-[:EVIDENCED_BY]->(p) } THEN [] ELSE [1] END |
             CREATE (n)-[e:EVIDENCED_BY]->(p) SET e.dataset = p.dataset, e.recordedAt = $at, e.recordedBy = $by)
           SET n.evidence = coalesce(n.evidence, []) + $pid`
        : `MATCH (n:Entity {id: $id})
           SET n.evidence = [x IN n.evidence WHERE x <> $pid]
           WITH n
           MATCH (n)-[e:EVIDENCED_BY]->(p:Passage {id: $pid})
           ${archive('EVIDENCED_BY', 'e', 'n', 'p')}
           DELETE e`,
      { id: w.target, pid: w.passageId, note, ...st },
    );
  }
  return { line: `${adding ? '+' : '-'} evidence ${w.target} ${w.passageId}`, ends };
}

/**
 * Applies a plan inside the accepting transaction and bumps the touched datasets' versions; returns the diff.
 * Every write carries the change-set's stamp (`changeSetId` at `at`); nothing is deleted. The entities it touched
 * are recorded on the change-set (`touched`), which `Entity.history` reads. Labels and relationship types come
 * from the model's allow-lists, never from the input.
 */
export async function applyPlan(tx: WriteTx, plan: Plan, changeSetId: string, at: Date): Promise<string[]> {
  const st: Stamp = { at: at.toISOString(), by: changeSetId };
  const diff: string[] = [];
  const touched = new Set<string>();
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
      case 'createEntity':
        diff.push(await applyCreateEntity(tx, w, st));
        touched.add(w.id);
        break;
      case 'updateEntity':
        diff.push(...(await applyUpdateEntity(tx, w, st)));
        touched.add(w.id);
        break;
      case 'addRelation':
        diff.push(await applyAddRelation(tx, w, st));
        touched.add(w.from).add(w.to);
        break;
      case 'retractRelation':
        for (const g of await applyRetractRelation(tx, w, st)) {
          diff.push(g.line);
          for (const e of g.ends) touched.add(e);
        }
        break;
      case 'addEvidence':
      case 'removeEvidence': {
        const g = await applyEvidence(tx, w, st);
        diff.push(g.line);
        for (const e of g.ends) touched.add(e);
        break;
      }
    }
  }
  await tx.run('MATCH (c:ChangeSet {id: $id}) SET c.touched = $touched, c.appliedAt = $at', {
    id: changeSetId,
    touched: [...touched].sort(),
    at: st.at,
  });
  // A new version for each touched dataset: caches, ETags and exports keyed on it refresh.
  const versions = await tx.run<{ name: string; hash: string }>(
    'MATCH (d:Dataset) WHERE d.name IN $names RETURN d.name AS name, d.contentHash AS hash',
    { names: plan.datasets },
  );
  for (const v of versions) {
    const next = nextVersionHash(v.hash, changeSetId);
    await tx.run('MATCH (d:Dataset {name: $name}) SET d.contentHash = $next', { name: v.name, next });
  }
  return diff;
}
