import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import type { Database } from '../db/database.js';
import { ExpectedFailure } from '../errors.js';
import { isEntityLabel, type EntityLabel } from '../model/entities.js';
import { passageId } from '../model/ids.js';
import { SECTION_NAMES, normalise } from '../model/sources.js';
import { RELATION_TYPES } from '../model/relations.js';
import {
  ATTESTATIONS_FILE,
  ENTITY_FILES,
  ENTITY_SCHEMAS,
  RELATIONS_FILE,
  relationSchema,
} from './seed-format.js';
import { REPORT_TEXT, SOURCE_FILE } from './source.js';
import { unpackMarkers } from './source-text.js';
import { DEFAULT_DATASET } from './seed.js';

/**
 * `npm run seed:export`: the graph as it is now (one dataset's live facts: entities, relations, their evidence and
 * notes) written back in the seed format (docs/reference/SEED-FORMAT.md), so that a curated state can be committed
 * and reviewed in git, and seeding an empty database from the files gives the same graph.
 *
 * Stable and diff-friendly: entities sorted by id, relations by their ends and type (then id), keys in one fixed
 * order, a field the loader would default left out, one blank line between entries.
 */

type Value = string | number | boolean | string[] | number[] | null | undefined;
type Row = Record<string, Value>;
type Entry = Record<string, unknown>;

/** The seed files of one dataset, by file name, as YAML text. */
export type SeedFiles = Map<string, string>;

export interface SeedExport {
  dataset: string;
  files: SeedFiles;
  counts: { entities: number; relations: number; passages: number; attestations: number };
  /** Passages of the dataset that no live fact cites: the seed format has no place for them. */
  uncitedPassages: string[];
}

interface PassageRow {
  id: string;
  source: string;
  section: string;
  excerpt: string;
  start: number | null;
}

/** Stored fields the seed does not write (derived by the loader, or bookkeeping of history and datasets). */
const OMIT_ENTITY = new Set(['evidence', 'inferred']);

/** Values the loader gives a field left out: writing them would only be noise in a diff. */
const DEFAULTS: Record<string, Record<string, unknown>> = {
  Event: { status: 'HELD' },
  Quantity: { qualifier: 'EXACT' },
  relation: { status: 'DONE', assertion: 'STATED' },
};

const RELATION_KEYS = Object.keys(relationSchema.shape).filter(
  (k) => k !== 'type' && k !== 'from' && k !== 'to' && k !== 'evidence',
);

const HEADER = (what: string) =>
  `# ${what}. Format: docs/reference/SEED-FORMAT.md.\n` +
  '# Written by `npm run seed:export` from the graph: entries sorted, keys in a fixed order.\n';

/** What the graph holds of one dataset, as read: the input of renderSeed. */
export interface DatasetRows {
  dataset: string;
  source: SourceRow;
  passages: PassageRow[];
  entities: Array<{ id: string; label: string; props: Row }>;
  relations: Array<{ type: string; from: string; to: string; props: Row }>;
  /** Entities of other datasets that passages of this one evidence. */
  attested: Array<{ entity: string; passageIds: string[] }>;
}

interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  year: number;
  url: string;
  sectionNames: string[];
  sectionTexts: string[];
  /** How the source's text was cut ("name\nmarker", source-text.ts packMarkers); empty for an older graph. */
  sectionMarkers: string[];
}

/** Reads one dataset's live graph and renders it as seed files (nothing is written). */
export async function exportDataset(db: Database, dataset = DEFAULT_DATASET): Promise<SeedExport> {
  return renderSeed(await readDataset(db, dataset));
}

export async function readDataset(db: Database, dataset: string): Promise<DatasetRows> {
  const [source] = await db.read<SourceRow & Record<string, unknown>>(
    `MATCH (s:Source {dataset: $dataset})
     RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.year AS year, s.url AS url,
            coalesce(s.sectionNames, []) AS sectionNames, coalesce(s.sectionTexts, []) AS sectionTexts,
            coalesce(s.sectionMarkers, []) AS sectionMarkers
     ORDER BY id`,
    { dataset },
  );
  if (!source)
    throw new ExpectedFailure(
      `The database holds no dataset "${dataset}" (no Source node): seed it first, or name another with --dataset`,
    );
  const passages = await db.read<PassageRow & Record<string, unknown>>(
    `MATCH (p:Passage {dataset: $dataset})
     RETURN p.id AS id, p.source AS source, p.section AS section, p.excerpt AS excerpt, p.start AS start`,
    { dataset },
  );
  const entities = await db.read<{ id: string; label: string; props: Row }>(
    `MATCH (n:Entity {dataset: $dataset})
     RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props`,
    { dataset },
  );
  // Only live relations, of the model's types: history's retracted records (RETRACTED_*) are not the current graph.
  const relations = await db.read<{ type: string; from: string; to: string; props: Row }>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE r.dataset = $dataset AND type(r) IN $types
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { dataset, types: [...RELATION_TYPES] },
  );
  const attested = await db.read<{ entity: string; passageIds: string[] }>(
    `MATCH (n:Entity)-[e:EVIDENCED_BY {dataset: $dataset}]->(p:Passage)
     WHERE n.dataset <> $dataset
     WITH n.id AS entity, p.id AS pid ORDER BY pid
     RETURN entity, collect(pid) AS passageIds`,
    { dataset },
  );
  return { dataset, source, passages, entities, relations, attested };
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** Renders what was read as seed files: sorted, in the seed format. */
export function renderSeed(rows: DatasetRows): SeedExport {
  const { dataset, source } = rows;
  const passages = new Map(rows.passages.map((p) => [p.id, p]));
  const entities = [...rows.entities].sort(byKey((e) => e.id));
  const relations = [...rows.relations].sort(
    byKey((r) => `${r.from}\u0000${r.type}\u0000${r.to}\u0000${String(r.props.id)}`),
  );
  const attested = [...rows.attested].sort(byKey((a) => a.entity));
  const cited = new Set<string>();
  const evidence = (ids: unknown, where: string) => {
    if (!Array.isArray(ids) || ids.length === 0)
      throw new ExpectedFailure(
        `${where} has no evidence in the graph: the seed format needs at least one passage`,
      );
    return ids.map((pid) => {
      const p = passages.get(String(pid));
      if (!p)
        throw new ExpectedFailure(
          `${where} cites passage ${String(pid)}, which is not a passage of dataset "${dataset}"`,
        );
      cited.add(p.id);
      return evidenceEntry(p, source.id, where);
    });
  };

  const files: SeedFiles = new Map();
  const byLabel = new Map<EntityLabel, Entry[]>();
  for (const e of entities) {
    if (!isEntityLabel(e.label))
      throw new ExpectedFailure(`${e.id} has no entity kind label (found ${e.label})`);
    const list = byLabel.get(e.label) ?? [];
    list.push({ ...entityEntry(e.label, e.props), evidence: evidence(e.props.evidence, e.id) });
    byLabel.set(e.label, list);
  }
  for (const [file, label] of Object.entries(ENTITY_FILES))
    files.set(file, render(`${label} entities`, byLabel.get(label) ?? []));

  const relationEntries = relations.map((r) => {
    const entry: Entry = { type: r.type, from: r.from, to: r.to };
    for (const key of RELATION_KEYS) {
      const v = r.props[key];
      if (v === null || v === undefined || DEFAULTS.relation?.[key] === v) continue;
      entry[key] = v;
    }
    entry.evidence = evidence(r.props.evidence, `relation ${String(r.props.id)}`);
    return entry;
  });
  files.set(RELATIONS_FILE, render('Relations between the entities', relationEntries));

  if (attested.length > 0)
    files.set(
      ATTESTATIONS_FILE,
      render(
        'Passages of this source evidencing entities of another dataset',
        attested.map((a) => ({
          entity: a.entity,
          evidence: evidence(a.passageIds, `attestation of ${a.entity}`),
        })),
      ),
    );

  const sourceFiles = sourceEntry(source, dataset);
  for (const [name, text] of sourceFiles) files.set(name, text);

  return {
    dataset,
    files,
    counts: {
      entities: entities.length,
      relations: relations.length,
      passages: cited.size,
      attestations: attested.length,
    },
    uncitedPassages: [...passages.keys()].filter((id) => !cited.has(id)).sort(),
  };
}

/** A passage as seed evidence: section and excerpt, and the offset only where its id was pinned by one. */
function evidenceEntry(p: PassageRow, sourceId: string, where: string): Entry {
  if (p.source !== sourceId)
    throw new ExpectedFailure(`${where} cites passage ${p.id} of another source (${p.source})`);
  if (passageId(p.source, p.section, p.excerpt) === p.id) return { section: p.section, excerpt: p.excerpt };
  if (typeof p.start === 'number' && passageId(p.source, p.section, p.excerpt, p.start) === p.id)
    return { section: p.section, excerpt: p.excerpt, offset: p.start };
  throw new ExpectedFailure(
    `passage ${p.id} (cited by ${where}) is not the passage its section and excerpt name: it cannot be written as seed evidence`,
  );
}

/** An entity's stored properties back as the seed's fields, in a fixed order: the schema's, evidence last. */
function entityEntry(label: EntityLabel, props: Row): Entry {
  const keys = Object.keys(ENTITY_SCHEMAS[label].shape).filter((k) => !OMIT_ENTITY.has(k));
  const entry: Entry = {};
  for (const key of keys) {
    const v = key === 'country' ? props.countryId : props[key];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (DEFAULTS[label]?.[key] === v) continue;
    entry[key] = v;
  }
  const fields = Array.isArray(props.inferredFields) ? props.inferredFields.map(String) : [];
  const notes = Array.isArray(props.inferredNotes) ? props.inferredNotes.map(String) : [];
  if (fields.length > 0) entry.inferred = fields.map((field, i) => ({ field, note: notes[i] ?? '' }));
  return entry;
}

/**
 * source.yaml, and for a source other than the report, its text file: the sections' texts (as the database holds
 * them, normalised) one after another, each found again by a marker (its opening words).
 */
function sourceEntry(s: SourceRow, dataset: string): Array<[string, string]> {
  const meta = { id: s.id, title: s.title, publisher: s.publisher, year: s.year, url: s.url, dataset };
  const isReport =
    s.sectionNames.length === SECTION_NAMES.length && s.sectionNames.every((n, i) => n === SECTION_NAMES[i]);
  if (isReport)
    return [[SOURCE_FILE, render('The source every passage quotes', { ...meta, text: REPORT_TEXT })]];
  if (s.sectionTexts.length !== s.sectionNames.length || s.sectionTexts.some((t) => t === ''))
    throw new ExpectedFailure(
      `The database does not hold the text of ${s.id}, so its seed cannot be written: seed it from its files with the text at hand`,
    );
  const textFile = `${s.id.replace(/^source:/, '')}.txt`;
  let text = '';
  for (const body of s.sectionTexts) text += `${body}\n\n`;
  // The loader cuts at the markers and normalises: markers are good when that gives back exactly the texts held.
  const readsBack = (sections: ReadonlyArray<{ marker: string }>) =>
    sections
      .map(({ marker }, i) => {
        const start = text.indexOf(marker, i === 0 ? 0 : text.indexOf(sections[i - 1]!.marker) + 1);
        const next = sections[i + 1] ? text.indexOf(sections[i + 1]!.marker, start + 1) : text.length;
        return start < 0 ? null : normalise(text.slice(start, next));
      })
      .every((t, i) => t === s.sectionTexts[i]);
  // The markers the source was cut by, when they still cut the text so (a source added with its own markers).
  const stored = unpackMarkers(s.sectionMarkers);
  const keep =
    stored.length === s.sectionNames.length &&
    stored.every((m, i) => m.name === s.sectionNames[i]) &&
    readsBack(stored);
  const sections = keep ? stored : markersFor(s, text);
  if (!readsBack(sections))
    throw new ExpectedFailure(
      `The text of ${s.id} cannot be written so that its sections read back the same`,
    );
  return [
    [SOURCE_FILE, render('The source every passage quotes', { ...meta, text: textFile, sections })],
    [textFile, text],
  ];
}

/** Markers found anew: each section's shortest opening (whole words, 20 characters or more) found at its start. */
function markersFor(s: SourceRow, text: string): Array<{ name: string; marker: string }> {
  let from = 0;
  let at = 0;
  return s.sectionNames.map((name, i) => {
    const body = s.sectionTexts[i]!;
    let marker = body;
    for (let n = 20; n < body.length; n++) {
      if (body[n] !== ' ') continue;
      const candidate = body.slice(0, n);
      if (text.indexOf(candidate, from) === at) {
        marker = candidate;
        break;
      }
    }
    from = at + 1;
    at += body.length + 2;
    return { name, marker };
  });
}

/** YAML of a list (one blank line between entries) or a map; strings double-quoted, section names plain. */
function render(what: string, value: Entry[] | Entry): string {
  const one = (v: unknown) => {
    const doc = new Document(v);
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === 'section' && isScalar(pair.value))
          pair.value.type = 'PLAIN';
      },
    });
    return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  };
  const body = Array.isArray(value) ? value.map((e) => one([e])).join('\n') : one(value);
  return `${HEADER(what)}\n${body}`;
}

/**
 * Writes the files into `dir` (created if missing): each through a temporary file renamed into place. An
 * attestations file the graph no longer has is removed; other files there (uncited.yaml) are left as they are.
 */
export function writeSeedFiles(dir: string, files: SeedFiles): string[] {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const tmp = join(dir, `.${name}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, join(dir, name));
  }
  if (!files.has(ATTESTATIONS_FILE) && existsSync(join(dir, ATTESTATIONS_FILE)))
    rmSync(join(dir, ATTESTATIONS_FILE));
  return [...files.keys()].sort();
}
