import { distance } from 'fastest-levenshtein';
import type { Database } from '../db/database.js';
import { DATASET_VERSION } from './analytics.js';
import { wordsOf } from './name-index.js';

/**
 * Duplicate candidates (docs/how-to/CURATION.md, "Merges"): pairs of entities of one kind whose names, acronyms or
 * other names are alike, across datasets too, scored for a reviewer. Names are compared folded as the search
 * folds them (name-index.ts); pairs are only scored when they share a block (a whole folded name, an acronym or
 * a name's initials, or a word few entities have), so the work grows with the pairs that could match, not with
 * the square of the entities. A pair judged NOT_SAME (a rejected merge, an unmerge) is never listed.
 */

export interface CandidateRow {
  a: string;
  b: string;
  score: number;
  /** The two names, acronyms or other names that scored best, as written. */
  matched: [string, string];
  /** How they matched: SAME_NAME, ACRONYM, SIMILAR_NAME, SAME_WORDS. */
  reason: string;
  crossDataset: boolean;
}

/** Pairs under this score are not listed. */
export const MIN_SCORE = 0.8;
/** A word shared by more entities than this is too common to block on ("united", "nations", "office"). */
const MAX_BLOCK = 40;
/** Words initials skip, so that "Office on Drugs and Crime" gives "odc". */
const MINOR = new Set([
  'of',
  'on',
  'and',
  'the',
  'for',
  'in',
  'to',
  'against',
  'de',
  'des',
  'la',
  'le',
  'du',
  'et',
]);

interface Named {
  id: string;
  type: string;
  dataset: string;
  names: Array<{ text: string; key: string; words: string[]; acronym: boolean }>;
  initials: string;
  words: Set<string>;
}

const ROWS = `MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.dataset AS dataset, n.name AS name, n.acronym AS acronym,
       coalesce(n.otherNames, []) AS otherNames`;

function named(r: {
  id: string;
  type: string;
  dataset: string;
  name: string;
  acronym: string | null;
  otherNames: string[];
}): Named {
  const texts = [
    { text: r.name, acronym: false },
    ...(r.acronym ? [{ text: r.acronym, acronym: true }] : []),
    ...r.otherNames.map((text) => ({ text, acronym: false })),
  ];
  const names = texts.map((t) => {
    const words = wordsOf(t.text);
    return { ...t, words, key: words.join(' ') };
  });
  const major = names[0]!.words.filter((w) => !MINOR.has(w));
  return {
    id: r.id,
    type: r.type,
    dataset: r.dataset,
    names,
    initials: major.length >= 2 ? major.map((w) => w[0]).join('') : '',
    words: new Set(names.flatMap((n) => n.words.filter((w) => w.length >= 3 && !MINOR.has(w)))),
  };
}

/** An acronym, or a name written as one ("UNODC" as a whole name). */
const isAcronym = (n: { text: string; acronym: boolean }) => n.acronym || /^[\p{Lu}\p{N}]{2,}$/u.test(n.text);

const numbersOf = (words: readonly string[]) =>
  words
    .filter((w) => /\d/.test(w))
    .sort()
    .join(' ');

/** How alike two entities' names are: 1 for the same name, less for fewer shared letters or words. */
export function compare(x: Named, y: Named): { score: number; matched: [string, string]; reason: string } {
  let best = { score: 0, matched: ['', ''] as [string, string], reason: '' };
  const offer = (score: number, a: string, b: string, reason: string) => {
    if (score > best.score) best = { score, matched: [a, b], reason };
  };
  for (const a of x.names)
    for (const b of y.names) {
      if (a.key === '' || b.key === '') continue;
      if (a.key === b.key) offer(1, a.text, b.text, a.acronym || b.acronym ? 'ACRONYM' : 'SAME_NAME');
      // Acronyms differ by one letter from other bodies' (OSCE, OECD): only the same acronym counts.
      if (a.acronym || b.acronym) continue;
      // Names alike but for their numbers are different things: resolution 2331 and 2388, the 2018 and 2019 meetings.
      if (numbersOf(a.words) !== numbersOf(b.words)) continue;
      const longest = Math.max(a.key.length, b.key.length);
      offer(1 - distance(a.key, b.key) / longest, a.text, b.text, 'SIMILAR_NAME');
      const sa = new Set(a.words);
      const shared = b.words.filter((w) => sa.has(w)).length;
      const union = new Set([...a.words, ...b.words]).size;
      if (shared >= 2) offer((0.9 * shared) / union, a.text, b.text, 'SAME_WORDS');
    }
  // One's acronym spelled out by the other's name ("UNODC", "United Nations Office on Drugs and Crime").
  for (const [s, t] of [
    [x, y],
    [y, x],
  ] as const)
    for (const a of s.names)
      if (isAcronym(a) && t.initials !== '' && a.key.replace(/ /g, '') === t.initials)
        offer(0.9, a.text, t.names[0]!.text, 'ACRONYM');
  return best;
}

/** Every candidate pair of the graph, best first (score, then the ids), before judgements are applied. */
export function candidatePairs(rows: Parameters<typeof named>[0][]): CandidateRow[] {
  const all = rows.map(named);
  const blocks = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  all.forEach((e, i) => {
    const keys = new Set<string>();
    for (const n of e.names) keys.add(`${e.type}|k|${n.acronym ? n.key.replace(/ /g, '') : n.key}`);
    if (e.initials) keys.add(`${e.type}|k|${e.initials}`);
    for (const w of e.words) keys.add(`${e.type}|w|${w}`);
    for (const k of keys) put(k, i);
  });
  const seen = new Set<string>();
  const out: CandidateRow[] = [];
  for (const [key, members] of blocks) {
    if (key.includes('|w|') && members.length > MAX_BLOCK) continue;
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [all[members[i]!]!, all[members[j]!]!].sort((p, q) => (p.id < q.id ? -1 : 1)) as [
          Named,
          Named,
        ];
        const pair = `${x.id}|${y.id}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const c = compare(x, y);
        if (c.score >= MIN_SCORE)
          out.push({
            a: x.id,
            b: y.id,
            ...c,
            score: Math.round(c.score * 1000) / 1000,
            crossDataset: x.dataset !== y.dataset,
          });
      }
  }
  return out.sort((p, q) => q.score - p.score || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}

/** The scored pairs, kept per database and dataset version (judgements are applied on each read). */
const cache = new WeakMap<object, { version: string | null; pairs: CandidateRow[] }>();

export async function duplicateCandidates(db: Database): Promise<CandidateRow[]> {
  const version = (await db.read<{ v: string | null }>(DATASET_VERSION))[0]?.v ?? null;
  let held = cache.get(db.driver);
  if (!held || held.version !== version || version === null) {
    const rows = await db.read<Parameters<typeof named>[0] & Record<string, unknown>>(ROWS);
    held = { version, pairs: candidatePairs(rows) };
    cache.set(db.driver, held);
  }
  const judged = new Set(
    (
      await db.read<{ pair: string }>(
        `MATCH (j:MergeJudgement {judgement: 'NOT_SAME'}) WHERE j.retractedAt IS NULL RETURN j.pair AS pair`,
      )
    ).map((j) => j.pair),
  );
  return held.pairs.filter((p) => !judged.has(`${p.a}|${p.b}`));
}
