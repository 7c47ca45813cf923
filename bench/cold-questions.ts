import { OPS, request, type OpArgs } from './ops.js';

/** The first questions `npm run bench:cold` asks after Ready (also asked by test/integration/warmup.test.ts). */

/** The bench's arguments for the seed graph (what `pickArgs` in bench/run.ts chooses there). */
export const SEED_ARGS: OpArgs = {
  entityId: 'org:icat',
  searchText: 'coordination trafficking persons',
  pathFrom: 'person:kupchyna',
  pathTo: 'event:hrc41-session',
  neighbourhoodId: 'person:kupchyna',
  year: 2019,
};

/**
 * The failing first question: an entity's scalars with its one-hop neighbourhood and evidence. Not
 * one of the warm-up's own documents (a different selection), so it shows whether warming generalises.
 */
export const ENTITY_AROUND = {
  name: 'entityAround',
  body: JSON.stringify({
    query: `query EntityAround($id: ID!) {
  entity(id: $id) { id name type otherNames description evidence { id section excerpt url } ... on Organisation { acronym website } }
  neighbourhood(id: $id, depth: 1) {
    totalNodes
    nodes { distance entity { id name type } }
    edges { id type year from { id name } to { id name } evidence { id excerpt } }
  }
}`,
    variables: { id: 'org:unodc' },
    operationName: 'EntityAround',
  }),
};

/** Each first question as a request body (JSON), in the order the bench sends them. */
export function coldQuestions(): Array<{ name: string; body: string }> {
  return [...OPS.map((op) => ({ name: op, body: request('icat-kg', op, SEED_ARGS).body! })), ENTITY_AROUND];
}
