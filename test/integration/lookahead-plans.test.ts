import { describe, expect, it } from '@jest/globals';
import { ENTITY_KINDS } from '../../src/model/entities.js';
import { DATASET_VERSION } from '../../src/graph/analytics.js';
import { SEARCH_INDEX_ROWS } from '../../src/graph/search.js';
import { COMPILED } from '../support/lookahead-documents.js';
import { explainPlan, operatorName as name, recordingApi, type PlanNode } from '../support/plans.js';

/**
 * The query plan of every compiled shape (EXPLAIN, no execution): the root is found through an index seek (search:
 * its hits by id, ranked by the in-process name index), and no statement scans all nodes, scans a label, or builds a cartesian
 * product (but `path`'s product of its two ends, each a unique-index seek: one row times one). The connections
 * (organisations…) page through a whole label by design and join their count and page (one row each): for them
 * only the absence of AllNodesScan is asserted.
 */

const rec = recordingApi();

/**
 * The plan's operators. A CartesianProduct of two unique-index seeks (one row times one row: `path` binding its
 * two ends before the shortest-path search) is listed as `CartesianProduct(unique seeks)`, any other as itself.
 */
function operators(plan: PlanNode): string[] {
  const op = name(plan);
  const ofUniqueSeeks = plan.children.every((c) => name(c) === 'NodeUniqueIndexSeek');
  const shown = op === 'CartesianProduct' && ofUniqueSeeks ? 'CartesianProduct(unique seeks)' : op;
  return [shown, ...plan.children.flatMap(operators)];
}

/** Roots that are not found by id: a page of a label, or the fulltext index. */
const LISTS_A_LABEL = new RegExp(`^(${ENTITY_KINDS.map((k) => k.connection).join('|')})\\b`);
const FULLTEXT = /^search\b/;
const SEEK = /^Node(Unique)?IndexSeek$/;

/** The plan without its scans of :Dataset (the dataset version search reads beside its hits). */
function withoutDatasetScans(plan: PlanNode): PlanNode {
  const details = String(plan.arguments.Details ?? plan.arguments.details ?? '');
  const children = plan.children.map(withoutDatasetScans);
  if (name(plan) === 'NodeByLabelScan' && /:Dataset\b/.test(details))
    return { ...plan, operatorType: 'DatasetScan', children };
  return { ...plan, children };
}

describe('compiled statements: index seeks, no label scans or cartesian products', () => {
  const shapes = COMPILED.filter(([what]) => !what.startsWith('network'));
  it.each(shapes)('%s', async (what, query, variables) => {
    rec.recorded.length = 0;
    const r = await rec.api.run(query, variables);
    expect(r.errors).toBeUndefined();
    expect(rec.recorded.length).toBeGreaterThan(0);
    // The connections' page statement (as with the compiler off) joins its count and its page, one row each.
    const forbidden = LISTS_A_LABEL.test(what)
      ? ['AllNodesScan']
      : ['AllNodesScan', 'CartesianProduct', 'NodeByLabelScan'];
    // search: the name index's build (once per dataset version: the version, then every entity's names) is not
    // the root field's statement; the search statement reads the version beside its hits, a scan of :Dataset
    // (one node per dataset).
    const statements = rec.recorded.filter(
      (s) => s.cypher !== SEARCH_INDEX_ROWS && s.cypher !== DATASET_VERSION,
    );
    for (const statement of statements) {
      const plan = await explainPlan(rec.db, statement);
      const ops = operators(FULLTEXT.test(what) ? withoutDatasetScans(plan) : plan);
      // The root: an index seek (by id; search's hits too), or a label's page (the connections).
      const root = (op: string) => SEEK.test(op) || LISTS_A_LABEL.test(what);
      expect(ops.some(root)).toBe(true);
      expect(ops.filter((op) => forbidden.includes(op))).toEqual([]);
    }
  });
});
