import type { ProfiledPlan } from 'neo4j-driver';

/** The database hits of a profiled plan: its own and every child's, as PROFILE's total counts them. */
export function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);
}
