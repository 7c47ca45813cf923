/**
 * How much one query may ask for. The resolvers check arguments against these bounds (with messages naming the
 * argument); the data layer guards with the same numbers, so the two cannot drift apart.
 */
export const QUERY_BOUNDS = {
  maxFirst: 100,
  maxNeighbourhoodFirst: 200,
  maxSearchFirst: 50,
  maxHops: 6,
  maxDepth: 3,
  maxSearchLength: 200,
  maxIdLength: 200,
  maxNameFilterLength: 200,
  /** Unpaged convenience lists (members, participants…) return at most this many items. */
  maxListItems: 500,
  minYear: 1900,
  maxYear: 2100,
} as const;
