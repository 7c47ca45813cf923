import { describe, expect, it } from '@jest/globals';
import { explainPlan, operatorName, recordingApi, type PlanNode } from '../support/plans.js';

/**
 * The connections' statements (src/graph/entities.ts listEntities), planned (EXPLAIN, no execution): filtered
 * by classification, organisations are found through the classification index, once, and counted and paged
 * from that one pass; not filtered, the count comes from the count store.
 */

const rec = recordingApi();

function operators(plan: PlanNode): string[] {
  const op = operatorName(plan);
  const details = typeof plan.arguments.Details === 'string' ? plan.arguments.Details : '';
  return [details ? `${op} ${details}` : op, ...plan.children.flatMap(operators)];
}

/** The operators of the one statement a request makes. */
async function planOf(query: string): Promise<string[]> {
  rec.recorded.length = 0;
  const r = await rec.api.run(query);
  expect(r.errors).toBeUndefined();
  expect(rec.recorded).toHaveLength(1);
  return operators(await explainPlan(rec.db, rec.recorded[0]!));
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
