import { operationNamed } from '../src/http/operations.js';
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
 * The failing first question (operations/bench/entity-around.graphql): an entity's scalars with its
 * one-hop neighbourhood and evidence. Not hot (a selection the warm-up never runs), so it shows whether warming
 * generalises.
 */
export const ENTITY_AROUND = {
  name: 'entityAround',
  body: JSON.stringify({
    query: operationNamed('EntityAround', 'bench').text,
    variables: { id: 'org:unodc' },
    operationName: 'EntityAround',
  }),
};

/** Each first question as a request body (JSON), in the order the bench sends them. */
export function coldQuestions(): Array<{ name: string; body: string }> {
  return [...OPS.map((op) => ({ name: op, body: request('icat-kg', op, SEED_ARGS).body! })), ENTITY_AROUND];
}
