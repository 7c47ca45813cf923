import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Params } from '../../src/db/database.js';
import { toParams, type Database } from '../../src/db/database.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/db.js';

/**
 * The connections' statements (src/graph/entities.ts listEntities), planned (EXPLAIN, no execution): filtered
 * by classification, organisations are found through the classification index, once, and counted and paged
 * from that one pass; not filtered, the count comes from the count store.
 */

interface Recorded {
  cypher: string;
  params: Params;
}

let db: Database;
let api: TestApi;
const recorded: Recorded[] = [];
beforeAll(async () => {
  db = testDatabase();
  api = await startTestApi({ db: db.observe((cypher, params) => recorded.push({ cypher, params })) });
});
afterAll(async () => {
  await api.close();
  await db.close();
});

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  const op = plan.operatorType.replace(/@.*$/, '');
  const details = typeof plan.arguments.Details === 'string' ? plan.arguments.Details : '';
  return [details ? `${op} ${details}` : op, ...plan.children.flatMap(operators)];
}

/** The operators of the one statement a request makes. */
async function planOf(query: string): Promise<string[]> {
  recorded.length = 0;
  const r = await api.run(query);
  expect(r.errors).toBeUndefined();
  expect(recorded).toHaveLength(1);
  const session = db.driver.session({ database: db.database });
  try {
    const { cypher, params } = recorded[0]!;
    const result = await session.run(`EXPLAIN ${cypher}`, toParams(params) as Params);
    if (result.summary.plan === false) throw new Error('no plan');
    return operators(result.summary.plan as PlanNode);
  } finally {
    await session.close();
  }
}

describe('organisations connection: query plans', () => {
  it('a classification filter is one seek of the classification index, counted and paged from it', async () => {
    const ops = await planOf(
      '{ organisations(first: 2, where: { classification: [UN_OFFICE, STATE] }) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage } } }',
    );
    const seeks = ops.filter((op) => /^NodeIndexSeek .*:Organisation\(classification\)/.test(op));
    expect(seeks).toHaveLength(1);
    expect(ops.filter((op) => /^(NodeByLabelScan|AllNodesScan|CartesianProduct)\b/.test(op))).toEqual([]);
  });

  it('no filter: the count from the count store, the page a top-k over the label', async () => {
    const ops = await planOf('{ organisations(first: 2) { totalCount edges { node { id } } } }');
    expect(ops.filter((op) => op.startsWith('NodeCountFromCountStore'))).toHaveLength(1);
    expect(ops.filter((op) => /^(NodeByLabelScan|AllNodesScan)\b/.test(op))).toHaveLength(1);
  });
});
