import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { fileURLToPath } from 'node:url';
import { wordsOf } from '../../src/graph/name-index.js';
import { loadSeedDir } from '../../src/ingest/index.js';
import { SEED_DIR } from '../../src/paths.js';

/**
 * The search's relevance set, generated from the seed: for every entity, queries a user would type and the
 * entity (or entities) they mean. `npm run search:relevance` rewrites test/fixtures/search-relevance.json; the
 * relevance test (test/integration/search-relevance.test.ts) reads that file and checks it is current.
 *
 * Classes: `name` (the name as written), `lower` (name and acronym lower-cased), `acronym`, `other` (each other
 * name), `typo` (the name with one letter dropped, one doubled, two neighbours swapped, an accent dropped: one
 * variant of each kind, at a position drawn from the entity's id), `partial` (the rarest words of a name of
 * several words). Expected: for an exact query, every entity one of whose names is that text (folded); for a
 * typo, every entity of the name it misspells; for a partial query, its entity. A typo that spells another entity's name exactly is left out.
 */

export type QueryClass = 'name' | 'lower' | 'acronym' | 'other' | 'typo' | 'partial';

export interface RelevanceQuery {
  q: string;
  class: QueryClass;
  /** For a typo: which kind. */
  variant?: 'dropped' | 'doubled' | 'swapped' | 'accent';
  expected: string[];
}

export interface RelevanceSet {
  about: string;
  entities: number;
  counts: Record<QueryClass, number>;
  queries: RelevanceQuery[];
}

export const RELEVANCE_FILE = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../fixtures/search-relevance.json',
);

interface Named {
  id: string;
  name: string;
  acronym: string | null;
  otherNames: string[];
}

/** A PRNG seeded from a string (FNV-1a into mulberry32): the same positions on every run. */
function rngFor(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isLetter = (c: string) => /\p{L}/u.test(c);

/** One-typo variants of a name (characters as code points), each at a drawn position; null where none fits. */
export function typoVariants(
  name: string,
  seed: string,
): Array<[RelevanceQuery['variant'] & string, string]> {
  const chars = [...name];
  const letters = chars.flatMap((c, i) => (isLetter(c) ? [i] : []));
  const out: Array<[RelevanceQuery['variant'] & string, string]> = [];
  const draw = (kind: string, xs: number[]) => {
    if (xs.length === 0) return null;
    const r = rngFor(`${seed}|${kind}`);
    return xs[Math.floor(r() * xs.length)]!;
  };
  const at = draw('dropped', letters);
  if (at !== null && letters.length > 1)
    out.push(['dropped', [...chars.slice(0, at), ...chars.slice(at + 1)].join('')]);
  const dbl = draw('doubled', letters);
  if (dbl !== null) out.push(['doubled', [...chars.slice(0, dbl + 1), ...chars.slice(dbl)].join('')]);
  const pairs = letters.filter(
    (i) =>
      i + 1 < chars.length &&
      isLetter(chars[i + 1]!) &&
      chars[i]!.toLowerCase() !== chars[i + 1]!.toLowerCase(),
  );
  const sw = draw('swapped', pairs);
  if (sw !== null) {
    const c = [...chars];
    [c[sw], c[sw + 1]] = [c[sw + 1]!, c[sw]!];
    out.push(['swapped', c.join('')]);
  }
  const accented = letters.filter((i) => chars[i]!.normalize('NFD') !== chars[i]);
  const acc = draw('accent', accented);
  if (acc !== null) {
    const c = [...chars];
    c[acc] = c[acc]!.normalize('NFD').replace(/\p{M}+/gu, '');
    out.push(['accent', c.join('')]);
  }
  return out;
}

export function generateRelevanceSet(entities: readonly Named[]): RelevanceSet {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Folded whole names → the entities holding them (as name, acronym or other name).
  const holders = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const e of sorted) {
    const words = new Set<string>();
    for (const n of [e.name, ...(e.acronym ? [e.acronym] : []), ...e.otherNames]) {
      const key = wordsOf(n).join(' ');
      if (!key) continue;
      holders.set(key, (holders.get(key) ?? new Set()).add(e.id));
      for (const w of wordsOf(n)) words.add(w);
    }
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const exactly = (q: string) => [...(holders.get(wordsOf(q).join(' ')) ?? [])].sort();

  const queries: RelevanceQuery[] = [];
  const seen = new Set<string>();
  const add = (q: RelevanceQuery) => {
    const key = `${q.class}|${q.variant ?? ''}|${q.q}`;
    if (seen.has(key) || wordsOf(q.q).length === 0) return;
    seen.add(key);
    queries.push(q);
  };
  for (const e of sorted) {
    add({ q: e.name, class: 'name', expected: exactly(e.name) });
    add({ q: e.name.toLowerCase(), class: 'lower', expected: exactly(e.name) });
    if (e.acronym) {
      add({ q: e.acronym, class: 'acronym', expected: exactly(e.acronym) });
      add({ q: e.acronym.toLowerCase(), class: 'lower', expected: exactly(e.acronym) });
    }
    for (const o of e.otherNames) add({ q: o, class: 'other', expected: exactly(o) });
    for (const [variant, q] of typoVariants(e.name, e.id)) {
      // Dropping an accent leaves the folded name as it was: still a query that must find the entity first.
      const spelled = exactly(q);
      if (spelled.length > 0 && !spelled.includes(e.id)) continue;
      // Two entities of one name: its typo is as near to either.
      add({ q, class: 'typo', variant, expected: exactly(e.name) });
    }
    const words = wordsOf(e.name);
    if (words.length >= 2) {
      // The rarest words of the name (ties: the longer, then the earlier), one for two words, two for more.
      const ranked = [...new Set(words)]
        .filter((w) => [...w].length >= 4)
        .sort(
          (a, b) =>
            (df.get(a) ?? 0) - (df.get(b) ?? 0) ||
            [...b].length - [...a].length ||
            words.indexOf(a) - words.indexOf(b),
        );
      const pick = new Set(ranked.slice(0, words.length >= 3 ? 2 : 1));
      const q = words.filter((w, i) => pick.has(w) && words.indexOf(w) === i).join(' ');
      if (q && q !== words.join(' ')) add({ q, class: 'partial', expected: [e.id] });
    }
  }
  const counts = { name: 0, lower: 0, acronym: 0, other: 0, typo: 0, partial: 0 } as Record<
    QueryClass,
    number
  >;
  for (const q of queries) counts[q.class] += 1;
  return {
    about:
      'Generated from seed/ by `npm run search:relevance` (test/support/search-relevance.ts); checked by test/integration/search-relevance.test.ts. Do not edit by hand.',
    entities: sorted.length,
    counts,
    queries,
  };
}

/** The set for the seed as it is now. */
export function seedRelevanceSet(): RelevanceSet {
  const graph = loadSeedDir(SEED_DIR);
  return generateRelevanceSet(
    graph.entities.map((e) => ({
      id: e.id,
      name: String(e.props.name),
      acronym: typeof e.props.acronym === 'string' && e.props.acronym ? e.props.acronym : null,
      otherNames: Array.isArray(e.props.otherNames) ? e.props.otherNames.map(String) : [],
    })),
  );
}

/** The file's text: JSON as the repository's prettier writes it (so `prettier --check` passes as generated). */
export async function serialise(set: RelevanceSet): Promise<string> {
  const options = (await prettier.resolveConfig(RELEVANCE_FILE)) ?? {};
  return prettier.format(JSON.stringify(set), { ...options, parser: 'json' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const set = seedRelevanceSet();
  writeFileSync(RELEVANCE_FILE, await serialise(set));
  process.stdout.write(
    `${RELEVANCE_FILE}: ${set.queries.length} queries over ${set.entities} entities ${JSON.stringify(set.counts)}\n`,
  );
}
