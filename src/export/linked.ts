import type { Analytics } from '../analytics/index.js';
import type { Database } from '../db/database.js';
import { entitiesByIds, passagesByIds } from '../graph/entities.js';
import { relationsByIds, relationsOfMany } from '../graph/relations.js';
import type { EntityRow, PassageRow, RelationRow, SourceRow } from '../graph/rows.js';
import { sourcesByIds } from '../graph/sources.js';
import { exportProjection, type ExportFilter, type ExportLimits } from './model.js';
import { QUERY_BOUNDS } from '../model/bounds.js';

/**
 * What the linked-data exports (FollowTheMoney, RDF) and the entity pages write: whole entity and relation rows
 * (dates, descriptions, other names, stated or inferred, notes), every passage they cite, and each passage's
 * source. The network-tool exports (model.ts) carry metrics instead; these carry the evidence in full.
 */

export interface LinkedGraph {
  filter: ExportFilter | null;
  entities: EntityRow[];
  relations: RelationRow[];
  passages: Map<string, PassageRow>;
  sources: Map<string, SourceRow>;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Entities and relations as rows, with the passages they cite and those passages' sources. */
export async function linkedRows(
  db: Database,
  entityIds: readonly string[],
  relationIds: readonly string[],
  filter: ExportFilter | null,
): Promise<LinkedGraph> {
  const [entities, relations] = await Promise.all([
    entitiesByIds(db, entityIds),
    relationsByIds(db, relationIds),
  ]);
  const passageIds = new Set<string>();
  for (const e of entities.values()) for (const p of e.evidence) passageIds.add(p);
  for (const r of relations.values()) for (const p of r.evidence) passageIds.add(p);
  const passages = await passagesByIds(db, [...passageIds]);
  const sources = await sourcesByIds(db, [...new Set([...passages.values()].map((p) => p.source))]);
  return {
    filter,
    entities: [...entities.values()].sort(byId),
    relations: [...relations.values()].sort(byId),
    passages,
    sources,
  };
}

/** The filtered network (`network`'s filters, or an ego export), under the export limits. */
export async function buildLinkedExport(
  db: Database,
  analytics: Analytics,
  filter: ExportFilter,
  limits: ExportLimits,
): Promise<LinkedGraph> {
  const { nodes, edges } = await exportProjection(db, analytics, filter, limits);
  return linkedRows(
    db,
    nodes.map((n) => n.id),
    edges.map((e) => e.id),
    filter,
  );
}

/** The passages a fact cites, in its evidence order (ids without a passage are left out). */
export function evidenceOf(g: LinkedGraph, fact: { evidence: readonly string[] }): PassageRow[] {
  return fact.evidence.flatMap((id) => {
    const p = g.passages.get(id);
    return p ? [p] : [];
  });
}

/**
 * Most relations an entity's page (and its RDF) lists: one page of the relations loader at most (QUERY_BOUNDS);
 * the page says when there are more.
 */
export const ENTITY_RELATIONS_SHOWN = QUERY_BOUNDS.maxListItems;

export interface EntityDocument {
  graph: LinkedGraph;
  /** All of the entity's relations (more than `graph.relations` holds when over ENTITY_RELATIONS_SHOWN). */
  total: number;
}

/** One entity with its relations (either direction), the entities at their other ends, and all their evidence. */
export async function entityDocument(db: Database, id: string): Promise<EntityDocument | null> {
  const [entity] = (await entitiesByIds(db, [id])).values();
  if (!entity) return null;
  const [slice] = await relationsOfMany(db, [
    { id, types: [], direction: 'BOTH', first: ENTITY_RELATIONS_SHOWN, after: null },
  ]);
  const relations = (slice?.items ?? []).flatMap((it) => (it.relation ? [it.relation] : []));
  const others = relations.map((r) => (r.from === id ? r.to : r.from));
  const graph = await linkedRows(
    db,
    [...new Set([id, ...others])],
    relations.map((r) => r.id),
    null,
  );
  return { graph, total: slice?.total ?? 0 };
}
