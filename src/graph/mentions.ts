import AhoCorasick from 'modern-ahocorasick';
import FoldedAhoCorasick from 'modern-ahocorasick/unicode';
import type { BoundaryContext } from 'modern-ahocorasick';

/**
 * Mentions of known entities in a source's text (suggestMentions): every occurrence of an entity's name, acronym
 * or other name, at word edges (no letter, digit or mark of any script on either side), names case-insensitively (Unicode case folding),
 * acronyms case-sensitively; where matches overlap the longest wins. Two Aho–Corasick automata (modern-ahocorasick)
 * scan each section once. And candidates for new entities: a long name followed by its acronym in parentheses, and
 * runs of capitalised words that match nothing known.
 */

export type NameKind = 'NAME' | 'ACRONYM' | 'OTHER_NAME';

export interface KnownName {
  entity: string;
  name: string;
  kind: NameKind;
}

export interface Mention {
  section: string;
  start: number;
  end: number;
  /** The text as it stands in the section. */
  text: string;
  entity: string;
  /** The known name it matched, and which of the entity's names that is. */
  name: string;
  kind: NameKind;
}

export type CandidateReason = 'NAME_WITH_ACRONYM' | 'CAPITALISED_RUN';

export interface Candidate {
  section: string;
  start: number;
  end: number;
  text: string;
  acronym: string | null;
  reason: CandidateReason;
  /** How many times the same text stands in the source. */
  occurrences: number;
}

/** A name without a lower-case letter (UNODC, OSCE, UN Women's "UN") is matched as written. */
const caseSensitive = (n: KnownName) => n.kind === 'ACRONYM' || !/\p{Ll}/u.test(n.name);

export interface MentionMatcher {
  exact: AhoCorasick<KnownName[]> | null;
  folded: FoldedAhoCorasick<KnownName[]> | null;
}

const WORDLIKE = /[\p{L}\p{N}\p{M}_]/u;
/**
 * At word edges: nothing word-like on either side, except that a number stuck to a name's last (lower-case) letter
 * is a footnote mark ("Committee on Management1"), which the report's text has.
 */
const atWordEdges = (c: BoundaryContext) =>
  (c.left === undefined || !WORDLIKE.test(c.left)) &&
  (c.right === undefined || !WORDLIKE.test(c.right) || (/^\p{N}/u.test(c.right) && /\p{Ll}$/u.test(c.last)));

/** Builds the two automata; a name shared by several entities stands once, with all of them. */
export function mentionMatcher(names: readonly KnownName[]): MentionMatcher {
  const exact = new Map<string, KnownName[]>();
  const folded = new Map<string, KnownName[]>();
  for (const n of names) {
    const name = n.name.trim();
    if (name.length < 2) continue;
    const [map, key] = caseSensitive(n) ? [exact, name] : [folded, name.toLocaleLowerCase('en')];
    const list = map.get(key) ?? [];
    if (!list.some((x) => x.entity === n.entity)) list.push({ ...n, name });
    map.set(key, list);
  }
  const patterns = (m: Map<string, KnownName[]>) =>
    [...m].map(([, list]) => ({ pattern: list[0]!.name, data: list }));
  return {
    exact: exact.size > 0 ? new AhoCorasick(patterns(exact), { boundary: atWordEdges }) : null,
    folded: folded.size > 0 ? new FoldedAhoCorasick(patterns(folded), { boundary: atWordEdges }) : null,
  };
}

/** Every mention in the sections, in text order; the longest match wins where matches overlap. */
export function findMentions(m: MentionMatcher, sections: ReadonlyArray<[string, string]>): Mention[] {
  const out: Mention[] = [];
  for (const [section, text] of sections) {
    if (text === '') continue;
    const hits = [...(m.exact?.search(text) ?? []), ...(m.folded?.search(text) ?? [])];
    // Longest first, then leftmost: a greedy pass keeps each hit that overlaps none kept before.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof hits = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    kept.sort((a, b) => a.start - b.start);
    for (const h of kept)
      for (const n of h.data ?? [])
        out.push({
          section,
          start: h.start,
          end: h.end,
          text: text.slice(h.start, h.end),
          entity: n.entity,
          name: n.name,
          kind: n.kind,
        });
  }
  return out;
}

/** The sentence around a span, at most `max` characters: ready to cite as an excerpt. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  max = 300,
): { excerpt: string; offset: number } {
  const before = text.slice(0, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  let from = stop >= 0 ? stop + 2 : 0;
  const next = /[.?!](?=\s|$)/g;
  next.lastIndex = end;
  const found = next.exec(text);
  let to = found ? found.index + 1 : text.length;
  if (to - from > max) {
    // Too long a sentence: the span with as much of its context as fits, cut at spaces.
    const room = Math.max(0, max - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + max);
    const space = text.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < start) from = space + 1;
    const last = text.lastIndexOf(' ', to);
    if (to < text.length && last > end) to = last;
  }
  return { excerpt: text.slice(from, to), offset: from };
}

const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'against',
  'to',
  'de',
  'des',
  'du',
  'la',
  'et',
  '&',
]);
/** Capitalised words that open a sentence, not a name. */
const LEADING = new Set([
  'ms',
  'mr',
  'mrs',
  'dr',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'this',
  'these',
  'its',
  'our',
  'their',
  'for',
  'and',
  'with',
  'by',
  'from',
  'as',
  'since',
  'during',
  'through',
  'under',
  'we',
  'it',
]);
const WORD = /[\p{L}\p{M}\p{N}’'&-]+/gu;

/** Words of a text with their offsets (a footnote number stuck to a word's end is not part of it). */
function words(text: string): Array<{ w: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/(\p{L})\p{N}+$/u, '$1').replace(/[’'-]+$/u, '');
    return { w, start: m.index, end: m.index + w.length };
  });
}

const allCaps = (w: string) => w.length > 1 && !/\p{Ll}/u.test(w);
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * A long form for an acronym in parentheses (Schwartz and Hearst 2003): the shortest run of the words before it
 * whose initials and letters spell the acronym in order, the first letter starting the first word.
 */
function longForm(before: Array<{ w: string; start: number; end: number }>, acronym: string) {
  const letters = [...acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()];
  const limit = Math.min(letters.length + 5, letters.length * 2);
  const window = before.slice(-limit);
  for (let first = window.length - 1; first >= 0; first--) {
    const run = window.slice(first);
    if (!capitalised(run[0]!.w) || run[0]!.w[0]!.toLowerCase() !== letters[0]) continue;
    // Letters matched backwards through the run's text.
    const text = run.map((x) => x.w.toLowerCase()).join(' ');
    let i = letters.length - 1;
    for (let j = text.length - 1; j >= 0 && i >= 0; j--) if (text[j] === letters[i]) i--;
    if (i < 0 && run.length >= 2) return run;
  }
  return null;
}

/** Candidates for new entities: spans that no known mention overlaps. */
export function findCandidates(
  sections: ReadonlyArray<[string, string]>,
  known: readonly Mention[],
): Candidate[] {
  const found: Candidate[] = [];
  for (const [section, text] of sections) {
    const taken = known.filter((k) => k.section === section);
    // Known already: a known mention covers it (a run longer than any known name, e.g. "Second Pretend Meeting on
    // Fixtures" around a known "Pretend Meeting on Fixtures", may be a new entity and is kept).
    const covers = (s: number, e: number) => taken.some((k) => k.start <= s && k.end >= e);
    const free = (s: number, e: number) => !covers(s, e);
    const ws = words(text);
    const covered: Array<[number, number]> = [];
    for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}\p{N}&-]{1,11})\)/gu)) {
      const before = ws.filter((w) => w.end <= m.index);
      const run = longForm(before, m[1]!);
      if (!run) continue;
      const start = run[0]!.start;
      const end = m.index + m[0].length;
      covered.push([start, end]);
      // A known acronym or a known long form is no new entity.
      if (free(start, m.index) && free(m.index + 1, end - 1))
        found.push({
          section,
          start,
          end,
          text: text.slice(start, end),
          acronym: m[1]!,
          reason: 'NAME_WITH_ACRONYM',
          occurrences: 0,
        });
    }
    // Runs of capitalised words (connectors allowed inside), at least two capitalised words.
    let run: typeof ws = [];
    const flush = () => {
      while (run.length > 0 && LEADING.has(run[0]!.w.toLowerCase())) run.shift();
      // Not the tail or head of a known name that stands partly outside the run, nor a next sentence's first word.
      const cut = (w: { start: number; end: number }, side: 'start' | 'end') =>
        taken.some(
          (k) =>
            k.start <= w.start &&
            k.end >= w.end &&
            (side === 'start' ? k.start < run[0]!.start : k.end > run.at(-1)!.end),
        );
      while (run.length > 0 && cut(run[0]!, 'start')) run.shift();
      while (
        run.length > 0 &&
        (cut(run.at(-1)!, 'end') || LEADING.has(run.at(-1)!.w.toLowerCase()) || !capitalised(run.at(-1)!.w))
      )
        run.pop();
      const caps = run.filter((w) => capitalised(w.w)).length;
      if (caps >= 2) {
        const start = run[0]!.start;
        const end = run.at(-1)!.end;
        const within = covered.some(([s, e]) => start >= s && end <= e);
        const upper = run.every((w) => !/\p{Ll}/u.test(w.w)); // a heading in capitals is no name
        // Known names side by side (a list's line breaks joined) are no new name.
        const allKnown = run.every((w) => !capitalised(w.w) || covers(w.start, w.end));
        if (!within && !upper && !allKnown && free(start, end))
          found.push({
            section,
            start,
            end,
            text: text.slice(start, end),
            acronym: null,
            reason: 'CAPITALISED_RUN',
            occurrences: 0,
          });
      }
      run = [];
    };
    ws.forEach((w, i) => {
      const gap = i > 0 ? text.slice(ws[i - 1]!.end, w.start) : ' ';
      // A heading in capitals followed by a sentence is two things, not one name.
      const joined = run.length === 0 || (/^\s+$/u.test(gap) && allCaps(run.at(-1)!.w) === allCaps(w.w));
      if (!joined) flush();
      // Known names joined by connectors ("… General Assembly in New York") are several things, not a new one: a
      // connector next to a known name ends the run.
      const last = run.at(-1);
      const isKnown = covers(w.start, w.end);
      if (capitalised(w.w)) {
        if (isKnown && last && CONNECTORS.has(last.w) && !covers(last.start, last.end)) {
          flush();
        }
        run.push(w);
      } else if (last && CONNECTORS.has(w.w) && (!covers(last.start, last.end) || covers(w.start, w.end)))
        run.push(w);
      else flush();
    });
    flush();
  }
  // One candidate per text (its first occurrence), counting the others.
  const byText = new Map<string, Candidate>();
  for (const c of found) {
    const first = byText.get(c.text);
    if (first) first.occurrences++;
    else byText.set(c.text, { ...c, occurrences: 1 });
  }
  return [...byText.values()];
}
