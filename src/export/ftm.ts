import type { EntityTypeName } from '../model/entities.js';
import type { RelationTypeName } from '../model/relations.js';
import type { EntityRow, PassageRow, RelationRow, SourceRow } from '../graph/rows.js';
import { evidenceOf, type LinkedGraph } from './linked.js';

/**
 * FollowTheMoney (FtM) entities, one JSON object a line, as Aleph, OpenSanctions' tooling and nomenklatura read
 * them (`{"id", "schema", "properties": {name: [values]}}`). docs/reference/EXPORTS.md has the mapping table:
 * - each entity kind → its nearest FtM schema (ENTITY_SCHEMA);
 * - each relation → one interstitial entity: Membership, Documentation (when one end is a document) or
 *   UnknownLink with the relation type as its role, dated (`date` the year, `startDate`/`endDate`);
 * - each source → an Article, which every entity and relation cites as `proof`, beside `sourceUrl` and
 *   `publisher`; the cited excerpts, with their sections, go in `summary`;
 * - an inferred relation says so first in its `description` (with the curator's note); an entity's inferred
 *   properties are listed in `notes`.
 * FtM ids allow letters, digits, `.` and `-` only: `org:icat` becomes `icat-org.icat`.
 */

type Properties = Record<string, string[]>;
interface FtmEntity {
  id: string;
  schema: string;
  properties: Properties;
}

export const ENTITY_SCHEMA: Record<EntityTypeName, string> = {
  ORGANISATION: 'Organization',
  PERSON: 'Person',
  EVENT: 'Event',
  RESOLUTION: 'Article',
  BRIEF: 'Article',
  PLACE: 'Address',
  TOPIC: 'Note',
  STATEMENT: 'Note',
  QUANTITY: 'Note',
};

/** Schemata that FtM's Document range accepts (Documentation.document). */
const DOCUMENT_SCHEMATA = new Set(['Article']);
/** Membership.member is a LegalEntity, Membership.organization an Organization. */
const LEGAL_ENTITY_SCHEMATA = new Set(['Organization', 'Person']);

/** Relations written as Membership when their ends allow it (member → organisation). */
const MEMBERSHIP_TYPES = new Set<RelationTypeName>(['MEMBER_OF', 'CO_CHAIRED', 'AFFILIATED_WITH']);

const MEMBERSHIP_ROLE: Partial<Record<RelationTypeName, string>> = {
  MEMBER_OF: 'member',
  CO_CHAIRED: 'co-chair',
  AFFILIATED_WITH: 'affiliated',
};

export function ftmId(id: string): string {
  return `icat-${id.replace(/[^0-9A-Za-z.-]+/g, '.')}`;
}

/** `MEMBER_OF` → `member of`: the relation type as an FtM role. */
export function relationRole(type: RelationTypeName): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

function put(props: Properties, name: string, ...values: Array<string | number | null | undefined>) {
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const text = String(v).trim();
    if (text === '') continue;
    const list = (props[name] ??= []);
    if (!list.includes(text)) list.push(text);
  }
}

/** A URL FtM's url type accepts: http(s) only. */
const httpUrl = (v: string | null | undefined) => (v && /^https?:\/\/[^\s]+$/.test(v) ? v : null);

/** An FtM date: ISO 8601 prefixes (2019, 2019-09, 2019-09-23). */
const isoDate = (v: string | null | undefined) => (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? v : null);

function provenance(props: Properties, passages: readonly PassageRow[], sources: Map<string, SourceRow>) {
  for (const p of passages) {
    const s = sources.get(p.source);
    if (s) {
      put(props, 'proof', ftmId(s.id));
      put(props, 'sourceUrl', httpUrl(s.url));
      put(props, 'publisher', s.publisher);
    }
    put(props, 'summary', `“${p.excerpt}” (${s?.title ?? p.source}, section ${p.section})`);
  }
}

function entityProperties(e: EntityRow, g: LinkedGraph): Properties {
  const props: Properties = {};
  const schema = ENTITY_SCHEMA[e.type];
  put(props, 'name', e.name);
  put(props, 'alias', ...e.otherNames);
  put(props, 'description', e.description);
  switch (e.type) {
    case 'ORGANISATION':
      put(props, 'abbreviation', e.acronym);
      put(props, 'classification', e.classification);
      put(props, 'website', httpUrl(e.website));
      break;
    case 'PERSON':
      put(props, 'title', e.title);
      put(props, 'position', e.role);
      break;
    case 'EVENT':
      put(props, 'startDate', isoDate(e.date));
      put(props, 'endDate', isoDate(e.endDate));
      put(props, 'keywords', e.kind);
      break;
    case 'RESOLUTION':
      put(props, 'title', e.name);
      put(props, 'date', e.year);
      put(props, 'keywords', e.instrument, e.symbol);
      break;
    case 'BRIEF':
      put(props, 'title', e.name);
      put(props, 'keywords', e.documentType);
      put(props, 'sourceUrl', httpUrl(e.url));
      break;
    case 'PLACE':
      put(props, 'full', e.name);
      if (e.placeType === 'CITY') put(props, 'city', e.name);
      put(props, 'keywords', e.placeType);
      break;
    case 'TOPIC':
      break;
    case 'STATEMENT':
      put(props, 'keywords', e.statementKind);
      break;
    case 'QUANTITY':
      put(props, 'keywords', e.category);
      put(
        props,
        'description',
        e.amount !== null && e.amount !== undefined
          ? [e.qualifier, e.amount, e.unit, e.counts].filter((x) => x !== null && x !== undefined).join(' ')
          : null,
      );
      break;
  }
  if (schema === 'Note') put(props, 'keywords', e.type.toLowerCase());
  e.inferredFields.forEach((field, i) =>
    put(props, 'notes', `INFERRED ${field}: ${e.inferredNotes[i] ?? 'a curator’s reading of the report'}`),
  );
  provenance(props, evidenceOf(g, e), g.sources);
  return props;
}

/**
 * The FtM schema of a relation, from its type and its ends' schemata: a membership (MEMBER_OF, CO_CHAIRED,
 * AFFILIATED_WITH from a legal entity to an organisation), a Documentation (exactly one end a document), else an
 * UnknownLink. docs/reference/EXPORTS.md's table is generated from this (src/export/mapping.ts).
 */
export function relationSchema(
  type: RelationTypeName,
  from: string | undefined,
  to: string | undefined,
): 'Membership' | 'Documentation' | 'UnknownLink' {
  if (MEMBERSHIP_TYPES.has(type) && from && LEGAL_ENTITY_SCHEMATA.has(from) && to === 'Organization')
    return 'Membership';
  const fromDoc = from !== undefined && DOCUMENT_SCHEMATA.has(from);
  const toDoc = to !== undefined && DOCUMENT_SCHEMATA.has(to);
  return fromDoc !== toDoc ? 'Documentation' : 'UnknownLink';
}

/** The role a membership carries (the others carry the relation type as a role: `relationRole`). */
export function membershipRole(type: RelationTypeName): string | undefined {
  return MEMBERSHIP_ROLE[type];
}

function relationEntity(r: RelationRow, g: LinkedGraph, schemaOf: Map<string, string>): FtmEntity {
  const from = schemaOf.get(r.from);
  const to = schemaOf.get(r.to);
  const props: Properties = {};
  const schema = relationSchema(r.type, from, to);
  if (schema === 'Membership') {
    put(props, 'member', ftmId(r.from));
    put(props, 'organization', ftmId(r.to));
    put(props, 'role', MEMBERSHIP_ROLE[r.type], r.role);
  } else if (schema === 'Documentation' && to !== undefined && DOCUMENT_SCHEMATA.has(to)) {
    // FtM's Documentation links a document and the entity it documents; the relation type says how.
    put(props, 'entity', ftmId(r.from));
    put(props, 'document', ftmId(r.to));
    put(props, 'role', relationRole(r.type), r.role);
  } else if (schema === 'Documentation') {
    put(props, 'document', ftmId(r.from));
    put(props, 'entity', ftmId(r.to));
    put(props, 'role', relationRole(r.type), r.role);
  } else {
    put(props, 'subject', ftmId(r.from));
    put(props, 'object', ftmId(r.to));
    put(props, 'role', relationRole(r.type), r.role);
  }
  put(props, 'date', r.year);
  put(props, 'startDate', isoDate(r.since));
  put(props, 'endDate', isoDate(r.until));
  put(props, 'status', r.status.toLowerCase().replace(/_/g, ' '));
  put(props, 'recordId', r.id);
  if (r.assertion === 'INFERRED')
    put(props, 'description', `INFERRED (not stated by the report): ${r.note ?? 'a curator’s reading'}`);
  if (r.onBehalfOf) put(props, 'description', `on behalf of ${r.onBehalfOf}`);
  if (r.quote) put(props, 'description', `“${r.quote}”`);
  provenance(props, evidenceOf(g, r), g.sources);
  return { id: ftmId(r.id), schema, properties: props };
}

function sourceEntity(s: SourceRow): FtmEntity {
  const props: Properties = {};
  put(props, 'name', s.title);
  put(props, 'title', s.title);
  put(props, 'publisher', s.publisher);
  put(props, 'sourceUrl', httpUrl(s.url));
  put(props, 'publishedAt', s.year);
  return { id: ftmId(s.id), schema: 'Article', properties: props };
}

/** The entities (sources first, then the graph's entities, then its relations), one JSON line each. */
export function* writeFtm(g: LinkedGraph): Generator<string> {
  const schemaOf = new Map(g.entities.map((e) => [e.id, ENTITY_SCHEMA[e.type]]));
  for (const s of [...g.sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1)))
    yield `${JSON.stringify(sourceEntity(s))}\n`;
  for (const e of g.entities)
    yield `${JSON.stringify({ id: ftmId(e.id), schema: ENTITY_SCHEMA[e.type], properties: entityProperties(e, g) })}\n`;
  for (const r of g.relations) yield `${JSON.stringify(relationEntity(r, g, schemaOf))}\n`;
}
