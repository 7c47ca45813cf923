import type { Database } from '../db/database.js';
import { DATASET_VERSION } from './analytics.js';
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
import { NameIndex, type NameRow, type RankedHit } from './name-index.js';
import type { SearchHitRow } from './rows.js';

/**
 * Search over names, acronyms and other names. The ranking is the process's name index (name-index.ts), built
 * from the graph once per dataset version; a search is then one statement, which fetches the hits by id and reads
 * the dataset version beside them. When that version is not the index's (a re-seed, here or through another
 * replica), the index is rebuilt and the search asked again, so an answer is always ranked on the graph it reads.
 * User text never reaches Cypher or Lucene: it is cut into letter/digit terms and compared in memory.
 */

export const MAX_TERMS = 24;

export function searchTerms(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS).map((t) => t.slice(0, 64));
}

/**
 * The index's rows: every entity's id, type and names. A label scan, once per dataset version (the one
 * statement of the read path that reads every entity; test/integration/lookahead-plans.test.ts names it).
 */
export const SEARCH_INDEX_ROWS = `MATCH (n:Entity)
RETURN n.id AS id, n.type AS type, n.name AS name, n.acronym AS acronym, coalesce(n.otherNames, []) AS otherNames`;

interface Built {
  version: string | null;
  index: NameIndex;
}

/** One index per driver (a process may talk to several databases: the tests and the bench do). */
const built = new WeakMap<object, Promise<Built>>();

async function buildIndex(db: Database): Promise<Built> {
  // The version first: a re-seed between the two reads leaves an index older than its rows, never newer; the
  // next search sees a version it does not have and builds again.
  const version = (await db.read<{ v: string | null }>(DATASET_VERSION))[0]?.v ?? null;
  const rows = await db.read<NameRow & Record<string, unknown>>(SEARCH_INDEX_ROWS);
  return { version, index: new NameIndex(rows) };
}

/**
 * The index for this database: the one held, or (when `wanted` is given: a version a statement just read) one of
 * that version, built unless a concurrent search has just built it. Concurrent searches share one build. A graph
 * without a version (seeded before versions existed) cannot be told apart from its next state: its index is
 * built for each search that asks and kept for none.
 */
export function searchIndex(db: Database, wanted?: string | null): Promise<Built> {
  const current = built.get(db.driver);
  if (current && wanted === undefined) return current;
  const next = (async () => {
    const have = current ? await current.catch(() => null) : null;
    if (have && wanted != null && have.version === wanted) return have;
    return buildIndex(db);
  })();
  built.set(db.driver, next);
  const forget = () => {
    if (built.get(db.driver) === next) built.delete(db.driver);
  };
  next.then((b) => b.version === null && forget(), forget);
  return next;
}

/** The hits' entities (and what their fields load), and the dataset version, in one statement. */
function fetchStatement(projection: string | null): string {
  return `CALL () { ${DATASET_VERSION} }
RETURN v AS version, COLLECT {
  UNWIND $searchIds AS id
  MATCH (node:Entity {id: id})
  RETURN {e: node {.*}${projection ? `, t: ${projection}` : ''}}
} AS hits`;
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
  const cypher = fetchStatement(tree);
  let current = await searchIndex(db);
  for (let attempt = 0; ; attempt++) {
    const ranked = current.index.rank(terms, types && types.length > 0 ? types : null, first);
    const [row] = await db.read<{
      version: string | null;
      hits: Array<{ e: Record<string, unknown>; t?: RawTree }>;
    }>(cypher, { searchIds: ranked.map((h) => h.id), ...s.params });
    const now = row?.version ?? null;
    // Ranked on the graph it read; else the graph moved on since the index was built: build for the version
    // read and rank again, once (a graph re-seeded that often answers from the newer index).
    if (now === current.version || attempt > 0) return join(ranked, row?.hits ?? [], needs);
    current = await searchIndex(db, now);
  }
}

function join(
  ranked: readonly RankedHit[],
  rows: ReadonlyArray<{ e: Record<string, unknown>; t?: RawTree }>,
  needs: EntityNeeds,
): SearchHitRow[] {
  const byId = new Map(rows.map((r) => [String(r.e.id), r]));
  const out: SearchHitRow[] = [];
  for (const h of ranked) {
    const r = byId.get(h.id);
    // An entity removed since the index was built is left out (the version check makes this rare).
    if (!r) continue;
    out.push({ entity: toCompiledEntity(r.t ?? { e: r.e }, needs), score: h.score, matched: h.matched });
  }
  return out;
}

/**
 * The Lucene string of the fulltext search this API used before the name index (exact, prefix and fuzzy clauses
 * per term). Kept for the benchmark: @neo4j/graphql is given it, and bench/search-cost.ts measures it as "before".
 */
function fuzzyEdits(t: string): 0 | 1 | 2 {
  return t.length >= 7 ? 2 : t.length >= 4 ? 1 : 0;
}
export function luceneQuery(terms: readonly string[]): string {
  return terms
    .map((t) => {
      const e = fuzzyEdits(t);
      return e === 0 ? `(${t}^4 OR ${t}*^2)` : `(${t}^4 OR ${t}*^2 OR ${t}~${e})`;
    })
    .join(' OR ');
}
