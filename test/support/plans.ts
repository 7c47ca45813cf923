import { afterAll, beforeAll } from '@jest/globals';
import { toParams, type Database, type Params } from '../../src/db/database.js';
import { startTestApi, type TestApi } from './api.js';
import { testDatabase } from './db.js';

/** The plan-checking tests' common parts: an API whose database records every statement, and EXPLAIN. */

export interface Recorded {
  cypher: string;
  params: Params;
}

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** An operator's name without its runtime suffix (`NodeIndexSeek@neo4j` → `NodeIndexSeek`). */
export const operatorName = (plan: PlanNode): string => plan.operatorType.replace(/@.*$/, '');

/**
 * A test API (started before the file's tests, closed after them) whose database records every statement it
 * sends in `recorded`; `db` is that database, for EXPLAIN.
 */
export function recordingApi(): { readonly db: Database; readonly api: TestApi; recorded: Recorded[] } {
  const recorded: Recorded[] = [];
  const state = { db: undefined as Database | undefined, api: undefined as TestApi | undefined };
  beforeAll(async () => {
    state.db = testDatabase();
    state.api = await startTestApi({
      db: state.db.observe((cypher, params) => recorded.push({ cypher, params })),
    });
  });
  afterAll(async () => {
    await state.api?.close();
    await state.db?.close();
  });
  return {
    get db() {
      if (!state.db) throw new Error('recordingApi: used before beforeAll');
      return state.db;
    },
    get api() {
      if (!state.api) throw new Error('recordingApi: used before beforeAll');
      return state.api;
    },
    recorded,
  };
}

/** The plan Neo4j would run for a recorded statement (EXPLAIN: planned, not executed). */
export async function explainPlan(db: Database, statement: Recorded): Promise<PlanNode> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run(`EXPLAIN ${statement.cypher}`, toParams(statement.params) as Params);
    if (result.summary.plan === false) throw new Error('no plan');
    return result.summary.plan as PlanNode;
  } finally {
    await session.close();
  }
}
