import type { WriteTx } from '../db/database.js';
import { typePattern } from '../graph/allow-lists.js';
import { MERGED_INDEXES, MERGED_LABEL } from '../graph/merged.js';
import { ENTITY_LABELS, withArticle, type EntityLabel } from '../model/entities.js';
import { relationId } from '../model/ids.js';
import { RELATION_TYPES, type RelationTypeName } from '../model/relations.js';
import {
  planChange,
  readRelationsById,
  type EvidenceIn,
  type OperationIn,
  type Plan,
  type ProposalIn,
  type Reader,
  type RelationIn,
  type UserError,
} from './plan.js';
import { applyPlan, txReader, type ChangeSetRow } from './store.js';

/**
 * Merges and unmerges (docs/how-to/CURATION.md, "Merges"): change-sets of one operation each, proposed with
 * `proposeMerge` / `unmerge` and reviewed like any other. Accepting a merge carries it out as ordinary operations
 * (retractRelation, addRelation, addEvidence) planned by planChange and written by applyPlan, then takes the merged
 * entity out of the current graph (graph/merged.ts); the operations and their inverses are recorded on the
 * change-set, so that an unmerge applies exactly the inverses, newest first. A rejected merge, and an accepted
 * unmerge, record the pair as NOT_SAME (a judgement with user, time and note, as nomenklatura keeps them), and
 * duplicateCandidates never lists it again.
 */

export interface MergeIn {
  from: string;
  into: string;
  note: string;
  evidence?: EvidenceIn[] | null;
}

export interface UnmergeIn {
  id: string;
  note?: string | null;
}

/** What a merge or unmerge change-set holds: its one operation. */
type SpecialOp = { merge: MergeIn } | { unmerge: UnmergeIn };

export const MERGE_SCHEMA = [
  ...MERGED_INDEXES,
  'CREATE INDEX merge_judgement_pair IF NOT EXISTS FOR (j:MergeJudgement) ON (j.pair)',
];

/** The merge or unmerge operation of a change-set, if it is one. */
export function specialOperation(input: ProposalIn): SpecialOp | null {
  const [op] = input.operations;
  if (input.operations.length !== 1 || !op) return null;
  if (op.merge) return { merge: op.merge };
  if (op.unmerge) return { unmerge: op.unmerge };
  return null;
}

const err = (path: string[], message: string, code: UserError['code'] = 'INVALID'): UserError => ({
  path,
  message,
  code,
});

interface NodeInfo {
  id: string;
  label: string;
  merged: boolean;
  mergedInto: string | null;
  mergedBy: string | null;
  dataset: string;
  evidence: string[];
}

async function nodes(read: Reader, ids: string[]): Promise<Map<string, NodeInfo>> {
  const rows = await read<NodeInfo & Record<string, unknown>>(
    `MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:${MERGED_LABEL})
     RETURN n.id AS id, coalesce(n.mergedLabel, [l IN labels(n) WHERE l <> 'Entity'][0]) AS label,
            n:${MERGED_LABEL} AS merged, n.mergedInto AS mergedInto, n.mergedBy AS mergedBy,
            n.dataset AS dataset, coalesce(n.evidence, []) AS evidence`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** A stored relation as the seed format gives it (the inverse of relationProps), its evidence by passage id. */
function relationInput(
  type: RelationTypeName,
  from: string,
  to: string,
  p: Record<string, unknown>,
): RelationIn {
  const str = (k: string) => (typeof p[k] === 'string' ? p[k] : null);
  return {
    type,
    from,
    to,
    year: typeof p.year === 'number' ? p.year : null,
    since: str('since'),
    until: str('until'),
    role: str('role'),
    status: str('status'),
    onBehalfOf: str('onBehalfOf'),
    quote: str('quote'),
    assertion: str('assertion'),
    note: str('note'),
    evidence: ((p.evidence as string[] | undefined) ?? []).map((passage) => ({ passage })),
  };
}

/** One step of a merge: an ordinary operation and the one that undoes it. */
interface Step {
  op: OperationIn;
  inverse: OperationIn;
}

const retract = (id: string, note: string): OperationIn => ({ retractRelation: { id, note } });
const evidenceOp = (kind: 'addEvidence' | 'removeEvidence', target: string, ev: EvidenceIn): OperationIn => ({
  [kind]: { target, evidence: ev },
});

export interface MergePlan {
  steps: Step[];
  plan: Plan;
  from: NodeInfo;
  into: NodeInfo;
}

/** Checks a merge against the graph `read` sees and plans it as ordinary operations. */
export async function planMerge(read: Reader, m: MergeIn): Promise<MergePlan | { errors: UserError[] }> {
  if (m.note.trim() === '') return { errors: [err(['note'], 'say why the two are one: the note is empty')] };
  if (m.from === m.into)
    return { errors: [err(['into'], `an entity cannot be merged into itself ("${m.from}")`)] };
  const found = await nodes(read, [m.from, m.into]);
  const errors: UserError[] = [];
  const from = found.get(m.from);
  const into = found.get(m.into);
  if (!from) errors.push(err(['from'], `unknown entity "${m.from}"`, 'NOT_FOUND'));
  else if (from.merged)
    errors.push(
      err(
        ['from'],
        `"${m.from}" is already merged into "${from.mergedInto}": there is nothing left to merge`,
      ),
    );
  if (!into) errors.push(err(['into'], `unknown entity "${m.into}"`, 'NOT_FOUND'));
  else if (into.merged)
    errors.push(
      err(
        ['into'],
        `"${m.into}" is a merged id (merged into "${into.mergedInto}"): merge into the current entity instead`,
      ),
    );
  if (errors.length > 0 || !from || !into) return { errors };
  if (from.label !== into.label)
    return {
      errors: [
        err(
          ['into'],
          `"${m.from}" is ${withArticle(from.label)} and "${m.into}" ${withArticle(into.label)}: only entities of one kind merge (correct the kind first if one is wrong)`,
        ),
      ],
    };
  const countryOf = await read<{ id: string }>(
    'MATCH (n:Entity {countryId: $id}) RETURN n.id AS id ORDER BY id LIMIT 5',
    { id: m.from },
  );
  if (countryOf.length > 0)
    return {
      errors: [
        err(
          ['from'],
          `"${m.from}" is the country of ${countryOf.map((r) => r.id).join(', ')}: point them at "${m.into}" (updateEntity) before merging`,
        ),
      ],
    };

  const note = `merged into ${m.into}: ${m.note}`.slice(0, 500);
  // The current relations that name `from` as an end or as on-behalf-of, read through the model's live types
  // only: history keeps retracted relations under types of their own (they are not moved, and not read), and
  // evidence links are not relations. On-behalf-of is a property that the model allows on every relation type
  // (seed-format's relationSchema, plan.ts), so that branch reads every live relation: there is no narrower set
  // of types to match, and no index on the property (it would be one per type).
  const live = typePattern(RELATION_TYPES);
  const rels = await read<{ type: RelationTypeName; a: string; b: string; props: Record<string, unknown> }>(
    `CALL () {
       MATCH (a:Entity {id: $from})-[r${live}]->(b:Entity) RETURN a, r, b
       UNION MATCH (a:Entity)-[r${live}]->(b:Entity {id: $from}) RETURN a, r, b
       UNION MATCH (a:Entity)-[r${live}]->(b:Entity) WHERE r.onBehalfOf = $from RETURN a, r, b
     }
     RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props ORDER BY r.id`,
    { from: m.from },
  );
  const swap = (id: string | null) => (id === m.from ? m.into : id);
  const moved = rels.map((r) => {
    const original = relationInput(r.type, r.a, r.b, r.props);
    const target: RelationIn = {
      ...original,
      from: swap(original.from)!,
      to: swap(original.to)!,
      onBehalfOf: swap(original.onBehalfOf ?? null),
    };
    return { id: String(r.props.id), original, target, targetId: relationId(target) };
  });
  const existing = new Map(
    (
      await readRelationsById<{ id: string; evidence: string[] }>(
        read,
        moved.map((x) => x.targetId),
        null,
        'RETURN r.id AS id, coalesce(r.evidence, []) AS evidence',
      )
    ).map((r) => [r.id, new Set(r.evidence)]),
  );

  const retracts: Step[] = [];
  const adds = new Map<string, RelationIn>();
  const evidence: Step[] = [];
  for (const x of moved) {
    retracts.push({ op: retract(x.id, note), inverse: { addRelation: x.original } });
    // A relation between the two would become one of the survivor with itself: it goes, and comes back on unmerge.
    if (x.target.from === x.target.to) continue;
    const held = existing.get(x.targetId);
    if (held) {
      // The survivor states the same fact already: it gains the evidence it lacks.
      for (const ev of x.target.evidence)
        if (ev.passage && !held.has(ev.passage)) {
          held.add(ev.passage);
          evidence.push({
            op: evidenceOp('addEvidence', x.targetId, ev),
            inverse: evidenceOp('removeEvidence', x.targetId, ev),
          });
        }
      continue;
    }
    const same = adds.get(x.targetId);
    if (same) {
      // Two relations of the merged entity that become one: one relation citing the evidence of both.
      const ids = new Set(same.evidence.map((e) => e.passage));
      for (const ev of x.target.evidence) if (!ids.has(ev.passage)) same.evidence.push(ev);
    } else adds.set(x.targetId, { ...x.target, evidence: [...x.target.evidence] });
  }
  const addSteps: Step[] = [...adds].map(([id, r]) => ({
    op: { addRelation: r },
    inverse: retract(id, `unmerged ${m.from} from ${m.into}`),
  }));
  // The merged entity's passages evidence the survivor too (its own, and those other sources attest).
  const attested = await read<{ ids: string[] }>(
    `MATCH (n:Entity {id: $from})
     RETURN [(n)-[:EVIDENCED_BY]->(p:Passage) | p.id] AS ids`,
    { from: m.from },
  );
  const held = new Set(into.evidence);
  const passages = [...new Set([...from.evidence, ...(attested[0]?.ids ?? [])])];
  const entityEvidence = (ids: string[]): Step[] =>
    ids
      .filter((p) => !held.has(p))
      .map((passage) => ({
        op: evidenceOp('addEvidence', m.into, { passage }),
        inverse: evidenceOp('removeEvidence', m.into, { passage }),
      }));
  const given = (m.evidence ?? []).map((ev) => ({
    op: evidenceOp('addEvidence', m.into, ev),
    inverse: evidenceOp('removeEvidence', m.into, ev),
  }));
  const fixed = [...retracts, ...addSteps, ...evidence];

  const attempt = async (moving: string[]) => {
    const steps = [...fixed, ...entityEvidence(moving), ...given];
    const planned = await planChange(read, { comment: note, operations: steps.map((s) => s.op) });
    return { steps, planned };
  };
  let { steps, planned } = await attempt(passages);
  if ('plan' in planned) {
    // Evidence given for the merge that is also a passage of the merged entity: added once.
    const givenIds = planned.plan.writes
      .slice(steps.length - given.length)
      .flatMap((w) => (w.op === 'addEvidence' ? [w.passageId] : []));
    if (givenIds.some((p) => passages.includes(p)))
      ({ steps, planned } = await attempt(passages.filter((p) => !givenIds.includes(p))));
  }
  if ('errors' in planned)
    return { errors: planned.errors.map((e) => placeError(e, steps.length - given.length)) };
  // The given evidence by the passage it resolved to, so that the unmerge removes exactly that passage.
  const writes = planned.plan.writes;
  steps = steps.map((s, i) => {
    const w = writes[i];
    if (i < steps.length - given.length || w?.op !== 'addEvidence') return s;
    return { ...s, inverse: evidenceOp('removeEvidence', m.into, { passage: w.passageId }) };
  });
  const plan: Plan = {
    ...planned.plan,
    datasets: [...new Set([...planned.plan.datasets, from.dataset, into.dataset])].sort(),
    targetIds: [...new Set([m.from, m.into, ...planned.plan.targetIds])],
  };
  return { steps, plan, from, into };
}

/** An error of the planned operations, told as the merge's: the given evidence by its index, else the move. */
function placeError(e: UserError, firstGiven: number): UserError {
  const i = Number(e.path[2]);
  if (e.path[0] === 'input' && e.path[1] === 'operations' && i >= firstGiven) {
    const rest = e.path.slice(e.path.indexOf('evidence') + 1);
    return { ...e, path: ['evidence', String(i - firstGiven), ...rest] };
  }
  return { ...e, path: ['from'], message: `moving ${e.path.slice(3).join('.')}: ${e.message}` };
}

interface UnmergeTarget {
  merged: NodeInfo;
  changeSet: string;
  inverse: OperationIn[];
}

/** Checks that `id` is a merged id whose survivor is still current, and finds the inverses its merge recorded. */
export async function checkUnmerge(
  read: Reader,
  u: UnmergeIn,
): Promise<UnmergeTarget | { errors: UserError[] }> {
  const found = (await nodes(read, [u.id])).get(u.id);
  if (!found) return { errors: [err(['id'], `unknown id "${u.id}"`, 'NOT_FOUND')] };
  if (!found.merged)
    return {
      errors: [err(['id'], `"${u.id}" is not merged (it is a current entity): there is nothing to unmerge`)],
    };
  const survivor = (await nodes(read, [found.mergedInto ?? '']).then((n) => n.get(found.mergedInto ?? '')))!;
  if (!survivor || survivor.merged)
    return {
      errors: [
        err(
          ['id'],
          `"${u.id}" was merged into "${found.mergedInto}", which has since been merged into "${survivor?.mergedInto}": unmerge "${found.mergedInto}" first`,
          'CONFLICT',
        ),
      ],
    };
  const [cs] = await read<{ inverse: string[] | null }>(
    'MATCH (c:ChangeSet {id: $id}) RETURN c.inverseOperations AS inverse',
    { id: found.mergedBy },
  );
  if (!cs?.inverse)
    return { errors: [err(['id'], `the merge of "${u.id}" left no record to undo (${found.mergedBy})`)] };
  return {
    merged: found,
    changeSet: found.mergedBy!,
    inverse: cs.inverse.map((o) => JSON.parse(o) as OperationIn),
  };
}

/** At proposal: a merge is planned whole; an unmerge is checked (its inverses are planned at acceptance). */
export async function planSpecial(
  read: Reader,
  op: SpecialOp,
): Promise<{ plan: Plan } | { errors: UserError[] }> {
  if ('merge' in op) {
    const p = await planMerge(read, op.merge);
    return 'errors' in p ? p : { plan: p.plan };
  }
  const u = await checkUnmerge(read, op.unmerge);
  if ('errors' in u) return u;
  return {
    plan: {
      writes: [],
      passages: [],
      datasets: [],
      targetIds: [u.merged.id, u.merged.mergedInto!, u.changeSet],
    },
  };
}

const labelOf = (l: string): EntityLabel | null => ENTITY_LABELS.find((x) => x === l) ?? null;

async function takeOut(tx: WriteTx, id: string, into: string, label: EntityLabel, changeSet: string) {
  await tx.run(
    `MATCH (n:Entity {id: $id}) REMOVE n:Entity:${label} SET n:${MERGED_LABEL},
       n.mergedInto = $into, n.mergedLabel = $label, n.mergedBy = $changeSet`,
    { id, into, label, changeSet },
  );
}

async function putBack(tx: WriteTx, id: string, label: EntityLabel) {
  await tx.run(
    `MATCH (n:${MERGED_LABEL} {id: $id}) REMOVE n:${MERGED_LABEL} SET n:Entity:${label}
     REMOVE n.mergedInto, n.mergedLabel, n.mergedBy`,
    { id },
  );
}

async function judge(
  tx: WriteTx,
  j: {
    a: string;
    b: string;
    judgement: 'SAME' | 'NOT_SAME';
    user: string;
    at: Date;
    note: string;
    changeSet: string;
  },
) {
  const [a, b] = [j.a, j.b].sort();
  // Judgements are never updated in place: a new one retracts the pair's current one.
  await tx.run(
    `OPTIONAL MATCH (old:MergeJudgement {pair: $pair}) WHERE old.retractedAt IS NULL
     SET old.retractedAt = datetime($at), old.retractedBy = $changeSet
     WITH count(old) AS retracted
     CREATE (:MergeJudgement {pair: $pair, a: $a, b: $b, judgement: $judgement, user: $user, at: datetime($at),
       note: $note, changeSet: $changeSet})`,
    {
      pair: `${a}|${b}`,
      a,
      b,
      judgement: j.judgement,
      user: j.user,
      at: j.at.toISOString(),
      note: j.note,
      changeSet: j.changeSet,
    },
  );
}

export interface Applied {
  diff: string[];
  targetIds: string[];
}

/** Accepts a merge or unmerge change-set inside the reviewing transaction (nothing is left written on errors). */
export async function acceptSpecial(
  tx: WriteTx,
  op: SpecialOp,
  cs: ChangeSetRow,
  reviewer: { user: string; at: Date; comment: string | null },
): Promise<Applied | { errors: UserError[] }> {
  const read = txReader(tx);
  if ('merge' in op) {
    const p = await planMerge(read, op.merge);
    if ('errors' in p) return p;
    const label = labelOf(p.from.label)!;
    const diff = await applyPlan(tx, p.plan, cs.id, reviewer.at);
    await takeOut(tx, p.from.id, p.into.id, label, cs.id);
    diff.push(`~ entity ${p.from.id} merged into ${p.into.id}`);
    await tx.run(
      'MATCH (c:ChangeSet {id: $id}) SET c.appliedOperations = $ops, c.inverseOperations = $inverse',
      {
        id: cs.id,
        ops: p.steps.map((s) => JSON.stringify(s.op)),
        inverse: [...p.steps].reverse().map((s) => JSON.stringify(s.inverse)),
      },
    );
    await judge(tx, {
      a: p.from.id,
      b: p.into.id,
      judgement: 'SAME',
      user: reviewer.user,
      at: reviewer.at,
      note: op.merge.note,
      changeSet: cs.id,
    });
    return { diff, targetIds: p.plan.targetIds };
  }
  const u = await checkUnmerge(read, op.unmerge);
  if ('errors' in u) return u;
  const label = labelOf(u.merged.label)!;
  // The old id is an entity again before its relations come back to it; on any error it is taken out again,
  // so the transaction commits nothing.
  await putBack(tx, u.merged.id, label);
  const planned = await planChange(read, { comment: cs.comment, operations: u.inverse });
  if ('errors' in planned) {
    await takeOut(tx, u.merged.id, u.merged.mergedInto!, label, u.changeSet);
    return {
      errors: planned.errors.map((e) => ({ ...e, path: ['id'], message: `undoing the merge: ${e.message}` })),
    };
  }
  const plan: Plan = {
    ...planned.plan,
    datasets: [...new Set([...planned.plan.datasets, u.merged.dataset])].sort(),
  };
  const diff = await applyPlan(tx, plan, cs.id, reviewer.at);
  diff.push(`~ entity ${u.merged.id} unmerged from ${u.merged.mergedInto}`);
  await tx.run('MATCH (c:ChangeSet {id: $id}) SET c.appliedOperations = $ops', {
    id: cs.id,
    ops: u.inverse.map((o) => JSON.stringify(o)),
  });
  await judge(tx, {
    a: u.merged.id,
    b: u.merged.mergedInto!,
    judgement: 'NOT_SAME',
    user: reviewer.user,
    at: reviewer.at,
    note: reviewer.comment ?? cs.comment,
    changeSet: cs.id,
  });
  return { diff, targetIds: [u.merged.id, u.merged.mergedInto!, u.changeSet, ...plan.targetIds] };
}

/** A rejected merge is a judgement: the pair is NOT_SAME, with who, when and why. */
export async function rejectSpecial(
  tx: WriteTx,
  op: SpecialOp,
  cs: ChangeSetRow,
  reviewer: { user: string; at: Date; comment: string | null },
): Promise<void> {
  if (!('merge' in op)) return;
  await judge(tx, {
    a: op.merge.from,
    b: op.merge.into,
    judgement: 'NOT_SAME',
    user: reviewer.user,
    at: reviewer.at,
    note: reviewer.comment ?? `rejected: ${op.merge.note}`,
    changeSet: cs.id,
  });
}
