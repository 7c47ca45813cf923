import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { toNative } from '../../src/db/database.js';
import { luceneQuery, searchTerms } from '../../src/graph/search.js';
import { RELATION_TYPES } from '../../src/model/relations.js';
import { NEIGHBOURHOOD_CYPHER, NETWORK_CYPHER, PATH_CYPHER, type RunningServer } from './neo4j-graphql.js';

/**
 * The floor: a minimal node:http server answering each operation with one hand-written Cypher statement
 * through neo4j-driver, and JSON. No GraphQL, no validation beyond parsing, no logging: what any API over
 * this graph must at least pay. GET /<op>?<params>.
 */

const ALL_TYPES = RELATION_TYPES.join('|');

const ENTITY_CYPHER = `MATCH (n:Entity {id: $id})
RETURN n {
  .id, .name, .type, .otherNames, .acronym,
  evidence: [(n)-[:EVIDENCED_BY]->(p:Passage) | p {.id, .section, .excerpt}],
  members: [(n)<-[:MEMBER_OF]-(m:Entity) | m {.id, .name}],
  memberOf: [(n)-[:MEMBER_OF]->(m:Entity) | m {.id, .name}],
  partners: [(n)-[:PARTNER_OF]-(m:Entity) | m {.id, .name}],
  people: [(n)<-[r:AFFILIATED_WITH]-(m:Entity) | {role: r.role, person: m {.id, .name}}],
  events: [(n)-[r:PARTICIPATED_IN|ORGANISED|HOSTED]->(m:Entity) | {relationType: type(r), role: r.role, event: m {.id, .name}}]
} AS result`;

const CONNECTION_CYPHER = `CALL () { MATCH (n:Organisation) WHERE n.classification IN $classification RETURN count(n) AS total }
CALL () {
  MATCH (n:Organisation) WHERE n.classification IN $classification
  WITH n ORDER BY n.sortName, n.id LIMIT $limit
  RETURN collect(n {.id, .name, .acronym, .classification}) AS page
}
RETURN {totalCount: total, nodes: page[0..$first], hasNextPage: size(page) > $first} AS result`;

const SEARCH_CYPHER = `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node, score
RETURN collect({score: score, entity: node {.id, .name, .type}})[0..$first] AS result`;

export const FLOOR_CYPHER = {
  entity: ENTITY_CYPHER,
  connection: CONNECTION_CYPHER,
  search: SEARCH_CYPHER,
  path: PATH_CYPHER,
  neighbourhood: NEIGHBOURHOOD_CYPHER,
  network: NETWORK_CYPHER,
} as const;
export type FloorOp = keyof typeof FLOOR_CYPHER;

function params(op: FloorOp, q: URLSearchParams): Record<string, unknown> {
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
      return { lucene: luceneQuery(searchTerms(q.get('q') ?? '')), first: int('first', 10) };
    case 'path':
      return { from: q.get('from'), to: q.get('to') };
    case 'neighbourhood':
      return { id: q.get('id'), first: int('first', 50) };
    case 'network':
      return { year: int('year', 2019) };
  }
}

export async function startFloor(driver: Driver): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const op = url.pathname.slice(1) as FloorOp;
    if (!(op in FLOOR_CYPHER)) {
      res.writeHead(404).end();
      return;
    }
    driver
      .executeQuery(FLOOR_CYPHER[op], params(op, url.searchParams), {
        database: 'neo4j',
        routing: neo4j.routing.READ,
      })
      .then(({ records }) => {
        const body = JSON.stringify({ data: toNative(records[0]?.get('result') ?? null) });
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

export { ALL_TYPES };
