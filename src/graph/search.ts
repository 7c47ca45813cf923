import type { Database } from '../db/database.js';
import { toEntity } from './convert.js';
import {
  compileProjection,
  toEntityTree,
  type EntityNeeds,
  type EntityTree,
  type RawTree,
} from './lookahead.js';
import type { SearchHitRow } from './rows.js';

/**
 * Fulltext search over names, acronyms and other names. User text never reaches Lucene syntax: it is cut into
 * letter/digit terms, and each term becomes an exact, prefix and (for longer words) fuzzy clause.
 */

export const MAX_TERMS = 12;

export function searchTerms(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS).map((t) => t.slice(0, 64));
}

export function luceneQuery(terms: readonly string[]): string {
  return terms
    .map((t) => {
      const fuzzy = t.length >= 7 ? ` OR ${t}~2` : t.length >= 4 ? ` OR ${t}~1` : '';
      return `(${t}^4 OR ${t}*^2${fuzzy})`;
    })
    .join(' OR ');
}

export async function searchEntities(
  db: Database,
  terms: readonly string[],
  types: readonly string[] | null,
  first: number,
  needs?: EntityNeeds,
): Promise<Array<SearchHitRow & { tree?: EntityTree }>> {
  // With the selection compiler's needs, each hit comes with what its fields will load, in the same statement.
  const projection = needs ? compileProjection('node', needs) : null;
  const rows = await db.read<{ e: Record<string, unknown>; score: number; t?: RawTree }>(
    `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
     WHERE $types IS NULL OR node.type IN $types
     WITH node, score
     ORDER BY score DESC, node.id
     LIMIT $first
     RETURN node {.*} AS e, score${projection ? `, ${projection.cypher} AS t` : ''}`,
    {
      lucene: luceneQuery(terms),
      limit: Math.max(first * 5, 50),
      types: types && types.length > 0 ? types : null,
      first,
      ...projection?.params,
    },
  );
  return rows.map(({ e, score, t }) => {
    const entity = toEntity(e);
    const hit = {
      entity,
      score,
      matched: bestMatch(terms, entity.name, entity.acronym ?? null, entity.otherNames),
    };
    return needs ? { ...hit, tree: toEntityTree(t ?? { e }, needs) } : hit;
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
