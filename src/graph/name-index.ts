import { createRequire } from 'node:module';
import type SymSpellModule from 'mnemonist/symspell.js';

// mnemonist is CommonJS typed as `export default` (as graphology: src/analytics/libs.ts); load it with require.
type Default<M> = M extends { default: infer D } ? D : M;
const SymSpell = createRequire(import.meta.url)('mnemonist/symspell.js') as Default<typeof SymSpellModule>;

/**
 * The search's name index: every entity's name, acronym and other names, held in the process and rebuilt for each
 * dataset version (search.ts keeps it current). It ranks in tiers, each before the next whatever the rest:
 *
 * 0. the whole query equals a whole name, acronym or other name (accents, case and punctuation aside);
 * 1. every term is a whole word of the entity's names;
 * 2. every term is a word or the start of one;
 * 3. every term is a word, the start of one, or within its edits of one (fuzzy);
 * 4. some terms match: the rarer the words matched, the better.
 *
 * Within a tier: tier 0 by which kind of name matched (name, then acronym, then other name); tiers 1-2 by how few
 * words of the best-matching name the terms leave uncovered; tier 3 by the fewest edits, then as 1-2; tier 4 by the
 * weight of the terms matched, then as 1-2. Ties (two entities that share an acronym, say) go by the folded name
 * in code-point order, then by id: documented in docs/reports/benchmarks/search.md, stable across rebuilds.
 *
 * Acronyms are matched as acronyms: exactly or by their start, never fuzzily (one edit away from "OSCE" is another
 * body), except the long ones a user spells like a word (7 letters or more: "INTERPOL"). A term that is itself an
 * acronym is not expanded fuzzily either.
 */

export interface NameRow {
  id: string;
  type: string;
  name: string;
  acronym: string | null;
  otherNames: readonly string[];
}

export interface RankedHit {
  id: string;
  /** Tier score: 5 a whole name, 4 every term a word, 3 with starts of words, 2 with fuzzy words, below 2 partial. */
  score: number;
  /** The name, acronym or other name that matched best. */
  matched: string;
}

/** Case, accents and compatibility forms folded: what both names and queries are compared as. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a text, folded (letters and digits; everything else separates). */
export function wordsOf(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Edits a term's fuzzy match allows: none under 4 letters, 1 up to 6, 2 from 7 (as the Lucene query did). */
export function fuzzyEdits(t: string): 0 | 1 | 2 {
  const n = [...t].length;
  return n >= 7 ? 2 : n >= 4 ? 1 : 0;
}

/** An acronym this long or longer is spelled like a word and may be matched fuzzily. */
const LONG_ACRONYM = 7;

const enum Kind {
  Name = 0,
  Acronym = 1,
  Other = 2,
}

interface IndexedName {
  text: string;
  kind: Kind;
  words: readonly string[];
  /** The folded words joined by one space: what a whole-name match compares. */
  key: string;
}

interface Entity {
  id: string;
  type: string;
  names: readonly IndexedName[];
  /** The folded primary name: the tie order after the tier's own keys. */
  order: string;
}

/** How term number `term` matches `word`: 3 exactly, 2 as the word's start, 1 fuzzily (with its edits). */
interface TermMatch {
  term: number;
  mode: 1 | 2 | 3;
  edits: number;
  word: string;
  /** What it weighs in the partial tier: the word's rarity (at most the term's), less for a start or near spelling. */
  weight: number;
}

/** A start of a word weighs 0.6 of a whole word in the partial tier, a near spelling 0.5. */
const MODE_FACTOR = [0, 0.5, 0.6, 1] as const;

/**
 * The partial tier scores at most this many entities, the heaviest first (by the most their terms could weigh,
 * then in id order): on a large graph a common word is held by tens of thousands, and past the first page these
 * are scraps. The tiers above are always complete.
 */
export const PARTIAL_SCORED = 2000;

interface Candidate {
  entity: number;
  tier: number;
  /** Sort keys within the tier, smaller first. */
  keys: number[];
  score: number;
  matched: string;
}

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class NameIndex {
  private readonly entities: Entity[];
  /** Folded whole names → [entity, name index] pairs. */
  private readonly exact = new Map<string, Array<[number, number]>>();
  /** Word → entity numbers holding it in any name, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** Every word, sorted: a term's prefix range is found by binary search. */
  private readonly vocabulary: string[];
  private readonly acronymWords = new Set<string>();
  private readonly fuzzy = new SymSpell({ maxDistance: 2, verbosity: 2 });

  constructor(rows: readonly NameRow[]) {
    // Numbered in the tie order (folded name, then id), so that ties compare as numbers and postings, which are
    // ascending, list their entities in that order.
    const sorted = rows
      .map((r) => ({ r, order: fold(r.name) }))
      .sort((a, b) => compareCodePoints(a.order, b.order) || compareCodePoints(a.r.id, b.r.id));
    this.entities = sorted.map(({ r, order }) => {
      const named = (text: string, kind: Kind): IndexedName => {
        const words = wordsOf(text);
        return { text, kind, words, key: words.join(' ') };
      };
      const names: IndexedName[] = [named(r.name, Kind.Name)];
      if (r.acronym) names.push(named(r.acronym, Kind.Acronym));
      for (const o of r.otherNames) names.push(named(o, Kind.Other));
      return { id: r.id, type: r.type, names, order };
    });
    const fuzzyWords = new Set<string>();
    this.entities.forEach((e, n) => {
      e.names.forEach((name, i) => {
        if (name.words.length === 0) return;
        const list = this.exact.get(name.key);
        if (list) list.push([n, i]);
        else this.exact.set(name.key, [[n, i]]);
        for (const w of name.words) {
          const p = this.postings.get(w);
          if (!p) this.postings.set(w, [n]);
          else if (p[p.length - 1] !== n) p.push(n);
          if (name.kind === Kind.Acronym) this.acronymWords.add(w);
          // Numbers are not typed "nearly"; short acronyms are not spelled like words.
          if (!/^\p{N}+$/u.test(w) && (name.kind !== Kind.Acronym || [...w].length >= LONG_ACRONYM))
            fuzzyWords.add(w);
        }
      });
    });
    this.vocabulary = [...this.postings.keys()].sort(compareCodePoints);
    for (const w of [...fuzzyWords].sort(compareCodePoints)) this.fuzzy.add(w);
  }

  /** Entities indexed. */
  get size(): number {
    return this.entities.length;
  }

  /** Words of the vocabulary starting with `t` (not `t` itself). */
  private prefixed(t: string): string[] {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(t); i++)
      out.push(this.vocabulary[i]!);
    return out;
  }

  /** Words within the term's edits, with their distance (the term itself and its prefix words excluded). */
  private near(t: string): Map<string, number> {
    const out = new Map<string, number>();
    const e = fuzzyEdits(t);
    if (e === 0 || this.acronymWords.has(t) || /^\p{N}+$/u.test(t)) return out;
    for (const m of this.fuzzy.search(t)) if (m.distance > 0 && m.distance <= e) out.set(m.term, m.distance);
    return out;
  }

  /** The entities (ascending numbers) holding any of these words. */
  private holding(words: Iterable<string>): number[] {
    const set = new Set<number>();
    for (const w of words) for (const n of this.postings.get(w) ?? []) set.add(n);
    return [...set].sort((a, b) => a - b);
  }

  /**
   * The best `first` entities for these terms (letter/digit words, as `searchTerms` cuts them), of the given types
   * (null: every type). Pure and synchronous: the index answers from memory.
   */
  rank(rawTerms: readonly string[], types: readonly string[] | null, first: number): RankedHit[] {
    const terms = wordsOf(rawTerms.join(' '));
    if (terms.length === 0 || first <= 0) return [];
    const typeOk = types && types.length > 0 ? new Set(types) : null;
    const allowed = (n: number) => !typeOk || typeOk.has(this.entities[n]!.type);
    const key = terms.join(' ');

    const prefixes = terms.map((t) => this.prefixed(t));
    const nears = terms.map((t) => this.near(t));
    // Every word related to a term, with how: exact, a start, fuzzy (a word may serve several terms).
    const related = new Map<string, TermMatch[]>();
    const relate = (w: string, m: TermMatch) => {
      const list = related.get(w);
      if (list) list.push(m);
      else related.set(w, [m]);
    };
    const full = terms.map((t) => this.rarity(t));
    const total = full.reduce((a, b) => a + b, 0);
    const match = (i: number, mode: 1 | 2 | 3, edits: number, word: string): TermMatch => ({
      term: i,
      mode,
      edits,
      word,
      weight: MODE_FACTOR[mode] * Math.min(full[i]!, this.rarity(word)),
    });
    terms.forEach((t, i) => {
      relate(t, match(i, 3, 0, t));
      for (const w of prefixes[i]!) relate(w, match(i, 2, 0, w));
      for (const [w, d] of nears[i]!) if (!w.startsWith(t)) relate(w, match(i, 1, d, w));
    });

    const scored = new Map<number, Candidate>();
    const consider = (n: number) => {
      if (scored.has(n) || !allowed(n)) return;
      scored.set(n, this.score(n, terms, key, related, total));
    };
    const enough = () => scored.size >= first;

    // Tier 0, then whole words, then starts, then fuzzy, then any term: each wider set only when the narrower did
    // not fill the page (a wider set holds every narrower one; the tiers order them).
    for (const [n] of this.exact.get(key) ?? []) consider(n);
    const exactSets = terms.map((t) => this.postings.get(t) ?? []);
    const stages: Array<() => number[]> = [
      () => intersect(exactSets),
      () => intersect(terms.map((t, i) => this.holding([t, ...prefixes[i]!]))),
      () => intersect(terms.map((t, i) => this.holding([t, ...prefixes[i]!, ...nears[i]!.keys()]))),
      () => this.heaviest(related, terms.length, PARTIAL_SCORED),
    ];
    for (const stage of stages) {
      if (enough()) break;
      for (const n of stage()) consider(n);
    }

    const ranked = [...scored.values()].sort((a, b) => {
      if (a.tier !== b.tier) return a.tier - b.tier;
      for (let k = 0; k < a.keys.length; k++) if (a.keys[k] !== b.keys[k]) return a.keys[k]! - b.keys[k]!;
      return a.entity - b.entity;
    });
    return ranked.slice(0, first).map((c) => ({
      id: this.entities[c.entity]!.id,
      score: c.score,
      matched: c.matched,
    }));
  }

  private score(
    n: number,
    terms: readonly string[],
    key: string,
    related: ReadonlyMap<string, readonly TermMatch[]>,
    total: number,
  ): Candidate {
    const entity = this.entities[n]!;
    const exactName = entity.names.find((x) => x.key === key);
    if (exactName) return { entity: n, tier: 0, keys: [exactName.kind], score: 5, matched: exactName.text };
    // Per term, its best match over every name; per name, how many terms it holds and how many words it has.
    const best: Array<TermMatch | null> = terms.map(() => null);
    const heldIn = new Int32Array(terms.length).fill(-1);
    let bestName = entity.names[0]!;
    let bestHeld = -1;
    entity.names.forEach((name, ni) => {
      let held = 0;
      for (const w of name.words) {
        for (const m of related.get(w) ?? []) {
          if (heldIn[m.term] !== ni) {
            heldIn[m.term] = ni;
            held += 1;
          }
          const b = best[m.term];
          if (!b || m.mode > b.mode || (m.mode === b.mode && m.edits < b.edits)) best[m.term] = m;
        }
      }
      // The name holding the most terms, and of those the shortest, is what matched.
      if (held > bestHeld || (held === bestHeld && name.words.length < bestName.words.length)) {
        bestName = name;
        bestHeld = held;
      }
    });
    const uncovered = Math.max(0, bestName.words.length - bestHeld);
    const found = best.filter((m): m is TermMatch => m !== null);
    if (found.length === terms.length) {
      const worst = Math.min(...found.map((m) => m.mode));
      const edits = found.reduce((s, m) => s + m.edits, 0);
      if (worst === 3) {
        return {
          entity: n,
          tier: 1,
          keys: [uncovered],
          score: 4 + 0.9 / (1 + uncovered),
          matched: bestName.text,
        };
      }
      if (worst === 2) {
        const starts = found.filter((m) => m.mode === 2).length;
        return {
          entity: n,
          tier: 2,
          keys: [uncovered, starts],
          score: 3 + 0.9 / (1 + uncovered),
          matched: bestName.text,
        };
      }
      return {
        entity: n,
        tier: 3,
        keys: [edits, uncovered],
        score: 2 + 0.9 / (1 + edits),
        matched: bestName.text,
      };
    }
    // Partial: each matched term weighs its word's rarity, less for a start or a fuzzy match.
    let weight = 0;
    for (const m of found) weight += m.weight;
    const share = total > 0 ? weight / total : 0;
    return {
      entity: n,
      tier: 4,
      // Negated so that smaller sorts first, rounded so that float noise is no difference.
      keys: [-Math.round(share * 1e9), uncovered],
      score: 1 + 0.9 * share,
      matched: bestName.text,
    };
  }

  /**
   * The entities holding any related word, the heaviest `limit` first: by the most their terms could weigh (each
   * term's heaviest word they hold; what `score` finds is never more), then by entity number.
   */
  private heaviest(
    related: ReadonlyMap<string, readonly TermMatch[]>,
    termCount: number,
    limit: number,
  ): number[] {
    const perTerm = Array.from({ length: termCount }, () => new Map<number, number>());
    for (const [w, matches] of related) {
      const holders = this.postings.get(w);
      if (!holders) continue;
      for (const m of matches) {
        const best = perTerm[m.term]!;
        for (const n of holders) if ((best.get(n) ?? 0) < m.weight) best.set(n, m.weight);
      }
    }
    const bound = new Map<number, number>();
    for (const best of perTerm) for (const [n, w] of best) bound.set(n, (bound.get(n) ?? 0) + w);
    if (bound.size <= limit) return [...bound.keys()];
    return [...bound]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([n]) => n);
  }

  /** How rare a word is: ln(1 + entities / entities holding it); a word no entity holds weighs as one holder. */
  private rarity(w: string): number {
    const df = this.postings.get(w)?.length ?? 1;
    return Math.log(1 + this.entities.length / df);
  }
}

/** The entities in every list (each ascending), ascending: a merge, shortest list first. */
function intersect(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const bySize = [...lists].sort((a, b) => a.length - b.length);
  let out: number[] = [...bySize[0]!];
  for (const list of bySize.slice(1)) {
    const next: number[] = [];
    let j = 0;
    for (const n of out) {
      while (j < list.length && list[j]! < n) j++;
      if (j === list.length) break;
      if (list[j] === n) next.push(n);
    }
    out = next;
    if (out.length === 0) break;
  }
  return out;
}
