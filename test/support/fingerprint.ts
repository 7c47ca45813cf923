import type { Database } from '../../src/db/database.js';

/**
 * Everything a Neo4j database holds, as sorted lines: each node's labels and every property, each relationship's
 * type, its two ends (by id) and every property. Equal fingerprints mean equal graphs, so
 * a renamed node, a moved relationship or one extra property shows up, not only a changed count.
 */
export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  lines: string[];
}

/** JSON with sorted keys, so equal maps give equal strings. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * With `where.dataset`: the nodes of that dataset and the relationships it wrote (each carries `dataset`; one may
 * run from another dataset's entity, e.g. an evidence link a second source adds to it).
 */
export async function graphFingerprint(db: Database, where?: { dataset: string }): Promise<GraphFingerprint> {
  const filter = where ? 'WHERE n.dataset = $dataset' : '';
  const relFilter = where ? 'WHERE coalesce(r.dataset, n.dataset) = $dataset' : '';
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) ${filter} RETURN labels(n) AS labels, properties(n) AS props`,
    where ?? {},
  );
  const rels = await db.read<{ type: string; a: string; b: string; props: Record<string, unknown> }>(
    `MATCH (n)-[r]->(m) ${relFilter}
     RETURN type(r) AS type, coalesce(n.id, elementId(n)) AS a, coalesce(m.id, elementId(m)) AS b,
            properties(r) AS props`,
    where ?? {},
  );
  const node = (x: { labels: string[]; props: Record<string, unknown> }) =>
    `(${[...x.labels].sort().join(':')} ${stable(x.props)})`;
  const lines = [
    ...nodes.map(node),
    ...rels.map((r) => `(${r.a})-[:${r.type} ${stable(r.props)}]->(${r.b})`),
  ].sort();
  return { nodes: nodes.length, relationships: rels.length, lines };
}

/** Nodes per label and relationships per type, and every index and constraint (but LOOKUP) with its state. */
export interface GraphShape {
  labels: Record<string, number>;
  types: Record<string, number>;
  indexes: string[];
}

export async function graphShape(db: Database): Promise<GraphShape> {
  const labels = await db.read<{ l: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l',
  );
  const types = await db.read<{ t: string; n: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t',
  );
  const indexes = await db.read<{ line: string }>(
    `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
     WHERE type <> 'LOOKUP'
     RETURN name + ' ' + type + ' ' + entityType + ' ' + reduce(s = '', x IN labelsOrTypes | s + x + ',') + ' ' +
            reduce(s = '', x IN properties | s + x + ',') + ' ' + state + ' ' + coalesce(owningConstraint, '-') AS line
     ORDER BY line`,
  );
  return {
    labels: Object.fromEntries(labels.map((r) => [r.l, r.n])),
    types: Object.fromEntries(types.map((r) => [r.t, r.n])),
    indexes: indexes.map((r) => r.line),
  };
}
