import type { Database } from '../../src/db/database.js';

/**
 * The fingerprint of one dataset's current facts, for the seed round trip: every node of the dataset but its
 * Dataset node (the version, which chains change-set ids and so differs from a fresh seed's by design), and every
 * relationship it wrote that is not retracted (not of a RETRACTED_* type), as sorted lines of labels/type, ends and properties. History's
 * bookkeeping (when and by which change-set a fact was recorded, revised or retracted, and the revisions kept of
 * an entity's earlier values) is left out: a graph seeded from an export states the same facts, recorded by the
 * seed.
 */

const BOOKKEEPING = new Set([
  'recordedAt',
  'recordedBy',
  'retractedAt',
  'retractedBy',
  'revisedAt',
  'revisedBy',
]);

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => !BOOKKEEPING.has(k))
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export async function liveFingerprint(db: Database, dataset: string): Promise<string[]> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE n.dataset = $dataset AND NOT n:Dataset AND NOT n:EntityRevision AND n.retractedAt IS NULL
     RETURN labels(n) AS labels, properties(n) AS props`,
    { dataset },
  );
  const rels = await db.read<{ type: string; a: string; b: string; props: Record<string, unknown> }>(
    `MATCH (n)-[r]->(m)
     WHERE coalesce(r.dataset, n.dataset) = $dataset AND NOT type(r) STARTS WITH 'RETRACTED_'
       AND NOT n:EntityRevision AND NOT m:EntityRevision
     RETURN type(r) AS type, coalesce(n.id, elementId(n)) AS a, coalesce(m.id, elementId(m)) AS b,
            properties(r) AS props`,
    { dataset },
  );
  return [
    ...nodes.map((x) => `(${[...x.labels].sort().join(':')} ${stable(x.props)})`),
    ...rels.map((r) => `(${r.a})-[:${r.type} ${stable(r.props)}]->(${r.b})`),
  ].sort();
}
