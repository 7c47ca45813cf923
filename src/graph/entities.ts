import type { Database } from '../db/database.js';
import type { ListFilterProperty } from '../model/entities.js';
import { label as allowLabel, relationTypes } from './allow-lists.js';
import { toEntity, toPassage } from './convert.js';
import {
  degreeExpression,
  entityExpression,
  rootNeeds,
  Statement,
  toCompiledEntity,
  type CompiledStatement,
  type EntityNeeds,
  type RawTree,
  isWholeRow,
  NO_NEEDS,
  markAsOf,
  whereExisted,
} from './fragments.js';
import type { EntityRow, PassageRow, Slice } from './rows.js';

/** Entities: by id (the root statement and the batched loader), listed with filters and keyset paging, counted. */

/** One entity, whole, with what its selection reads (EntityRow.compiled): the root of `entity` and `node`. */
export function entityStatement(
  id: string,
  needs: EntityNeeds,
  asOf: string | null = null,
): CompiledStatement {
  const s = new Statement(asOf);
  return s.done(
    `MATCH (n:Entity {id: ${s.param(id)}})${whereExisted(s, 'n')} RETURN ${entityExpression(s, 'n', rootNeeds(needs))} AS t`,
  );
}

/** The root entity with what its fields read attached; null when the id is unknown (or did not exist at `asOf`). */
export async function readEntity(
  db: Database,
  id: string,
  needs: EntityNeeds,
  asOf: string | null = null,
): Promise<EntityRow | null> {
  const { cypher, params } = entityStatement(id, needs, asOf);
  const [found] = await db.read<{ t: RawTree }>(cypher, params);
  if (!found) return null;
  const row = toCompiledEntity(found.t, needs);
  return asOf === null ? row : markAsOf(row, asOf);
}

export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const rows = await db.read<{ e: Record<string, unknown> }>(
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS e',
    { ids },
  );
  return new Map(rows.map((r) => [String(r.e.id), toEntity(r.e)]));
}

export async function passagesByIds(db: Database, ids: readonly string[]): Promise<Map<string, PassageRow>> {
  const rows = await db.read<{ p: Record<string, unknown> }>(
    'UNWIND $ids AS id MATCH (p:Passage {id: id}) RETURN p {.*} AS p',
    { ids },
  );
  return new Map(rows.map((r) => [String(r.p.id), toPassage(r.p)]));
}

export async function degreesByIds(db: Database, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read<{ id: string; d: number }>(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${degreeExpression('n')} AS d`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.d]));
}

export type Order = 'NAME_ASC' | 'NAME_DESC' | 'DATE_ASC' | 'DATE_DESC';

/** A filter already checked and turned into Cypher-ready values. */
export interface EntityFilter {
  nameContains?: string;
  nameEquals?: string;
  /** property name -> allowed values (property names are fixed by the caller, never from input). */
  inLists?: Array<{ property: ListFilterProperty; values: string[] }>;
  dateFrom?: string;
  dateTo?: string;
  yearFrom?: number;
  yearTo?: number;
  relatedTo?: string;
  relatedBy?: string[];
}

export interface ListRequest {
  label: string;
  filter: EntityFilter;
  order: Order;
  first: number;
  /** The sort key and id of the entity the page starts after. */
  after?: { key: string; id: string };
}

const SORT_KEY: Record<Order, string> = {
  NAME_ASC: 'n.sortName',
  NAME_DESC: 'n.sortName',
  // Undated sorts last in both directions.
  DATE_ASC:
    "coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '9999-12-31')",
  DATE_DESC:
    "coalesce(n.dateEarliest, CASE WHEN n.year IS NULL THEN null ELSE toString(n.year) + '-01-01' END, '0000-01-01')",
};

/** A page of entities, each with what its fields read (`needs`, from the selection) attached. */
export async function listEntities(
  db: Database,
  req: ListRequest,
  needs: EntityNeeds = NO_NEEDS,
): Promise<Slice<EntityRow>> {
  const label = allowLabel(req.label);
  const where: string[] = [];
  const f = req.filter;
  const params: Record<string, unknown> = {};
  if (f.nameContains !== undefined) {
    params.nameContains = f.nameContains.toLowerCase();
    where.push(
      "(n.sortName CONTAINS $nameContains OR toLower(coalesce(n.acronym, '')) CONTAINS $nameContains OR toLower(n.otherNamesText) CONTAINS $nameContains)",
    );
  }
  if (f.nameEquals !== undefined) {
    params.nameEquals = f.nameEquals.toLowerCase();
    where.push(
      "(n.sortName = $nameEquals OR toLower(coalesce(n.acronym, '')) = $nameEquals OR any(o IN n.otherNames WHERE toLower(o) = $nameEquals))",
    );
  }
  (f.inLists ?? []).forEach((l, i) => {
    params[`in${i}`] = l.values;
    where.push(`n.${l.property} IN $in${i}`);
  });
  if (f.dateFrom !== undefined) {
    params.dateFrom = f.dateFrom;
    where.push('n.dateLatest >= $dateFrom');
  }
  if (f.dateTo !== undefined) {
    params.dateTo = f.dateTo;
    where.push('n.dateEarliest <= $dateTo');
  }
  if (f.yearFrom !== undefined) {
    params.yearFrom = f.yearFrom;
    where.push('n.year >= $yearFrom');
  }
  if (f.yearTo !== undefined) {
    params.yearTo = f.yearTo;
    where.push('n.year <= $yearTo');
  }
  if (f.relatedTo !== undefined) {
    params.relatedTo = f.relatedTo;
    params.relatedBy = relationTypes(f.relatedBy);
    where.push(`EXISTS { MATCH (n)-[r]-(:Entity {id: $relatedTo}) WHERE type(r) IN $relatedBy }`);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const key = SORT_KEY[req.order];
  const desc = req.order.endsWith('_DESC');
  params.limit = req.first + 1;
  params.afterKey = req.after?.key ?? null;
  params.afterId = req.after?.id ?? null;
  const keyset = desc
    ? '($afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND n.id > $afterId))'
    : '($afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND n.id > $afterId))';

  const s = new Statement();
  const tree = isWholeRow(needs) ? null : entityExpression(s, 'n', rootNeeds(needs));
  Object.assign(params, s.params);
  // The page, after `source` has bound `n` to each candidate.
  const pageOf = (source: string) => `${source}
       WITH n, ${key} AS k
       WHERE ${keyset}
       ORDER BY k ${desc ? 'DESC' : 'ASC'}, n.id ASC
       LIMIT $limit
       RETURN collect({e: n {.*}, k: k${tree ? `, t: ${tree}` : ''}}) AS page`;
  // Filtered: one pass over the matches, counted and then paged (a second MATCH would find them all again). Not
  // filtered: the count comes from the count store, and the page is a top-k over the label.
  const cypher =
    where.length > 0
      ? `MATCH (n:${label}) ${filter}
     WITH collect(n) AS matched
     CALL (matched) {
       ${pageOf('UNWIND matched AS n')}
     }
     RETURN size(matched) AS total, page`
      : `CALL () { MATCH (n:${label}) RETURN count(n) AS total }
     CALL () {
       ${pageOf(`MATCH (n:${label})`)}
     }
     RETURN total, page`;
  const rows = await db.read<{
    total: number;
    page: Array<{ e: Record<string, unknown>; k: string; t?: RawTree }>;
  }>(cypher, params);
  const { total, page } = rows[0] ?? { total: 0, page: [] };
  const shown = page.slice(0, req.first);
  return {
    items: shown.map(({ e, k, t }) => ({
      key: [k, String(e.id)],
      node: toCompiledEntity(t ?? { e }, needs),
    })),
    totalCount: total,
    hasNextPage: page.length > req.first,
  };
}
