import { isRelationStatus, type RelationTypeName } from '../model/relations.js';
import type { EntityRow, PassageRow, RelationRow, SourceRow } from './rows.js';
import type { Row } from '../db/database.js';

/** Shapes raw property maps from Cypher into typed rows. */

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function toEntity(p: Row): EntityRow {
  return {
    rowType: 'entity',
    id: String(p.id),
    type: String(p.type) as EntityRow['type'],
    name: String(p.name),
    otherNames: strList(p.otherNames),
    description: str(p.description),
    evidence: strList(p.evidence),
    acronym: str(p.acronym),
    classification: str(p.classification),
    website: str(p.website),
    title: str(p.title),
    role: str(p.role),
    kind: str(p.kind),
    date: str(p.date),
    endDate: str(p.endDate),
    status: str(p.status),
    participantCount: num(p.participantCount),
    participantCountQualifier: str(p.participantCountQualifier),
    instrument: str(p.instrument),
    symbol: str(p.symbol),
    year: num(p.year),
    documentType: str(p.documentType),
    url: str(p.url),
    placeType: str(p.placeType),
    statementKind: str(p.statementKind),
    amount: num(p.amount),
    unit: str(p.unit),
    qualifier: str(p.qualifier),
    counts: str(p.counts),
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

const ANCHORS = ['EXACT', 'MOVED', 'APPROXIMATE', 'ORPHANED'] as const;
/** A passage never re-anchored stands where the seed (or the proposal) found it. */
function anchorOf(p: Row): PassageRow['anchor'] {
  return ANCHORS.find((a) => a === p.anchor) ?? 'EXACT';
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
    prefix: typeof p.prefix === 'string' ? p.prefix : '',
    suffix: typeof p.suffix === 'string' ? p.suffix : '',
    anchor: anchorOf(p),
    previousExcerpt: typeof p.previousExcerpt === 'string' ? p.previousExcerpt : null,
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
    sha256: typeof p.sha256 === 'string' ? p.sha256 : null,
    edition: num(p.edition) ?? 1,
  };
}

/** Cypher: a relation `r` as a map with its type and end ids. */
export const relationProjection = (r: string) =>
  `${r} {.*, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id}`;
