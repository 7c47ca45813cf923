import type { Database } from '../db/database.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toEntity, toPassage, toRelation, toSource } from './convert.js';
import { evidenceExpression, Statement } from './fragments.js';
import type { PassageFacts, PassageRow, SourceRow } from './rows.js';
import type { KnownName } from './mentions.js';

/** Sources, their passages, and what each passage supports; and an entity's evidence from every source. */

export async function allSources(db: Database): Promise<SourceRow[]> {
  const rows = await db.read<{ s: Record<string, unknown> }>(
    'MATCH (s:Source) RETURN s {.*} AS s ORDER BY s.id',
  );
  return rows.map((r) => toSource(r.s));
}

/** A page of sources by id, after the id `after`, and how many there are. */
export async function sourcePage(
  db: Database,
  first: number,
  after: string | null,
): Promise<{ rows: SourceRow[]; total: number; hasNextPage: boolean }> {
  const [row] = await db.read<{ total: number; ss: Array<Record<string, unknown>> }>(
    `CALL () { MATCH (s:Source) RETURN count(s) AS total }
     CALL () {
       MATCH (s:Source) WHERE $after IS NULL OR s.id > $after
       WITH s ORDER BY s.id LIMIT $limit
       RETURN collect(s {.*}) AS ss
     }
     RETURN total, ss`,
    { after, limit: first + 1 },
  );
  const all = (row?.ss ?? []).map(toSource);
  return { rows: all.slice(0, first), total: row?.total ?? 0, hasNextPage: all.length > first };
}

/** Passages of a source that a new edition could not place, by section and id. */
export async function orphansOf(db: Database, source: string): Promise<PassageRow[]> {
  const rows = await db.read<{ p: Record<string, unknown> }>(
    "MATCH (p:Passage {source: $source}) WHERE p.anchor = 'ORPHANED' RETURN p {.*} AS p ORDER BY p.section, p.id",
    { source },
  );
  return rows.map((r) => toPassage(r.p));
}

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, SourceRow>> {
  const rows = await db.read<{ s: Record<string, unknown> }>(
    'UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s {.*} AS s',
    { ids },
  );
  return new Map(rows.map((r) => [String(r.s.id), toSource(r.s)]));
}

/** The passages of (source, section) pairs, each list in the order they stand in the section. */
export async function passagesOfSections(
  db: Database,
  keys: ReadonlyArray<{ source: string; name: string }>,
): Promise<PassageRow[][]> {
  const rows = await db.read<{ i: number; ps: Array<Record<string, unknown>> }>(
    `UNWIND range(0, size($keys) - 1) AS i
     WITH i, $keys[i] AS key
     OPTIONAL MATCH (p:Passage {source: key.source, section: key.name})
     WITH i, p ORDER BY p.start, p.id
     RETURN i, collect(p {.*}) AS ps`,
    { keys },
  );
  const byIndex = new Map(rows.map((r) => [r.i, r.ps.map(toPassage)]));
  return keys.map((_k, i) => byIndex.get(i) ?? []);
}

/** For each passage id: the entities it evidences and the relations citing it (one scan of the relations). */
export async function factsOfPassages(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, PassageFacts>> {
  const [row] = await db.read<{
    es: Array<{ pid: string; e: Record<string, unknown> }>;
    rs: Array<{ pid: string; r: Record<string, unknown> }>;
  }>(
    `CALL () {
       UNWIND $ids AS pid
       MATCH (n:Entity)-[:EVIDENCED_BY]->(:Passage {id: pid})
       WITH pid, n ORDER BY n.sortName, n.id
       RETURN collect({pid: pid, e: n {.*}}) AS es
     }
     CALL () {
       MATCH (:Entity)-[r${typePattern(relationTypes(null))}]->(:Entity)
       WHERE any(x IN r.evidence WHERE x IN $ids)
       UNWIND [x IN r.evidence WHERE x IN $ids] AS pid
       WITH pid, r ORDER BY r.id
       RETURN collect({pid: pid, r: ${relationProjection('r')}}) AS rs
     }
     RETURN es, rs`,
    { ids },
  );
  const out = new Map<string, PassageFacts>(ids.map((id) => [id, { entities: [], relations: [] }]));
  for (const { pid, e } of row?.es ?? []) out.get(pid)?.entities.push(toEntity(e));
  for (const { pid, r } of row?.rs ?? []) out.get(pid)?.relations.push(toRelation(r));
  return out;
}

/** Each entity's evidence from every source, in the order the evidence fragment gives (its own seed's first). */
export async function evidenceOfEntities(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, PassageRow[]>> {
  const s = new Statement();
  const rows = await db.read<{ id: string; ps: Array<Record<string, unknown>> }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN id, ${evidenceExpression(s, 'n')} AS ps`,
    { ...s.params, ids },
  );
  return new Map(rows.map((r) => [r.id, r.ps.map(toPassage)]));
}

/** Every entity's names as the mention matcher takes them (statements and quantities are not named in text). */
export async function knownNamesOf(db: Database): Promise<KnownName[]> {
  const rows = await db.read<{ id: string; name: string | null; acronym: string | null; others: string[] }>(
    `MATCH (n:Entity) WHERE NOT n:Statement AND NOT n:Quantity
     RETURN n.id AS id, n.name AS name, n.acronym AS acronym, coalesce(n.otherNames, []) AS others ORDER BY n.id`,
  );
  return rows.flatMap((r) => [
    ...(r.name ? [{ entity: r.id, name: r.name, kind: 'NAME' as const }] : []),
    ...(r.acronym ? [{ entity: r.id, name: r.acronym, kind: 'ACRONYM' as const }] : []),
    ...r.others.map((o) => ({ entity: r.id, name: o, kind: 'OTHER_NAME' as const })),
  ]);
}

/** The placed passages of a source (to tell which cited passage holds a mention). */
export async function placedPassagesOf(db: Database, source: string): Promise<PassageRow[]> {
  const rows = await db.read<{ p: Record<string, unknown> }>(
    'MATCH (p:Passage {source: $source}) WHERE p.start IS NOT NULL RETURN p {.*} AS p ORDER BY p.section, p.start, p.id',
    { source },
  );
  return rows.map((r) => toPassage(r.p));
}
