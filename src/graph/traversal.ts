import type { Database } from '../db/database.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import { relationTypes } from './allow-lists.js';
import { relationProjection } from './convert.js';
import {
  entityExpression,
  markAsOf,
  where,
  whereExisted,
  relationEvidenceExpression,
  rootNeeds,
  Statement,
  toCompiledEntity,
  toRelationItem,
  type CompiledStatement,
  type EntityNeeds,
  type RawTree,
} from './fragments.js';
import type { EntityRow, PassageRow, RelationRow } from './rows.js';

/**
 * Graph walks: the shortest path and the neighbourhood of an entity, each ONE statement with what the fields of
 * its entities read attached (`needs`; NO_NEEDS reads the rows alone) and, when asked, the relations' evidence.
 */

export interface RelationItem {
  relation: RelationRow;
  /** The passages it cites, in its list's order; null: not read (the field loads them). */
  evidence: PassageRow[] | null;
}

interface RawRelation {
  rel: Record<string, unknown>;
  ev?: Array<Record<string, unknown>>;
}

/** `{rel: …, ev: …}` of the relation bound to `r`. */
function relationItem(s: Statement, r: string, evidence: boolean): string {
  const item = [`rel: ${relationProjection(r)}`];
  if (evidence) item.push(`ev: ${relationEvidenceExpression(s, r)}`);
  return `{${item.join(', ')}}`;
}

export interface NeighbourhoodRead {
  total: number;
  center: EntityRow;
  nodes: Array<{ id: string; distance: number; entity: EntityRow }>;
  edges: RelationItem[];
}

/**
 * The neighbourhood page: one breadth-first search from the center (Neo4j's SHORTEST over a quantified
 * relationship: each entity within `depth` once, at its distance, without enumerating every path to it), the
 * page of nodes (nearest first, then id), and the relations among the page and the center.
 */
export interface NeighbourhoodQuery {
  id: string;
  /** A checked integer, 1..QUERY_BOUNDS.maxDepth. */
  depth: number;
  types: readonly string[] | null;
  page: { offset: number; first: number };
  needs: EntityNeeds;
  edgeEvidence: boolean;
  /** The graph as of this instant (ISO 8601 UTC); absent: now. */
  asOf?: string | null;
}

export function neighbourhoodStatement(q: NeighbourhoodQuery): CompiledStatement {
  const { id, depth, types, page, needs, edgeEvidence } = q;
  if (!Number.isInteger(depth) || depth < 1 || depth > QUERY_BOUNDS.maxDepth)
    throw new Error('depth out of range');
  const s = new Statement(q.asOf ?? null);
  const pattern = s.types(relationTypes(types));
  const edge = relationItem(s, 'r', edgeEvidence);
  const root = rootNeeds(needs);
  return s.done(`MATCH (c:Entity {id: ${s.param(id)}})${whereExisted(s, 'c')}
    OPTIONAL MATCH p = ANY SHORTEST (c)-[w${pattern}${where(s.visible('w'))}]-{1,${depth}}(m:Entity)
    WHERE m <> c
    WITH c, m, length(p) AS distance ORDER BY distance, m.id
    // Grouping by the center: no row at all when the id is unknown.
    WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {m: m, distance: distance} END) AS xs
    WITH c, size(xs) AS total, xs[${s.param(page.offset)}..${s.param(page.offset + page.first)}] AS shown
    CALL (shown) {
      UNWIND range(0, size(shown) - 1) AS at
      WITH at, shown[at].m AS x, shown[at].distance AS distance ORDER BY at
      RETURN collect({id: x.id, distance: distance, t: ${entityExpression(s, 'x', root)}}) AS nodes
    }
    CALL (c, shown) {
      WITH [c] + [y IN shown | y.m] AS ns
      UNWIND ns AS a
      MATCH (a)-[r${pattern}]->(b:Entity)${where('b IN ns', s.visible('r'))}
      WITH r ORDER BY r.id
      RETURN collect(${edge}) AS edges
    }
    RETURN ${entityExpression(s, 'c', root)} AS center, total, nodes, edges`);
}

/** null when the center is unknown. */
export async function readNeighbourhood(
  db: Database,
  q: NeighbourhoodQuery,
): Promise<NeighbourhoodRead | null> {
  const { cypher, params } = neighbourhoodStatement(q);
  const [row] = await db.read<{
    center: RawTree;
    total: number;
    nodes: Array<{ id: string; distance: number; t: RawTree }>;
    edges: RawRelation[];
  }>(cypher, params);
  if (!row) return null;
  const entity = (t: RawTree) => {
    const e = toCompiledEntity(t, q.needs);
    return q.asOf ? markAsOf(e, q.asOf) : e;
  };
  return {
    total: row.total,
    center: entity(row.center),
    nodes: row.nodes.map((n) => ({ id: n.id, distance: n.distance, entity: entity(n.t) })),
    edges: row.edges.map((e) => toRelationItem(e, q.edgeEvidence)),
  };
}

export interface PathRead {
  entities: EntityRow[];
  relations: RelationItem[];
}

/** The shortest path within `maxHops` (a checked integer) over Entity nodes only. */
export interface PathQuery {
  from: string;
  to: string;
  /** A checked integer, 1..QUERY_BOUNDS.maxHops. */
  maxHops: number;
  types: readonly string[] | null;
  needs: EntityNeeds;
  relationEvidence: boolean;
  /** The graph as of this instant (ISO 8601 UTC); absent: now. */
  asOf?: string | null;
}

export function pathStatement(q: PathQuery): CompiledStatement {
  const { from, to, maxHops, types, needs, relationEvidence } = q;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > QUERY_BOUNDS.maxHops)
    throw new Error('maxHops out of range');
  const s = new Statement(q.asOf ?? null);
  const rel = relationItem(s, 'r', relationEvidence);
  const seen = s.visible('w');
  return s.done(`MATCH (a:Entity {id: ${s.param(from)}})${whereExisted(s, 'a')}
    MATCH (b:Entity {id: ${s.param(to)}})${whereExisted(s, 'b')}
    MATCH p = shortestPath((a)-[${s.types(relationTypes(types))}*..${maxHops}]-(b))
    WHERE all(n IN nodes(p) WHERE n:Entity)${seen ? ` AND all(w IN relationships(p) WHERE ${seen})` : ''}
    CALL (p) {
      UNWIND range(0, length(p)) AS at
      WITH at, nodes(p)[at] AS x ORDER BY at
      RETURN collect(${entityExpression(s, 'x', rootNeeds(needs))}) AS es
    }
    CALL (p) {
      UNWIND range(0, length(p) - 1) AS at
      WITH at, relationships(p)[at] AS r ORDER BY at
      RETURN collect(${rel}) AS rels
    }
    RETURN es, rels`);
}

/** null when either end is unknown or no path exists within maxHops (a path from an entity to itself: readEntity). */
export async function readPath(db: Database, q: PathQuery): Promise<PathRead | null> {
  const { cypher, params } = pathStatement(q);
  const [row] = await db.read<{ es: RawTree[]; rels: RawRelation[] }>(cypher, params);
  if (!row) return null;
  return {
    entities: row.es.map((e) =>
      q.asOf ? markAsOf(toCompiledEntity(e, q.needs), q.asOf) : toCompiledEntity(e, q.needs),
    ),
    relations: row.rels.map((r) => toRelationItem(r, q.relationEvidence)),
  };
}
