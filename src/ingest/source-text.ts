import { createHash } from 'node:crypto';
import { normalise } from '../model/sources.js';
import { REPORT_SECTION_MARKERS } from './report.js';

/**
 * A new source's text cut into sections (`addSource`, `npm run source:add`): by the markers given (the text that
 * opens each section, in order, as seed/source.yaml lists them), else by its Markdown headings, else one section.
 * Section texts are normalised as the seed's are (model/sources.ts), so passage offsets index the same form.
 */

/** The largest text one source may have (characters); over HTTP MAX_BODY_BYTES bounds it first. */
export const MAX_SOURCE_CHARS = 2_000_000;
/** The section of a text with neither markers nor Markdown headings. */
export const WHOLE_TEXT = 'TEXT';
/** The text before a Markdown text's first heading, when there is any. */
export const OPENING = 'OPENING';

export interface SectionMarker {
  name: string;
  marker: string;
}

export interface SourceText {
  sectionNames: string[];
  sectionTexts: string[];
  /** The SHA-256 (hex) of the text as given, UTF-8. */
  sha256: string;
  /** The markers the sections were cut at (stored, so a new edition can be cut the same way). */
  markers: SectionMarker[];
}

export interface TextProblem {
  field: 'text' | 'sections';
  message: string;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// Control characters other than tab, line feed, form feed and carriage return: a text file has none.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** Why a text is not one we can quote from, or null. */
export function textProblem(text: string): string | null {
  if (text.trim() === '') return 'the text is empty: give the source’s full text';
  if (text.length > MAX_SOURCE_CHARS)
    return `the text has ${text.length} characters, more than ${MAX_SOURCE_CHARS}: split it into several sources`;
  const bad = CONTROL.exec(text);
  if (bad)
    return `the text looks binary (control character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at offset ${bad.index}): give plain text or Markdown, UTF-8`;
  return null;
}

/** Reads a file's bytes as UTF-8 text, or says why it is not text. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const problem = textProblem(text);
    return problem ? { problem } : { text };
  } catch {
    return { problem: 'the file is not UTF-8 text (it looks binary): give plain text or Markdown' };
  }
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm;

/** Cuts a text into its sections; every problem found, or the sections. */
export function splitSourceText(
  text: string,
  markers?: readonly SectionMarker[] | null,
): { ok: SourceText } | { problems: TextProblem[] } {
  const problem = textProblem(text);
  if (problem) return { problems: [{ field: 'text', message: problem }] };
  const pieces = markers && markers.length > 0 ? byMarkers(text, markers) : byHeadings(text);
  if ('problems' in pieces) return pieces;
  const names = pieces.map((p) => p.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined)
    return {
      problems: [
        {
          field: 'sections',
          message: `the section name "${dup}" stands twice: give each section its own name (or markers)`,
        },
      ],
    };
  return {
    ok: {
      sectionNames: names,
      sectionTexts: pieces.map((p) => normalise(p.raw)),
      sha256: sha256(text),
      markers: pieces.map((p) => ({ name: p.name, marker: p.marker })),
    },
  };
}

type Piece = { name: string; marker: string; raw: string };

/** By markers, in order; the first section starts at the text's start (as the report's FOREWORD does). */
function byMarkers(text: string, markers: readonly SectionMarker[]): Piece[] | { problems: TextProblem[] } {
  const problems: TextProblem[] = [];
  const starts: number[] = [];
  let from = 0;
  markers.forEach(({ name, marker }, i) => {
    if (name.trim() === '' || marker.trim() === '') {
      problems.push({ field: 'sections', message: `section ${i + 1}: give both a name and a marker` });
      return;
    }
    const at = text.indexOf(marker, from);
    if (at < 0) {
      const anywhere = text.indexOf(marker);
      problems.push({
        field: 'sections',
        message: `unknown section marker ${JSON.stringify(marker)} (section "${name}"): the text does not hold it${anywhere >= 0 ? ' after the previous section’s marker (markers go in the order the sections stand)' : ''}`,
      });
      return;
    }
    starts.push(i === 0 ? 0 : at);
    from = at + marker.length;
  });
  if (problems.length > 0) return { problems };
  return markers.map((m, i) => ({
    name: m.name.trim(),
    marker: m.marker,
    raw: text.slice(starts[i], starts[i + 1] ?? text.length),
  }));
}

/** By Markdown headings (`#` to `######`): each heading names the section of the text under it. */
function byHeadings(text: string): Piece[] {
  const heads = [...text.matchAll(HEADING)].map((m) => ({
    name: m[2]!.trim(),
    marker: m[0].trim(),
    at: m.index,
    body: m.index + m[0].length,
  }));
  if (heads.length === 0) return [{ name: WHOLE_TEXT, marker: '', raw: text }];
  const out: Piece[] = [];
  const opening = text.slice(0, heads[0]!.at);
  if (opening.trim() !== '') out.push({ name: OPENING, marker: '', raw: opening });
  heads.forEach((h, i) =>
    out.push({ name: h.name, marker: h.marker, raw: text.slice(h.body, heads[i + 1]?.at ?? text.length) }),
  );
  return out;
}

/** A source id from its title: `source:` and the title's slug. */
export function sourceIdOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `source:${slug || 'untitled'}`;
}

/** The ICAT report's own section markers (src/ingest/report.ts), for a new edition of its text. */
export function reportSectionMarkers(): SectionMarker[] {
  return REPORT_SECTION_MARKERS.map((m) => ({ ...m }));
}

/** Markers as a Source node stores them (`sectionMarkers`): "name\nmarker" strings, Neo4j properties hold no maps. */
export const packMarkers = (m: readonly SectionMarker[]) => m.map((x) => `${x.name}\n${x.marker}`);
export const unpackMarkers = (m: readonly string[]): SectionMarker[] =>
  m.map((s) => ({ name: s.slice(0, s.indexOf('\n')), marker: s.slice(s.indexOf('\n') + 1) }));
