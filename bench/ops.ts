import { luceneQuery, searchTerms } from '../src/graph/search.js';
import {
  ICAT_DOCUMENTS,
  icatBody,
  icatVariables,
  OPS,
  type OpArgs,
  type OpName,
} from '../tools/bench-operations.js';

/**
 * The operations, as each server is asked them. Arguments (ids, search text) are chosen per graph by
 * `pickArgs` in run.ts so that every size asks comparable questions.
 */

export type ServerName = 'icat-kg' | 'neo4j-graphql' | 'floor';
export const SERVERS: readonly ServerName[] = ['icat-kg', 'neo4j-graphql', 'floor'];

export { OPS, type OpArgs, type OpName };

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** How @neo4j/graphql answers each operation: 'generated' API or a '@cypher' field (hand-written Cypher). */
export const NEO4J_GRAPHQL_MODE: Record<OpName, 'generated' | '@cypher'> = {
  entity: 'generated',
  connection: 'generated',
  search: 'generated',
  path: '@cypher',
  neighbourhood: '@cypher',
  network: '@cypher',
};

const gql = (query: string, variables: Record<string, unknown>, operationName: string): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables, operationName }),
});

/** The operation name icat-kg logs for each operation (its round trips are read from that log line). */
export const OPERATION_NAMES: Record<OpName, string> = Object.fromEntries(
  OPS.map((op) => [op, ICAT_DOCUMENTS[op].name]),
) as Record<OpName, string>;

// @neo4j/graphql's documents are for its own generated schema (bench/servers), not ours: they stay here.
const NEO: Record<OpName, string> = {
  entity: `query Entity($id: ID!) {
  organisations(where: { id: { eq: $id } }) {
    id name type otherNames acronym
    evidence { id section excerpt }
    members { id name }
    memberOf { id name }
    partners { id name }
    peopleConnection { edges { properties { role } node { id name } } }
    participatedInConnection { edges { properties { role } node { id name } } }
    organisedConnection { edges { properties { role } node { id name } } }
    hostedConnection { edges { properties { role } node { id name } } }
  }
}`,
  connection: `query Connection {
  organisationsConnection(
    first: 20
    where: { classification: { in: ["UN_ENTITY"] } }
    sort: [{ sortName: ASC }, { id: ASC }]
  ) {
    totalCount
    edges { cursor node { id name acronym classification } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  search: `query Search($phrase: String!) {
  searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }]) {
    edges { score node { id name type } }
  }
}`,
  path: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) }`,
  neighbourhood: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, first: 50) }`,
  network: `query Network($year: Int!) { network(year: $year) }`,
};

export function request(server: ServerName, op: OpName, a: OpArgs): HttpRequest {
  const opName = op[0]!.toUpperCase() + op.slice(1);
  if (server === 'floor') {
    const q = new URLSearchParams();
    if (op === 'entity') q.set('id', a.entityId);
    if (op === 'search') q.set('q', a.searchText);
    if (op === 'path') {
      q.set('from', a.pathFrom);
      q.set('to', a.pathTo);
    }
    if (op === 'neighbourhood') q.set('id', a.neighbourhoodId);
    if (op === 'network') q.set('year', String(a.year));
    return { method: 'GET', path: `/${op}?${q.toString()}` };
  }
  if (server === 'icat-kg') return { method: 'POST', path: '/graphql', body: icatBody(op, a) };
  // @neo4j/graphql takes icat-kg's variables, but searches its fulltext index with a Lucene query.
  const vars = op === 'search' ? { phrase: luceneQuery(searchTerms(a.searchText)) } : icatVariables(op, a);
  return gql(NEO[op], vars, opName);
}

/** A rough size of the answer, to check the three servers return the same amount of data. */
export function answerSize(server: ServerName, op: OpName, body: unknown): string {
  const data = (body as { data?: unknown }).data as Record<string, unknown> | null | undefined;
  if (!data) return 'no data';
  const len = (x: unknown) => (Array.isArray(x) ? x.length : 0);
  // @neo4j/graphql's JSON scalar passes driver Integers through as {low, high}.
  const num = (x: unknown) =>
    typeof x === 'object' && x !== null && 'low' in x ? String((x as { low: number }).low) : String(x);
  type R = Record<string, unknown>;
  // The floor answers in icat-kg's shape (bench/servers/floor.ts).
  const key = Object.keys(data)[0]!;
  const v = data[key];
  const root = ((Array.isArray(v) ? { hits: v, first: v[0] } : v) as R) ?? {};
  switch (op) {
    case 'entity': {
      const e = (server === 'neo4j-graphql' ? root.first : root) as R | undefined;
      if (!e) return 'null';
      const events =
        server === 'neo4j-graphql'
          ? ['participatedInConnection', 'organisedConnection', 'hostedConnection'].reduce(
              (s, k) => s + len((e[k] as R).edges),
              0,
            )
          : len(e.events);
      const people = server === 'neo4j-graphql' ? len((e.peopleConnection as R).edges) : len(e.people);
      return `ev=${len(e.evidence)} mem=${len(e.members)}/${len(e.memberOf)} part=${len(e.partners)} ppl=${people} evt=${events}`;
    }
    case 'connection': {
      return `total=${String(root.totalCount)} page=${len(root.edges)}`;
    }
    case 'search':
      return `hits=${server === 'neo4j-graphql' ? len(root.edges) : len(root.hits)}`;
    case 'path':
      return `length=${num(root.length)}`;
    case 'neighbourhood':
      return `total=${num(root.totalNodes)} nodes=${len(root.nodes)} edges=${len(root.edges)}`;
    case 'network':
      return `nodes=${len(root.nodes)} edges=${len(root.edges)}`;
  }
}
