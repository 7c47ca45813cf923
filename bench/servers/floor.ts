import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { toNative } from '../../src/db/database.js';
import { DATASET_VERSION } from '../../src/graph/analytics.js';
import { NameIndex, type NameRow, type RankedHit } from '../../src/graph/name-index.js';
import { SEARCH_INDEX_ROWS, searchTerms } from '../../src/graph/search.js';
import { encodeCursor } from '../../src/resolvers/paging.js';
import { NEIGHBOURHOOD_CYPHER, PATH_CYPHER, type RunningServer } from './neo4j-graphql.js';

/**
 * The floor: a minimal node:http server answering each operation with one hand-written Cypher statement
 * through neo4j-driver, and JSON. No GraphQL, no validation beyond parsing, no logging: what any API over
 * this graph must at least pay. GET /<op>?<params>.
 *
 * Its JSON is `{data}` in exactly the shape of icat-kg's answer to the bench's document for the operation
 * (bench/ops.ts): the same keys and every list in the order icat-kg defines, so bench/run.ts compares the two
 * in full before timing. Where that order or value is defined outside Cypher (names in English collation,
 * opaque cursors, which name a search hit matched), the floor does the same small step in JS.
 */

/** Evidence in the entity's own order (its `evidence` list), as icat-kg's evidence loader gives it. */
const ENTITY_CYPHER = `MATCH (n:Entity {id: $id})
RETURN n {
  .id, .name, .type, .acronym, otherNames: coalesce(n.otherNames, []),
  evidence: COLLECT {
    MATCH (n)-[:EVIDENCED_BY]->(p:Passage)
    WITH p, [i IN range(0, size(coalesce(n.evidence, [])) - 1) WHERE n.evidence[i] = p.id][0] AS at
    ORDER BY coalesce(at, 1000000), p.source, p.id
    RETURN p {.id, .section, .excerpt}
  },
  members: COLLECT { MATCH (n)<-[:MEMBER_OF]-(m:Entity) WHERE m.type = 'ORGANISATION' RETURN DISTINCT m {.id, .name} },
  memberOf: COLLECT { MATCH (n)-[:MEMBER_OF]->(m:Entity) WHERE m.type = 'ORGANISATION' RETURN DISTINCT m {.id, .name} },
  partners: COLLECT { MATCH (n)-[:PARTNER_OF]-(m:Entity) WHERE m.type = 'ORGANISATION' RETURN DISTINCT m {.id, .name} },
  people: COLLECT {
    MATCH (n)<-[r:AFFILIATED_WITH]-(m) WITH r, m ORDER BY r.id
    RETURN {role: r.role, person: m {.id, .name}}
  },
  events: COLLECT {
    MATCH (n)-[r:PARTICIPATED_IN|ORGANISED|HOSTED]->(m) WITH r, m ORDER BY r.id
    RETURN {relationType: type(r), role: r.role, event: m {.id, .name}}
  }
} AS result`;

/**
 * One pass over the matches (through the classification index), counted and then paged: @neo4j/graphql's
 * generated shape, cheaper than counting and paging in two MATCHes (docs/reports/benchmarks/network-and-connection.md).
 */
const CONNECTION_CYPHER = `MATCH (n:Organisation) WHERE n.classification IN $classification
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n ORDER BY n.sortName, n.id LIMIT $limit
  RETURN collect({k: n.sortName, node: n {.id, .name, .acronym, .classification}}) AS page
}
RETURN {totalCount: size(matched), page: page} AS result`;

/**
 * Search: the hits are ranked by icat-kg's own name index (src/graph/name-index.ts), which the floor builds for
 * itself from the same rows and keeps per dataset version as icat-kg does; this statement fetches them by id
 * with the dataset version beside them (one statement per request, as icat-kg's).
 */
const SEARCH_CYPHER = `CALL () { ${DATASET_VERSION} }
RETURN v AS version, COLLECT {
  UNWIND $searchIds AS id MATCH (node:Entity {id: id}) RETURN node {.id, .name, .type}
} AS result`;

/**
 * The drawn network as plain lists (no map keys to decode per object); the degrees are counted from the edges
 * in JS (a COUNT subquery per node costs the database more than the counting costs here). The same shape as
 * icat-kg's statement (src/graph/network.ts), so the floor stays the best hand-written way to answer.
 */
const NETWORK_CYPHER = `MATCH (a:Entity)-[r:CO_CHAIRED|COORDINATES]->(b:Entity)
WHERE $year IN r.years
WITH a, r, b ORDER BY r.id
WITH collect([r.id, a.id, b.id, type(r), r.year, coalesce(r.status, 'DONE')]) AS edges,
     collect(DISTINCT a) + collect(DISTINCT b) AS ends
CALL (ends) {
  UNWIND ends AS n
  WITH DISTINCT n ORDER BY n.id
  RETURN collect([n.id, coalesce(n.acronym, n.name), n.type]) AS nodes
}
RETURN {nodes: nodes, edges: edges} AS result`;

export const FLOOR_CYPHER = {
  entity: ENTITY_CYPHER,
  connection: CONNECTION_CYPHER,
  search: SEARCH_CYPHER,
  path: PATH_CYPHER,
  neighbourhood: NEIGHBOURHOOD_CYPHER,
  network: NETWORK_CYPHER,
} as const;
export type FloorOp = keyof typeof FLOOR_CYPHER;

/** The root field of icat-kg's document for each operation. */
const ROOT_FIELD: Record<FloorOp, string> = {
  entity: 'entity',
  connection: 'organisations',
  search: 'search',
  path: 'path',
  neighbourhood: 'neighbourhood',
  network: 'network',
};

type Named = { id: string; name: string };
const byName = (list: Named[]) =>
  [...list].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));

/** The step Cypher cannot take: English collation, icat-kg's cursors, the matched name. */
function shape(op: FloorOp, result: unknown, first: number): unknown {
  if (result === null) return null;
  switch (op) {
    case 'entity': {
      const e = result as Record<string, unknown> & Record<'members' | 'memberOf' | 'partners', Named[]>;
      return { ...e, members: byName(e.members), memberOf: byName(e.memberOf), partners: byName(e.partners) };
    }
    case 'connection': {
      const { totalCount, page } = result as {
        totalCount: number;
        page: Array<{ k: string; node: { id: string } }>;
      };
      const edges = page
        .slice(0, first)
        .map(({ k, node }) => ({ cursor: encodeCursor('Organisation:NAME_ASC', [k, node.id]), node }));
      return {
        totalCount,
        edges,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges[edges.length - 1]?.cursor ?? null },
      };
    }
    case 'search': {
      // The index's order, scores and matched names; the entities as the statement read them.
      const { ranked, rows } = result as { ranked: RankedHit[]; rows: Array<Named & { type: string }> };
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ranked.flatMap(({ id, score, matched }) => {
        const entity = byId.get(id);
        return entity ? [{ score, matched, entity }] : [];
      });
    }
    case 'network': {
      const r = result as {
        nodes: Array<[string, string, string]>;
        edges: Array<[string, string, string, string, number | null, string]>;
      };
      const degree = new Map<string, number>();
      for (const [, source, target] of r.edges) {
        degree.set(source, (degree.get(source) ?? 0) + 1);
        degree.set(target, (degree.get(target) ?? 0) + 1);
      }
      return {
        nodes: r.nodes.map(([id, label, type]) => ({ id, label, type, degree: degree.get(id) ?? 0 })),
        edges: r.edges.map(([id, source, target, type, year, status]) => ({
          id,
          source,
          target,
          type,
          year,
          status,
        })),
      };
    }
    default:
      return result;
  }
}

/**
 * The floor's parameters for one operation, from its query string (exported for bench/statements.ts); a search's
 * are the ids its index ranked (none given: none).
 */
export function params(op: FloorOp, q: URLSearchParams, searchIds: string[] = []): Record<string, unknown> {
  const int = (name: string, fallback: number) => neo4j.int(Number(q.get(name) ?? fallback));
  switch (op) {
    case 'entity':
      return { id: q.get('id') };
    case 'connection':
      return {
        classification: (q.get('classification') ?? 'UN_ENTITY').split(','),
        first: int('first', 20),
        limit: int('first', 20).add(1),
      };
    case 'search':
      return { searchIds };
    case 'path':
      return { from: q.get('from'), to: q.get('to') };
    case 'neighbourhood':
      return { id: q.get('id'), first: int('first', 50) };
    case 'network':
      return { year: int('year', 2019) };
  }
}

/** The floor's name index, per dataset version (the version read before the rows, as icat-kg reads it). */
function floorIndex(driver: Driver) {
  let built: Promise<{ version: string | null; index: NameIndex }> | null = null;
  const read = async () => {
    const opts = { database: 'neo4j', routing: neo4j.routing.READ };
    const v = (await driver.executeQuery(DATASET_VERSION, {}, opts)).records[0]?.get('v') as string | null;
    const { records } = await driver.executeQuery(SEARCH_INDEX_ROWS, {}, opts);
    return {
      version: v ?? null,
      index: new NameIndex(records.map((r) => toNative(r.toObject()) as NameRow)),
    };
  };
  return (stale?: string | null) => {
    if (!built || stale !== undefined) built = read();
    return built;
  };
}

export async function startFloor(driver: Driver): Promise<RunningServer> {
  const index = floorIndex(driver);
  const run = async (op: FloorOp, q: URLSearchParams): Promise<unknown> => {
    const query = (p: Record<string, unknown>) =>
      driver.executeQuery(FLOOR_CYPHER[op], p, { database: 'neo4j', routing: neo4j.routing.READ });
    if (op !== 'search') return toNative((await query(params(op, q))).records[0]?.get('result') ?? null);
    let current = await index();
    for (let attempt = 0; ; attempt++) {
      const ranked = current.index.rank(searchTerms(q.get('q') ?? ''), null, Number(q.get('first') ?? 10));
      const rec = (
        await query(
          params(
            op,
            q,
            ranked.map((h) => h.id),
          ),
        )
      ).records[0];
      const version = (rec?.get('version') as string | null) ?? null;
      if (version === current.version || attempt > 0)
        return { ranked, rows: toNative(rec?.get('result') ?? []) };
      current = await index(version);
    }
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const op = url.pathname.slice(1) as FloorOp;
    if (!(op in FLOOR_CYPHER)) {
      res.writeHead(404).end();
      return;
    }
    run(op, url.searchParams)
      .then((raw) => {
        const q = url.searchParams;
        const result = shape(op, raw, Number(q.get('first') ?? 20));
        const body = JSON.stringify({ data: { [ROOT_FIELD[op]]: result } });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      })
      .catch((err: unknown) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String(err) }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
