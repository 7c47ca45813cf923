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
 * Each tier's members are scored in the order of a lower bound on their keys (uncovered words: the shortest name
 * holding a related word less the terms it matches; the partial share: each term's heaviest word held), and
 * scoring stops once the page holds `first` entities ranked above the next bound. The page is the one scoring every
 * member would give (test/unit/name-index.test.ts compares them); a word held by tens of thousands costs a few
 * dozen scores.
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
 * The partial tier scores at most this many entities, in the order of their bound (the most their terms could
 * weigh, then the fewest words they could leave uncovered, then the tie order). Scoring stops sooner whenever the
 * page is certain, which it nearly always is; the cap only bounds the work when bounds are loose (many entities
 * whose heaviest words no single name holds together). The tiers above are exact.
 */
export const PARTIAL_SCORED = 2000;

/** A stage of at most this many new members is scored whole, without bounds. */
const SCORED_WHOLE = 256;

interface Candidate extends Place {
  score: number;
  matched: string;
}

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A candidate's place, or a bound on it: tier, then the tier's keys, then the entity number (smaller first). */
interface Place {
  entity: number;
  tier: number;
  keys: readonly number[];
}

function compareCandidates(a: Place, b: Place): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  for (let k = 0; k < a.keys.length; k++) if (a.keys[k] !== b.keys[k]) return a.keys[k]! - b.keys[k]!;
  return a.entity - b.entity;
}

/**
 * One widening of the candidate set: its members; what their keys cannot be below, as two numbers per member
 * (`a`, then `b`, then the entity number: the same order as the tier's keys within the stage) and as the tier's
 * keys (`keys`); how many to score at most.
 */
interface Stage {
  tier: number;
  members: readonly number[];
  a: (n: number) => number;
  b: (n: number) => number;
  keys: (a: number, b: number) => number[];
  limit?: number;
}

/** The best `size` candidates scored so far, in order (a sorted array: pages are small). */
class TopPage {
  readonly hits: Candidate[] = [];
  constructor(private readonly size: number) {}
  get full(): boolean {
    return this.hits.length >= this.size;
  }
  get last(): Candidate | undefined {
    return this.hits[this.hits.length - 1];
  }
  add(c: Candidate): void {
    if (this.full && compareCandidates(c, this.last!) >= 0) return;
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareCandidates(this.hits[mid]!, c) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.hits.splice(lo, 0, c);
    if (this.hits.length > this.size) this.hits.pop();
  }
}

/**
 * A binary min-heap of members by (a, b, entity), in parallel typed arrays: built in linear time, so that a stage
 * of many members pays only for those it pops.
 */
class BoundQueue {
  private size: number;
  constructor(
    private readonly entity: Int32Array,
    private readonly a: Float64Array,
    private readonly b: Float64Array,
  ) {
    this.size = entity.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }
  /** The smallest member's slot (read its fields from the arrays before the next pop), or -1. */
  pop(): { entity: number; a: number; b: number } | null {
    if (this.size === 0) return null;
    const top = { entity: this.entity[0]!, a: this.a[0]!, b: this.b[0]! };
    this.size -= 1;
    if (this.size > 0) {
      this.swap(0, this.size);
      this.down(0);
    }
    return top;
  }
  private less(i: number, j: number): boolean {
    const { a, b, entity } = this;
    if (a[i] !== a[j]) return a[i]! < a[j]!;
    if (b[i] !== b[j]) return b[i]! < b[j]!;
    return entity[i]! < entity[j]!;
  }
  private swap(i: number, j: number): void {
    const { a, b, entity } = this;
    const e = entity[i]!;
    entity[i] = entity[j]!;
    entity[j] = e;
    const x = a[i]!;
    a[i] = a[j]!;
    a[j] = x;
    const y = b[i]!;
    b[i] = b[j]!;
    b[j] = y;
  }
  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.less(l, m)) m = l;
      if (r < this.size && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}

export class NameIndex {
  private readonly entities: Entity[];
  /** Per entity: the word count of its shortest name other than the acronym (0xffff: none), where its acronym is. */
  private readonly wordsOther: Uint16Array;
  private readonly acronymAt: Int8Array;
  /** Per entity, more scratch for one `rank`: seen (1), the partial tier's bound; reset after. */
  private readonly seen: Uint8Array;
  private readonly most: Float64Array;
  private readonly mostTerms: Uint8Array;
  private readonly termBest: Float64Array;
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
    this.seen = new Uint8Array(this.entities.length);
    this.wordsOther = Uint16Array.from(this.entities, (e) =>
      Math.min(0xffff, ...e.names.filter((x) => x.kind !== Kind.Acronym).map((x) => x.words.length)),
    );
    this.acronymAt = Int8Array.from(this.entities, (e) => e.names.findIndex((x) => x.kind === Kind.Acronym));
    this.most = new Float64Array(this.entities.length);
    this.mostTerms = new Uint8Array(this.entities.length);
    this.termBest = new Float64Array(this.entities.length);
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
  private holding(words: Iterable<string>): readonly number[] {
    const lists: Array<readonly number[]> = [];
    for (const w of words) {
      const p = this.postings.get(w);
      if (p && p.length > 0) lists.push(p);
    }
    if (lists.length <= 1) return lists[0] ?? [];
    // Postings are ascending: the union sorted as numbers, without repeats.
    const all = new Int32Array(lists.reduce((k, l) => k + l.length, 0));
    let at = 0;
    for (const l of lists) for (const n of l) all[at++] = n;
    all.sort();
    const out: number[] = [];
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!);
    return out;
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

    // Each stage's new candidates are scored in the order of a lower bound on their sort keys (the tier, then what
    // `bounds` says their keys cannot be below, then the entity number), and scoring stops once the page holds
    // `first` entities that rank above the next bound: every entity left would rank below them. A common word
    // held by tens of thousands then costs a few dozen scores, not one per holder.
    const seen = this.seen;
    const seenList: number[] = [];
    const see = (n: number) => {
      seen[n] = 1;
      seenList.push(n);
    };
    const top = new TopPage(first);
    for (const [n] of this.exact.get(key) ?? []) {
      if (seen[n] || !allowed(n)) continue;
      see(n);
      top.add(this.score(n, terms, key, related, total));
    }
    const exactSets = terms.map((t) => () => this.postings.get(t) ?? []);
    const all = terms.length;
    const zero = () => 0;
    // A stage's new members all fall in that stage's tier: those of a narrower set were scored before it (a wider
    // stage runs only when the narrower ones were exhausted without filling the page).
    const stages: Array<() => Stage> = [
      // Tier 1: keys [uncovered].
      () => ({
        tier: 1,
        members: intersect(exactSets),
        a: (n) => this.uncoveredAtLeast(n, related, all),
        b: zero,
        keys: (a) => [a],
      }),
      // Tier 2: keys [uncovered, starts]; a member outside tier 1 has at least one term matched only as a start.
      () => ({
        tier: 2,
        members: intersect(terms.map((t, i) => () => this.holding([t, ...prefixes[i]!]))),
        a: (n) => this.uncoveredAtLeast(n, related, all),
        b: zero,
        keys: (a) => [a, 1],
      }),
      // Tier 3: keys [edits, uncovered]; a member outside tier 2 has at least one term matched only nearly.
      () => ({
        tier: 3,
        members: intersect(
          terms.map((t, i) => () => this.holding([t, ...prefixes[i]!, ...nears[i]!.keys()])),
        ),
        a: (n) => this.uncoveredAtLeast(n, related, all),
        b: zero,
        keys: (a) => [1, a],
      }),
      // Tier 4: keys [-share, uncovered]; the share is at most the heaviest words the entity holds per term.
      () => {
        const members = this.mostWeight(related, terms.length);
        return {
          tier: 4,
          members,
          a: (n) => -Math.round((total > 0 ? this.most[n]! / total : 0) * 1e9),
          b: (n) => this.uncoveredAtLeast(n, related, this.mostTerms[n]!),
          keys: (a, b) => [a, b],
          limit: PARTIAL_SCORED,
        };
      },
    ];
    let mostTouched: readonly number[] = [];
    try {
      for (const make of stages) {
        if (top.full) break;
        const stage = make();
        if (stage.tier === 4) mostTouched = stage.members;
        const fresh = stage.members.filter((n) => !seen[n] && allowed(n));
        for (const n of fresh) see(n);
        this.scoreStage(stage, fresh, top, (n) => this.score(n, terms, key, related, total));
      }
    } finally {
      for (const n of seenList) seen[n] = 0;
      for (const n of mostTouched) {
        this.most[n] = 0;
        this.mostTerms[n] = 0;
      }
    }

    return top.hits.map((c) => ({
      id: this.entities[c.entity]!.id,
      score: c.score,
      matched: c.matched,
    }));
  }

  /** A stage's fresh members scored in bound order, until the page is certain or the stage's limit is reached. */
  private scoreStage(
    stage: Stage,
    fresh: readonly number[],
    top: TopPage,
    score: (n: number) => Candidate,
  ): void {
    // A small stage is scored whole: its bounds would cost about as much as its scores.
    if (fresh.length <= SCORED_WHOLE && fresh.length <= (stage.limit ?? Infinity)) {
      for (const n of fresh) top.add(score(n));
      return;
    }
    // Plain loops: TypedArray.from with a mapping function walks an iterator, an object per member.
    const entity = new Int32Array(fresh.length);
    const a = new Float64Array(fresh.length);
    const b = new Float64Array(fresh.length);
    for (let i = 0; i < fresh.length; i++) {
      const n = fresh[i]!;
      entity[i] = n;
      a[i] = stage.a(n);
      b[i] = stage.b(n);
    }
    const queue = new BoundQueue(entity, a, b);
    const limit = stage.limit ?? Infinity;
    let scored = 0;
    for (let next = queue.pop(); next && scored < limit; next = queue.pop()) {
      const bound: Place = { entity: next.entity, tier: stage.tier, keys: stage.keys(next.a, next.b) };
      if (top.full && compareCandidates(top.last!, bound) < 0) break;
      top.add(score(next.entity));
      scored += 1;
    }
  }

  /**
   * What `uncovered` cannot be below for entity n: the word count of its shortest name that could hold a related
   * word (its acronym only when the acronym does), less the terms it matches. The matched name holds a related word
   * (it holds the most terms, and every candidate holds one), so it has at least as many words, and it holds at most
   * those terms. Read from two numbers per entity, so that a stage of ten thousand pays little for its bounds.
   */
  private uncoveredAtLeast(n: number, related: ReadonlyMap<string, unknown>, terms: number): number {
    let shortest = this.wordsOther[n]!;
    const acronym = this.acronymAt[n]!;
    if (acronym >= 0) {
      const name = this.entities[n]!.names[acronym]!;
      if (name.words.length < shortest && name.words.some((w) => related.has(w)))
        shortest = name.words.length;
    }
    return shortest === 0xffff ? 0 : Math.max(0, shortest - terms);
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
   * The entities holding any related word; for each, in `most` the most its terms could weigh (each term's
   * heaviest word it holds; what `score` finds is never more: it picks a term's match by mode, then edits, not by
   * weight) and in `mostTerms` how many terms it matches at all. The caller resets both for the entities returned.
   */
  private mostWeight(related: ReadonlyMap<string, readonly TermMatch[]>, termCount: number): number[] {
    const byTerm = Array.from({ length: termCount }, () => [] as Array<[readonly number[], number]>);
    for (const [w, matches] of related) {
      const holders = this.postings.get(w);
      if (holders) for (const m of matches) byTerm[m.term]!.push([holders, m.weight]);
    }
    const members: number[] = [];
    const termBest = this.termBest;
    // Summed in term order, as `score` sums: a sum of no larger parts in the same order is no larger.
    for (const lists of byTerm) {
      const touched: number[] = [];
      for (const [holders, weight] of lists)
        for (const n of holders) {
          if (termBest[n] === 0) touched.push(n);
          if (termBest[n]! < weight) termBest[n] = weight;
        }
      for (const n of touched) {
        if (this.mostTerms[n] === 0) members.push(n);
        this.most[n]! += termBest[n]!;
        this.mostTerms[n]! += 1;
        termBest[n] = 0;
      }
    }
    return members;
  }

  /** How rare a word is: ln(1 + entities / entities holding it); a word no entity holds weighs as one holder. */
  private rarity(w: string): number {
    const df = this.postings.get(w)?.length ?? 1;
    return Math.log(1 + this.entities.length / df);
  }
}

/**
 * The entities in every list (each ascending), ascending: a merge, shortest list first. The lists are made on
 * demand, and none after one comes out empty.
 */
function intersect(makers: ReadonlyArray<() => readonly number[]>): number[] {
  if (makers.length === 0) return [];
  const lists: Array<readonly number[]> = [];
  for (const make of makers) {
    const list = make();
    if (list.length === 0) return [];
    lists.push(list);
  }
  const bySize = lists.sort((a, b) => a.length - b.length);
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
