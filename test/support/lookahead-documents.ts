/**
 * The selections the look-ahead compiles (resolvers/selection.ts), and some it does not: read by
 * test/integration/lookahead.test.ts (answers and round trips) and lookahead-plans.test.ts (query plans).
 */

const ENTITY_BENCH = `query Entity($id: ID!) {
  entity(id: $id) {
    id name type otherNames
    evidence { id section excerpt }
    ... on Organisation {
      acronym
      members { id name }
      memberOf { id name }
      partners { id name }
      people { role person { id name } }
      events { relationType role event { id name } }
    }
  }
}`;

/** Every field of every entity type that reads the entity's own properties (resolvers/entity-reads.ts). */
const ALL_PROPERTIES = `fragment All on Entity {
  __typename id name type otherNames description degree inferredProperties { field assertion note }
  ... on Organisation { acronym classification website }
  ... on Person { title role }
  ... on Event { kind date { iso precision earliest latest } endDate { iso } status participantCount participantCountQualifier }
  ... on Resolution { instrument symbol year }
  ... on Brief { documentType url }
  ... on Place { placeType }
  ... on Statement { statementKind }
  ... on Quantity { amount unit qualifier counts }
}`;

/** [what, document, variables, round trips when compiled] */
export const COMPILED: Array<[string, string, Record<string, unknown>, number]> = [
  [
    'entity: the benchmark shape (evidence, typed lists, relation lists)',
    ENTITY_BENCH,
    { id: 'org:icat' },
    1,
  ],
  [
    'entity: the entities below the root read only the properties their fields need (every such field, every type)',
    `query Q($id: ID!) { entity(id: $id) { ...All
        ... on Organisation { members { ...All } memberOf { ...All } partners { ...All } coChairs { ...All }
          coordinator { ...All } funders { ...All } people { role evidence { id url } person { ...All } organisation { id } }
          events { relationType role evidence { id } event { ...All } participant { name } } }
        ... on Event { participants { role participant { ...All } } place { ...All } sideEvents { ...All } }
        relations(first: 50) { edges { cursor node { id type direction year since { iso } until { iso } role status quote
          assertion note from { ...All } to { ...All } other { ...All } } } } } }
    ${ALL_PROPERTIES}`,
    { id: 'org:icat' },
    1,
  ],
  [
    'entity: the same, on an event (participants, place, side events)',
    `query Q($id: ID!) { entity(id: $id) { ...All
        ... on Event { participants { role relationType participant { ...All } event { name } } place { ...All }
          onMarginsOf { ...All } sideEvents { ...All } } } }
    ${ALL_PROPERTIES}`,
    { id: 'event:unga74-icat-high-level-event' },
    1,
  ],
  [
    'entity twice: a member read with few properties under one root field, whole under another (answers only: each root reads its own statement; leaks into the loaders are the fallback case below)',
    `{ a: entity(id: "org:icat") { ... on Organisation { members { id } } }
       b: entity(id: "org:icmpd") { ...All ... on Organisation { memberOf { id } } } }
    ${ALL_PROPERTIES}`,
    {},
    2,
  ],
  [
    'entity: the benchmark shape on a person (no Organisation fields apply)',
    ENTITY_BENCH,
    { id: 'person:greminger' },
    1,
  ],
  [
    'entity: relations connection with type, other and evidence, and totals',
    `{ entity(id: "org:osce") { name relations(first: 5) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id type direction year other { id name evidence { id } degree } from { id } to { id } evidence { id excerpt } } } } } }`,
    {},
    1,
  ],
  [
    'entity: aliases with different arguments, a named fragment, inline fragments, @include/@skip and variables',
    `query Q($id: ID!, $t: [RelationType!], $withEvidence: Boolean!, $skipDegree: Boolean!, $n: Int) {
      entity(id: $id) {
        ...Names
        degree @skip(if: $skipDegree)
        evidence @include(if: $withEvidence) { id }
        out: relations(direction: OUTGOING, first: $n) { edges { node { other { id } } } }
        typed: relations(types: $t, first: 2) { totalCount edges { node { id evidence { id } } } }
        ... on Organisation { memberOf { id evidence { id } } coChairs(year: 2019) { id } }
        ... on Event { participants { participant { id } } }
      }
    }
    fragment Names on Entity { id name ... on Organisation { acronym partners { name degree } } }`,
    { id: 'org:unodc', t: ['MEMBER_OF', 'CO_CHAIRED'], withEvidence: true, skipDegree: false, n: 3 },
    1,
  ],
  [
    'entity: an event with participants, place and side events',
    `{ entity(id: "event:unga74-icat-high-level-event") { name evidence { id }
        ... on Event { participants { relationType role evidence { id } participant { id name } } place { name } onMarginsOf { name } sideEvents { name } } } }`,
    {},
    1,
  ],
  [
    'entity: a brief with endorsements (relation evidence) and authors',
    `{ entity(id: "brief:issue-brief-technology-2019") { name
        ... on Brief { authors { id evidence { excerpt } } submittedTo { id } endorsements { quote by { id name } evidence { id excerpt } } } } }`,
    {},
    1,
  ],
  [
    'node(id) of an entity, with relations',
    `{ node(id: "org:icat") { id ... on Organisation { name evidence { id } relations(first: 3) { edges { node { other { id } } } } } } }`,
    {},
    1,
  ],
  [
    'entity: a hostile id stays a parameter (an unknown id, one statement)',
    `query($id: ID!) { entity(id: $id) { name evidence { id } ... on Organisation { members { id } } } }`,
    { id: "org:x'}) MATCH (m) DETACH DELETE m RETURN 1 AS t //" },
    1,
  ],
  ['entity: an unknown id', `{ entity(id: "org:no-such-org") { name evidence { id } } }`, {}, 1],
  [
    'neighbourhood: the benchmark shape (nodes, entities, edges with their ends)',
    `query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 2, first: 50) {
        totalNodes nodes { distance entity { id name type } } edges { id type from { id } to { id } } } }`,
    { id: 'person:greminger' },
    1,
  ],
  [
    'neighbourhood: a second page, with evidence and degree on the entities and edges, and the center',
    `{ neighbourhood(id: "org:icat", depth: 1, first: 4, after: "WyJuYmg6b3JnOmljYXQ6MSIsNF0") {
        totalNodes pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        center { name evidence { id } degree }
        nodes { distance entity { id degree evidence { id excerpt } } }
        edges { id other { name } evidence { id excerpt } } } }`,
    {},
    1,
  ],
  [
    'neighbourhood: an unknown center',
    `{ neighbourhood(id: "org:nobody") { totalNodes edges { id } } }`,
    {},
    1,
  ],
  [
    'path: the benchmark shape',
    `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) {
        length entities { id name type } steps { direction relation { id type year } } } }`,
    { from: 'person:greminger', to: 'org:osce' },
    1,
  ],
  [
    'path: steps with relation evidence, entities with evidence and degree',
    `{ path(from: "org:equality-now", to: "org:osce") { length
        entities { id evidence { id } degree }
        steps { from { id } entity { name } evidence { id excerpt } relation { id from { id } other { id } evidence { id } } } } }`,
    {},
    1,
  ],
  [
    'path: from an entity to itself, with evidence',
    `{ path(from: "org:osce", to: "org:osce") { length entities { id evidence { id } } steps { evidence { id } } } }`,
    {},
    1,
  ],
  [
    'network: nodes with degree and edges (one statement already)',
    `query Network($year: Int!) { network(relationTypes: [CO_CHAIRED, COORDINATES], year: $year) {
        nodes { id label type degree } edges { id source target type year status } } }`,
    { year: 2019 },
    1,
  ],
  [
    'organisations: nodes with evidence, a typed list and a relations page (the round-trip test of api.test.ts)',
    `{ organisations(first: 50) { totalCount edges { cursor node { name evidence { excerpt } memberOf { name }
        relations(first: 5) { edges { node { type other { name } evidence { excerpt } } } } } } } }`,
    {},
    1,
  ],
  [
    'people, events, resolutions, briefs: nodes with degree, evidence and their typed lists',
    `{ people(first: 5) { edges { node { name degree affiliations { organisation { name } evidence { id } } } } }
       events(first: 5, orderBy: DATE_ASC) { edges { node { name evidence { id } ... on Event { participants { participant { id } } } } } }
       resolutions(first: 3) { edges { node { name adoptedBy { name } } } }
       briefs(first: 3) { edges { node { name endorsements { by { name } } } } } }`,
    {},
    4,
  ],
  [
    'places, topics, statements, quantities: filters, orders and paging as the other kinds, with typed lists',
    `{ places(first: 3, where: { placeType: [CITY] }) { totalCount pageInfo { hasNextPage endCursor }
         edges { cursor node { name placeType country { name } events { name } } } }
       topics(first: 2, orderBy: NAME_DESC) { totalCount edges { node { name degree addressedBy { id } } } }
       statements(first: 3, where: { statementKind: [RECOMMENDATION, CALL], yearFrom: 2019 }, orderBy: DATE_DESC) {
         totalCount edges { node { name statementKind status year evidence { id } issuers { name } topics { name } } } }
       quantities(first: 3, where: { unit: [US_DOLLAR, ORGANISATIONS], yearTo: 2019 }) {
         totalCount edges { node { name amount unit counts quantifies { id } } } } }`,
    {},
    4,
  ],
  [
    "search: hits with the entity's evidence, degree and a typed list",
    `{ search(query: "osce", first: 5) { score matched entity { id name evidence { id } degree ... on Organisation { memberOf { name } } } } }`,
    {},
    1,
  ],
  [
    'network: the benchmark shape (only the selected fields read; degrees counted)',
    `query Network($year: Int!) { network(relationTypes: [CO_CHAIRED, COORDINATES], year: $year) {
        nodes { id label type degree } edges { id source target type year status } } }`,
    { year: 2019 },
    1,
  ],
  [
    'network: every field, under aliases and a fragment',
    `{ network { ...Named all: nodes { id label type category degree } edges { id source target type year status role assertion note } }
       n2: network(types: [ORGANISATION], year: 2019) { nodes { degree } edges { note source } } }
     fragment Named on Network { nodes { name } }`,
    {},
    2,
  ],
  [
    'network: fields behind @include/@skip, edges without ids, no degree',
    `query N($d: Boolean!) { network(relationTypes: [MEMBER_OF, PARTNER_OF]) {
        nodes { name degree @include(if: $d) category @skip(if: $d) } edges { type role assertion } } }`,
    { d: false },
    1,
  ],
];

/**
 * Selections the compiler does not cover: they load through the loaders as before (more round trips), and
 * still answer the same. [what, document]
 */
export const FALLBACK: Array<[string, string]> = [
  [
    'Relation.onBehalfOf (a third entity) under entity.relations',
    `{ entity(id: "event:hrc41-side-event-technology") { name relations(first: 100) { edges { node { id onBehalfOf { id name } } } } } }`,
  ],
  [
    'lists two levels down, reaching entities the level above read with fewer properties (none leaks into the loaders)',
    `{ entity(id: "org:unodc") { ... on Organisation { people { person { id
        ... on Person { affiliations { role person { name title role description otherNames } } } } } } } }`,
  ],
  [
    'lists two levels down (members of members)',
    `{ entity(id: "org:icat") { ... on Organisation { members { name ... on Organisation { members { name } } } } } }`,
  ],
];
