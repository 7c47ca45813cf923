import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from '../support/api.js';

/**
 * Selection look-ahead (resolvers/lookahead.ts): the selections listed here are compiled into one statement per
 * root field. Each answer must equal, byte for byte, the answer with the compiler off (ICAT_COMPILE=off); the
 * round trips of the compiled run are asserted exactly.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

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

/** [what, document, variables, round trips when compiled] */
export const COMPILED: Array<[string, string, Record<string, unknown>, number]> = [
  ['entity: the benchmark shape (evidence, typed lists, relation lists)', ENTITY_BENCH, { id: 'org:icat' }, 1],
  ['entity: the benchmark shape on a person (no Organisation fields apply)', ENTITY_BENCH, { id: 'person:greminger' }, 1],
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
  ['entity: an unknown id', `{ entity(id: "org:no-such-org") { name evidence { id } } }`, {}, 1],
];

describe('compiled selections: one round trip per root field, the same answer as with the compiler off', () => {
  it.each(COMPILED)('%s', async (_what, query, variables, trips) => {
    const compiled = await api.run(query, variables);
    const plain = await api.run(query, variables, { compile: false });
    expect(compiled.errors).toBeUndefined();
    expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(plain.data));
    expect(compiled.roundTrips).toBe(trips);
  });
});
