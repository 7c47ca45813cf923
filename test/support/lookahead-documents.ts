import { readOperations } from '../../src/http/operations.js';

/**
 * The selections the look-ahead compiles (resolvers/selection.ts), and some it does not: read by
 * test/integration/lookahead.test.ts (answers and round trips) and lookahead-plans.test.ts (query plans). Each is
 * a document under operations/ (the compiler's own in operations/compiler/, the benchmark's in operations/bench/)
 * with, per case, a line `# @compiled {"what", "variables", "roundTrips"}` or `# @fallback {"what"}`.
 */

interface Case {
  what: string;
  variables?: Record<string, unknown>;
  roundTrips?: number;
}

function cases(tag: 'compiled' | 'fallback'): Array<{ document: string } & Case> {
  return readOperations().flatMap((op) =>
    op.annotations
      .filter((a) => a.tag === tag)
      .map((a) => {
        const c = JSON.parse(a.value) as Case;
        if (typeof c.what !== 'string' || (tag === 'compiled' && typeof c.roundTrips !== 'number'))
          throw new Error(
            `operations/${op.file}: \`# @${tag}\` needs "what"${tag === 'compiled' ? ' and "roundTrips"' : ''}`,
          );
        return { document: op.document, ...c };
      }),
  );
}

/** [what, document, variables, round trips when compiled] */
export const COMPILED: Array<[string, string, Record<string, unknown>, number]> = cases('compiled').map(
  (c) => [c.what, c.document, c.variables ?? {}, c.roundTrips!],
);

/**
 * Selections the compiler does not cover: they load through the loaders as before (more round trips), and
 * still answer the same. [what, document]
 */
export const FALLBACK: Array<[string, string]> = cases('fallback').map((c) => [c.what, c.document]);
