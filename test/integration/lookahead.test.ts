import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from '../support/api.js';
import { COMPILED, FALLBACK } from '../support/lookahead-documents.js';

/**
 * Selection look-ahead (resolvers/selection.ts): the selections listed here are compiled into one statement per
 * root field. Each answer must equal, byte for byte, the answer with the compiler off (ICAT_COMPILE=off); the
 * round trips of the compiled run are asserted exactly.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // search's name index is built by the first search of a dataset version (two statements more): built here,
  // so the search documents count their own round trips only.
  await api.run('{ search(query: "warm", first: 1) { score } }');
});
afterAll(async () => {
  await api.close();
});

describe('compiled selections: one round trip per root field, the same answer as with the compiler off', () => {
  it.each(COMPILED)('%s', async (_what, query, variables, trips) => {
    const compiled = await api.run(query, variables);
    const plain = await api.run(query, variables, { compile: false });
    // On failure, the server's log line names the cause the client is not told.
    expect({ errors: compiled.errors, log: compiled.errors ? api.logs.slice(-2) : [] }).toEqual({
      errors: undefined,
      log: [],
    });
    expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(plain.data));
    expect(compiled.roundTrips).toBe(trips);
  });
});

describe('selections the compiler does not cover fall back to the loaders, with the same answer', () => {
  it.each(FALLBACK)('%s', async (_what, query) => {
    const compiled = await api.run(query);
    const plain = await api.run(query, {}, { compile: false });
    expect(compiled.errors).toBeUndefined();
    expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(plain.data));
    // The uncovered field loads by itself: more than the one compiled statement.
    expect(compiled.roundTrips).toBeGreaterThan(1);
  });
});
