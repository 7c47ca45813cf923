import type { Database } from '../db/database.js';
import { refused } from '../errors.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { rules, type Decision } from '../auth/rules.js';
import type { AuditOutcome } from './audit.js';
import type { Curation } from './index.js';
import {
  acceptSpecial,
  planSpecial,
  rejectSpecial,
  specialOperation,
  type MergeIn,
  type UnmergeIn,
} from './merges.js';
import { checkShape, planChange, type ProposalIn, type Reader, type UserError } from './plan.js';
import {
  applyPlan,
  changeSetById,
  changeSetByIdempotencyKey,
  currentVersion,
  dbReader,
  txReader,
  inputHash,
  insertChangeSet,
  lockForDecision,
  operationTexts,
  proposalsSince,
  setDecision,
  type ChangeSetRow,
} from './store.js';

/**
 * The curation mutations as use cases (docs/how-to/CURATION.md, STYLE.md "Writes"): check the caller, validate the whole
 * input, apply it in one transaction, record it. Each step is a small function; every path ends in exactly one
 * audit record.
 */

export interface Caller {
  db: Database;
  curation: Curation;
  principal: Principal;
  requestId: string | undefined;
  idempotencyKey: string | undefined;
}

export interface Outcome {
  changeSet: ChangeSetRow | null;
  userErrors: UserError[];
  datasetVersion?: string | null;
}

const HOUR_MS = 3_600_000;

async function audit(
  c: Caller,
  operation: string,
  targetIds: string[],
  outcome: AuditOutcome,
  code?: string,
  detail?: string,
) {
  await c.curation.audit.record({
    principal: c.principal,
    operation,
    targetIds,
    outcome,
    code,
    detail,
    requestId: c.requestId,
  });
}

/** A refusal: recorded, then thrown (UNAUTHENTICATED → 401, FORBIDDEN → 403). */
async function enforce(c: Caller, operation: string, targetIds: string[], d: Decision): Promise<void> {
  if (d.allowed) return;
  await audit(c, operation, targetIds, d.code, d.code, d.message);
  throw refused(d.code, d.message);
}

const outcomeOf = (errors: UserError[]): AuditOutcome =>
  errors.some((e) => e.code === 'CONFLICT')
    ? 'CONFLICT'
    : errors.some((e) => e.code === 'LIMIT_EXCEEDED')
      ? 'LIMITED'
      : errors.every((e) => e.code === 'NOT_FOUND')
        ? 'NOT_FOUND'
        : 'INVALID';

async function failed(
  c: Caller,
  operation: string,
  targetIds: string[],
  errors: UserError[],
): Promise<Outcome> {
  const summary = errors
    .slice(0, 5)
    .map((e) => `${e.path.join('.')}: ${e.message}`)
    .join('; ');
  await audit(c, operation, targetIds, outcomeOf(errors), errors[0]?.code, summary);
  return { changeSet: null, userErrors: errors };
}

function author(p: Principal) {
  if (p.kind === 'anonymous') throw new Error('an anonymous caller cannot author a change-set');
  return { actor: actorOf(p), kind: p.kind, subject: p.subject };
}

/** A proposal's plan: a merge or unmerge by its own rules (merges.ts), any other change-set by the seed's. */
function planProposal(read: Reader, input: ProposalIn) {
  const special = specialOperation(input);
  return special ? planSpecial(read, special) : planChange(read, input);
}

/** `operation` names the mutation in the audit log (`addSource` proposes a change-set of one operation). */
export async function proposeChange(c: Caller, input: ProposalIn, op = 'proposeChange'): Promise<Outcome> {
  await enforce(c, op, [], rules.propose(c.principal));
  const who = author(c.principal);
  const hash = inputHash(input);
  if (c.idempotencyKey !== undefined) {
    const first = await changeSetByIdempotencyKey(c.db, who.actor, c.idempotencyKey);
    if (first && first.inputHash === hash) {
      await audit(
        c,
        op,
        [first.id],
        'SUCCEEDED',
        undefined,
        'a retry (Idempotency-Key): the first answer again',
      );
      return { changeSet: first, userErrors: [] };
    }
    if (first)
      return failed(
        c,
        op,
        [first.id],
        [
          {
            path: ['Idempotency-Key'],
            message: `this Idempotency-Key was used for another proposal (${first.id}): use a new key for a new proposal`,
            code: 'IDEMPOTENCY_KEY_REUSED',
          },
        ],
      );
  }
  const shape = checkShape(input, c.curation.limits);
  if (shape.length > 0) return failed(c, op, [], shape);
  const limit = c.curation.limits.proposalsPerHour;
  const recent = await proposalsSince(c.db, who.actor, new Date(c.curation.now().getTime() - HOUR_MS));
  if (recent >= limit)
    return failed(
      c,
      op,
      [],
      [
        {
          path: ['input'],
          message: `at most ${limit} proposals per hour: wait, or ask a reviewer to decide the open ones`,
          code: 'LIMIT_EXCEEDED',
        },
      ],
    );
  const version = await currentVersion(dbReader(c.db));
  if (input.expectedVersion && input.expectedVersion !== version)
    return failed(
      c,
      op,
      [],
      [
        {
          path: ['input', 'expectedVersion'],
          message: `the graph has changed since: the current version is ${version ?? 'none'}; look again and propose against it`,
          code: 'CONFLICT',
        },
      ],
    );
  const planned = await planProposal(dbReader(c.db), input);
  if ('errors' in planned) return failed(c, op, [], planned.errors);
  await c.curation.ready();
  const changeSet = await c.db.writeTransaction(async (tx) => {
    const row = await insertChangeSet(tx, {
      comment: input.comment,
      author: who,
      at: c.curation.now(),
      expectedVersion: input.expectedVersion ?? null,
      baseVersion: version,
      operations: operationTexts(input),
      idempotencyKey: c.idempotencyKey ?? null,
      inputHash: hash,
    });
    await c.curation.audit.recordIn(tx, {
      principal: c.principal,
      operation: op,
      targetIds: [row.id, ...planned.plan.targetIds],
      outcome: 'SUCCEEDED',
      detail: `proposed ${input.operations.length} operation(s)`,
      requestId: c.requestId,
    });
    return row;
  });
  return { changeSet, userErrors: [] };
}

const notFound = (id: string): UserError[] => [
  { path: ['id'], message: `no change-set "${id}"`, code: 'NOT_FOUND' },
];
const notProposed = (cs: ChangeSetRow): UserError[] => [
  { path: ['id'], message: `${cs.id} is ${cs.state}, not PROPOSED: nothing to decide`, code: 'NOT_PROPOSED' },
];
const ownerOf = (cs: ChangeSetRow) => ({ kind: cs.authorKind, subject: cs.authorSubject });
/** Who may not act on a change-set they cannot see still learns nothing of whether it exists. */
const NOBODY = { kind: '', subject: '' };

export async function reviewChange(
  c: Caller,
  id: string,
  decision: 'ACCEPT' | 'REJECT',
  comment: string | null,
): Promise<Outcome> {
  const op = 'reviewChange';
  const cs = await changeSetById(dbReader(c.db), id);
  await enforce(c, op, [id], rules.review(c.principal, cs ? ownerOf(cs) : NOBODY));
  if (!cs) return failed(c, op, [id], notFound(id));
  if (comment !== null && comment.length > c.curation.limits.maxText)
    return failed(
      c,
      op,
      [id],
      [
        {
          path: ['comment'],
          message: `at most ${c.curation.limits.maxText} characters (got ${comment.length})`,
          code: 'LIMIT_EXCEEDED',
        },
      ],
    );
  await c.curation.ready();
  const reviewer = actorOf(c.principal);
  const result = await c.db.writeTransaction(async (tx): Promise<Outcome> => {
    await lockForDecision(tx, id);
    const read = txReader(tx);
    const now = (await changeSetById(read, id))!;
    if (now.state !== 'PROPOSED') return { changeSet: null, userErrors: notProposed(now) };
    const input: ProposalIn = {
      comment: now.comment,
      operations: now.operations.map((o) => JSON.parse(o) as ProposalIn['operations'][number]),
    };
    const special = specialOperation(input);
    // One instant for the decision and every write it makes (history's recordedAt/retractedAt).
    const at = c.curation.now();
    const decided = { user: reviewer, at, comment };
    if (decision === 'REJECT') {
      if (special) await rejectSpecial(tx, special, now, decided);
      const row = await setDecision(tx, id, { state: 'REJECTED', reviewer, at, comment });
      await c.curation.audit.recordIn(tx, {
        principal: c.principal,
        operation: op,
        targetIds: [id],
        outcome: 'SUCCEEDED',
        detail: 'REJECT',
        requestId: c.requestId,
      });
      return { changeSet: row, userErrors: [] };
    }
    const version = await currentVersion(read);
    if (now.expectedVersion !== null && now.expectedVersion !== version)
      return {
        changeSet: null,
        userErrors: [
          {
            path: ['id'],
            message: `the graph has changed since ${id} was proposed (against ${now.expectedVersion}); the current version is ${version ?? 'none'}: reject it, and let its author propose again`,
            code: 'CONFLICT',
          },
        ],
      };
    // The graph may have changed since the proposal: every rule is checked again, in this transaction.
    const planned = special
      ? await acceptSpecial(tx, special, now, decided)
      : await planChange(read, input).then(async (p) =>
          'errors' in p ? p : { diff: await applyPlan(tx, p.plan, id, at), targetIds: p.plan.targetIds },
        );
    if ('errors' in planned)
      return {
        changeSet: null,
        userErrors: planned.errors.map((e) => ({ ...e, message: `now invalid: ${e.message}` })),
      };
    const diff = planned.diff;
    const applied = await currentVersion(read);
    const row = await setDecision(tx, id, {
      state: 'ACCEPTED',
      reviewer,
      at,
      comment,
      appliedVersion: applied,
      diff,
    });
    await c.curation.audit.recordIn(tx, {
      principal: c.principal,
      operation: op,
      targetIds: [id, ...planned.targetIds],
      outcome: 'SUCCEEDED',
      detail: 'ACCEPT',
      requestId: c.requestId,
    });
    return { changeSet: row, userErrors: [], datasetVersion: applied };
  });
  if (result.userErrors.length > 0) return failed(c, op, [id], result.userErrors);
  return result;
}

export async function withdrawChange(c: Caller, id: string): Promise<Outcome> {
  const op = 'withdrawChange';
  const cs = await changeSetById(dbReader(c.db), id);
  await enforce(c, op, [id], rules.withdraw(c.principal, cs ? ownerOf(cs) : NOBODY));
  if (!cs) return failed(c, op, [id], notFound(id));
  await c.curation.ready();
  const result = await c.db.writeTransaction(async (tx): Promise<Outcome> => {
    await lockForDecision(tx, id);
    const now = (await changeSetById(txReader(tx), id))!;
    if (now.state !== 'PROPOSED') return { changeSet: null, userErrors: notProposed(now) };
    const row = await setDecision(tx, id, {
      state: 'WITHDRAWN',
      reviewer: null,
      at: c.curation.now(),
      comment: null,
    });
    await c.curation.audit.recordIn(tx, {
      principal: c.principal,
      operation: op,
      targetIds: [id],
      outcome: 'SUCCEEDED',
      requestId: c.requestId,
    });
    return { changeSet: row, userErrors: [] };
  });
  if (result.userErrors.length > 0) return failed(c, op, [id], result.userErrors);
  return result;
}

/** A change-set for those who take part in curation. */
export async function readChangeSet(c: Caller, id: string): Promise<ChangeSetRow | null> {
  const d = rules.readChangeSet(c.principal);
  if (!d.allowed) throw refused(d.code, d.message);
  return changeSetById(dbReader(c.db), id);
}

/** proposeMerge: a change-set of one merge, proposed (and limited, audited, idempotent) like any other. */
export function proposeMerge(c: Caller, m: MergeIn): Promise<Outcome> {
  return proposeChange(c, { comment: m.note, operations: [{ merge: m }] }, 'proposeMerge');
}

/** unmerge: a change-set of one unmerge, reviewed like any other. */
export function proposeUnmerge(c: Caller, u: UnmergeIn): Promise<Outcome> {
  const note = u.note?.trim() ? u.note : `Unmerge ${u.id}: restore it with its own relations and evidence`;
  return proposeChange(c, { comment: note, operations: [{ unmerge: { id: u.id, note } }] }, 'unmerge');
}
