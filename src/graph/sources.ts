import type { Database } from '../db/database.js';
import { relationTypes, typePattern } from './allow-lists.js';
import { relationProjection, toEntity, toPassage, toRelation, toSource } from './convert.js';
import { evidenceExpression, Statement, visible } from './fragments.js';
import type { PassageFacts, PassageRow, SourceRow } from './rows.js';

/** Sources, their passages, and what each passage supports; and an entity's evidence from every source. */

export async function allSources(db: Database): Promise<SourceRow[]> {
  const rows = await db.read<{ s: Record<string, unknown> }>(
    'MATCH (s:Source) RETURN s {.*} AS s ORDER BY s.id',
  );
  return rows.map((r) => toSource(r.s));
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
       MATCH (n:Entity)-[l:EVIDENCED_BY]->(:Passage {id: pid}) WHERE ${visible('l')}
       WITH pid, n ORDER BY n.sortName, n.id
       RETURN collect({pid: pid, e: n {.*}}) AS es
     }
     CALL () {
       MATCH (:Entity)-[r${typePattern(relationTypes(null))}]->(:Entity)
       WHERE ${visible('r')} AND any(x IN r.evidence WHERE x IN $ids)
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
