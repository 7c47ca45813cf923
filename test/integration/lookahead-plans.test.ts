import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Params } from '../../src/db/database.js';
import { toParams, type Database } from '../../src/db/database.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/db.js';
import { COMPILED } from '../support/lookahead-documents.js';

/**
 * The query plan of every compiled shape (EXPLAIN, no execution): the root is found through an index seek (search:
 * through the fulltext index's procedure), and
 * no statement scans all nodes, scans a label, or builds a cartesian product. The connections (organisations…)
 * page through a whole label by design: for them only the absence of AllNodesScan and CartesianProduct is
 * asserted, and their per-entity subqueries must still seek.
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
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

async function explain(statement: Recorded): Promise<string[]> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run(`EXPLAIN ${statement.cypher}`, toParams(statement.params) as Params);
    const plan = result.summary.plan;
    if (plan === false) throw new Error('no plan');
    return operators(plan as PlanNode);
  } finally {
    await session.close();
  }
}

/** Roots that are not found by id: a page of a label, or the fulltext index. */
const LISTS_A_LABEL = /^(organisations|people|events|resolutions|briefs)\b/;
const FULLTEXT = /^search\b/;
const SEEK = /^Node(Unique)?IndexSeek$/;

describe('compiled statements: index seeks, no label scans or cartesian products', () => {
  const shapes = COMPILED.filter(([what]) => !what.startsWith('network'));
  it.each(shapes)('%s', async (what, query, variables) => {
    recorded.length = 0;
    const r = await api.run(query, variables);
    expect(r.errors).toBeUndefined();
    expect(recorded.length).toBeGreaterThan(0);
    const forbidden = ['AllNodesScan', 'CartesianProduct'];
    if (!LISTS_A_LABEL.test(what)) forbidden.push('NodeByLabelScan');
    for (const statement of recorded) {
      const ops = await explain(statement);
      expect(ops.some((op) => SEEK.test(op) || (FULLTEXT.test(what) && op === 'ProcedureCall'))).toBe(true);
      expect(ops.filter((op) => forbidden.includes(op))).toEqual([]);
    }
  });
});
