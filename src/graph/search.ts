import type { Database } from '../db/database.js';
import { NAME_INDEX_FIELDS } from '../model/entities.js';
import {
  entityExpression,
  isWholeRow,
  NO_NEEDS,
  rootNeeds,
  Statement,
  toCompiledEntity,
  type EntityNeeds,
  type RawTree,
} from './fragments.js';
import type { SearchHitRow } from './rows.js';

/**
 * Fulltext search over names, acronyms and other names. User text never reaches Lucene syntax: it is cut into
 * letter/digit terms, and each term becomes an exact, prefix and (for longer words) fuzzy clause.
 */

export const MAX_TERMS = 12;

export function searchTerms(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS).map((t) => t.slice(0, 64));
}

/** Edits a term's fuzzy clause allows: none under 4 letters, 1 up to 6, 2 from 7. */
function fuzzyEdits(t: string): 0 | 1 | 2 {
  return t.length >= 7 ? 2 : t.length >= 4 ? 1 : 0;
}

/**
 * A term's clause. `t~e` is a FuzzyQuery on each of the index's three fields, and each one builds its Levenshtein
 * automata when the query runs, before it looks at a single word (about 2 ms for a long word with 2 edits:
 * docs/benchmarks/search.md). `acronymFuzzy: false` leaves out the acronym field's, for when that field holds no
 * word it could match: the same hits, with the same scores.
 */
function termClause(t: string, acronymFuzzy = true): string {
  const e = fuzzyEdits(t);
  if (e === 0) return `(${t}^4 OR ${t}*^2)`;
  if (acronymFuzzy) return `(${t}^4 OR ${t}*^2 OR ${t}~${e})`;
  const fields = NAME_INDEX_FIELDS.filter((f) => f !== 'acronym').map((f) => `${f}:${t}~${e}`);
  return `(${t}^4 OR ${t}*^2 OR (${fields.join(' OR ')}))`;
}

export function luceneQuery(terms: readonly string[]): string {
  return terms.map((t) => termClause(t)).join(' OR ');
}

/**
 * The fulltext call of a search, ending in `YIELD node, score`: the same hits and scores as `luceneQuery(terms)`,
 * cheaper. A word within 2 edits of a term of length L has L-2 to L+2 letters; acronyms are short, so for a long
 * term the acronym field's fuzzy clause usually cannot match, yet would cost its automata. One cheap regexp probe
 * per such term asks the index whether the acronym field holds a word of a length in reach; if not, that clause
 * is left out. Terms of 1 edit are not probed (their automata cost about as little as the probe).
 */
export const FULLTEXT_HITS = `UNWIND range(0, size($clauses) - 1) AS i
CALL (i) {
  UNWIND CASE WHEN $probes[i] IS NULL THEN [] ELSE [$probes[i]] END AS probe
  CALL db.index.fulltext.queryNodes('entity_names', probe, {limit: 1}) YIELD node
  RETURN count(node) AS near
}
WITH i, CASE WHEN $probes[i] IS NULL OR near > 0 THEN $clauses[i] ELSE $narrowed[i] END AS clause
ORDER BY i
WITH collect(clause) AS clauses
CALL db.index.fulltext.queryNodes('entity_names', reduce(s = head(clauses), c IN tail(clauses) | s + ' OR ' + c),
  {limit: $limit}) YIELD node, score`;

/** The parameters of FULLTEXT_HITS for these terms (at least one), `limit` hits from the index. */
export function fulltextParams(terms: readonly string[], limit: number): Record<string, unknown> {
  return {
    clauses: terms.map((t) => termClause(t)),
    narrowed: terms.map((t) => termClause(t, false)),
    probes: terms.map((t) => {
      const length = [...t].length;
      return fuzzyEdits(t) === 2 ? `acronym:/.{${length - 2},${length + 2}}/` : null;
    }),
    limit,
  };
}

export async function searchEntities(
  db: Database,
  terms: readonly string[],
  types: readonly string[] | null,
  first: number,
  needs: EntityNeeds = NO_NEEDS,
): Promise<SearchHitRow[]> {
  // Each hit comes with what its fields read (the selection's needs) attached, from the same statement.
  const s = new Statement();
  const tree = isWholeRow(needs) ? null : entityExpression(s, 'node', rootNeeds(needs));
  const rows = await db.read<{ e: Record<string, unknown>; score: number; t?: RawTree }>(
    `${FULLTEXT_HITS}
     WHERE $types IS NULL OR node.type IN $types
     WITH node, score
     ORDER BY score DESC, node.id
     LIMIT $first
     RETURN node {.*} AS e, score${tree ? `, ${tree} AS t` : ''}`,
    {
      ...fulltextParams(terms, Math.max(first * 5, 50)),
      types: types && types.length > 0 ? types : null,
      first,
      ...s.params,
    },
  );
  return rows.map(({ e, score, t }) => {
    const entity = toCompiledEntity(t ?? { e }, needs);
    return {
      entity,
      score,
      matched: bestMatch(terms, entity.name, entity.acronym ?? null, entity.otherNames),
    };
  });
}

/** Which of an entity's names the terms match best (most terms equal to, or starting, one of its words). */
export function bestMatch(
  terms: readonly string[],
  name: string,
  acronym: string | null,
  otherNames: readonly string[],
): string {
  const candidates = [name, ...(acronym ? [acronym] : []), ...otherNames];
  let best = name;
  let bestScore = -1;
  for (const c of candidates) {
    const words: string[] = c.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const score =
      terms.reduce(
        (s, t) => s + (words.includes(t) ? 2 : words.some((w) => w.startsWith(t) || t.startsWith(w)) ? 1 : 0),
        0,
      ) -
      words.length * 0.01;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
