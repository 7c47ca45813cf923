import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { normalise, SECTION_NAMES, type SectionName } from '../model/sources.js';
import type { SeedGraph } from './load.js';
import { splitSentences, type Sentence } from './sentences.js';

/**
 * How much of the report the graph cites: each section split into sentences, a sentence counted as cited when a
 * passage of the seed overlaps it, and two kinds of uncited sentence listed — each must be cited or explained in
 * seed/uncited.yaml: those that name two or more entities of the graph (by name, acronym or other name), which may
 * hold a relation, and those that name one entity and state something about it (a property, a rule, a figure),
 * which may hold a fact about that entity alone ("ICAT has a chairpersonship which periodically rotates").
 */

export const UNCITED_FILE = 'uncited.yaml';

export interface NamingSentence extends Sentence {
  section: SectionName;
  /** The entities it names, by id. */
  entities: string[];
  /** The reason seed/uncited.yaml gives for leaving it uncited, if any. */
  reason?: string;
}

export interface SectionCoverage {
  section: SectionName;
  sentences: number;
  cited: number;
  uncitedNaming: NamingSentence[];
  /** Uncited sentences that name exactly one entity and state something about it. */
  uncitedStating: NamingSentence[];
}

export interface Coverage {
  sections: SectionCoverage[];
  sentences: number;
  cited: number;
}

const uncitedSchema = z
  .object({
    section: z.enum(SECTION_NAMES),
    excerpt: z.string().trim().min(1),
    reason: z.string().trim().min(10, { message: 'must say why the sentence is not cited' }),
  })
  .strict();
export type UncitedEntry = z.infer<typeof uncitedSchema>;

/** seed/uncited.yaml: the sentences naming entities that deliberately stay uncited, each with a reason. */
export function loadUncited(dir: string): UncitedEntry[] {
  const path = join(dir, UNCITED_FILE);
  if (!existsSync(path)) return [];
  const data: unknown = parseDocument(readFileSync(path, 'utf8')).toJS();
  const list = z.array(z.unknown()).parse(data ?? []);
  return list.map((entry, i) => {
    const parsed = uncitedSchema.safeParse(entry);
    if (!parsed.success)
      throw new Error(
        `seed/${UNCITED_FILE}: entry ${i + 1}: ${parsed.error.issues.map((x) => `field "${x.path.join('.')}": ${x.message}`).join('; ')}`,
      );
    return parsed.data;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name form of every entity, longest first, as whole-word, case-sensitive patterns. */
function namePatterns(graph: SeedGraph): Array<{ id: string; re: RegExp }> {
  const out: Array<{ id: string; form: string }> = [];
  for (const e of graph.entities) {
    const forms = [e.props.name, e.props.acronym, ...((e.props.otherNames as string[] | undefined) ?? [])];
    for (const f of forms)
      if (typeof f === 'string' && f.length >= 3) out.push({ id: e.id, form: normalise(f) });
  }
  out.sort((a, b) => b.form.length - a.form.length);
  return out.map(({ id, form }) => ({ id, re: new RegExp(`(?<![\\w-])${escape(form)}(?![\\w-])`, 'g') }));
}

/** The entities a text names; a name inside a longer name found in the same place does not count. */
export function namedEntities(text: string, patterns: Array<{ id: string; re: RegExp }>): string[] {
  const taken: Array<[number, number]> = [];
  const found = new Set<string>();
  for (const { id, re } of patterns) {
    for (const m of text.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a >= x && b <= y)) continue;
      taken.push([a, b]);
      found.add(id);
    }
  }
  return [...found].sort();
}

/**
 * Whether a sentence that names one entity states something about it: a figure, or at least three words besides
 * the name (a predicate: "ICAT has a chairpersonship which periodically rotates among its members"). A bare name
 * (a list entry, a photo credit such as "(UN Women)") and a link line state nothing. Deliberately wide: what it
 * lets through, a curator cites or explains in seed/uncited.yaml.
 */
export function statesSomething(text: string, patterns: Array<{ id: string; re: RegExp }>): boolean {
  if (/^https?:\/\//.test(text)) return false;
  let rest = text;
  for (const { re } of patterns) rest = rest.replace(re, ' ');
  return /\d/.test(rest) || (rest.match(/\p{L}{2,}/gu) ?? []).length >= MIN_PREDICATE_WORDS;
}

const MIN_PREDICATE_WORDS = 3;

/** Where each passage stands in its section: its recorded offset, else the first occurrence of its excerpt. */
function passageRanges(graph: SeedGraph, sections: ReadonlyMap<SectionName, string>) {
  const bySection = new Map<string, Array<[number, number]>>();
  for (const p of graph.passages) {
    const text = sections.get(p.section as SectionName) ?? '';
    const start = typeof p.start === 'number' ? p.start : text.indexOf(p.excerpt);
    if (start < 0) continue;
    const list = bySection.get(p.section) ?? [];
    list.push([start, start + p.excerpt.length]);
    bySection.set(p.section, list);
  }
  return bySection;
}

/** A passage cites a sentence when they share at least this many characters (a shared space is not a citation). */
const MIN_OVERLAP = 3;

export function computeCoverage(
  rawSections: ReadonlyMap<SectionName, string>,
  graph: SeedGraph,
  uncited: readonly UncitedEntry[] = [],
): Coverage {
  const normalised = new Map([...rawSections].map(([k, v]) => [k, normalise(v)]));
  const ranges = passageRanges(graph, normalised);
  const patterns = namePatterns(graph);
  const sections: SectionCoverage[] = [];
  for (const [section, raw] of rawSections) {
    const sentences = splitSentences(raw);
    const cites = ranges.get(section) ?? [];
    const overlaps = (s: Sentence) =>
      cites.some(([a, b]) => Math.min(b, s.end) - Math.max(a, s.start) >= MIN_OVERLAP);
    // The link lists repeat each address: a repetition of a cited sentence is cited with it.
    const citedTexts = new Set(sentences.filter(overlaps).map((s) => s.text));
    let cited = 0;
    const uncitedNaming: NamingSentence[] = [];
    const uncitedStating: NamingSentence[] = [];
    for (const s of sentences) {
      if (citedTexts.has(s.text)) {
        cited++;
        continue;
      }
      const entities = namedEntities(s.text, patterns);
      const list =
        entities.length >= 2
          ? uncitedNaming
          : entities.length === 1 && statesSomething(s.text, patterns)
            ? uncitedStating
            : undefined;
      if (!list) continue;
      const why = uncited.find((u) => u.section === section && s.text.includes(normalise(u.excerpt)));
      list.push({ ...s, section, entities, ...(why ? { reason: why.reason } : {}) });
    }
    sections.push({ section, sentences: sentences.length, cited, uncitedNaming, uncitedStating });
  }
  return {
    sections,
    sentences: sections.reduce((n, s) => n + s.sentences, 0),
    cited: sections.reduce((n, s) => n + s.cited, 0),
  };
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

export function formatCoverage(c: Coverage): string {
  const lines = ['section                                        sentences  cited  coverage'];
  for (const s of c.sections)
    lines.push(
      `${s.section.padEnd(46)} ${String(s.sentences).padStart(9)}  ${String(s.cited).padStart(5)}  ${pct(s.cited, s.sentences).padStart(8)}`,
    );
  lines.push(
    `${'TOTAL'.padEnd(46)} ${String(c.sentences).padStart(9)}  ${String(c.cited).padStart(5)}  ${pct(c.cited, c.sentences).padStart(8)}`,
  );
  const list = (title: string, sentences: NamingSentence[]) => {
    lines.push('', `${title}: ${sentences.length}`);
    for (const n of sentences) {
      lines.push(`  [${n.section}] ${n.text}`, `      names: ${n.entities.join(', ')}`);
      lines.push(
        n.reason ? `      uncited because: ${n.reason}` : '      NOT EXPLAINED in seed/uncited.yaml',
      );
    }
  };
  list(
    'Uncited sentences naming two or more entities',
    c.sections.flatMap((s) => s.uncitedNaming),
  );
  list(
    'Uncited sentences naming one entity and stating something about it',
    c.sections.flatMap((s) => s.uncitedStating),
  );
  return lines.join('\n');
}

/** Every listed sentence, of both kinds: each must be cited or explained. */
export function listedSentences(c: Coverage): NamingSentence[] {
  return c.sections.flatMap((s) => [...s.uncitedNaming, ...s.uncitedStating]);
}
