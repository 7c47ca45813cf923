import { ENTITY_PROPERTIES, type EntityPropertyValues } from '../model/entities.js';
import { isRelationStatus, type RelationTypeName } from '../model/relations.js';
import type { EntityRow, PassageRow, RelationRow, SourceRow } from './rows.js';
import type { Row } from '../db/database.js';

/** Shapes raw property maps from Cypher into typed rows. */

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Each kind's own properties (the model's list) and how its value is read. */
const PROPERTY_READS = [...ENTITY_PROPERTIES].map(
  ([name, value]) => [name, value === 'number' ? num : str] as const,
);

export function toEntity(p: Row): EntityRow {
  const props: Record<string, string | number | null> = {};
  for (const [name, read] of PROPERTY_READS) props[name] = read(p[name]);
  return {
    rowType: 'entity',
    id: String(p.id),
    type: String(p.type) as EntityRow['type'],
    name: String(p.name),
    otherNames: strList(p.otherNames),
    description: str(p.description),
    evidence: strList(p.evidence),
    ...(props as EntityPropertyValues),
    category: str(p.category),
    inferredFields: strList(p.inferredFields),
    inferredNotes: strList(p.inferredNotes),
  };
}

/** Expects the map Cypher builds with RELATION_PROJECTION. */
export function toRelation(p: Row): RelationRow {
  return {
    rowType: 'relation',
    id: String(p.id),
    type: String(p.type) as RelationTypeName,
    from: String(p.from),
    to: String(p.to),
    year: num(p.year),
    since: str(p.since),
    until: str(p.until),
    role: str(p.role),
    status: isRelationStatus(p.status) ? p.status : 'DONE',
    onBehalfOf: str(p.onBehalfOf),
    quote: str(p.quote),
    assertion: p.assertion === 'INFERRED' ? 'INFERRED' : 'STATED',
    note: str(p.note),
    evidence: strList(p.evidence),
  };
}

export function toPassage(p: Row): PassageRow {
  return {
    rowType: 'passage',
    id: String(p.id),
    source: String(p.source),
    section: String(p.section),
    excerpt: String(p.excerpt),
    start: num(p.start),
    end: num(p.end),
  };
}

export function toSource(p: Row): SourceRow {
  return {
    rowType: 'source',
    id: String(p.id),
    title: String(p.title),
    publisher: String(p.publisher),
    year: num(p.year) ?? 0,
    url: String(p.url),
    dataset: String(p.dataset),
    sectionNames: strList(p.sectionNames),
    sectionTexts: strList(p.sectionTexts),
  };
}

/** Cypher: a relation `r` as a map with its type and end ids. */
export const relationProjection = (r: string) =>
  `${r} {.*, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id}`;
