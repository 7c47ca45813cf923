import jsonld from 'jsonld';
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import type { EntityTypeName } from '../model/entities.js';
import type { RelationTypeName } from '../model/relations.js';
import type { EntityRow, PassageRow, RelationRow, SourceRow } from '../graph/rows.js';
import { type LinkedGraph } from './linked.js';

/**
 * The graph as RDF (Turtle by n3's Writer; JSON-LD by jsonld.js from the same quads), with W3C ORG, schema.org,
 * SKOS, Dublin Core, OWL-Time and PROV-O terms where they fit and our own (`icat:`) for the rest.
 * docs/reference/EXPORTS.md explains the pattern; shapes/icat-kg.shacl.ttl says what a valid graph is. In short:
 * - an entity is `<base>/entity/<id>`, typed `icat:Entity`, its kind's class and the nearest standard class;
 * - a relation is a direct triple (`<a> icat:memberOf <b>`, plus `org:memberOf` for memberships) and a node of its
 *   own (`<base>/entity/<from>#<relation id>`, typed `icat:Relation`, an `org:Membership` for memberships with
 *   `org:memberDuring`) that carries its dates, whether it is stated or inferred, and its evidence;
 * - evidence: each cited passage is a `prov:Entity` (`<base>/source?id=<source>#<passage id>`, the source page at
 *   that passage) with its excerpt and section, `prov:wasQuotedFrom` its source; entities and relation nodes are
 *   `prov:wasDerivedFrom` their passages.
 */

export const VOCAB = 'urn:icat-kg:vocab:';

export const PREFIXES = {
  icat: VOCAB,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  org: 'http://www.w3.org/ns/org#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  time: 'http://www.w3.org/2006/time#',
} as const;

const { namedNode, literal, blankNode, quad } = DataFactory;
type Prefix = keyof typeof PREFIXES;
const term = (prefix: Prefix, local: string) => namedNode(`${PREFIXES[prefix]}${local}`);
const a = term('rdf', 'type');

/** Each kind's own class and the nearest standard classes. */
export const ENTITY_CLASSES: Record<EntityTypeName, string[]> = {
  ORGANISATION: ['icat:Organisation', 'org:Organization', 'schema:Organization'],
  PERSON: ['icat:Person', 'foaf:Person', 'schema:Person'],
  EVENT: ['icat:Event', 'schema:Event'],
  RESOLUTION: ['icat:Resolution', 'schema:Legislation'],
  BRIEF: ['icat:Brief', 'schema:Report'],
  PLACE: ['icat:Place', 'schema:Place'],
  TOPIC: ['icat:Topic', 'skos:Concept'],
  STATEMENT: ['icat:Statement', 'schema:CreativeWork'],
  QUANTITY: ['icat:Quantity', 'schema:QuantitativeValue'],
};

const MEMBERSHIPS = new Set<RelationTypeName>(['MEMBER_OF', 'CO_CHAIRED']);
/** W3C ORG's org:memberOf is for agents (people and organisations) in organisations. */
const AGENTS = new Set<EntityTypeName>(['ORGANISATION', 'PERSON']);

/**
 * A W3C ORG membership (an `org:Membership` node; MEMBER_OF also as `org:memberOf`): MEMBER_OF or CO_CHAIRED from
 * a person or organisation to an organisation.
 */
export function isMembership(
  type: RelationTypeName,
  from: EntityTypeName | undefined,
  to: EntityTypeName | undefined,
): boolean {
  return MEMBERSHIPS.has(type) && from !== undefined && AGENTS.has(from) && to === 'ORGANISATION';
}

/** `MEMBER_OF` → `memberOf`: the direct predicate's local name. */
export function predicateName(type: RelationTypeName): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** An id as an IRI path segment: unreserved characters and `:` stay, the rest is percent-encoded. */
const segment = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');

export interface Iris {
  entity(id: string): string;
  relation(r: { id: string; from: string }): string;
  source(id: string): string;
  passage(p: { id: string; source: string }): string;
}

export function iris(base: string): Iris {
  return {
    entity: (id) => `${base}/entity/${segment(id)}`,
    relation: (r) => `${base}/entity/${segment(r.from)}#${segment(r.id)}`,
    source: (id) => `${base}/source?id=${segment(id)}`,
    passage: (p) => `${base}/source?id=${segment(p.source)}#${segment(p.id)}`,
  };
}

/** An ISO date prefix as the XSD type it is (2019 → gYear, 2019-09 → gYearMonth, 2019-09-23 → date). */
function dateLiteral(v: string | number) {
  const s = String(v);
  if (/^\d{4}$/.test(s)) return literal(s, term('xsd', 'gYear'));
  if (/^\d{4}-\d{2}$/.test(s)) return literal(s, term('xsd', 'gYearMonth'));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return literal(s, term('xsd', 'date'));
  return literal(s);
}

const instantProperty = (v: string) =>
  /^\d{4}$/.test(v) ? 'inXSDgYear' : /^\d{4}-\d{2}$/.test(v) ? 'inXSDgYearMonth' : 'inXSDDate';

/** A blank node label from the fact's id, so that the same graph is written the same way every time. */
const label = (id: string, part: string) => `${id.replace(/[^A-Za-z0-9]+/g, '_')}_${part}`;

class Quads {
  readonly list: Quad[] = [];
  add(s: Quad_Subject, p: string | ReturnType<typeof namedNode>, o: Quad_Object | string | null | undefined) {
    if (o === null || o === undefined || o === '') return;
    const predicate = typeof p === 'string' ? curie(p) : p;
    this.list.push(quad(s, predicate, typeof o === 'string' ? literal(o) : o));
  }
}

function curie(c: string) {
  const [prefix, local] = c.split(':') as [Prefix, string];
  return term(prefix, local);
}

function entityQuads(q: Quads, e: EntityRow, ids: Iris, passage: (id: string) => string | null) {
  const s = namedNode(ids.entity(e.id));
  for (const c of ['icat:Entity', 'prov:Entity', ...ENTITY_CLASSES[e.type]]) q.add(s, a, curie(c));
  q.add(s, 'icat:id', e.id);
  q.add(s, 'icat:kind', e.type);
  q.add(s, 'rdfs:label', e.name);
  q.add(s, 'skos:prefLabel', e.name);
  for (const n of e.otherNames) q.add(s, 'skos:altLabel', n);
  if (e.acronym) {
    q.add(s, 'icat:acronym', e.acronym);
    q.add(s, 'skos:altLabel', e.acronym);
  }
  q.add(s, 'dcterms:description', e.description);
  q.add(s, 'icat:classification', e.classification);
  if (e.website && /^https?:\/\//.test(e.website)) q.add(s, 'schema:url', namedNode(e.website));
  if (e.url && /^https?:\/\//.test(e.url)) q.add(s, 'schema:url', namedNode(e.url));
  q.add(s, 'schema:honorificPrefix', e.title);
  q.add(s, 'schema:jobTitle', e.role);
  if (e.date) q.add(s, e.type === 'EVENT' ? 'schema:startDate' : 'dcterms:date', dateLiteral(e.date));
  if (e.endDate) q.add(s, 'schema:endDate', dateLiteral(e.endDate));
  if (e.year !== null && e.year !== undefined) q.add(s, 'dcterms:date', dateLiteral(e.year));
  q.add(s, 'icat:eventKind', e.kind);
  q.add(s, 'icat:status', e.status);
  q.add(s, 'icat:instrument', e.instrument);
  q.add(s, 'icat:symbol', e.symbol);
  q.add(s, 'icat:documentType', e.documentType);
  q.add(s, 'icat:placeType', e.placeType);
  q.add(s, 'icat:statementKind', e.statementKind);
  if (e.amount !== null && e.amount !== undefined)
    q.add(s, 'schema:value', literal(String(e.amount), term('xsd', 'decimal')));
  q.add(s, 'schema:unitText', e.unit);
  q.add(s, 'icat:qualifier', e.qualifier);
  q.add(s, 'icat:counts', e.counts);
  q.add(s, 'icat:category', e.category);
  e.inferredFields.forEach((field, i) => {
    const b = blankNode(label(e.id, `inferred${i}`));
    q.add(s, 'icat:inferredProperty', b);
    q.add(b, a, curie('icat:InferredProperty'));
    q.add(b, 'icat:field', field);
    q.add(b, 'rdfs:comment', e.inferredNotes[i] ?? 'a curator’s reading of the report');
  });
  for (const p of e.evidence) derived(q, s, passage(p));
}

const derived = (q: Quads, s: Quad_Subject, passage: string | null) => {
  if (passage !== null) q.add(s, 'prov:wasDerivedFrom', namedNode(passage));
};

function relationQuads(
  q: Quads,
  r: RelationRow,
  ids: Iris,
  kinds: Map<string, EntityTypeName>,
  passage: (id: string) => string | null,
) {
  const from = namedNode(ids.entity(r.from));
  const to = namedNode(ids.entity(r.to));
  const direct = term('icat', predicateName(r.type));
  q.add(from, direct, to);
  const membership = isMembership(r.type, kinds.get(r.from), kinds.get(r.to));
  if (membership && r.type === 'MEMBER_OF') q.add(from, 'org:memberOf', to);

  const s = namedNode(ids.relation(r));
  q.add(s, a, curie('icat:Relation'));
  q.add(s, a, curie('prov:Entity'));
  q.add(s, 'icat:id', r.id);
  q.add(s, 'icat:relationType', r.type);
  q.add(s, 'icat:subject', from);
  q.add(s, 'icat:object', to);
  q.add(s, 'icat:predicate', direct);
  q.add(s, 'icat:status', r.status);
  if (r.year !== null && r.year !== undefined) q.add(s, 'icat:year', dateLiteral(r.year));
  if (r.since) q.add(s, 'icat:since', dateLiteral(r.since));
  if (r.until) q.add(s, 'icat:until', dateLiteral(r.until));
  q.add(s, 'icat:role', r.role);
  q.add(s, 'icat:onBehalfOf', r.onBehalfOf);
  q.add(s, 'icat:quote', r.quote);
  q.add(s, 'icat:assertion', curie(r.assertion === 'INFERRED' ? 'icat:Inferred' : 'icat:Stated'));
  if (r.assertion === 'INFERRED') {
    q.add(s, a, curie('icat:InferredFact'));
    q.add(s, 'rdfs:comment', r.note ?? 'a curator’s reading of the report');
  }
  if (membership) {
    q.add(s, a, curie('org:Membership'));
    q.add(s, 'org:member', from);
    q.add(s, 'org:organization', to);
    if (r.year !== null || r.since || r.until) {
      const during = blankNode(label(r.id, 'during'));
      q.add(s, 'org:memberDuring', during);
      q.add(during, a, curie('time:Interval'));
      const instant = (p: string, v: string) => {
        const i = blankNode(label(r.id, p.slice('time:'.length)));
        q.add(during, p, i);
        q.add(i, a, curie('time:Instant'));
        q.add(i, `time:${instantProperty(v)}`, dateLiteral(v));
      };
      if (r.since) instant('time:hasBeginning', r.since);
      if (r.until) instant('time:hasEnd', r.until);
      // The report states the membership in that year: an instant of it lies inside the membership.
      if (r.year !== null && r.year !== undefined) instant('time:inside', String(r.year));
    }
  }
  for (const p of r.evidence) derived(q, s, passage(p));
}

function passageQuads(q: Quads, p: PassageRow, ids: Iris) {
  const s = namedNode(ids.passage(p));
  q.add(s, a, curie('prov:Entity'));
  q.add(s, a, curie('icat:Passage'));
  q.add(s, 'icat:id', p.id);
  q.add(s, 'icat:excerpt', p.excerpt);
  q.add(s, 'prov:value', p.excerpt);
  q.add(s, 'icat:section', p.section);
  q.add(s, 'prov:wasQuotedFrom', namedNode(ids.source(p.source)));
  q.add(s, 'dcterms:isPartOf', namedNode(ids.source(p.source)));
  if (p.start !== null) q.add(s, 'icat:start', literal(String(p.start), term('xsd', 'integer')));
  if (p.end !== null) q.add(s, 'icat:end', literal(String(p.end), term('xsd', 'integer')));
}

function sourceQuads(q: Quads, src: SourceRow, ids: Iris) {
  const s = namedNode(ids.source(src.id));
  for (const c of ['prov:Entity', 'icat:Source', 'schema:Report']) q.add(s, a, curie(c));
  q.add(s, 'icat:id', src.id);
  q.add(s, 'dcterms:title', src.title);
  q.add(s, 'rdfs:label', src.title);
  q.add(s, 'dcterms:publisher', src.publisher);
  q.add(s, 'dcterms:issued', dateLiteral(src.year));
  if (/^https?:\/\//.test(src.url)) q.add(s, 'schema:url', namedNode(src.url));
  q.add(s, 'icat:dataset', src.dataset);
}

/** Every quad of the graph: sources, passages, entities, relations. */
export function toQuads(g: LinkedGraph, base: string): Quad[] {
  const ids = iris(base);
  const q = new Quads();
  // A cited id without a passage row (a dangling reference) is left out rather than written as a dead IRI.
  const passage = (id: string) => {
    const p = g.passages.get(id);
    return p ? ids.passage(p) : null;
  };
  const kinds = new Map(g.entities.map((e) => [e.id, e.type]));
  const byId = <T extends { id: string }>(xs: Iterable<T>) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const s of byId(g.sources.values())) sourceQuads(q, s, ids);
  for (const p of byId(g.passages.values())) passageQuads(q, p, ids);
  for (const e of g.entities) entityQuads(q, e, ids, passage);
  for (const r of g.relations) relationQuads(q, r, ids, kinds, passage);
  return q.list;
}

export function writeTurtle(g: LinkedGraph, base: string): Promise<string> {
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(toQuads(g, base));
  return new Promise((resolve, reject) =>
    writer.end((err, out: string) => (err ? reject(err) : resolve(out))),
  );
}

/** JSON-LD, compacted with our prefixes as the context (inline: a reader needs nothing from the network). */
export async function writeJsonLd(g: LinkedGraph, base: string): Promise<string> {
  const nquads = await new Promise<string>((resolve, reject) => {
    const writer = new Writer({ format: 'N-Quads' });
    writer.addQuads(toQuads(g, base));
    writer.end((err, out: string) => (err ? reject(err) : resolve(out)));
  });
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, { ...PREFIXES });
  return `${JSON.stringify(compacted, null, 1)}\n`;
}
