import type { z } from 'zod';
import {
  kindOfLabel,
  kindOfType,
  isEntityLabel,
  type EntityLabel,
  type EntityTypeName,
} from '../model/entities.js';
import { passageId, relationId, relationTypeOfId } from '../model/ids.js';
import { RELATION_ENDS, type RelationTypeName } from '../model/relations.js';
import { normalise } from '../model/sources.js';
import type { CurationLimits } from '../config.js';
// The seed's own rules and property mapping: a change-set is held to exactly what a seed file is.
import { ENTITY_SCHEMAS, relationSchema, evidenceSchema } from '../ingest/seed-format.js';
import { relationsByIdStatement } from '../graph/fragments.js';
import {
  entityProps,
  locateExcerpt,
  relationProps,
  relationYears,
  type EntityRecord,
  type Props,
  type RelationRecord,
} from '../ingest/load.js';
import { quoteAt } from '../ingest/anchors.js';
import {
  planAddSource,
  planReplaceText,
  type KnownSource,
  type ReplaceTextIn,
  type SourceOpIn,
  type SourceWrite,
} from './sources.js';

/**
 * Validation of a proposed change-set against the graph as it is, and the plan of writes it comes to. Runs at
 * proposal (nothing is stored when anything is wrong) and again inside the transaction that accepts it (the graph
 * may have changed in between). Every problem is a UserError naming the operation and field.
 */

export type UserErrorCode =
  | 'INVALID'
  | 'EXCERPT_NOT_FOUND'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NOT_FOUND'
  | 'NOT_PROPOSED';

export interface UserError {
  path: string[];
  message: string;
  code: UserErrorCode;
}

/** Reads the graph: `db.read` at proposal, the accepting transaction's `run` at acceptance. */
export type Reader = <T extends Record<string, unknown>>(
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<T[]>;

/**
 * Relations by id through their types' indexes (`relationsByIdStatement`), one statement per type named: a text per
 * type (a small plan, cached), not one per combination of types (each new one planned anew). Rows of all types.
 */
export async function readRelationsById<T extends Record<string, unknown>>(
  read: Reader,
  ids: Iterable<string>,
  where: string | null,
  returns: string,
): Promise<T[]> {
  const byType = new Map<string, string[]>();
  for (const id of ids) {
    const type = relationTypeOfId(id);
    if (type) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const out: T[] = [];
  for (const ofType of byType.values()) {
    const statement = relationsByIdStatement(ofType, where, returns);
    if (statement) out.push(...(await read<T>(statement.cypher, statement.params)));
  }
  return out;
}

type Nullable<T> = { [K in keyof T]?: T[K] | null };

export interface EvidenceIn {
  passage?: string | null;
  /** The source of section + excerpt (needed once the graph holds several). */
  source?: string | null;
  section?: string | null;
  excerpt?: string | null;
  offset?: number | null;
}

export type EntityIn = Nullable<{
  id: string;
  type: EntityTypeName;
  name: string;
  otherNames: string[];
  description: string;
  acronym: string;
  classification: string;
  website: string;
  title: string;
  role: string;
  kind: string;
  date: string;
  endDate: string;
  participantCount: number;
  participantCountQualifier: string;
  status: string;
  instrument: string;
  symbol: string;
  year: number;
  documentType: string;
  url: string;
  placeType: string;
  country: string;
  statementKind: string;
  amount: number;
  unit: string;
  qualifier: string;
  counts: string;
  inferred: Array<{ field: string; note: string }>;
}> & { id: string; evidence?: EvidenceIn[] | null };

export interface RelationIn {
  type: RelationTypeName;
  from: string;
  to: string;
  year?: number | null;
  since?: string | null;
  until?: string | null;
  role?: string | null;
  status?: string | null;
  onBehalfOf?: string | null;
  quote?: string | null;
  assertion?: string | null;
  note?: string | null;
  evidence: EvidenceIn[];
}

export interface OperationIn {
  createEntity?: EntityIn | null;
  updateEntity?: EntityIn | null;
  addRelation?: RelationIn | null;
  retractRelation?: { id: string; note: string } | null;
  addEvidence?: { target: string; evidence: EvidenceIn } | null;
  removeEvidence?: { target: string; evidence: EvidenceIn } | null;
  // Merges (merges.ts): a change-set of this one operation, planned there as ordinary operations.
  merge?: { from: string; into: string; note: string; evidence?: EvidenceIn[] | null } | null;
  unmerge?: { id: string; note?: string | null } | null;
  // Sources (issue 24): src/curation/sources.ts.
  addSource?: SourceOpIn | null;
  replaceSourceText?: ReplaceTextIn | null;
}

export interface ProposalIn {
  comment: string;
  expectedVersion?: string | null;
  operations: OperationIn[];
}

export interface NewPassage {
  id: string;
  source: string;
  section: string;
  excerpt: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  dataset: string;
}

/** The writes one operation comes to, checked and ready to run. */
export type Write =
  | {
      op: 'createEntity';
      label: EntityLabel;
      id: string;
      props: Props;
      passageIds: string[];
      dataset: string;
    }
  | { op: 'updateEntity'; label: EntityLabel; id: string; props: Props; before: Props }
  | {
      op: 'addRelation';
      type: RelationTypeName;
      id: string;
      from: string;
      to: string;
      props: Props;
      dataset: string;
    }
  | { op: 'retractRelation'; type: RelationTypeName; id: string; note: string }
  | {
      op: 'addEvidence' | 'removeEvidence';
      target: string;
      relationType: RelationTypeName | null;
      passageId: string;
    }
  | SourceWrite;

export interface Plan {
  writes: Write[];
  /** Passages the evidence needs that the graph does not hold yet. */
  passages: NewPassage[];
  /** The datasets whose version the change-set bumps. */
  datasets: string[];
  /** The ids it names (for the audit log). */
  targetIds: string[];
}

const OP_NAMES = [
  'createEntity',
  'updateEntity',
  'addRelation',
  'retractRelation',
  'addEvidence',
  'removeEvidence',
  'merge',
  'unmerge',
  'addSource',
  'replaceSourceText',
] as const;

type SourceInfo = KnownSource;

/** A source's text is limited by MAX_SOURCE_CHARS (src/ingest/source-text.ts), not by the per-field limit. */
const isSourceText = (at: string[]) =>
  at.at(-1) === 'text' && ['addSource', 'replaceSourceText'].includes(at.at(-2) ?? '');

interface EntityInfo {
  id: string;
  label: EntityLabel;
  dataset: string;
  props: Props;
}

/** Drops nulls (GraphQL's "not given") so the seed schema sees exactly the fields given. */
function given<T extends object>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

function zodErrors(at: string[], error: z.ZodError, code: UserErrorCode = 'INVALID'): UserError[] {
  return error.issues.map((i) => ({
    path: [...at, ...i.path.map(String)],
    message:
      i.code === 'unrecognized_keys'
        ? `unknown field(s) ${i.keys.map((k) => `"${k}"`).join(', ')} for this kind (see docs/reference/SEED-FORMAT.md)`
        : i.message,
    code,
  }));
}

/** Every text of the input, with where it is, for the size limit. */
function texts(value: unknown, at: string[]): Array<{ at: string[]; text: string }> {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...at, String(i)]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, [...at, k]));
  return [];
}

/** Checks the limits that need no database: operations per change-set, text sizes, one field per operation. */
export function checkShape(input: ProposalIn, limits: CurationLimits): UserError[] {
  const errors: UserError[] = [];
  const root = ['input'];
  if (input.operations.length === 0)
    errors.push({
      path: [...root, 'operations'],
      message: 'a change-set needs at least one operation',
      code: 'INVALID',
    });
  if (input.operations.length > limits.maxOperations)
    errors.push({
      path: [...root, 'operations'],
      message: `a change-set may hold at most ${limits.maxOperations} operations (got ${input.operations.length}): split it`,
      code: 'LIMIT_EXCEEDED',
    });
  if (input.comment.trim() === '')
    errors.push({
      path: [...root, 'comment'],
      message: 'say why: the comment must not be empty',
      code: 'INVALID',
    });
  for (const t of texts(input, root))
    if (t.text.length > limits.maxText && !isSourceText(t.at))
      errors.push({
        path: t.at,
        message: `at most ${limits.maxText} characters (got ${t.text.length})`,
        code: 'LIMIT_EXCEEDED',
      });
  input.operations.forEach((op, i) => {
    const set = OP_NAMES.filter((n) => op[n] !== null && op[n] !== undefined);
    if (set.length !== 1)
      errors.push({
        path: [...root, 'operations', String(i)],
        message: `set exactly one of ${OP_NAMES.join(', ')} (got ${set.length === 0 ? 'none' : set.join(', ')})`,
        code: 'INVALID',
      });
  });
  return errors;
}

/** Validates the change-set against the graph `read` sees; returns the plan, or every problem found. */
export async function planChange(
  read: Reader,
  input: ProposalIn,
): Promise<{ plan: Plan } | { errors: UserError[] }> {
  const errors: UserError[] = [];
  const sources: SourceInfo[] = await read<SourceInfo & Record<string, unknown>>(
    `MATCH (s:Source) RETURN s.id AS id, s.dataset AS dataset, coalesce(s.sectionNames, []) AS sectionNames,
            coalesce(s.sectionTexts, []) AS sectionTexts ORDER BY id`,
  );
  // Ids the operations name, looked up at once.
  const entityIds = new Set<string>();
  const relationIds = new Set<string>();
  const passageIds = new Set<string>();
  for (const op of input.operations) {
    const e = op.createEntity ?? op.updateEntity;
    if (e) {
      entityIds.add(e.id);
      if (e.country) entityIds.add(e.country);
    }
    const r = op.addRelation;
    if (r) for (const id of [r.from, r.to, r.onBehalfOf]) if (id) entityIds.add(id);
    if (op.retractRelation) relationIds.add(op.retractRelation.id);
    for (const x of [op.addEvidence, op.removeEvidence])
      if (x) (x.target.startsWith('rel:') ? relationIds : entityIds).add(x.target);
    for (const ev of [
      ...(e?.evidence ?? []),
      ...(r?.evidence ?? []),
      op.addEvidence?.evidence,
      op.removeEvidence?.evidence,
    ])
      if (ev?.passage) passageIds.add(ev.passage);
  }
  const entities = new Map(
    (
      await read<EntityInfo & Record<string, unknown>>(
        `MATCH (n:Entity) WHERE n.id IN $ids
         RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.dataset AS dataset, properties(n) AS props`,
        { ids: [...entityIds] },
      )
    ).map((e) => [e.id, e]),
  );
  // Merged ids (merges.ts) stay reserved: nothing new takes one, and a reference to one names its survivor.
  const merged = new Map(
    (
      await read<{ id: string; into: string }>(
        'MATCH (m:MergedEntity) WHERE m.id IN $ids RETURN m.id AS id, m.mergedInto AS into',
        { ids: [...entityIds] },
      )
    ).map((m) => [m.id, m.into]),
  );
  const unknownEntity = (id: string) =>
    merged.has(id) ? `"${id}" was merged into "${merged.get(id)}": use that id` : `unknown entity "${id}"`;
  const relations = new Map(
    (
      await readRelationsById<{ id: string; type: RelationTypeName; evidence: string[]; dataset: string }>(
        read,
        relationIds,
        null,
        'RETURN r.id AS id, type(r) AS type, coalesce(r.evidence, []) AS evidence, r.dataset AS dataset',
      )
    ).map((r) => [r.id, r]),
  );
  const passages = new Map(
    (
      await read<{ id: string; source: string; section: string; excerpt: string; dataset: string }>(
        'MATCH (p:Passage) WHERE p.id IN $ids RETURN p.id AS id, p.source AS source, p.section AS section, p.excerpt AS excerpt, p.dataset AS dataset',
        { ids: [...passageIds] },
      )
    ).map((p) => [p.id, p]),
  );
  const newPassages = new Map<string, NewPassage>();
  const created = new Map<string, { label: EntityLabel; props: Props }>();
  const writes: Write[] = [];
  const datasets = new Set<string>();
  const targetIds = new Set<string>();
  const newRelationIds = new Set<string>();

  /** One piece of evidence: an existing passage, or an excerpt found in its section as the seed finds it. */
  const resolveEvidence = (
    ev: EvidenceIn,
    at: string[],
  ): { id: string; dataset: string; section: string; excerpt: string } | null => {
    if (ev.passage) {
      if (ev.section || ev.excerpt || (ev.offset !== null && ev.offset !== undefined)) {
        errors.push({
          path: at,
          message: 'give either a passage id or a section and excerpt, not both',
          code: 'INVALID',
        });
        return null;
      }
      const p = passages.get(ev.passage);
      if (!p) {
        errors.push({
          path: [...at, 'passage'],
          message: `unknown passage "${ev.passage}"`,
          code: 'INVALID',
        });
        return null;
      }
      return { id: p.id, dataset: p.dataset, section: p.section, excerpt: p.excerpt };
    }
    const parsed = evidenceSchema.safeParse(
      given({ section: ev.section, excerpt: ev.excerpt, offset: ev.offset }),
    );
    if (!parsed.success) {
      errors.push(...zodErrors(at, parsed.error));
      return null;
    }
    const e = parsed.data;
    // With one source (the report) it needs no naming; with several, `source` says which.
    const source = ev.source
      ? sources.find((s) => s.id === ev.source)
      : sources.length === 1
        ? sources[0]
        : undefined;
    if (!source) {
      errors.push({
        path: ev.source ? [...at, 'source'] : at,
        message: ev.source
          ? `unknown source "${ev.source}" (one of: ${sources.map((s) => s.id).join(', ')})`
          : `name the source (evidence.source) or cite a passage id: the graph holds several sources (${sources.map((s) => s.id).join(', ')})`,
        code: 'INVALID',
      });
      return null;
    }
    const index = source.sectionNames.indexOf(e.section);
    if (index < 0) {
      errors.push({
        path: [...at, 'section'],
        message: `"${e.section}" is not a section of ${source.id} (one of: ${source.sectionNames.join(', ')})`,
        code: 'INVALID',
      });
      return null;
    }
    const section = source.sectionTexts[index];
    if (section === undefined || section === '') {
      errors.push({
        path: [...at, 'excerpt'],
        message: `the text of ${source.id} is not in the database, so the excerpt cannot be checked: cite a passage id`,
        code: 'EXCERPT_NOT_FOUND',
      });
      return null;
    }
    // Exactly as the seed's loader checks it (one function, src/ingest/load.ts).
    const found = locateExcerpt(section, e.section, e.excerpt, e.offset);
    if ('problem' in found) {
      errors.push({ path: [...at, found.field], message: found.problem, code: 'EXCERPT_NOT_FOUND' });
      return null;
    }
    const excerpt = normalise(e.excerpt);
    const start = found.start;
    const id = passageId(source.id, e.section, excerpt, e.offset);
    if (!passages.has(id) && !newPassages.has(id))
      newPassages.set(id, {
        id,
        source: source.id,
        section: e.section,
        excerpt,
        start,
        end: start + excerpt.length,
        prefix: quoteAt(section, start, start + excerpt.length).prefix,
        suffix: quoteAt(section, start, start + excerpt.length).suffix,
        dataset: source.dataset,
      });
    return { id, dataset: source.dataset, section: e.section, excerpt };
  };

  const exists = (id: string) => entities.has(id) || created.has(id);

  for (const [i, op] of input.operations.entries()) {
    const at = ['input', 'operations', String(i)];
    if (op.merge || op.unmerge) {
      errors.push({
        path: at,
        message: 'a merge or unmerge is a change-set of its own: use proposeMerge or unmerge',
        code: 'INVALID',
      });
    } else if (op.createEntity) {
      const x = op.createEntity;
      const where = [...at, 'createEntity'];
      targetIds.add(x.id);
      if (!x.type) {
        errors.push({ path: [...where, 'type'], message: 'a new entity needs its type', code: 'INVALID' });
        continue;
      }
      const label = kindOfType(x.type).label;
      if (exists(x.id) || merged.has(x.id)) {
        errors.push({
          path: [...where, 'id'],
          message: merged.has(x.id)
            ? `"${x.id}" is a merged id (merged into "${merged.get(x.id)}"): unmerge it, or choose another id`
            : `duplicate id "${x.id}": the graph holds it already (use updateEntity)`,
          code: 'INVALID',
        });
        continue;
      }
      const evidence = (x.evidence ?? []).map((ev, j) =>
        resolveEvidence(ev, [...where, 'evidence', String(j)]),
      );
      if (evidence.some((e) => e === null)) continue;
      const resolved = evidence as NonNullable<(typeof evidence)[number]>[];
      const { type: _type, evidence: _evidence, ...fields } = given(x);
      const parsed = ENTITY_SCHEMAS[label].safeParse({
        ...fields,
        evidence: resolved.map((e) => ({ section: e.section, excerpt: e.excerpt })),
      });
      if (!parsed.success) {
        errors.push(...zodErrors(where, parsed.error));
        continue;
      }
      const inferredOk = checkInferred(parsed.data, where, errors);
      if (!inferredOk) continue;
      const country = (parsed.data as { country?: string }).country;
      if (country !== undefined && !exists(country))
        errors.push({ path: [...where, 'country'], message: `unknown place "${country}"`, code: 'INVALID' });
      const ids = [...new Set(resolved.map((e) => e.id))];
      const dataset = resolved[0]!.dataset;
      const props: Props = {
        ...entityProps(label, parsed.data),
        evidence: ids,
        inferredFields: (parsed.data.inferred ?? []).map((f) => f.field),
        inferredNotes: (parsed.data.inferred ?? []).map((f) => f.note),
      };
      created.set(x.id, { label, props });
      datasets.add(dataset);
      writes.push({ op: 'createEntity', label, id: x.id, props, passageIds: ids, dataset });
    } else if (op.updateEntity) {
      const x = op.updateEntity;
      const where = [...at, 'updateEntity'];
      targetIds.add(x.id);
      const current = entities.get(x.id);
      if (!current || !isEntityLabel(current.label)) {
        errors.push({ path: [...where, 'id'], message: `unknown entity "${x.id}"`, code: 'NOT_FOUND' });
        continue;
      }
      if (x.type && kindOfType(x.type).label !== current.label) {
        errors.push({
          path: [...where, 'type'],
          message: `an entity's kind cannot change (it is ${current.label}); retract it and create another`,
          code: 'INVALID',
        });
        continue;
      }
      if (x.evidence) {
        errors.push({
          path: [...where, 'evidence'],
          message: 'change evidence with addEvidence and removeEvidence',
          code: 'INVALID',
        });
        continue;
      }
      const { type: _type, evidence: _evidence, id: _id, ...fields } = given(x);
      const schema = ENTITY_SCHEMAS[current.label];
      const before = seedFields(current, schema);
      const parsed = schema.safeParse({
        ...before,
        ...fields,
        id: x.id,
        evidence: [{ section: 'kept', excerpt: 'kept' }],
      });
      if (!parsed.success) {
        errors.push(...zodErrors(where, parsed.error));
        continue;
      }
      if (!checkInferred(parsed.data, where, errors)) continue;
      const country = (parsed.data as { country?: string }).country;
      if (country !== undefined && !exists(country))
        errors.push({ path: [...where, 'country'], message: `unknown place "${country}"`, code: 'INVALID' });
      const props: Props = {
        ...entityProps(current.label, parsed.data),
        evidence: current.props.evidence ?? [],
        inferredFields: (parsed.data.inferred ?? []).map((f) => f.field),
        inferredNotes: (parsed.data.inferred ?? []).map((f) => f.note),
      };
      datasets.add(current.dataset);
      writes.push({
        op: 'updateEntity',
        label: current.label,
        id: x.id,
        props,
        before: withoutDataset(current.props),
      });
    } else if (op.addRelation) {
      const x = op.addRelation;
      const where = [...at, 'addRelation'];
      const evidence = x.evidence.map((ev, j) => resolveEvidence(ev, [...where, 'evidence', String(j)]));
      if (evidence.some((e) => e === null)) continue;
      const resolved = evidence as NonNullable<(typeof evidence)[number]>[];
      const { evidence: _evidence, ...fields } = given(x);
      const parsed = relationSchema.safeParse({
        ...fields,
        evidence: resolved.map((e) => ({ section: e.section, excerpt: e.excerpt })),
      });
      if (!parsed.success) {
        errors.push(...zodErrors(where, parsed.error));
        continue;
      }
      const r = parsed.data;
      let dangling = false;
      for (const field of ['from', 'to', 'onBehalfOf'] as const) {
        const ref = r[field];
        if (ref !== undefined && !exists(ref)) {
          errors.push({ path: [...where, field], message: unknownEntity(ref), code: 'INVALID' });
          dangling = true;
        }
      }
      if (dangling) continue;
      // The model's end rules (RELATION_ENDS), as the seed's validator applies them: only a topic is addressed.
      const endRules = RELATION_ENDS[r.type];
      let misplaced = false;
      for (const field of ['from', 'to'] as const) {
        const allowed = endRules?.[field];
        const label = entities.get(r[field])?.label ?? created.get(r[field])?.label;
        const kind = label ? kindOfLabel(label).type : undefined;
        if (allowed && kind !== undefined && !allowed.includes(kind)) {
          errors.push({
            path: [...where, field],
            message: `${r.type} ${field === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not at ${kind} "${r[field]}" (see docs/reference/SEED-FORMAT.md)`,
            code: 'INVALID',
          });
          misplaced = true;
        }
      }
      if (misplaced) continue;
      const id = relationId(r);
      const already = await readRelationsById<{ n: number }>(read, [id], null, 'RETURN count(r) AS n');
      if ((already[0]?.n ?? 0) > 0 || newRelationIds.has(id)) {
        errors.push({
          path: where,
          message: `duplicate relation ${id} (same type, ends, year, role, status, since and on-behalf-of)`,
          code: 'INVALID',
        });
        continue;
      }
      newRelationIds.add(id);
      targetIds.add(id);
      const props: Props = relationProps(r, id, [...new Set(resolved.map((e) => e.id))]);
      const ends = new Map<string, EntityRecord>();
      for (const end of [r.from, r.to]) {
        const e = created.get(end) ?? entities.get(end);
        if (e) ends.set(end, { label: e.label, id: end, props: e.props, passageIds: [], origin: '' });
      }
      const record: RelationRecord = { type: r.type, id, from: r.from, to: r.to, props, origin: '' };
      props.years = relationYears(record, ends);
      const dataset = resolved[0]!.dataset;
      datasets.add(dataset);
      writes.push({ op: 'addRelation', type: r.type, id, from: r.from, to: r.to, props, dataset });
    } else if (op.retractRelation) {
      const x = op.retractRelation;
      const where = [...at, 'retractRelation'];
      targetIds.add(x.id);
      const rel = relations.get(x.id);
      if (!rel) {
        errors.push({ path: [...where, 'id'], message: `unknown relation "${x.id}"`, code: 'NOT_FOUND' });
        continue;
      }
      if (x.note.trim() === '') {
        errors.push({ path: [...where, 'note'], message: 'say why the relation is wrong', code: 'INVALID' });
        continue;
      }
      datasets.add(rel.dataset);
      writes.push({ op: 'retractRelation', type: rel.type, id: x.id, note: x.note });
    } else if (op.addSource || op.replaceSourceText) {
      const adding = Boolean(op.addSource);
      const where = [...at, adding ? 'addSource' : 'replaceSourceText'];
      const planned = op.addSource
        ? await planAddSource(read, op.addSource, where, sources)
        : await planReplaceText(read, op.replaceSourceText!, where);
      if ('errors' in planned) {
        errors.push(...planned.errors);
        continue;
      }
      // Later operations of the change-set may cite the new text.
      const i = sources.findIndex((s) => s.id === planned.source.id);
      if (i >= 0) sources[i] = planned.source;
      else sources.push(planned.source);
      targetIds.add(planned.source.id);
      datasets.add(planned.source.dataset);
      writes.push(planned.write);
    } else {
      const name = op.addEvidence ? 'addEvidence' : 'removeEvidence';
      const x = (op.addEvidence ?? op.removeEvidence)!;
      const where = [...at, name];
      targetIds.add(x.target);
      const rel = relations.get(x.target);
      const entity = entities.get(x.target);
      if (!rel && !entity) {
        errors.push({
          path: [...where, 'target'],
          message: `unknown entity or relation "${x.target}"`,
          code: 'NOT_FOUND',
        });
        continue;
      }
      const ev = resolveEvidence(x.evidence, [...where, 'evidence']);
      if (!ev) continue;
      const held = rel ? rel.evidence : ((entity!.props.evidence as string[] | undefined) ?? []);
      if (name === 'addEvidence' && held.includes(ev.id)) {
        errors.push({
          path: [...where, 'evidence'],
          message: `${x.target} already cites ${ev.id}`,
          code: 'INVALID',
        });
        continue;
      }
      if (name === 'removeEvidence' && !held.includes(ev.id)) {
        errors.push({
          path: [...where, 'evidence'],
          message: `${x.target} does not cite ${ev.id}`,
          code: 'INVALID',
        });
        continue;
      }
      if (name === 'removeEvidence' && held.length <= 1) {
        errors.push({
          path: [...where, 'evidence'],
          message: 'every fact keeps at least one passage: add another before removing this one',
          code: 'INVALID',
        });
        continue;
      }
      datasets.add(rel?.dataset ?? entity!.dataset);
      writes.push({ op: name, target: x.target, relationType: rel?.type ?? null, passageId: ev.id });
    }
  }
  if (errors.length > 0) return { errors };
  return {
    plan: {
      writes,
      passages: [...newPassages.values()],
      datasets: [...datasets].sort(),
      targetIds: [...targetIds],
    },
  };
}

/** The seed's rule that an `inferred` entry names a field the entity sets. */
function checkInferred(
  e: { inferred?: Array<{ field: string }> | undefined },
  at: string[],
  errors: UserError[],
): boolean {
  let ok = true;
  (e.inferred ?? []).forEach((x, i) => {
    const value = (e as Record<string, unknown>)[x.field];
    if (['id', 'evidence', 'inferred', 'otherNames'].includes(x.field) || value === undefined) {
      errors.push({
        path: [...at, 'inferred', String(i), 'field'],
        message: `"${x.field}" is not a property this entity sets`,
        code: 'INVALID',
      });
      ok = false;
    }
  });
  return ok;
}

/** An entity as the seed format writes it (for an update: what is there, overlaid with what changes). */
function seedFields(e: EntityInfo, schema: (typeof ENTITY_SCHEMAS)[EntityLabel]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    if (key === 'evidence' || key === 'inferred') continue;
    const stored = key === 'country' ? e.props.countryId : e.props[key];
    if (stored !== null && stored !== undefined) out[key] = stored;
  }
  if (Array.isArray(out.otherNames) && out.otherNames.length === 0) delete out.otherNames;
  const fields = (e.props.inferredFields as string[] | undefined) ?? [];
  const notes = (e.props.inferredNotes as string[] | undefined) ?? [];
  if (fields.length > 0) out.inferred = fields.map((field, i) => ({ field, note: notes[i] ?? '' }));
  return out;
}

function withoutDataset(p: Props): Props {
  const { dataset: _d, ...rest } = p;
  return rest;
}
