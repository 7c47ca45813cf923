import type { Database } from '../db/database.js';
import type { EntityTypeName } from '../model/entities.js';
import type { AssertionName, RelationStatusName, RelationTypeName } from '../model/relations.js';
import { ID_ORDER } from '../model/order.js';
import { liveType, relationTypes, typePattern } from './allow-lists.js';
import { visible, where } from './fragments.js';

/**
 * The network the page draws (`network`). One statement; each node and edge comes back as a plain list of the
 * fields the request selected, in a fixed order (no map keys to send and decode per object: at 100k relations
 * the answer holds thousands of them). Lists are ordered here, in JS, by the same collation as before.
 */

/** Each field and the Cypher expression it is read from (fixed text: never built from input). */
const NODE_FIELDS = {
  id: 'n.id',
  name: 'n.name',
  label: 'coalesce(n.acronym, n.name)',
  type: 'n.type',
  category: 'n.category',
} as const;

const EDGE_FIELDS = {
  id: 'r.id',
  source: 'a.id',
  target: 'b.id',
  type: 'type(r)',
  year: 'r.year',
  status: "coalesce(r.status, 'DONE')",
  role: 'r.role',
  assertion: "coalesce(r.assertion, 'STATED')",
  note: 'r.note',
} as const;

export type NetworkNodeField = keyof typeof NODE_FIELDS;
export type NetworkEdgeField = keyof typeof EDGE_FIELDS;
export const NETWORK_NODE_FIELDS = Object.keys(NODE_FIELDS) as NetworkNodeField[];
export const NETWORK_EDGE_FIELDS = Object.keys(EDGE_FIELDS) as NetworkEdgeField[];

export interface NetworkNodeRow {
  id: string;
  name: string;
  label: string;
  type: EntityTypeName;
  category: string | null;
}

export interface NetworkEdgeRow {
  id: string;
  source: string;
  target: string;
  type: RelationTypeName;
  year: number | null;
  status: RelationStatusName;
  role: string | null;
  assertion: AssertionName;
  note: string | null;
}

/** A node with the fields that were asked for (its id always), and its degree once counted. */
export type NetworkNodeView = Pick<NetworkNodeRow, 'id'> & Partial<NetworkNodeRow> & { degree?: number };
/** An edge with the fields that were asked for (its id and ends always). */
export type NetworkEdgeView = Pick<NetworkEdgeRow, 'id' | 'source' | 'target'> & Partial<NetworkEdgeRow>;

export interface NetworkView {
  nodes: NetworkNodeView[];
  edges: NetworkEdgeView[];
}

/** Which fields of the nodes and edges to read. */
export interface NetworkSelection {
  nodes: readonly NetworkNodeField[];
  edges: readonly NetworkEdgeField[];
}

export const WHOLE_NETWORK: NetworkSelection = { nodes: NETWORK_NODE_FIELDS, edges: NETWORK_EDGE_FIELDS };

/** Lists of values, positional, back into objects keyed by `fields`. */
function toObjects<T>(fields: readonly string[], rows: readonly unknown[][]): T[] {
  return rows.map((values) => {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) o[fields[i]!] = values[i];
    return o as T;
  });
}

const byId = (x: { id: string }, y: { id: string }) => ID_ORDER.compare(x.id, y.id);

/**
 * As of an instant, each node's values are those in force then: the EntityRevision valid at `$asOf` (an update's
 * kept old values), else its own (graph/fragments.ts reads entities the same way).
 */
const AS_OF_NODES = `UNWIND ns AS x
     OPTIONAL CALL (x) {
       MATCH (v:EntityRevision {id: x.id}) WHERE v.validFrom <= $asOf AND v.validTo > $asOf RETURN v LIMIT 1
     }
     WITH edges, collect(coalesce(v, x)) AS ns
     `;

export async function network(
  db: Database,
  types: readonly string[] | null,
  year: number | null,
  entityTypes: readonly string[] | null,
  select: NetworkSelection = WHOLE_NETWORK,
  asOf: string | null = null,
): Promise<NetworkView> {
  // An id always (it orders the lists), and an edge's ends (they count the degrees).
  const nodeFields = [...new Set<NetworkNodeField>(['id', ...select.nodes])];
  const edgeFields = [...new Set<NetworkEdgeField>(['id', 'source', 'target', ...select.edges])];
  const rows = await db.read<{ edges: unknown[][]; nodes: unknown[][] }>(
    `MATCH (a:Entity)-[r${typePattern(relationTypes(types), asOf !== null)}]->(b:Entity)
    ${where(visible('r', asOf === null ? null : '$asOf'), '($year IS NULL OR $year IN r.years)')}
       AND ($entityTypes IS NULL OR (a.type IN $entityTypes AND b.type IN $entityTypes))
     WITH collect([${edgeFields.map((f) => EDGE_FIELDS[f]).join(', ')}]) AS edges,
          collect(DISTINCT a) + collect(DISTINCT b) AS ends
     UNWIND ends AS n
     WITH edges, collect(DISTINCT n) AS ns
     ${asOf === null ? '' : AS_OF_NODES}RETURN edges, [n IN ns | [${nodeFields.map((f) => NODE_FIELDS[f]).join(', ')}]] AS nodes`,
    {
      year,
      entityTypes: entityTypes && entityTypes.length > 0 ? entityTypes : null,
      ...(asOf === null ? {} : { asOf }),
    },
  );
  const row = rows[0];
  if (!row) return { nodes: [], edges: [] };
  return {
    nodes: toObjects<NetworkNodeView>(nodeFields, row.nodes).sort(byId),
    edges: toObjects<NetworkEdgeView>(edgeFields, row.edges)
      // As of an instant, a relation may be met in its retracted type: it is shown under the type it had.
      .map((e) => (asOf !== null && e.type ? { ...e, type: liveType(e.type) as RelationTypeName } : e))
      .sort(byId),
  };
}
