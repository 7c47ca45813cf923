import { operationNamed, readOperations, type OperationFile } from '../src/http/operations.js';

/**
 * icat-kg's side of the benchmark's operations, shared by the benchmarks (bench/ops.ts, bench/cold-start.ts) and
 * the tests (test/integration/warmup.test.ts asks the cold start's first questions): the six operations'
 * documents (operations/bench/<op>.graphql, also run by the warm-up, marked hot, and the compiler's tests), their
 * variables, and the first questions `npm run bench:cold` asks after Ready.
 */

export type OpName = 'entity' | 'connection' | 'search' | 'path' | 'neighbourhood' | 'network';
export const OPS: readonly OpName[] = ['entity', 'connection', 'search', 'path', 'neighbourhood', 'network'];

export interface OpArgs {
  /** An organisation of moderate degree (about 50 relations): entity with nested relations. */
  entityId: string;
  /** Search text (several words: exact, prefix and fuzzy clauses each). */
  searchText: string;
  pathFrom: string;
  pathTo: string;
  /** A typical (median-degree) person: 2-hop neighbourhood. */
  neighbourhoodId: string;
  year: number;
}

export const ICAT_DOCUMENTS: Record<OpName, OperationFile> = Object.fromEntries(
  OPS.map((op) => {
    const found = readOperations('bench').find((o) => o.file === `bench/${op}.graphql`);
    if (!found)
      throw new Error(`operations/bench/${op}.graphql is missing (the benchmark's ${op} operation)`);
    return [op, found];
  }),
) as Record<OpName, OperationFile>;

/** The variables of each operation for the chosen arguments (search: icat-kg's text, not a Lucene query). */
export function icatVariables(op: OpName, a: OpArgs): Record<string, unknown> {
  const vars: Record<OpName, Record<string, unknown>> = {
    entity: { id: a.entityId },
    connection: {},
    search: { q: a.searchText },
    path: { from: a.pathFrom, to: a.pathTo },
    neighbourhood: { id: a.neighbourhoodId },
    network: { year: a.year },
  };
  return vars[op];
}

/** The document as sent: the file's comment lines (its description and annotations) are not the server's business. */
const withoutComments = (text: string) => text.replace(/^\s*#.*\n/gm, '');

/** The POST /graphql body icat-kg is sent for an operation. */
export function icatBody(op: OpName, a: OpArgs): string {
  const doc = ICAT_DOCUMENTS[op];
  return JSON.stringify({
    query: withoutComments(doc.text),
    variables: icatVariables(op, a),
    operationName: doc.name,
  });
}

/** The bench's arguments for the seed graph (what `pickArgs` in bench/harness/args.ts chooses there). */
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

/** Each first question of `npm run bench:cold` as a request body (JSON), in the order it sends them. */
export function coldQuestions(): Array<{ name: string; body: string }> {
  return [...OPS.map((op) => ({ name: op, body: icatBody(op, SEED_ARGS) })), ENTITY_AROUND];
}
