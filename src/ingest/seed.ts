import { createHash } from 'node:crypto';
import type { Database, WriteStats, WriteTx } from '../db/database.js';
import { MERGED_INDEXES } from '../graph/merged.js';
import { ENTITY_LABELS, NAME_INDEX_FIELDS } from '../model/entities.js';
import { RELATION_TYPES } from '../model/relations.js';
import { ExpectedFailure } from '../errors.js';
import type { SeedGraph } from './load.js';

/** Writes a validated SeedGraph into Neo4j: schema first, then every fact in one transaction. */

export const DEFAULT_DATASET = 'icat-2019';

/** Idempotent constraint and index statements (each must run outside a data transaction). */
export const INDEX_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset)',
  'CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  // organisations(where: {classification}): the filter becomes an index seek instead of a scan of the label.
  'CREATE INDEX organisation_classification IF NOT EXISTS FOR (n:Organisation) ON (n.classification)',
  'CREATE INDEX passage_dataset IF NOT EXISTS FOR (p:Passage) ON (p.dataset)',
  // Relationship indexes are per type in Neo4j; these serve node(id:) for relations.
  ...RELATION_TYPES.map(
    (t) => `CREATE INDEX rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`,
  ),
  // entity(id:) of an unknown id asks whether it was merged: a seek from the first read.
  ...MERGED_INDEXES,
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [${NAME_INDEX_FIELDS.map((f) => `n.${f}`).join(', ')}] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

/** The name a schema statement gives its constraint or index, and which of the two it is. */
function ruleOf(statement: string): { name: string; constraint: boolean } {
  const m = /^CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX) (\w+)/.exec(statement);
  if (!m) throw new Error(`Not a named schema statement: ${statement}`);
  return { name: m[2]!, constraint: m[1] === 'CONSTRAINT' };
}

type IndexState = {
  name: string;
  state: string;
  populationPercent: number;
  owningConstraint: string | null;
  failureMessage: string;
};

const readIndexes = async (db: Database) =>
  new Map(
    (
      await db.read<IndexState>(
        'SHOW INDEXES YIELD name, state, populationPercent, owningConstraint, failureMessage RETURN *',
      )
    ).map((i) => [i.name, i]),
  );
/** A uniqueness constraint of ours owns the index of its own name (SHOW INDEXES' `owningConstraint`). */
const hasConstraint = (indexes: Map<string, IndexState>, name: string) =>
  indexes.get(name)?.owningConstraint === name;

export interface EnsureIndexesOptions {
  /** Told what was repaired (an index left behind by a crash, a failed index), one line each. */
  log?: (message: string) => void;
  /** How long the indexes may take to come online; 120 s by default. */
  waitMs?: number;
  /**
   * How long an index without its constraint must stand still (no progress, no constraint) before it counts as
   * left behind; 3 s by default. One that another process is still creating fills up or gets its constraint.
   */
  settleMs?: number;
}

/**
 * Creates the constraints and indexes that are missing (one look-up when all exist and are online), repairs what
 * a crash left, then waits for each of them by name.
 *
 * Repaired:
 * - a uniqueness constraint's index without its constraint. Neo4j creates the index, fills it, and only then the
 *   constraint; a creation cut off in between (the client killed or disconnected, Neo4j killed) leaves an index
 *   that never comes online and no constraint, with the name taken, so `CREATE CONSTRAINT … IF NOT EXISTS` would
 *   fail or be skipped. Once it stands still (see `stalled`: a creation still in flight elsewhere moves) it is
 *   dropped and the constraint created again.
 * - an index in state FAILED: dropped (with its constraint, for a constraint's index) and created again.
 */
export async function ensureIndexes(db: Database, options: EnsureIndexesOptions = {}): Promise<void> {
  const waitMs = options.waitMs ?? 120_000;
  const rules = INDEX_STATEMENTS.map((statement) => ({ statement, ...ruleOf(statement) }));
  let indexes = await readIndexes(db);
  const orphaned = (r: { name: string; constraint: boolean }) =>
    r.constraint && indexes.has(r.name) && !indexes.get(r.name)!.owningConstraint;
  const candidates = rules.filter(orphaned).map((r) => r.name);
  if (candidates.length > 0) {
    for (const name of await stalled(db, candidates, options.settleMs ?? 3000, waitMs)) {
      const index = indexes.get(name);
      options.log?.(
        `Schema: index ${name} was left without its uniqueness constraint (a creation cut off by a crash or a ` +
          `lost connection${index ? `; ${index.state} at ${Math.round(index.populationPercent)} %` : ''}): dropped, and the constraint created again`,
      );
      await db.runAutoCommit(`DROP INDEX ${name} IF EXISTS`);
    }
    indexes = await readIndexes(db);
  }
  for (const rule of rules) {
    const index = indexes.get(rule.name);
    if (index?.state !== 'FAILED') continue;
    options.log?.(
      `Schema: index ${rule.name} had FAILED (${index.failureMessage.split('\n')[0] || 'no reason given'}): dropped and created again`,
    );
    if (index.owningConstraint) await db.runAutoCommit(`DROP CONSTRAINT ${index.owningConstraint} IF EXISTS`);
    else await db.runAutoCommit(`DROP INDEX ${rule.name} IF EXISTS`);
    indexes.delete(rule.name);
  }
  const missing = rules.filter((r) =>
    r.constraint ? !hasConstraint(indexes, r.name) : !indexes.has(r.name),
  );
  for (const rule of missing) await createOnce(db, rule.statement);
  const names = rules.map((r) => r.name);
  if (missing.length > 0 || names.some((n) => indexes.get(n)?.state !== 'ONLINE'))
    await awaitIndexesOnline(db, names, waitMs);
}

/**
 * Of the named constraint indexes without their constraint, those that stand still for `settleMs`: neither filling
 * further nor getting their constraint nor going away. A creation in flight (another replica, a seed run) moves;
 * one cut off does not, once its population has run out (neo4j/neo4j#13208: it stays POPULATING, or ONLINE
 * after a restart, with no constraint). Watched for `waitMs` at most; one still moving then is left to the wait.
 */
async function stalled(db: Database, names: string[], settleMs: number, waitMs: number): Promise<string[]> {
  const started = performance.now();
  const watched = new Map(names.map((n) => [n, { seen: '', since: started }]));
  const left: string[] = [];
  while (watched.size > 0 && performance.now() - started < waitMs) {
    const indexes = await readIndexes(db);
    const now = performance.now();
    for (const [name, w] of watched) {
      const index = indexes.get(name);
      if (!index || index.owningConstraint) {
        watched.delete(name);
        continue;
      }
      const seen = `${index.state} ${index.populationPercent}`;
      if (seen !== w.seen) Object.assign(w, { seen, since: now });
      else if (now - w.since >= settleMs) {
        left.push(name);
        watched.delete(name);
      }
    }
    if (watched.size > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return left;
}

/**
 * Waits until every named index is ONLINE. Fails at once, naming it, when one has FAILED, and after `waitMs`
 * naming each that is not online yet, with its state and how far it got.
 */
export async function awaitIndexesOnline(db: Database, names: string[], waitMs: number): Promise<void> {
  const deadline = performance.now() + waitMs;
  for (;;) {
    const indexes = await readIndexes(db);
    const pending = names
      .map(
        (n) =>
          indexes.get(n) ?? {
            name: n,
            state: 'MISSING',
            populationPercent: 0,
            owningConstraint: null,
            failureMessage: '',
          },
      )
      .filter((i) => i.state !== 'ONLINE');
    if (pending.length === 0) return;
    const failed = pending.filter((i) => i.state === 'FAILED');
    if (failed.length > 0)
      throw new ExpectedFailure(
        `Index ${failed.map((i) => `${i.name} (${i.failureMessage.split('\n')[0] || 'no reason given'})`).join(', ')} FAILED. ` +
          'Start again to drop and recreate it; if it fails again, the data breaks the rule it names.',
      );
    if (performance.now() >= deadline)
      throw new ExpectedFailure(
        `Indexes not online after ${Math.round(waitMs / 1000)} s: ${pending
          .map((i) => `${i.name} (${i.state}, ${Math.round(i.populationPercent)} %)`)
          .join(', ')}. A large graph can take longer: start again to go on waiting. ` +
          'An index that stays at the same percentage is stuck: drop it (DROP INDEX <name>) and start again.',
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One schema statement, tolerant of another process (a second API replica, a seed run) doing the same at the same
 * time: an equivalent rule created meanwhile is the state we want (IF NOT EXISTS does not cover a creation still in
 * flight elsewhere), and a deadlock between the two is transient, so the statement is tried again.
 */
async function createOnce(db: Database, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.runAutoCommit(statement);
      return;
    } catch (err) {
      if (isAlreadyThere(err)) return;
      if (!isTransient(err) || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

const codeOf = (err: unknown) =>
  err !== null && typeof err === 'object' && 'code' in err ? String(err.code) : '';
const isTransient = (err: unknown) => codeOf(err).startsWith('Neo.TransientError.');

function isAlreadyThere(err: unknown): boolean {
  const code = codeOf(err);
  return /^Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists)$/.test(
    code,
  );
}

export interface SeedOptions {
  /** Defaults to the dataset the seed's source.yaml names. */
  dataset?: string;
  /** Delete the dataset's graph first (in the same transaction). */
  reset?: boolean;
  /** Test hook: runs inside the transaction just before it commits; throwing rolls everything back. */
  beforeCommit?: () => Promise<void> | void;
  timeoutMs?: number;
  /**
   * Accepted change-sets whose work these files hold (they were exported from a curated graph): kept on the
   * Dataset node, so a later seed from files that lack it is refused (src/curation/seed-guard.ts).
   */
  heldChangeSets?: string[];
  /** Told what the schema step repaired (ensureIndexes). */
  log?: (message: string) => void;
}

export interface SeedCounts {
  labels: Record<string, number>;
  relationTypes: Record<string, number>;
  passages: number;
  sources: number;
}

export interface SeedResult {
  dataset: string;
  changes: WriteStats;
  counts: SeedCounts;
  ms: number;
}

export async function writeSeed(
  db: Database,
  graph: SeedGraph,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const dataset = options.dataset ?? graph.source.dataset;
  const started = performance.now();
  await ensureIndexes(db, { log: options.log });
  const changes = await db.writeTransaction(async (tx) => {
    const at = await seedInstant(tx);
    // Every node and relationship the dataset wrote carries `dataset`; nothing of another dataset is touched,
    // except that an entity of this one that goes takes the other datasets' evidence links to it along.
    if (options.reset) {
      await tx.run('MATCH ()-[r]->() WHERE r.dataset = $dataset DELETE r', { dataset });
      await tx.run(
        `MATCH (n) WHERE n.dataset = $dataset AND NOT EXISTS { (n)-[x]-() WHERE x.dataset <> $dataset }
         DETACH DELETE n`,
        { dataset },
      );
    }
    const foreign = await tx.run<{ id: string; owner: string }>(
      'MATCH (n:Entity) WHERE n.id IN $ids AND n.dataset <> $dataset RETURN n.id AS id, n.dataset AS owner',
      { ids: graph.entities.map((e) => e.id), dataset },
    );
    if (foreign.length > 0)
      throw new ExpectedFailure(
        `Entities of another dataset cannot be redefined; attest them instead (attestations.yaml): ${foreign.map((f) => `${f.id} (${f.owner})`).join(', ')}`,
      );

    await tx.run('MERGE (s:Source {id: $id}) SET s = $props, s.dataset = $dataset', {
      id: graph.source.id,
      props: graph.source.props,
      dataset,
    });
    await tx.run(
      `UNWIND $rows AS row
       MERGE (p:Passage {id: row.id})
       SET p.source = row.source, p.section = row.section, p.excerpt = row.excerpt,
           p.start = row.start, p.end = row.end, p.prefix = row.prefix, p.suffix = row.suffix,
           p.anchor = null, p.previousExcerpt = null, p.dataset = $dataset
       WITH p, row
       MATCH (s:Source {id: row.source})
       MERGE (p)-[i:IN_SOURCE]->(s)
       SET i.dataset = $dataset`,
      {
        rows: graph.passages.map((p) => ({
          ...p,
          start: p.start ?? null,
          end: p.end ?? null,
          prefix: p.prefix ?? null,
          suffix: p.suffix ?? null,
        })),
        dataset,
      },
    );

    // Labels come from the fixed allow-list, never from data.
    for (const label of ENTITY_LABELS) {
      const rows = graph.entities
        .filter((e) => e.label === label)
        .map((e) => ({ id: e.id, props: e.props, passageIds: e.passageIds }));
      if (rows.length === 0) continue;
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:Entity {id: row.id})
         WITH n, row, n {${KEPT_ON_ENTITIES}} AS kept
         SET n = row.props, n.dataset = $dataset
         SET n += kept, n.recordedAt = coalesce(kept.recordedAt, $at), n.recordedBy = coalesce(kept.recordedBy, 'seed')
         SET n:${label}`,
        { rows, dataset, at },
      );
    }

    // This dataset's evidence links: its own entities' and those it attests on another dataset's entities.
    const evidenceRows = [
      ...graph.entities.map((e) => ({ id: e.id, passageIds: e.passageIds })),
      ...graph.attestations.map((a) => ({ id: a.entity, passageIds: a.passageIds })),
    ];
    const linked = await tx.run<{ n: number }>(
      `UNWIND $rows AS row
       MATCH (n:Entity {id: row.id})
       OPTIONAL MATCH (n)-[stale:EVIDENCED_BY {dataset: $dataset}]->(old:Passage) WHERE NOT old.id IN row.passageIds
       DELETE stale
       WITH DISTINCT n, row
       CALL (n, row) {
         UNWIND row.passageIds AS pid
         MATCH (p:Passage {id: pid})
         MERGE (n)-[e:EVIDENCED_BY]->(p)
         SET e.dataset = $dataset, e.recordedAt = coalesce(e.recordedAt, $at), e.recordedBy = coalesce(e.recordedBy, 'seed')
       }
       RETURN count(DISTINCT n) AS n`,
      { rows: evidenceRows, dataset, at },
    );
    // Links this dataset made to entities it no longer evidences (an attestation dropped) go too.
    await tx.run(
      'MATCH (n:Entity)-[e:EVIDENCED_BY {dataset: $dataset}]->() WHERE NOT n.id IN $ids DELETE e',
      { dataset, ids: evidenceRows.map((r) => r.id) },
    );
    const missing = new Set(evidenceRows.map((r) => r.id)).size - (linked[0]?.n ?? 0);
    if (missing > 0)
      throw new ExpectedFailure(
        `attestations.yaml names ${missing} entit${missing === 1 ? 'y' : 'ies'} the database does not hold: seed their dataset first`,
      );

    for (const type of RELATION_TYPES) {
      const rows = graph.relations
        .filter((r) => r.type === type)
        .map((r) => ({ id: r.id, from: r.from, to: r.to, props: r.props }));
      if (rows.length === 0) continue;
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from})
         MATCH (b:Entity {id: row.to})
         MERGE (a)-[r:${type} {id: row.id}]->(b)
         WITH r, row, r {${KEPT_ON_RELATIONS}} AS kept
         SET r = row.props, r.dataset = $dataset
         SET r += kept, r.recordedAt = coalesce(kept.recordedAt, $at), r.recordedBy = coalesce(kept.recordedBy, 'seed')`,
        { rows, dataset, at },
      );
    }

    // Whatever the dataset held before and the seed no longer states goes.
    await tx.run(
      `MATCH (:Entity)-[r]->(:Entity)
       WHERE r.dataset = $dataset AND NOT r.id IN $ids
       DELETE r`,
      { dataset, ids: graph.relations.map((r) => r.id) },
    );
    await tx.run('MATCH (n:Entity {dataset: $dataset}) WHERE NOT n.id IN $ids DETACH DELETE n', {
      dataset,
      ids: graph.entities.map((e) => e.id),
    });
    await tx.run('MATCH (p:Passage {dataset: $dataset}) WHERE NOT p.id IN $ids DETACH DELETE p', {
      dataset,
      ids: graph.passages.map((p) => p.id),
    });
    await tx.run('MATCH (s:Source {dataset: $dataset}) WHERE s.id <> $id DETACH DELETE s', {
      dataset,
      id: graph.source.id,
    });

    // The dataset's version, in the same transaction: the hash of what was seeded, so caches keyed by it (the
    // analytics) are invalidated by any change and kept by a re-seed that changes nothing; the graph stays a
    // function of the seed (a second run still changes nothing). Bookkeeping, not a fact: written after the change
    // counts are taken.
    const changes = { ...tx.stats };
    // An empty list removes the property: a plain seed's Dataset node is as it always was.
    await tx.run(
      `MERGE (d:Dataset {name: $dataset})
       SET d.dataset = $dataset, d.contentHash = $hash,
           d.heldChangeSets = CASE WHEN size($held) = 0 THEN null ELSE $held END`,
      { dataset, hash: contentHash(graph), held: options.heldChangeSets ?? [] },
    );
    await recordSeedChangeSet(tx, at);
    await options.beforeCommit?.();
    return changes;
  }, options.timeoutMs ?? 120_000);

  const counts = await countDataset(db, dataset);
  return { dataset, changes, counts, ms: Math.round(performance.now() - started) };
}

/**
 * Removes everything one dataset wrote, in one transaction: its relationships (relations, evidence links, even
 * those on another dataset's entities), then its nodes (entities, passages, source). Other datasets' nodes stay;
 * their evidence links to this dataset's entities go with those entities.
 */
export async function removeDataset(db: Database, dataset: string): Promise<WriteStats> {
  return db.writeTransaction(async (tx) => {
    await tx.run('MATCH ()-[r]->() WHERE r.dataset = $dataset DELETE r', { dataset });
    await tx.run('MATCH (n) WHERE n.dataset = $dataset DETACH DELETE n', { dataset });
    return { ...tx.stats };
  });
}

/** History the seed keeps on what it rewrites (a re-seed that changes nothing changes no time). */
const KEPT_ON_ENTITIES = ['recordedAt', 'recordedBy', 'revisedAt', 'revisedBy']
  .map((k) => `.${k}`)
  .join(', ');
const KEPT_ON_RELATIONS = ['recordedAt', 'recordedBy', 'revisedAt', 'revisedBy']
  .map((k) => `.${k}`)
  .join(', ');

/**
 * The seed is change-set `seed` (docs/how-to/CURATION.md#history), at one instant: the first seeding's. A later
 * seed (a re-seed, a reset, another dataset) records what it writes at that same instant, so that the graph stays
 * a function of the seed files (seeding twice, or with reset, gives the same graph, times included).
 */
async function seedInstant(tx: WriteTx): Promise<string> {
  const rows = await tx.run<{ at: string | null }>(
    "MATCH (c:ChangeSet {id: 'seed'}) RETURN c.appliedAt AS at",
  );
  return rows[0]?.at ?? new Date().toISOString();
}

/**
 * The seed as the first change-set (id `seed`, ACCEPTED, by `seed`): made when the first dataset is seeded and
 * kept as it is by later seeds. `asOf` before its time has no graph to show.
 */
async function recordSeedChangeSet(tx: WriteTx, at: string): Promise<void> {
  await tx.run(
    `MERGE (c:ChangeSet {id: 'seed'})
     ON CREATE SET c.state = 'ACCEPTED', c.comment = 'The seed: seed/*.yaml as loaded by npm run seed',
       c.author = 'seed', c.authorKind = 'seed', c.authorSubject = 'seed', c.proposedAt = datetime($at),
       c.reviewer = 'seed', c.reviewedAt = datetime($at), c.appliedAt = $at, c.operations = [], c.diff = [],
       c.touched = [], c.inputHash = ''`,
    { at },
  );
}

function contentHash(graph: SeedGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

export async function countDataset(db: Database, dataset = DEFAULT_DATASET): Promise<SeedCounts> {
  const labelRows = await db.read<{ label: string; n: number }>(
    `MATCH (n:Entity {dataset: $dataset})
     UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
     RETURN label, count(*) AS n ORDER BY label`,
    { dataset },
  );
  const typeRows = await db.read<{ type: string; n: number }>(
    // The live types only: history's retracted records (RETRACTED_*) are not the dataset's relations.
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.dataset = $dataset AND type(r) IN $types
     RETURN type(r) AS type, count(*) AS n ORDER BY type`,
    { dataset, types: [...RELATION_TYPES] },
  );
  const [passages] = await db.read<{ n: number; s: number }>(
    `MATCH (p:Passage {dataset: $dataset}) WITH count(p) AS n
     RETURN n, COUNT { MATCH (s:Source {dataset: $dataset}) } AS s`,
    { dataset },
  );
  return {
    labels: Object.fromEntries(labelRows.map((r) => [r.label, r.n])),
    relationTypes: Object.fromEntries(typeRows.map((r) => [r.type, r.n])),
    passages: passages?.n ?? 0,
    sources: passages?.s ?? 0,
  };
}
