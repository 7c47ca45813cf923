import type { Params } from '../db/database.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import type { EntityTypeName } from '../model/entities.js';
import { relationTypeOfId } from '../model/ids.js';
import { RELATION_TYPES, type DirectionName, type RelationTypeName } from '../model/relations.js';
import { relationTypes, retractedType, typePattern } from './allow-lists.js';
import { relationProjection, toEntity, toPassage, toRelation } from './convert.js';
import type { CompiledSlice, EntityRow, PassageRow, RelationRow } from './rows.js';

/**
 * The Cypher fragments of the read path, one per behaviour: an entity with what its fields read (its evidence in
 * order, its degree, its relation slices), and the decoders of their answers. The root statements
 * (entities.ts, traversal.ts, search.ts) embed them with the needs the resolvers worked out from the selection
 * (resolvers/selection.ts); the loaders (relations.ts, sources.ts, entities.ts) embed the same fragments for
 * what a root statement does not cover. Labels and types come only from the allow-lists; every value is a
 * parameter.
 */

/** One relation slice an entity's fields will load (the relations loader's key, less the entity id). */
export interface SliceNeed {
  /** Allow-listed relation types; empty means every type (as the loader reads it). */
  types: string[];
  direction: DirectionName;
  first: number;
  after: string | null;
  /** Entity types whose fields ask for this slice; null: every type. */
  onTypes: EntityTypeName[] | null;
  /** What is needed of the entities at the other ends. */
  other: EntityNeeds;
  /** Whether the relations' evidence passages are asked for. */
  relationEvidence: boolean;
  /** Whether a field reads the relations themselves (not only the entities at their other ends). */
  relationRows: boolean;
}

/** What the selection will load for one entity beyond its own properties. */
export interface EntityNeeds {
  evidence: boolean;
  degree: boolean;
  slices: SliceNeed[];
  /**
   * The entity properties its selected fields read, beyond `id`, `type` and `name` (which are always read);
   * null: every property (the whole row).
   */
  props: string[] | null;
}

/** A whole row and nothing else: what a loader reads, and a root field with no nested needs. */
export const NO_NEEDS: EntityNeeds = { evidence: false, degree: false, slices: [], props: null };

/** The key of a relation slice in a compiled entity (the relations loader's key, less the entity id). */
export function sliceKey(types: readonly string[], direction: string, first: number, after: string | null) {
  return JSON.stringify([[...types].sort(), direction, first, after]);
}

export interface CompiledStatement {
  cypher: string;
  params: Params;
}

/**
 * History (docs/how-to/CURATION.md#history): a relation or an evidence link carries `recordedAt` and `recordedBy`
 * (the change-set that made it; the seed is change-set `seed`), and `revisedAt`/`revisedBy` once a change-set
 * replaced its values. Nothing is deleted: a retraction, and a revision's old values, move the record to a type of
 * its own, `RETRACTED_<type>` (allow-lists.ts `retractedType`), with `retractedAt`, `retractedBy` and the note. So
 * the live types hold exactly the current graph, and a read of it needs no predicate at all: Neo4j counts a
 * degree from its degree store, and a slice or a path reads no property to decide what it sees. Times are ISO
 * 8601 UTC strings with milliseconds (`Date.toISOString()`), so that string order is time order.
 *
 * This is THE visibility predicate: every statement that reads relationships or evidence links embeds it. `at`
 * is a Cypher expression for an instant (a parameter), and such a read matches the retracted types too
 * (`Statement.types`); null: now, and there is nothing to check (null).
 */
export function visible(r: string, at: string | null = null): string | null {
  return at === null
    ? null
    : `(coalesce(${r}.revisedAt, ${r}.recordedAt) <= ${at} AND (${r}.retractedAt IS NULL OR ${r}.retractedAt > ${at}))`;
}

/** ` WHERE a AND b` of the conditions given (nulls left out), or nothing when none is left. */
export function where(...conditions: Array<string | null>): string {
  const kept = conditions.filter((c): c is string => c !== null && c !== '');
  return kept.length === 0 ? '' : ` WHERE ${kept.join(' AND ')}`;
}

/**
 * Relations by id, each found through its type's index on `id`: relationship indexes are per type in Neo4j, so an
 * untyped `r.id IN $ids` reads every relationship (0.4 s at 100k nodes). A relation id names its type
 * (`relationTypeOfId`); the statement has one branch per type named, each binding `r` where `where` holds, then
 * `returns` reads `r`. Null when no id names a type (nothing can match).
 */
export function relationsByIdStatement(
  ids: Iterable<string>,
  where: string | null,
  returns: string,
): CompiledStatement | null {
  const rows = [...ids].flatMap((id) => {
    const type = relationTypeOfId(id);
    return type ? [{ id, type }] : [];
  });
  if (rows.length === 0) return null;
  // A branch per type named, in model order: ids naming the same types share one text (one cached plan). A branch
  // for every type would be one text for all, but its plan takes Neo4j about a second to build.
  const named = new Set(rows.map((r) => r.type));
  // One type: a plain seek, the quickest plan to build (curation reads one type at a time).
  if (named.size === 1) {
    const [t] = named;
    return {
      cypher: `MATCH (:Entity)-[r:${t}]->(:Entity) WHERE r.id IN $ids${where ? ` AND ${where}` : ''} ${returns}`,
      params: { ids: rows.map((r) => r.id) },
    };
  }
  const branches = RELATION_TYPES.filter((t) => named.has(t)).map(
    (t) =>
      `WITH row WHERE row.type = '${t}' MATCH (:Entity)-[r:${t} {id: row.id}]->(:Entity)${where ? ` WHERE ${where}` : ''} RETURN r`,
  );
  return {
    cypher: `UNWIND $rows AS row CALL (row) { ${branches.join(' UNION ALL ')} } ${returns}`,
    params: { rows },
  };
}

/** Builds one statement: fresh variable and parameter names, values kept as parameters. */
export class Statement {
  readonly params: Params = {};
  private names = 0;
  /** The instant the statement reads the graph as of (a parameter), or null: the graph now. */
  readonly at: string | null;
  constructor(asOf: string | null = null) {
    this.at = asOf === null ? null : this.param(asOf);
  }
  /** The visibility predicate for the relationship bound to `r`, at this statement's instant (null: none). */
  visible(r: string): string | null {
    return visible(r, this.at);
  }
  /** `:A|B` for the relation types given; as of an instant, with their retracted records (`visible` picks). */
  types(types: readonly RelationTypeName[]): string {
    return typePattern(types, this.at !== null);
  }
  /** `:EVIDENCED_BY`, with the retracted links as of an instant. */
  evidenceType(): string {
    return this.at === null ? ':EVIDENCED_BY' : `:EVIDENCED_BY|${retractedType('EVIDENCED_BY')}`;
  }
  param(value: unknown): string {
    const name = `la${this.names++}`;
    this.params[name] = value;
    return `$${name}`;
  }
  variable(prefix: string): string {
    return `${prefix}_${this.names++}`;
  }
  done(cypher: string): CompiledStatement {
    return { cypher, params: this.params };
  }
}

/** `(n)-[r:T]->(m)`: a typed, directed relationship pattern (empty names leave the variable out). */
export function relationPattern(direction: DirectionName, n: string, types: string, r = '', m = ''): string {
  if (direction === 'OUTGOING') return `(${n})-[${r}${types}]->(${m})`;
  if (direction === 'INCOMING') return `(${n})<-[${r}${types}]-(${m})`;
  return `(${n})-[${r}${types}]-(${m})`;
}

/** An entity's evidence: its own seed's passages first (in the seed's order), then those other sources attest. */
export function evidenceExpression(s: Statement, n: string): string {
  // Every name is fresh: a subquery expression may not shadow a variable of the statement around it.
  const p = s.variable('p');
  const i = s.variable('i');
  const at = s.variable('at');
  const l = s.variable('l');
  return `COLLECT { MATCH (${n})-[${l}${s.evidenceType()}]->(${p}:Passage)${where(s.visible(l))}
      WITH ${p}, [${i} IN range(0, size(coalesce(${n}.evidence, [])) - 1) WHERE ${n}.evidence[${i}] = ${p}.id][0] AS ${at}
      ORDER BY coalesce(${at}, 1000000), ${p}.source, ${p}.id
      RETURN ${p} {.*} }`;
}

/** An entity's degree: its visible relations of every type. */
export function degreeExpression(n: string, s: Statement = new Statement()): string {
  const r = s.variable('dr');
  return `COUNT { (${n})-[${r}${s.types(relationTypes(null))}]-()${where(s.visible(r))} }`;
}

/** The passages a relation cites (by id; citedPassages orders them by the relation's list). */
export function relationEvidenceExpression(s: Statement, r: string): string {
  const p = s.variable('p');
  const id = s.variable('pid');
  return `COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${p}:Passage {id: ${id}}) RETURN ${p} {.*} }`;
}

/**
 * One relation slice of the entity bound to `n`: the count of its visible relations and a page by relation id,
 * `limit` rows after `after` (Cypher expressions: parameters in a root statement, the batch key in the loader).
 */
export function sliceExpression(
  s: Statement,
  n: string,
  need: Omit<SliceNeed, 'first' | 'after' | 'onTypes'>,
  after: string,
  limit: string,
): string {
  const types = s.types(relationTypes(need.types));
  const r = s.variable('r');
  const m = s.variable('m');
  const item = [`other: ${entityExpression(s, m, need.other)}`];
  if (need.relationRows || need.relationEvidence) item.push(`rel: ${relationProjection(r)}`);
  if (need.relationEvidence) item.push(`ev: ${relationEvidenceExpression(s, r)}`);
  const c = s.variable('cr');
  return `{total: COUNT { ${relationPattern(need.direction, n, types, c)}${where(s.visible(c))} },
    page: COLLECT { MATCH ${relationPattern(need.direction, n, types, r, m)}
     ${where(s.visible(r), `(${after} IS NULL OR ${r}.id > ${after})`)}
      WITH ${r}, ${m} ORDER BY ${r}.id LIMIT ${limit}
      RETURN {${item.join(', ')}} }}`;
}

/** The largest page a slice may ask for, plus one (to tell whether more follow). */
export function pageLimit(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > QUERY_BOUNDS.maxListItems)
    throw new Error(`page size out of range: ${first}`);
  return first + 1;
}

function neededSlice(s: Statement, n: string, need: SliceNeed): string {
  const body = sliceExpression(s, n, need, s.param(need.after), s.param(pageLimit(need.first)));
  return need.onTypes ? `CASE WHEN ${n}.type IN ${s.param(need.onTypes)} THEN ${body} END` : body;
}

const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * `n {.id, .type, .name, …}`: the properties come from the resolvers' table, never from a request, and in a fixed
 * (sorted) order, so that selections that differ only in their fields' order share one statement text (one plan
 * in Neo4j's cache, and the one the warm-up planned).
 */
function propertyProjection(n: string, props: readonly string[]): string {
  const all = new Set(['id', 'type', 'name', ...[...props].sort()]);
  for (const p of all) if (!PROPERTY.test(p)) throw new Error(`not a property name: ${p}`);
  return `${n} {${[...all].map((p) => `.${p}`).join(', ')}}`;
}

/**
 * Whether the entity bound to `n` existed at the statement's instant (always, read now). An entity made by a
 * change-set is recorded at its time; one of the seed at the seed's.
 */
export function existed(s: Statement, n: string): string {
  return s.at === null ? 'true' : `${n}.recordedAt <= ${s.at}`;
}

/** ` WHERE <existed>` to follow a MATCH of `n`, or nothing when the statement reads the graph now. */
export function whereExisted(s: Statement, n: string): string {
  return s.at === null ? '' : ` WHERE ${existed(s, n)}`;
}

/**
 * The entity bound to `n` as properties: now, its own; as of an instant, the EntityRevision (an update's kept
 * old values, valid from `validFrom` until `validTo`) in force then, else its own.
 */
function propertiesExpression(s: Statement, n: string, props: readonly string[] | null): string {
  const of = (x: string) => (props ? propertyProjection(x, props) : `${x} {.*}`);
  if (s.at === null) return of(n);
  const v = s.variable('v');
  return `coalesce(COLLECT { MATCH (${v}:EntityRevision {id: ${n}.id})
      WHERE ${v}.validFrom <= ${s.at} AND ${v}.validTo > ${s.at} RETURN ${of(v)} LIMIT 1 }[0], ${of(n)})`;
}

/** A map expression for the entity bound to `n`: its properties and whatever its fields will load. */
export function entityExpression(s: Statement, n: string, needs: EntityNeeds): string {
  const parts = [`e: ${propertiesExpression(s, n, needs.props)}`];
  if (needs.evidence) parts.push(`ev: ${evidenceExpression(s, n)}`);
  if (needs.degree) parts.push(`deg: ${degreeExpression(n, s)}`);
  if (needs.slices.length > 0) parts.push(`s: [${needs.slices.map((x) => neededSlice(s, n, x)).join(', ')}]`);
  return `{${parts.join(', ')}}`;
}

/** The needs of a root entity: its whole row (it also serves the entity loader), what its fields read. */
export const rootNeeds = (needs: EntityNeeds): EntityNeeds => ({ ...needs, props: null });

export interface RawSlice {
  total: number;
  page: RawItem[];
}

interface RawItem {
  rel?: Record<string, unknown>;
  other: RawTree;
  ev?: Array<Record<string, unknown>>;
}

export interface RawTree {
  e: Record<string, unknown>;
  ev?: Array<Record<string, unknown>>;
  deg?: number;
  s?: Array<RawSlice | null>;
}

/** The passages a relation cites, in the order of its list (as the passage loader answers them). */
function citedPassages(relation: RelationRow, found: ReadonlyArray<Record<string, unknown>>): PassageRow[] {
  const byId = new Map(found.map((p) => [String(p.id), p]));
  const out: PassageRow[] = [];
  for (const id of relation.evidence) {
    const p = byId.get(id);
    if (p) out.push(toPassage(p));
  }
  return out;
}

/** A relation as a statement read it, with the passages it cites when they were asked for. */
export function toRelationItem(
  raw: { rel: Record<string, unknown>; ev?: Array<Record<string, unknown>> },
  evidence: boolean,
) {
  const relation = toRelation(raw.rel);
  return { relation, evidence: evidence ? citedPassages(relation, raw.ev ?? []) : null };
}

/** A slice's answer: `first` items, whether more follow, each relation with the entity at its other end. */
export function toCompiledSlice(
  raw: RawSlice,
  first: number,
  other: EntityNeeds,
  evidence: boolean,
): CompiledSlice {
  const shown = raw.page.length > first ? raw.page.slice(0, first) : raw.page;
  return {
    total: raw.total,
    hasNextPage: raw.page.length > first,
    items: shown.map((x) => {
      const relation = x.rel ? toRelation(x.rel) : null;
      return {
        relation,
        other: toCompiledEntity(x.other, other),
        evidence: relation && evidence ? citedPassages(relation, x.ev ?? []) : null,
      };
    }),
  };
}

/**
 * An entity as the row its fields read: its properties, and what the statement fetched for its fields
 * (EntityRow.compiled; none when nothing was needed, so that the row can serve the loaders as it is).
 */
export function toCompiledEntity(raw: RawTree, needs: EntityNeeds): EntityRow {
  const row = toEntity(raw.e);
  if (!needs.evidence && !needs.degree && needs.slices.length === 0) return row;
  const slices = new Map<string, CompiledSlice>();
  needs.slices.forEach((need, i) => {
    const slice = raw.s?.[i];
    if (slice)
      slices.set(
        sliceKey(need.types, need.direction, need.first, need.after),
        toCompiledSlice(slice, need.first, need.other, need.relationEvidence),
      );
  });
  return {
    ...row,
    compiled: {
      evidence: needs.evidence ? (raw.ev ?? []).map(toPassage) : null,
      degree: needs.degree ? (raw.deg ?? 0) : null,
      slices,
    },
  };
}

/**
 * Marks a row read as of `at`, and the rows its statement attached to it: the resolvers then refuse to fill what
 * the statement did not read from the loaders (which read the graph now).
 */
export function markAsOf(row: EntityRow, at: string): EntityRow {
  row.asOf = at;
  for (const slice of row.compiled?.slices.values() ?? [])
    for (const item of slice.items) markAsOf(item.other, at);
  return row;
}

/** The same row without what was attached to it: for the loaders' caches, which hold plain whole rows. */
export function plainRow(row: EntityRow): EntityRow {
  if (!row.compiled) return row;
  const { compiled: _attached, ...plain } = row;
  return plain;
}

/** Whether nothing beyond the whole row is needed (then a statement reads the row alone). */
export function isWholeRow(needs: EntityNeeds): boolean {
  return !needs.evidence && !needs.degree && needs.slices.length === 0;
}
