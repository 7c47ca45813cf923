import { ENTITY_PROPERTIES } from '../model/entities.js';
import { isRelationStatus, type RelationTypeName } from '../model/relations.js';
import type { EntityRow, PassageRow, RelationRow, SourceRow } from './rows.js';
import { liveType } from './allow-lists.js';
import type { Row } from '../db/database.js';

/** Shapes raw property maps from Cypher into typed rows. */

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * An entity row from the map Cypher returns: the properties every entity has and each kind's own, as the model
 * names them (ENTITY_PROPERTIES), so a new property needs no edit here. The converter is compiled once, from that
 * list, into one object literal of fixed property reads, as a hand-written one would be: a loop over the names
 * reads properties by a varying key, which V8 cannot cache, and costs ~50x as much per row (measured:
 * docs/reports/BENCHMARKS.md, "Issue 21"). Each name is checked to be a plain identifier before it is compiled.
 */
const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const propertyReads = [...ENTITY_PROPERTIES].map(([name, value]) => {
  if (!PLAIN_NAME.test(name))
    throw new Error(`entity property "${name}" is not a plain name (src/model/entities.ts)`);
  return `${name}: ${value === 'number' ? 'num' : 'str'}(p.${name})`;
});
type Convert = (p: Row, s: typeof str, n: typeof num, l: typeof strList) => EntityRow;
const convertEntity = new Function(
  'p',
  'str',
  'num',
  'strList',
  `return {
    rowType: 'entity', id: String(p.id), type: String(p.type), name: String(p.name),
    otherNames: strList(p.otherNames), description: str(p.description), evidence: strList(p.evidence),
    ${propertyReads.join(', ')},
    category: str(p.category), inferredFields: strList(p.inferredFields), inferredNotes: strList(p.inferredNotes),
  };`,
) as Convert;

export function toEntity(p: Row): EntityRow {
  return convertEntity(p, str, num, strList);
}

/** Expects the map Cypher builds with RELATION_PROJECTION. */
export function toRelation(p: Row): RelationRow {
  return {
    rowType: 'relation',
    id: String(p.id),
    // A read as of an instant may meet a relation in its retracted type (allow-lists.ts `retractedType`).
    type: liveType(String(p.type)) as RelationTypeName,
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
