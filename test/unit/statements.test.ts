import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILED, FALLBACK } from '../support/lookahead-documents.js';
import { render, StatementLog, statementsOf } from '../support/statement-log.js';
import { createContext } from '../../src/context.js';

/**
 * The statements of every compiled shape, without a database (@neo4j/graphql's tck style): each document in
 * test/support/lookahead-documents.ts, run with the selection compiler on and off, against the statements
 * checked in under test/unit/statements/ (one file per shape: the document, then each statement's Cypher and
 * parameters). A change to a statement shows as a diff of those files. After a deliberate change:
 * `UPDATE_STATEMENTS=1 npm run test:unit -- test/unit/statements.test.ts`, then review and commit the diff.
 */

const DIR = join(import.meta.dirname, 'statements');
const UPDATE = process.env.UPDATE_STATEMENTS === '1';

function slug(what: string): string {
  return what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

const SHAPES: Array<[string, string, Record<string, unknown>]> = [
  ...COMPILED.map(([what, query, variables]): [string, string, Record<string, unknown>] => [
    what,
    query,
    variables,
  ]),
  ...FALLBACK.map(([what, query]): [string, string, Record<string, unknown>] => [
    `fallback ${what}`,
    query,
    {},
  ]),
];

async function expectation(what: string, query: string, variables: Record<string, unknown>) {
  const on = await statementsOf(query, variables);
  const off = await statementsOf(query, variables, { compile: false });
  const doc = query
    .split('\n')
    .map((l) => `# ${l.trim()}`)
    .join('\n');
  return `# ${what}\n${doc}\n# variables: ${JSON.stringify(variables)}\n\n## compiled\n${on}\n\n## ICAT_COMPILE=off\n${off}\n`;
}

describe('statements of every compiled shape (no database)', () => {
  it('names each shape once', () => {
    const names = SHAPES.map(([what]) => slug(what));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(SHAPES)('%s', async (what, query, variables) => {
    const actual = await expectation(what, query, variables);
    const file = join(DIR, `${slug(what)}.cypher`);
    if (UPDATE) writeFileSync(file, actual);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : `(no ${file}: run with UPDATE_STATEMENTS=1)`).toBe(
      actual,
    );
  });
});

/** What the loaders read below a compiled answer (deeper levels, fields the statement does not cover). */
const LOADS: Array<[string, (ctx: ReturnType<typeof createContext>) => Promise<unknown>]> = [
  ['entity rows by id', (ctx) => ctx.loaders.entity.loadMany(['org:icat', 'person:greminger'])],
  ['degrees by id', (ctx) => ctx.loaders.degree.loadMany(['org:icat', 'person:greminger'])],
  ['evidence of entities', (ctx) => ctx.loaders.entityEvidence.loadMany(['org:icat', 'person:greminger'])],
  [
    'relation slices of two shapes in one batch',
    (ctx) =>
      Promise.all([
        ctx.loaders.relations.load({ id: 'org:icat', types: [], direction: 'BOTH', first: 5, after: null }),
        ctx.loaders.relations.load({
          id: 'org:osce',
          types: ['MEMBER_OF'],
          direction: 'OUTGOING',
          first: 500,
          after: 'MEMBER_OF:a',
        }),
      ]),
  ],
];

describe('statements of the loaders (no database)', () => {
  it.each(LOADS)('%s', async (what, load) => {
    const db = new StatementLog();
    await load(createContext(db));
    await db.driver.close();
    const actual = `# loader: ${what}\n\n${db.statements.map((s) => render(s.cypher, s.params)).join('\n\n')}\n`;
    const file = join(DIR, `loader-${slug(what)}.cypher`);
    if (UPDATE) writeFileSync(file, actual);
    expect(existsSync(file) ? readFileSync(file, 'utf8') : `(no ${file}: run with UPDATE_STATEMENTS=1)`).toBe(
      actual,
    );
  });
});
