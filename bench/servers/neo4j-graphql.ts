import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../../src/model/relations.js';

/**
 * The same graph served by @neo4j/graphql 7 (the Neo4j GraphQL Library) on Apollo Server 5: the generated API
 * for what it can express (entity with nested typed relations, connection with totalCount, fulltext search),
 * and @cypher fields holding hand-written Cypher for what it cannot (shortest path, neighbourhood by distance,
 * the network as nodes + edges).
 */

const ALL_TYPES = RELATION_TYPES.join('|');

// Cypher inside @cypher: the same statements the floor server runs (see floor.ts), returned as one map in the
// shape of icat-kg's answer to the bench's document (same keys, lists in the same order), so the bench can
// compare the floor's JSON with icat-kg's `data` in full.
export const PATH_CYPHER = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${ALL_TYPES}*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN {
  length: length(p),
  entities: [n IN ns | n {.id, .name, .type}],
  steps: [i IN range(0, size(rs) - 1) | {
    direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'OUTGOING' ELSE 'INCOMING' END,
    relation: {id: rs[i].id, type: type(rs[i]), year: rs[i].year}
  }]
} AS result`;

export const NEIGHBOURHOOD_CYPHER = `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:${ALL_TYPES}]-(x:Entity) WHERE x <> c
  RETURN collect(DISTINCT x) AS l1
}
CALL (c, l1) {
  UNWIND l1 AS x
  MATCH (x)-[:${ALL_TYPES}]-(m:Entity)
  WHERE m <> c AND NOT EXISTS { (m)-[:${ALL_TYPES}]-(c) }
  RETURN collect(DISTINCT m) AS l2
}
UNWIND ([x IN l1 | {e: x, distance: 1}] + [x IN l2 | {e: x, distance: 2}]) AS f
WITH c, f ORDER BY f.distance, f.e.id
WITH c, collect(f) AS found
WITH c, size(found) AS total, found[0..$first] AS page
CALL (c, page) {
  WITH [c.id] + [f IN page | f.e.id] AS ids
  UNWIND ids AS id
  MATCH (a:Entity {id: id})-[r:${ALL_TYPES}]->(b:Entity)
  WHERE b.id IN ids
  WITH a, r, b ORDER BY r.id
  RETURN collect({id: r.id, type: type(r), from: {id: a.id}, to: {id: b.id}}) AS edges
}
RETURN {
  totalNodes: total,
  nodes: [f IN page | {distance: f.distance, entity: {id: f.e.id, name: f.e.name, type: f.e.type}}],
  edges: edges
} AS result`;

export const NETWORK_CYPHER = `MATCH (a:Entity)-[r:CO_CHAIRED|COORDINATES]->(b:Entity)
WHERE $year IN r.years
WITH a, r, b ORDER BY r.id
WITH collect({id: r.id, source: a.id, target: b.id, type: type(r), year: r.year, status: coalesce(r.status, 'DONE')}) AS edges,
     collect(DISTINCT a) + collect(DISTINCT b) AS ends
CALL {
  WITH ends
  UNWIND ends AS n
  WITH DISTINCT n
  WITH n, COUNT { MATCH (n)-[r:CO_CHAIRED|COORDINATES]-(:Entity) WHERE $year IN r.years } AS degree
  ORDER BY n.id
  RETURN collect({id: n.id, label: coalesce(n.acronym, n.name), type: n.type, degree: degree}) AS nodes
}
RETURN {nodes: nodes, edges: edges} AS result`;

const entityFields = `
  id: ID!
  name: String!
  sortName: String
  type: String!
  otherNames: [String!]
  evidence: [Passage!]! @relationship(type: "EVIDENCED_BY", direction: OUT)`;

export const typeDefs = /* GraphQL */ `
  scalar JSON

  type Passage @node {
    id: ID!
    section: String!
    excerpt: String!
  }

  type Rel @relationshipProperties {
    id: ID!
    year: Int
    years: [Int!]
    role: String
    status: String
    evidence: [String!]
  }

  type Organisation @node(labels: ["Organisation", "Entity"]) {
    ${entityFields}
    acronym: String
    classification: String
    members: [Organisation!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Rel")
    memberOf: [Organisation!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Rel")
    partners: [Organisation!]!
      @relationship(type: "PARTNER_OF", direction: OUT, queryDirection: UNDIRECTED, properties: "Rel")
    people: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, properties: "Rel")
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Rel")
    organised: [Event!]! @relationship(type: "ORGANISED", direction: OUT, properties: "Rel")
    hosted: [Event!]! @relationship(type: "HOSTED", direction: OUT, properties: "Rel")
  }

  type Person @node(labels: ["Person", "Entity"]) {
    ${entityFields}
    title: String
    affiliations: [Organisation!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, properties: "Rel")
  }

  type Event @node(labels: ["Event", "Entity"]) {
    ${entityFields}
    kind: String
    date: String
  }

  type AnyEntity
    @node(labels: ["Entity"])
    @fulltext(
      indexes: [
        { indexName: "entity_names", queryName: "searchEntities", fields: ["name", "acronym", "otherNamesText"] }
      ]
    ) {
    id: ID!
    name: String!
    type: String!
    acronym: String
    otherNamesText: String
  }

  type Query {
    path(from: ID!, to: ID!): JSON @cypher(statement: ${JSON.stringify(PATH_CYPHER)}, columnName: "result")
    neighbourhood(id: ID!, first: Int!): JSON
      @cypher(statement: ${JSON.stringify(NEIGHBOURHOOD_CYPHER)}, columnName: "result")
    network(year: Int!): JSON @cypher(statement: ${JSON.stringify(NETWORK_CYPHER)}, columnName: "result")
  }
`;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startNeo4jGraphQL(driver: Driver): Promise<RunningServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({
    schema,
    introspection: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, '') + '/graphql', close: () => server.stop() };
}
