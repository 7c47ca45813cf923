import type { Database, Params } from '../db/database.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import type { EntityTypeName } from '../model/entities.js';
import type { DirectionName } from '../model/relations.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toEntity, toPassage, toRelation } from './convert.js';
import type { CompiledSlice, EntityRow, PassageRow, RelationRow } from './rows.js';

/**
 * Compiled reads: what a GraphQL selection will ask of the loaders, fetched in ONE statement. The resolvers
 * (resolvers/lookahead.ts) say what is needed per entity; this module turns it into nested Cypher subqueries
 * (COUNT {} / COLLECT {} with typed, directed patterns and `LIMIT first+1` inside) and reads the answer back
 * as typed trees. Labels and types come only from the allow-lists; every value is a parameter.
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
  /**
   * Whether a field reads the relations themselves (not only the entities at their other ends). Projected
   * statements leave the relations out when none does; the others always read them.
   */
  relationRows: boolean;
}

/** What the selection will load for one entity beyond its own properties. */
export interface EntityNeeds {
  evidence: boolean;
  degree: boolean;
  slices: SliceNeed[];
  /**
   * The entity properties its selected fields read, beyond `id`, `type` and `name` (which are always read);
   * null: every property. Only projected statements (readCompiledEntity) use it; the others read whole rows.
   */
  props: string[] | null;
}

export const NO_NEEDS: EntityNeeds = { evidence: false, degree: false, slices: [], props: [] };

/** The key of a relation slice in a compiled entity (the relations loader's key, less the entity id). */
export function sliceKey(types: readonly string[], direction: string, first: number, after: string | null) {
  return JSON.stringify([[...types].sort(), direction, first, after]);
}

export interface SliceTree {
  total: number;
  hasNextPage: boolean;
  items: Array<{ relation: RelationRow; other: EntityTree; evidence: PassageRow[] | null }>;
}

/** An entity as read by a compiled statement, with what its fields will ask for. */
export interface EntityTree {
  row: EntityRow;
  evidence: PassageRow[] | null;
  degree: number | null;
  /** Parallel to the needs' slices; null where the entity's type did not ask for that slice. */
  slices: Array<SliceTree | null>;
}

/** Builds one statement: fresh variable and parameter names, values kept as parameters. */
class Statement {
  readonly params: Params = {};
  private names = 0;
  /** Whether entities below the root are read as the properties their fields need (EntityNeeds.props). */
  constructor(readonly projected = false) {}
  param(value: unknown): string {
    const name = `la${this.names++}`;
    this.params[name] = value;
    return `$${name}`;
  }
  variable(prefix: string): string {
    return `${prefix}_${this.names++}`;
  }
}

function pattern(direction: DirectionName, n: string, types: string, r: string, m: string): string {
  if (direction === 'OUTGOING') return `(${n})-[${r}${types}]->(${m})`;
  if (direction === 'INCOMING') return `(${n})<-[${r}${types}]-(${m})`;
  return `(${n})-[${r}${types}]-(${m})`;
}

/** An entity's evidence in the order evidenceOfEntities gives it: its own seed's passages first, then others. */
function evidenceExpression(s: Statement, n: string): string {
  // Every name is fresh: a subquery expression may not shadow a variable of the statement around it.
  const p = s.variable('p');
  const i = s.variable('i');
  const at = s.variable('at');
  return `COLLECT { MATCH (${n})-[:EVIDENCED_BY]->(${p}:Passage)
      WITH ${p}, [${i} IN range(0, size(coalesce(${n}.evidence, [])) - 1) WHERE ${n}.evidence[${i}] = ${p}.id][0] AS ${at}
      ORDER BY coalesce(${at}, 1000000), ${p}.source, ${p}.id
      RETURN ${p} {.*} }`;
}

/** The passages a relation cites (by id; the resolver orders them by the relation's list). */
function relationEvidenceExpression(s: Statement, r: string): string {
  const p = s.variable('p');
  const id = s.variable('pid');
  return `COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${p}:Passage {id: ${id}}) RETURN ${p} {.*} }`;
}

function sliceExpression(s: Statement, n: string, need: SliceNeed): string {
  if (!Number.isInteger(need.first) || need.first < 0 || need.first > QUERY_BOUNDS.maxListItems)
    throw new Error(`page size out of range: ${need.first}`);
  const types = typePattern(relationTypes(need.types));
  const r = s.variable('r');
  const m = s.variable('m');
  const after = s.param(need.after);
  const item = [`other: ${entityExpression(s, m, need.other)}`];
  if (!s.projected || need.relationRows || need.relationEvidence) item.push(`rel: ${relationProjection(r)}`);
  if (need.relationEvidence) item.push(`ev: ${relationEvidenceExpression(s, r)}`);
  const body = `{total: COUNT { ${pattern(need.direction, n, types, '', '')} },
    page: COLLECT { MATCH ${pattern(need.direction, n, types, r, m)}
      WHERE ${after} IS NULL OR ${r}.id > ${after}
      WITH ${r}, ${m} ORDER BY ${r}.id LIMIT ${s.param(need.first + 1)}
      RETURN {${item.join(', ')}} }}`;
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

/** Non-projected statements always read a slice's relation rows; a missing one is a compiler bug, not a relation. */
function relationOf(rel: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!rel)
    throw new Error('compiled slice without its relation row (only the projected entity read omits it)');
  return rel;
}

/** A map expression for the entity bound to `n`: its properties and whatever its fields will load. */
export function entityExpression(s: Statement, n: string, needs: EntityNeeds): string {
  const parts = [`e: ${s.projected && needs.props ? propertyProjection(n, needs.props) : `${n} {.*}`}`];
  if (needs.evidence) parts.push(`ev: ${evidenceExpression(s, n)}`);
  if (needs.degree) parts.push(`deg: COUNT { (${n})-[${typePattern(relationTypes(null))}]-() }`);
  if (needs.slices.length > 0)
    parts.push(`s: [${needs.slices.map((x) => sliceExpression(s, n, x)).join(', ')}]`);
  return `{${parts.join(', ')}}`;
}

export interface RawTree {
  e: Record<string, unknown>;
  ev?: Array<Record<string, unknown>>;
  deg?: number;
  s?: Array<{
    total: number;
    page: Array<{ rel?: Record<string, unknown>; other: RawTree; ev?: Array<Record<string, unknown>> }>;
  } | null>;
}

export function toEntityTree(raw: RawTree, needs: EntityNeeds): EntityTree {
  return {
    row: toEntity(raw.e),
    evidence: needs.evidence ? (raw.ev ?? []).map(toPassage) : null,
    degree: needs.degree ? (raw.deg ?? 0) : null,
    slices: needs.slices.map((need, i) => {
      const slice = raw.s?.[i];
      if (!slice) return null;
      const shown = slice.page.slice(0, need.first);
      return {
        total: slice.total,
        hasNextPage: slice.page.length > need.first,
        items: shown.map((x) => ({
          relation: toRelation(relationOf(x.rel)),
          other: toEntityTree(x.other, need.other),
          evidence: need.relationEvidence ? (x.ev ?? []).map(toPassage) : null,
        })),
      };
    }),
  };
}

export interface CompiledStatement {
  cypher: string;
  params: Params;
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

/** A raw tree of a projected statement as the row its fields read (EntityRow.compiled). */
export function toCompiledEntity(raw: RawTree, needs: EntityNeeds): EntityRow {
  const slices = new Map<string, CompiledSlice>();
  needs.slices.forEach((need, i) => {
    const slice = raw.s?.[i];
    if (!slice) return;
    const shown = slice.page.length > need.first ? slice.page.slice(0, need.first) : slice.page;
    slices.set(sliceKey(need.types, need.direction, need.first, need.after), {
      total: slice.total,
      hasNextPage: slice.page.length > need.first,
      items: shown.map((x) => {
        const relation = x.rel ? toRelation(x.rel) : null;
        return {
          relation,
          other: toCompiledEntity(x.other, need.other),
          evidence: relation && need.relationEvidence ? citedPassages(relation, x.ev ?? []) : null,
        };
      }),
    });
  });
  return {
    ...toEntity(raw.e),
    compiled: {
      evidence: needs.evidence ? (raw.ev ?? []).map(toPassage) : null,
      degree: needs.degree ? (raw.deg ?? 0) : null,
      slices,
    },
  };
}

/**
 * One entity with what its selection reads, for the fields to read directly: the root entity whole (it is also
 * primed into the entity loader), the entities below it as the properties their fields need.
 */
export function compiledEntityStatement(id: string, needs: EntityNeeds): CompiledStatement {
  const s = new Statement(true);
  const cypher = `MATCH (n:Entity {id: ${s.param(id)}}) RETURN ${entityExpression(s, 'n', { ...needs, props: null })} AS t`;
  return { cypher, params: s.params };
}

/** The root entity (a whole row) and what its fields read (EntityRow.compiled); null when the id is unknown. */
export async function readCompiledEntity(
  db: Database,
  id: string,
  needs: EntityNeeds,
): Promise<{ row: EntityRow; compiled: EntityRow } | null> {
  const { cypher, params } = compiledEntityStatement(id, needs);
  const [found] = await db.read<{ t: RawTree }>(cypher, params);
  return found ? { row: toEntity(found.t.e), compiled: toCompiledEntity(found.t, needs) } : null;
}

export function entityStatement(id: string, needs: EntityNeeds): CompiledStatement {
  const s = new Statement();
  const cypher = `MATCH (n:Entity {id: ${s.param(id)}}) RETURN ${entityExpression(s, 'n', needs)} AS t`;
  return { cypher, params: s.params };
}

/** One entity and everything its selection will load; null when the id is unknown. */
export async function readEntityTree(
  db: Database,
  id: string,
  needs: EntityNeeds,
): Promise<EntityTree | null> {
  const { cypher, params } = entityStatement(id, needs);
  const [row] = await db.read<{ t: RawTree }>(cypher, params);
  return row ? toEntityTree(row.t, needs) : null;
}

/** A projection of the entity bound to `n` for a statement written elsewhere (its parameters are `$la…`). */
export function compileProjection(n: string, needs: EntityNeeds): CompiledStatement {
  const s = new Statement();
  return { cypher: entityExpression(s, n, needs), params: s.params };
}

export interface NeighbourhoodTree {
  total: number;
  center: EntityTree;
  nodes: Array<{ id: string; distance: number; entity: EntityTree }>;
  edges: Array<{ relation: RelationRow; evidence: PassageRow[] | null }>;
}

/**
 * The neighbourhood page in ONE statement: the breadth-first walk (as neighbourhoodNodes), the page of nodes
 * with what their fields will load, and the relations among the page and the center (as relationsAmong).
 */
export function neighbourhoodStatement(
  id: string,
  depth: number,
  types: readonly string[] | null,
  page: { offset: number; first: number },
  needs: EntityNeeds,
  edgeEvidence: boolean,
): CompiledStatement {
  if (!Number.isInteger(depth) || depth < 1 || depth > QUERY_BOUNDS.maxDepth)
    throw new Error('depth out of range');
  const s = new Statement();
  const pattern = typePattern(relationTypes(types));
  const edge = [`rel: ${relationProjection('r')}`];
  if (edgeEvidence) edge.push(`ev: ${relationEvidenceExpression(s, 'r')}`);
  const cypher = `MATCH (c:Entity {id: ${s.param(id)}})
    OPTIONAL MATCH p = ANY SHORTEST (c)-[${pattern}]-{1,${depth}}(m:Entity)
    WHERE m <> c
    WITH c, m, length(p) AS distance ORDER BY distance, m.id
    WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, distance: distance} END) AS xs
    WITH c, size(xs) AS total, xs[${s.param(page.offset)}..${s.param(page.offset + page.first)}] AS shown
    CALL (shown) {
      UNWIND range(0, size(shown) - 1) AS at
      WITH at, shown[at].m AS x, shown[at].distance AS distance ORDER BY at
      RETURN collect({id: x.id, distance: distance, t: ${entityExpression(s, 'x', needs)}}) AS nodes
    }
    CALL (c, shown) {
      WITH [c] + [y IN shown | y.m] AS ns
      UNWIND ns AS a
      MATCH (a)-[r${pattern}]->(b:Entity) WHERE b IN ns
      WITH r ORDER BY r.id
      RETURN collect({${edge.join(', ')}}) AS edges
    }
    RETURN ${entityExpression(s, 'c', needs)} AS center, total, nodes, edges`;
  return { cypher, params: s.params };
}

export async function readNeighbourhood(
  db: Database,
  id: string,
  depth: number,
  types: readonly string[] | null,
  page: { offset: number; first: number },
  needs: EntityNeeds,
  edgeEvidence: boolean,
): Promise<NeighbourhoodTree | null> {
  const { cypher, params } = neighbourhoodStatement(id, depth, types, page, needs, edgeEvidence);
  const [row] = await db.read<{
    center: RawTree;
    total: number;
    nodes: Array<{ id: string; distance: number; t: RawTree }>;
    edges: Array<{ rel: Record<string, unknown>; ev?: Array<Record<string, unknown>> }>;
  }>(cypher, params);
  if (!row) return null;
  return {
    total: row.total,
    center: toEntityTree(row.center, needs),
    nodes: row.nodes.map((n) => ({ id: n.id, distance: n.distance, entity: toEntityTree(n.t, needs) })),
    edges: row.edges.map((e) => ({
      relation: toRelation(e.rel),
      evidence: edgeEvidence ? (e.ev ?? []).map(toPassage) : null,
    })),
  };
}

export interface PathTree {
  entities: EntityTree[];
  relations: Array<{ relation: RelationRow; evidence: PassageRow[] | null }>;
}

/** The shortest path (as shortestPath) with what the fields of its entities and relations will load. */
export function pathStatement(
  from: string,
  to: string,
  maxHops: number,
  types: readonly string[] | null,
  needs: EntityNeeds,
  relationEvidence: boolean,
): CompiledStatement {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > QUERY_BOUNDS.maxHops)
    throw new Error('maxHops out of range');
  const s = new Statement();
  const rel = [`rel: ${relationProjection('r')}`];
  if (relationEvidence) rel.push(`ev: ${relationEvidenceExpression(s, 'r')}`);
  const cypher = `MATCH (a:Entity {id: ${s.param(from)}})
    MATCH (b:Entity {id: ${s.param(to)}})
    MATCH p = shortestPath((a)-[${typePattern(relationTypes(types))}*..${maxHops}]-(b))
    WHERE all(n IN nodes(p) WHERE n:Entity)
    CALL (p) {
      UNWIND range(0, length(p)) AS at
      WITH at, nodes(p)[at] AS x ORDER BY at
      RETURN collect(${entityExpression(s, 'x', needs)}) AS es
    }
    CALL (p) {
      UNWIND range(0, length(p) - 1) AS at
      WITH at, relationships(p)[at] AS r ORDER BY at
      RETURN collect({${rel.join(', ')}}) AS rels
    }
    RETURN es, rels`;
  return { cypher, params: s.params };
}

export async function readPath(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  types: readonly string[] | null,
  needs: EntityNeeds,
  relationEvidence: boolean,
): Promise<PathTree | null> {
  const { cypher, params } = pathStatement(from, to, maxHops, types, needs, relationEvidence);
  const [row] = await db.read<{
    es: RawTree[];
    rels: Array<{ rel: Record<string, unknown>; ev?: Array<Record<string, unknown>> }>;
  }>(cypher, params);
  if (!row) return null;
  return {
    entities: row.es.map((e) => toEntityTree(e, needs)),
    relations: row.rels.map((r) => ({
      relation: toRelation(r.rel),
      evidence: relationEvidence ? (r.ev ?? []).map(toPassage) : null,
    })),
  };
}
