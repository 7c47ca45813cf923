import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { fuzzyDate } from '../model/dates.js';
import { ENTITY_KINDS, kindOfLabel, type EntityLabel, type EntityTypeName } from '../model/entities.js';
import { passageId, relationId } from '../model/ids.js';
import { RELATION_ENDS, type RelationTypeName } from '../model/relations.js';
import { normalise } from '../model/sources.js';
import { readSourceMeta, type SourceMeta } from './source.js';
import { quoteAt } from './anchors.js';
import { REPORT_SECTION_MARKERS } from './report.js';
import { packMarkers } from './source-text.js';
import {
  ATTESTATIONS_FILE,
  attestationSchema,
  ENTITY_FILES,
  ENTITY_SCHEMAS,
  RELATIONS_FILE,
  relationSchema,
  type EntityInput,
  type EvidenceInput,
  type RelationInput,
} from './seed-format.js';
import { ExpectedFailure } from '../errors.js';

/** What the seeder writes: plain property maps, ready for UNWIND. */
export type Props = Record<string, string | number | boolean | string[] | number[] | null>;

export interface PassageRecord {
  id: string;
  /** The id of the source it is part of. */
  source: string;
  section: string;
  excerpt: string;
  /** Where the excerpt stands in the normalised section text (known when the report was at hand). */
  start?: number;
  end?: number;
  /** The W3C TextQuoteSelector's context on each side (known with the offsets). */
  prefix?: string;
  suffix?: string;
}

export interface EntityRecord {
  label: EntityLabel;
  id: string;
  props: Props;
  passageIds: string[];
  /** Where it came from, for messages. */
  origin: string;
}

export interface RelationRecord {
  type: RelationTypeName;
  id: string;
  from: string;
  to: string;
  props: Props;
  origin: string;
}

/** Passages of this seed's source that evidence an entity of another dataset. */
export interface AttestationRecord {
  entity: string;
  passageIds: string[];
  origin: string;
}

export interface SourceRecord {
  id: string;
  dataset: string;
  props: Props;
}

export interface SeedGraph {
  source: SourceRecord;
  entities: EntityRecord[];
  relations: RelationRecord[];
  passages: PassageRecord[];
  attestations: AttestationRecord[];
}

export class SeedValidationError extends ExpectedFailure {
  constructor(readonly problems: string[]) {
    super(`The seed data is invalid; nothing was written.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}

interface RawFile {
  file: string;
  entries: unknown[];
}

/** Reads and parses every seed file; YAML syntax errors name the file and line. */
function readFiles(dir: string, problems: string[]): RawFile[] {
  const files = [...Object.keys(ENTITY_FILES), RELATIONS_FILE, ATTESTATIONS_FILE];
  const out: RawFile[] = [];
  for (const file of files) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (file !== ATTESTATIONS_FILE) problems.push(`seed/${file}: file is missing`);
      continue;
    }
    const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        problems.push(`seed/${file}: line ${e.linePos?.[0]?.line ?? '?'}: ${e.message}`);
      continue;
    }
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) out.push({ file, entries: [] });
    else if (!Array.isArray(data)) problems.push(`seed/${file}: must be a YAML list of entries`);
    else out.push({ file, entries: data });
  }
  return out;
}

/** The kind an entity id names by its prefix (the id scheme ties the two: src/model/ids.ts). */
const KIND_OF_PREFIX = new Map<string, EntityTypeName>(ENTITY_KINDS.map((k) => [k.idPrefix, k.type]));
const kindOfId = (id: string): EntityTypeName | undefined => KIND_OF_PREFIX.get(id.split(':')[0] ?? '');

function describeEntry(file: string, index: number, entry: unknown): string {
  const idValue =
    typeof entry === 'object' && entry !== null && 'id' in entry ? (entry as { id: unknown }).id : undefined;
  const rel =
    typeof entry === 'object' && entry !== null && 'type' in entry && 'from' in entry
      ? `${String((entry as { from: unknown }).from)} -${String((entry as { type: unknown }).type)}->`
      : undefined;
  const what = typeof idValue === 'string' ? ` (${idValue})` : rel ? ` (${rel})` : '';
  return `seed/${file}: entry ${index + 1}${what}`;
}

function issues(where: string, error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const field = i.path.length > 0 ? `field "${i.path.join('.')}"` : 'entry';
    const message =
      i.code === 'unrecognized_keys'
        ? `unknown field(s) ${i.keys.map((k) => `"${k}"`).join(', ')} (see docs/reference/SEED-FORMAT.md)`
        : i.message;
    return `${where}: ${field}: ${message}`;
  });
}

function clean(props: Record<string, string | number | boolean | string[] | null | undefined>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

/** Where an excerpt stands in its section, or what is wrong with it (the field to blame and why). */
export type ExcerptLocation = { start: number } | { field: 'excerpt' | 'offset'; problem: string };

/**
 * The one excerpt check, shared by the seed loader and a change-set's evidence (src/curation/plan.ts): the excerpt
 * is normalised like the section text, and must stand at `offset` when one is given, else anywhere (its first
 * occurrence is taken).
 */
export function locateExcerpt(
  section: string,
  sectionName: string,
  excerpt: string,
  offset?: number,
): ExcerptLocation {
  const wanted = normalise(excerpt);
  if (offset === undefined) {
    const start = section.indexOf(wanted);
    return start >= 0
      ? { start }
      : {
          field: 'excerpt',
          problem: `not found in section "${sectionName}" of the source: ${JSON.stringify(excerpt)}`,
        };
  }
  if (section.slice(offset, offset + wanted.length) === wanted) return { start: offset };
  const found = section.indexOf(wanted);
  return {
    field: 'offset',
    problem: `the excerpt does not stand at ${offset} in section "${sectionName}"${found >= 0 ? ` (it does at ${found})` : ' (nor anywhere in it)'}`,
  };
}

/**
 * Loads and validates the whole seed. With the source's sections (normalised), every excerpt must occur in its
 * section, at its offset when one is given. Throws SeedValidationError listing every problem; returns the graph
 * only when there is none.
 */
export function loadSeed(dir: string, sections?: ReadonlyMap<string, string>): SeedGraph {
  const problems: string[] = [];
  const meta = readSourceMeta(dir, problems);
  const raw = readFiles(dir, problems);
  const passages = new Map<string, PassageRecord>();
  const entities: EntityRecord[] = [];
  const relations: RelationRecord[] = [];
  const seenIds = new Map<string, string>();

  const sourceId = meta?.id ?? 'source:unknown';
  const evidenceIds = (where: string, evidence: EvidenceInput[], field = 'evidence'): string[] =>
    evidence.map((e, i) => {
      const at = `${where}: field "${field}.${i}`;
      const excerpt = normalise(e.excerpt);
      if (e.source !== undefined && e.source !== sourceId)
        problems.push(
          `${at}.source": unknown source "${e.source}" (this seed quotes "${sourceId}", see seed/source.yaml)`,
        );
      if (meta && !meta.sectionNames.includes(e.section))
        problems.push(
          `${at}.section": "${e.section}" is not a section of ${sourceId} (one of: ${meta.sectionNames.join(', ')})`,
        );
      const section = sections?.get(e.section);
      let start = -1;
      if (section !== undefined) {
        const found = locateExcerpt(section, e.section, e.excerpt, e.offset);
        if ('problem' in found) problems.push(`${at}.${found.field}": ${found.problem}`);
        else start = found.start;
      }
      const pid = passageId(sourceId, e.section, excerpt, e.offset);
      passages.set(pid, {
        id: pid,
        source: sourceId,
        section: e.section,
        excerpt,
        ...(start >= 0 && section !== undefined
          ? { start, end: start + excerpt.length, ...contextAt(section, start, start + excerpt.length) }
          : {}),
      });
      return pid;
    });

  for (const { file, entries } of raw) {
    if (file === RELATIONS_FILE || file === ATTESTATIONS_FILE) continue;
    const label = ENTITY_FILES[file as keyof typeof ENTITY_FILES];
    const schema = ENTITY_SCHEMAS[label];
    entries.forEach((entry, index) => {
      const where = describeEntry(file, index, entry);
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        problems.push(...issues(where, parsed.error));
        return;
      }
      const e: EntityInput = parsed.data;
      const first = seenIds.get(e.id);
      if (first) {
        problems.push(`${where}: field "id": duplicate id "${e.id}" (first defined in ${first})`);
        return;
      }
      seenIds.set(e.id, where);
      const passageIds = evidenceIds(where, e.evidence);
      const inferred = e.inferred ?? [];
      inferred.forEach((x, i) => {
        const value = (e as Record<string, unknown>)[x.field];
        if (!READABLE_FIELDS.has(x.field) || value === undefined)
          problems.push(
            `${where}: field "inferred.${i}.field": "${x.field}" is not a property this entry sets (one of its own fields other than id, evidence and inferred)`,
          );
      });
      entities.push({
        label,
        id: e.id,
        props: {
          ...entityProps(label, e),
          evidence: passageIds,
          // Parallel lists (Neo4j properties cannot be maps): which properties are a curator's reading, and why.
          inferredFields: inferred.map((x) => x.field),
          inferredNotes: inferred.map((x) => x.note),
        },
        passageIds,
        origin: where,
      });
    });
  }

  // Entities of another dataset that this seed attests may be the ends of its relations.
  const attestedIds = new Set(
    raw
      .filter((f) => f.file === ATTESTATIONS_FILE)
      .flatMap((f) => f.entries)
      .map((e) => (typeof e === 'object' && e !== null && 'entity' in e ? String(e.entity) : '')),
  );
  const relationKeys = new Map<string, string>();
  for (const { file, entries } of raw) {
    if (file !== RELATIONS_FILE) continue;
    entries.forEach((entry, index) => {
      const where = describeEntry(file, index, entry);
      const parsed = relationSchema.safeParse(entry);
      if (!parsed.success) {
        problems.push(...issues(where, parsed.error));
        return;
      }
      const r = parsed.data;
      for (const field of ['from', 'to', 'onBehalfOf'] as const) {
        const ref = r[field];
        if (ref !== undefined && !seenIds.has(ref) && !attestedIds.has(ref))
          problems.push(`${where}: field "${field}": unknown entity "${ref}"`);
      }
      const ends = RELATION_ENDS[r.type];
      for (const field of ['from', 'to'] as const) {
        const allowed = ends?.[field];
        const kind = kindOfId(r[field]);
        if (allowed && kind !== undefined && !allowed.includes(kind))
          problems.push(
            `${where}: field "${field}": ${r.type} ${field === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}, not at ${kind} "${r[field]}" (see docs/reference/SEED-FORMAT.md)`,
          );
      }
      const rid = relationId(r);
      const dup = relationKeys.get(rid);
      if (dup)
        problems.push(`${where}: duplicate relation (same type, ends, year, role and status as ${dup})`);
      relationKeys.set(rid, where);
      relations.push({
        type: r.type,
        id: rid,
        from: r.from,
        to: r.to,
        origin: where,
        props: relationProps(r, rid, evidenceIds(where, r.evidence)),
      });
    });
  }

  const attestations: AttestationRecord[] = [];
  for (const { file, entries } of raw) {
    if (file !== ATTESTATIONS_FILE) continue;
    entries.forEach((entry, index) => {
      const where = `seed/${file}: entry ${index + 1}`;
      const parsed = attestationSchema.safeParse(entry);
      if (!parsed.success) {
        problems.push(...issues(where, parsed.error));
        return;
      }
      const a = parsed.data;
      if (seenIds.has(a.entity))
        problems.push(
          `${where}: field "entity": "${a.entity}" is this seed's own entity: give it evidence there`,
        );
      attestations.push({ entity: a.entity, passageIds: evidenceIds(where, a.evidence), origin: where });
    });
  }

  for (const e of entities) {
    const country = e.props.countryId;
    if (typeof country === 'string' && !seenIds.has(country))
      problems.push(`${e.origin}: field "country": unknown place "${country}"`);
  }

  if (problems.length > 0 || !meta) throw new SeedValidationError(problems);
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const r of relations) r.props.years = relationYears(r, byId);
  return {
    source: sourceRecord(meta, sections),
    entities,
    relations,
    passages: [...passages.values()],
    attestations,
  };
}

function contextAt(section: string, start: number, end: number): { prefix: string; suffix: string } {
  const { prefix, suffix } = quoteAt(section, start, end);
  return { prefix, suffix };
}

/** The Source node: its description, and its sections' normalised text when at hand (for the /source page). */
function sourceRecord(meta: SourceMeta, sections: ReadonlyMap<string, string> | undefined): SourceRecord {
  const names = meta.sectionNames;
  return {
    id: meta.id,
    dataset: meta.dataset,
    props: {
      id: meta.id,
      title: meta.title,
      publisher: meta.publisher,
      year: meta.year,
      url: meta.url,
      sectionNames: names,
      sectionTexts: sections ? names.map((n) => sections.get(n) ?? '') : [],
      // How the text is cut, so that a new edition of it (replaceSourceText) is cut the same way.
      sectionMarkers: packMarkers(meta.markers ?? REPORT_SECTION_MARKERS),
    },
  };
}

/**
 * The entity fields a curator may mark as a reading (`inferred`): every field of the kinds' seed schemas but the id,
 * the lists and the readings themselves.
 */
const READABLE_FIELDS = new Set(
  Object.values(ENTITY_SCHEMAS)
    .flatMap((schema) => Object.keys(schema.shape))
    .filter((k) => !['id', 'otherNames', 'evidence', 'inferred'].includes(k)),
);

/** The year of the report: what it states without a date holds as of this year. */
export const REPORT_YEAR = 2019;

/** A relation's stored properties: the seed and an accepted change-set (src/curation/plan.ts) write the same. */
export function relationProps(r: RelationInput, id: string, evidence: string[]): Props {
  const since = r.since ? fuzzyDate(r.since) : undefined;
  const until = r.until ? fuzzyDate(r.until) : undefined;
  return clean({
    id,
    year: r.year,
    since: since?.iso,
    sinceEarliest: since?.earliest,
    until: until?.iso,
    untilLatest: until?.latest,
    role: r.role,
    status: r.status ?? 'DONE',
    onBehalfOf: r.onBehalfOf,
    quote: r.quote,
    assertion: r.assertion ?? 'STATED',
    note: r.note,
    evidence,
  });
}

/**
 * The years a relation belongs to, for the network's year filter: its own `year`; else the years of a dated
 * event at either end; else from `since` to the report's year; else the report's year (or the next, if planned).
 */
export function relationYears(r: RelationRecord, byId: Map<string, EntityRecord>): number[] {
  if (typeof r.props.year === 'number') return [r.props.year];
  for (const end of [r.from, r.to]) {
    const e = byId.get(end);
    if (
      e?.label === 'Event' &&
      typeof e.props.dateEarliest === 'string' &&
      typeof e.props.dateLatest === 'string'
    ) {
      return range(Number(e.props.dateEarliest.slice(0, 4)), Number(e.props.dateLatest.slice(0, 4)));
    }
  }
  if (r.props.status === 'PLANNED') return [REPORT_YEAR + 1];
  if (typeof r.props.since === 'string') return range(Number(r.props.since.slice(0, 4)), REPORT_YEAR);
  return [REPORT_YEAR];
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= Math.max(from, to); y++) out.push(y);
  return out;
}

export function entityProps(label: EntityLabel, e: EntityInput): Props {
  const otherNames = e.otherNames ?? [];
  const common = {
    id: e.id,
    type: kindOfLabel(label).type,
    name: e.name,
    sortName: e.name.toLowerCase(),
    otherNames,
    // Fulltext indexes read strings only, so the list is also kept as one string.
    otherNamesText: otherNames.join(' | '),
    description: e.description,
  };
  switch (label) {
    case 'Organisation': {
      const o = e as z.infer<(typeof ENTITY_SCHEMAS)['Organisation']>;
      return clean({
        ...common,
        acronym: o.acronym,
        classification: o.classification,
        category: o.classification,
        website: o.website,
      });
    }
    case 'Person': {
      const p = e as z.infer<(typeof ENTITY_SCHEMAS)['Person']>;
      return clean({ ...common, title: p.title, role: p.role, category: 'PERSON' });
    }
    case 'Event': {
      const ev = e as z.infer<(typeof ENTITY_SCHEMAS)['Event']>;
      const date = ev.date ? fuzzyDate(ev.date) : undefined;
      const end = ev.endDate ? fuzzyDate(ev.endDate) : undefined;
      return clean({
        ...common,
        kind: ev.kind,
        category: ev.kind,
        date: date?.iso,
        dateEarliest: date?.earliest,
        dateLatest: end?.latest ?? date?.latest,
        endDate: end?.iso,
        year: date ? Number(date.iso.slice(0, 4)) : undefined,
        participantCount: ev.participantCount,
        participantCountQualifier: ev.participantCountQualifier,
        status: ev.status ?? 'HELD',
      });
    }
    case 'Resolution': {
      const r = e as z.infer<(typeof ENTITY_SCHEMAS)['Resolution']>;
      return clean({
        ...common,
        instrument: r.instrument,
        category: r.instrument,
        symbol: r.symbol,
        year: r.year,
      });
    }
    case 'Brief': {
      const b = e as z.infer<(typeof ENTITY_SCHEMAS)['Brief']>;
      return clean({
        ...common,
        documentType: b.documentType,
        category: b.documentType,
        year: b.year,
        status: b.status,
        url: b.url,
      });
    }
    case 'Place': {
      const p = e as z.infer<(typeof ENTITY_SCHEMAS)['Place']>;
      return clean({ ...common, placeType: p.placeType, category: p.placeType, countryId: p.country });
    }
    case 'Topic':
      return clean({ ...common, category: 'TOPIC' });
    case 'Statement': {
      const s = e as z.infer<(typeof ENTITY_SCHEMAS)['Statement']>;
      return clean({
        ...common,
        statementKind: s.statementKind,
        category: s.statementKind,
        year: s.year,
        status: s.status,
      });
    }
    case 'Quantity': {
      const q = e as z.infer<(typeof ENTITY_SCHEMAS)['Quantity']>;
      return clean({
        ...common,
        amount: q.amount,
        unit: q.unit,
        category: q.unit,
        qualifier: q.qualifier ?? 'EXACT',
        year: q.year,
        counts: q.counts,
      });
    }
  }
}
