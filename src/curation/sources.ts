import type { WriteTx } from '../db/database.js';
import { reanchor, type AnchorState } from '../ingest/anchors.js';
import {
  packMarkers,
  sourceIdOf,
  splitSourceText,
  unpackMarkers,
  type SectionMarker,
} from '../ingest/source-text.js';

/**
 * The source operations of a change-set (issue 24): `addSource` registers a new document, `replaceSourceText`
 * gives a source a new edition of its text and places every passage again. Planned at proposal and again in the
 * accepting transaction (plan.ts calls these), applied by store.ts's applyPlan.
 */

export interface SourceOpIn {
  id?: string | null;
  title: string;
  publisher: string;
  year: number;
  url: string;
  text: string;
  sections?: SectionMarker[] | null;
}

export interface ReplaceTextIn {
  id: string;
  text: string;
  sections?: SectionMarker[] | null;
}

/** The source list planChange keeps (the graph's, and those the change-set adds before it cites them). */
export interface KnownSource {
  id: string;
  dataset: string;
  sectionNames: string[];
  sectionTexts: string[];
}

interface Problem {
  path: string[];
  message: string;
  code: 'INVALID' | 'NOT_FOUND';
}

type Read = <T extends Record<string, unknown>>(q: string, p?: Record<string, unknown>) => Promise<T[]>;

export type SourceWrite =
  | {
      op: 'addSource';
      id: string;
      dataset: string;
      props: Record<string, string | number | string[]>;
    }
  | {
      op: 'replaceSourceText';
      id: string;
      sectionNames: string[];
      sectionTexts: string[];
      sha256: string;
      markers: string[];
      anchors: PassageAnchor[];
    };

export interface PassageAnchor {
  id: string;
  state: AnchorState;
  section: string;
  start: number | null;
  end: number | null;
  excerpt: string;
  prefix: string;
  suffix: string;
  previousExcerpt: string | null;
}

const YEAR = { min: 1900, max: 2100 };

export async function planAddSource(
  read: Read,
  x: SourceOpIn,
  at: string[],
  known: KnownSource[],
): Promise<{ write: SourceWrite; source: KnownSource } | { errors: Problem[] }> {
  const errors: Problem[] = [];
  const bad = (field: string, message: string) =>
    errors.push({ path: [...at, field], message, code: 'INVALID' });
  for (const field of ['title', 'publisher'] as const)
    if (x[field].trim() === '') bad(field, 'must not be empty');
  if (!Number.isInteger(x.year) || x.year < YEAR.min || x.year > YEAR.max)
    bad('year', `must be a year between ${YEAR.min} and ${YEAR.max}`);
  if (!URL.canParse(x.url) || !/^https?:$/.test(new URL(x.url).protocol))
    bad('url', 'must be an absolute http(s) URL of the source');
  const id = x.id ?? sourceIdOf(x.title);
  if (!/^source:[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(id)) bad('id', 'must look like source:slug');
  const split = splitSourceText(x.text, x.sections);
  if ('problems' in split) for (const p of split.problems) bad(p.field, p.message);
  if (errors.length > 0) return { errors };
  const text = (split as Extract<typeof split, { ok: unknown }>).ok;
  const dataset = id.slice('source:'.length).replace(/\./g, '-');
  const clash = await read<{ id: string; sha256: string | null; ds: boolean }>(
    `OPTIONAL MATCH (s:Source) WHERE s.id = $id OR s.sha256 = $sha OR s.dataset = $dataset
     RETURN s.id AS id, s.sha256 AS sha256, EXISTS { MATCH (:Dataset {name: $dataset}) } AS ds`,
    { id, sha: text.sha256, dataset },
  );
  const taken = clash.filter((c) => c.id !== null);
  if (taken.some((c) => c.id === id) || known.some((k) => k.id === id))
    bad(
      'id',
      `the graph holds a source "${id}" already: give another id, or replace its text (replaceSourceText)`,
    );
  else if (taken.some((c) => c.sha256 === text.sha256))
    bad(
      'text',
      `the same text (SHA-256 ${text.sha256.slice(0, 12)}…) is source "${taken.find((c) => c.sha256 === text.sha256)!.id}" already`,
    );
  else if (taken.length > 0 || clash[0]?.ds || known.some((k) => k.dataset === dataset))
    bad('id', `the dataset "${dataset}" this id makes exists already: give another id`);
  if (errors.length > 0) return { errors };
  const source = { id, dataset, sectionNames: text.sectionNames, sectionTexts: text.sectionTexts };
  return {
    source,
    write: {
      op: 'addSource',
      id,
      dataset,
      props: {
        id,
        title: x.title.trim(),
        publisher: x.publisher.trim(),
        year: x.year,
        url: x.url,
        sectionNames: text.sectionNames,
        sectionTexts: text.sectionTexts,
        sectionMarkers: packMarkers(text.markers),
        sha256: text.sha256,
        edition: 1,
      },
    },
  };
}

export async function planReplaceText(
  read: Read,
  x: ReplaceTextIn,
  at: string[],
): Promise<{ write: SourceWrite; source: KnownSource } | { errors: Problem[] }> {
  const [current] = await read<{ dataset: string; markers: string[]; sha256: string | null }>(
    'MATCH (s:Source {id: $id}) RETURN s.dataset AS dataset, coalesce(s.sectionMarkers, []) AS markers, s.sha256 AS sha256',
    { id: x.id },
  );
  if (!current)
    return { errors: [{ path: [...at, 'id'], message: `unknown source "${x.id}"`, code: 'NOT_FOUND' }] };
  const markers = x.sections ?? (current.markers.length > 0 ? unpackMarkers(current.markers) : null);
  const split = splitSourceText(x.text, markers);
  if ('problems' in split)
    return {
      errors: split.problems.map((p) => ({ path: [...at, p.field], message: p.message, code: 'INVALID' })),
    };
  const text = split.ok;
  if (text.sha256 === current.sha256)
    return {
      errors: [{ path: [...at, 'text'], message: `this is the text ${x.id} holds already`, code: 'INVALID' }],
    };
  const sections = new Map(text.sectionNames.map((n, i) => [n, text.sectionTexts[i]!]));
  const passages = await read<{
    id: string;
    section: string;
    excerpt: string;
    prefix: string | null;
    suffix: string | null;
    start: number | null;
  }>(
    `MATCH (p:Passage {source: $id})
     RETURN p.id AS id, p.section AS section, p.excerpt AS excerpt, p.prefix AS prefix, p.suffix AS suffix, p.start AS start
     ORDER BY p.id`,
    { id: x.id },
  );
  const anchors = passages.map((p): PassageAnchor => {
    const placed = reanchor(
      {
        section: p.section,
        exact: p.excerpt,
        prefix: p.prefix ?? '',
        suffix: p.suffix ?? '',
        start: p.start,
      },
      sections,
    );
    if (placed.state === 'ORPHANED')
      return {
        id: p.id,
        state: 'ORPHANED',
        section: p.section,
        start: null,
        end: null,
        excerpt: p.excerpt,
        prefix: p.prefix ?? '',
        suffix: p.suffix ?? '',
        previousExcerpt: null,
      };
    return {
      id: p.id,
      state: placed.state,
      section: placed.section,
      start: placed.start,
      end: placed.end,
      excerpt: placed.exact,
      prefix: placed.prefix,
      suffix: placed.suffix,
      previousExcerpt: placed.exact === p.excerpt ? null : p.excerpt,
    };
  });
  return {
    source: {
      id: x.id,
      dataset: current.dataset,
      sectionNames: text.sectionNames,
      sectionTexts: text.sectionTexts,
    },
    write: {
      op: 'replaceSourceText',
      id: x.id,
      sectionNames: text.sectionNames,
      sectionTexts: text.sectionTexts,
      sha256: text.sha256,
      markers: packMarkers(text.markers),
      anchors,
    },
  };
}

/** Applies a source write inside the accepting transaction; returns its diff lines. */
export async function applySourceWrite(tx: WriteTx, w: SourceWrite): Promise<string[]> {
  if (w.op === 'addSource') {
    await tx.run(
      `CREATE (s:Source) SET s = $props, s.dataset = $dataset
       MERGE (d:Dataset {name: $dataset}) SET d.dataset = $dataset, d.contentHash = $hash`,
      { props: w.props, dataset: w.dataset, hash: w.props.sha256 },
    );
    const names = w.props.sectionNames as string[];
    return [
      `+ source ${w.id} ${JSON.stringify(w.props.title)} (${names.length} section${names.length === 1 ? '' : 's'}: ${names.join(', ')}; sha256 ${String(w.props.sha256)})`,
    ];
  }
  await tx.run(
    `MATCH (s:Source {id: $id})
     SET s.sectionNames = $names, s.sectionTexts = $texts, s.sha256 = $sha, s.sectionMarkers = $markers,
         s.edition = coalesce(s.edition, 1) + 1`,
    { id: w.id, names: w.sectionNames, texts: w.sectionTexts, sha: w.sha256, markers: w.markers },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (p:Passage {id: row.id})
     SET p.section = row.section, p.start = row.start, p.end = row.end, p.excerpt = row.excerpt,
         p.prefix = row.prefix, p.suffix = row.suffix, p.anchor = row.state,
         p.previousExcerpt = coalesce(row.previousExcerpt, p.previousExcerpt)`,
    { rows: w.anchors },
  );
  const count = (s: AnchorState) => w.anchors.filter((a) => a.state === s).length;
  return [
    `~ source ${w.id} new edition (sha256 ${w.sha256}): ${count('EXACT')} exact, ${count('MOVED')} moved, ${count('APPROXIMATE')} approximate, ${count('ORPHANED')} orphaned`,
    ...w.anchors
      .filter((a) => a.state !== 'EXACT')
      .map((a) =>
        a.state === 'ORPHANED'
          ? `! passage ${a.id} orphaned (not in the new edition): ${JSON.stringify(a.excerpt)}`
          : `~ passage ${a.id} ${a.state.toLowerCase()} to ${a.section} ${a.start}–${a.end}${a.previousExcerpt ? `: ${JSON.stringify(a.previousExcerpt)} → ${JSON.stringify(a.excerpt)}` : ''}`,
      ),
  ];
}
