import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { SECTION_NAMES, normalise } from '../model/sources.js';
import { reportPath, splitRawSections } from './report.js';
import { sha256 } from './source-text.js';

/**
 * The source a seed directory quotes: `source.yaml` (title, publisher, year, URL, the dataset it seeds, and where
 * its text is). `text: report` is the ICAT 2019 Chairs' Report (its sections are the model's SECTION_NAMES);
 * any other value is a text file beside source.yaml, cut into the `sections` listed by their opening text.
 */

export const SOURCE_FILE = 'source.yaml';
export const REPORT_TEXT = 'report';

const text = z.string().trim().min(1, { message: 'must not be empty' });

export const sourceSchema = z
  .object({
    id: z.string().regex(/^source:[a-z0-9]+(?:[-.][a-z0-9]+)*$/, { message: 'must look like source:slug' }),
    title: text,
    publisher: text,
    year: z.number().int().min(1900).max(2100),
    url: z.url(),
    dataset: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be a lower-case slug' }),
    text,
    sections: z
      .array(z.object({ name: text, marker: text }).strict())
      .min(1)
      .optional(),
  })
  .strict();
export type SourceInput = z.infer<typeof sourceSchema>;

export interface SourceMeta extends Omit<SourceInput, 'sections'> {
  sectionNames: string[];
  markers: Array<{ name: string; marker: string }> | null;
}

/** Reads source.yaml, pushing problems (naming file and field) instead of throwing. */
export function readSourceMeta(dir: string, problems: string[]): SourceMeta | null {
  const path = join(dir, SOURCE_FILE);
  if (!existsSync(path)) {
    problems.push(`seed/${SOURCE_FILE}: file is missing (it names the source the seed quotes)`);
    return null;
  }
  const parsed = sourceSchema.safeParse(parseDocument(readFileSync(path, 'utf8')).toJS());
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      problems.push(`seed/${SOURCE_FILE}: field "${i.path.join('.') || '(entry)'}": ${i.message}`);
    return null;
  }
  const { sections, ...meta } = parsed.data;
  if (meta.text !== REPORT_TEXT && !sections) {
    problems.push(
      `seed/${SOURCE_FILE}: field "sections": a source text of its own needs its sections listed`,
    );
    return null;
  }
  return {
    ...meta,
    sectionNames: sections ? sections.map((s) => s.name) : [...SECTION_NAMES],
    markers: sections ?? null,
  };
}

/** Where the source's text file is looked for. */
export function sourceTextPath(dir: string, meta: SourceMeta): string {
  return meta.markers ? resolve(dir, meta.text) : reportPath();
}

/** The SHA-256 of the source's text file as it is, or null when the file is not at hand. */
export function sourceTextDigest(dir: string, meta: SourceMeta): string | null {
  const path = sourceTextPath(dir, meta);
  return existsSync(path) ? sha256(readFileSync(path, 'utf8')) : null;
}

/** The source's raw text per section, in order; undefined when the text is not at hand. */
export function rawSourceSections(dir: string, meta: SourceMeta): ReadonlyMap<string, string> | undefined {
  if (!meta.markers) {
    const path = reportPath();
    return existsSync(path) ? splitRawSections(readFileSync(path, 'utf8')) : undefined;
  }
  const path = resolve(dir, meta.text);
  if (!existsSync(path)) return undefined;
  const raw = readFileSync(path, 'utf8');
  const out = new Map<string, string>();
  let from = 0;
  const starts = meta.markers.map(({ name, marker }) => {
    const at = raw.indexOf(marker, from);
    if (at < 0)
      throw new Error(`${path}: the text lacks the section "${name}" (looked for ${JSON.stringify(marker)})`);
    from = at + 1;
    return { name, at };
  });
  starts.forEach(({ name, at }, i) => out.set(name, raw.slice(at, starts[i + 1]?.at ?? raw.length)));
  return out;
}

export function normalisedSections(raw: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return new Map([...raw].map(([k, v]) => [k, normalise(v)]));
}
