import type { ApolloServer } from '@apollo/server';
import pLimit from 'p-limit';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import {
  parameterSizeBucket,
  prepareForReplanning,
  warmupSample,
  type WarmupSample,
} from '../graph/warmup.js';
import type { Logger } from '../log.js';

/**
 * Start-up warm-up: before "Ready", the API answers a representative set of GraphQL operations itself (through
 * its own Apollo, no HTTP), on ids taken from the live graph. The first analyst question then finds Neo4j's
 * query plans compiled, its page cache holding the pages those questions touch, and Node's and the JVM's hot
 * paths compiled. The operations are the benchmark's (bench/ops.ts) and the cookbook's hot shapes; the
 * statement each root field runs depends on the selection, so warming is done per GraphQL shape, not per
 * Cypher string. Neo4j caches a plan per statement text AND per length bucket of each string or list parameter
 * (graph/warmup.ts), so after every shape has run once, the shapes run again with ids (and search texts) of the
 * other buckets: a plan missed there is a plan compiled by the first real request. Bounded in time; a failure is
 * logged and never stops the start.
 */

export interface WarmupOperation {
  name: string;
  query: string;
  /** Variables from the sample; null when the graph has nothing to ask it about (then it is skipped). */
  variables: (s: WarmupSample) => Record<string, unknown> | null;
  /** More variables whose strings fall in other parameter-size buckets than `variables`' (each another plan). */
  variants?: (s: WarmupSample) => Array<Record<string, unknown>>;
}

/** The other starts' ids (one per id-length bucket), as `key`. */
const otherStarts =
  (key: string) =>
  (s: WarmupSample): Array<Record<string, unknown>> =>
    s.starts.slice(1).map((x) => ({ [key]: x.organisation }));

/** Path ends of every pair of id-length buckets the graph has, but the main variables' pair. */
function otherPairs(s: WarmupSample): Array<Record<string, unknown>> {
  const key = (from: string, to: string) =>
    `${parameterSizeBucket(from.length)}:${parameterSizeBucket(to.length)}`;
  const seen = new Set<string>();
  if (s.organisation && s.farEntity) seen.add(key(s.organisation, s.farEntity));
  const ends = s.starts.map((x) => x.organisation).concat(s.starts.flatMap((x) => x.far));
  const pairs: Array<Record<string, unknown>> = [];
  for (const start of s.starts) {
    for (const to of [...start.far, ...ends]) {
      if (to === start.organisation || seen.has(key(start.organisation, to))) continue;
      seen.add(key(start.organisation, to));
      pairs.push({ from: start.organisation, to });
    }
  }
  return pairs;
}

const entityShape = `id name type otherNames description
    evidence { id section excerpt source url }`;

export const WARMUP_OPERATIONS: readonly WarmupOperation[] = [
  {
    name: 'WarmupEntity',
    query: `query WarmupEntity($id: ID!) {
  entity(id: $id) {
    ${entityShape}
    ... on Organisation {
      acronym classification
      members { id name }
      memberOf { id name }
      partners { id name }
      people { role person { id name } }
      events { relationType role event { id name } }
    }
  }
}`,
    variables: (s) => (s.organisation ? { id: s.organisation } : null),
    variants: otherStarts('id'),
  },
  // The compiled entity statement depends on what the selection loads (evidence, degree, which relation slices),
  // not on its scalars: an entity with its evidence alone, the most common first question, is a statement of its own.
  {
    name: 'WarmupEntityEvidence',
    query: `query WarmupEntityEvidence($id: ID!) {
  entity(id: $id) { ${entityShape} }
}`,
    variables: (s) => (s.organisation ? { id: s.organisation } : null),
    variants: otherStarts('id'),
  },
  {
    name: 'WarmupEntityAround',
    query: `query WarmupEntityAround($id: ID!) {
  entity(id: $id) {
    ${entityShape}
    degree
    relations(first: 20) {
      totalCount
      edges { cursor node { id type direction year role status assertion other { id name type } evidence { id section excerpt } } }
      pageInfo { hasNextPage endCursor }
    }
  }
  neighbourhood(id: $id, depth: 1, first: 50) {
    center { id name type }
    totalNodes
    nodes { distance entity { id name type } }
    edges { id type year from { id } to { id } evidence { id section excerpt } }
  }
}`,
    variables: (s) => (s.organisation ? { id: s.organisation } : null),
    variants: otherStarts('id'),
  },
  {
    name: 'WarmupNeighbourhood',
    query: `query WarmupNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, first: 50) {
    totalNodes
    nodes { distance entity { id name type } }
    edges { id type from { id } to { id } evidence { id excerpt } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: (s) => (s.organisation ? { id: s.organisation } : null),
    variants: otherStarts('id'),
  },
  {
    name: 'WarmupPath',
    query: `query WarmupPath($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    entities { id name type }
    steps { direction relation { id type year evidence { id excerpt } } entity { id name } }
  }
}`,
    variables: (s) => (s.organisation && s.farEntity ? { from: s.organisation, to: s.farEntity } : null),
    variants: otherPairs,
  },
  // The compiled statement depends on the selection: the same two fields without evidence are another plan.
  {
    name: 'WarmupNeighbourhoodPlain',
    query: `query WarmupNeighbourhoodPlain($id: ID!) {
  neighbourhood(id: $id, depth: 2, first: 50) {
    totalNodes
    nodes { distance entity { id name type } }
    edges { id type from { id } to { id } }
  }
}`,
    variables: (s) => (s.organisation ? { id: s.organisation } : null),
    variants: otherStarts('id'),
  },
  {
    name: 'WarmupPathPlain',
    query: `query WarmupPathPlain($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    entities { id name type }
    steps { direction relation { id type year } }
  }
}`,
    variables: (s) => (s.organisation && s.farEntity ? { from: s.organisation, to: s.farEntity } : null),
    variants: otherPairs,
  },
  {
    name: 'WarmupSearch',
    query: `query WarmupSearch($q: String!) {
  search(query: $q, first: 10) { score matched entity { id name type } }
}`,
    variables: (s) => (s.searchText ? { q: s.searchText } : null),
    variants: (s) => s.searchTexts.slice(1).map((q) => ({ q })),
  },
  {
    name: 'WarmupConnections',
    query: `query WarmupConnections {
  organisations(first: 20, where: { classification: [UN_ENTITY] }) {
    totalCount
    edges { cursor node { id name acronym classification } }
    pageInfo { hasNextPage endCursor }
  }
  people(first: 20) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } }
  events(first: 20) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`,
    variables: () => ({}),
  },
  {
    name: 'WarmupNetwork',
    query: `query WarmupNetwork($year: Int) {
  network(relationTypes: [CO_CHAIRED, COORDINATES], year: $year) {
    nodes { id label type degree }
    edges { id source target type year status }
  }
}`,
    variables: (s) => ({ year: s.year }),
  },
];

/** Warm-up operations run at once. */
const WARMUP_CONCURRENCY = 2;

export interface WarmupResult {
  /** Operations that answered without errors, with their time in ms (first pass). */
  warmed: Array<{ name: string; ms: number }>;
  /** Passes over the operations: a second one, when the budget allows, runs the now-compiled code paths. */
  passes: number;
  /** Runs with the variables of other parameter-size buckets (`WarmupOperation.variants`) that answered. */
  variants: number;
  /** Operations that answered with errors or failed (logged, never thrown). */
  failed: Array<{ name: string; error: string }>;
  /** Operations not run: nothing in the graph to ask them about, or the budget was spent. */
  skipped: string[];
  ms: number;
}

export interface WarmupOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  /** Total time allowed; what is left when it runs out is skipped. 0 runs nothing. */
  budgetMs: number;
  operations?: readonly WarmupOperation[];
}

/** Runs the operations, two at a time, within the budget, then their parameter-size variants; never throws. */
export async function warmUp(opts: WarmupOptions): Promise<WarmupResult> {
  const started = performance.now();
  const result: WarmupResult = {
    warmed: [],
    failed: [],
    skipped: [],
    passes: 0,
    variants: 0,
    ms: 0,
  };
  const operations = opts.operations ?? WARMUP_OPERATIONS;
  const left = () => opts.budgetMs - (performance.now() - started);
  let sample: WarmupSample | null = null;
  if (opts.budgetMs > 0) {
    try {
      await within(prepareForReplanning(opts.db, left() / 1000), left());
    } catch (err) {
      result.failed.push({ name: 'db.prepareForReplanning', error: message(err) });
    }
    try {
      sample = await within(warmupSample(opts.db), left());
    } catch (err) {
      result.failed.push({ name: 'sample', error: message(err) });
    }
  }
  const run = async (op: WarmupOperation, variables: Record<string, unknown>) => {
    const res = await within(
      opts.apollo.executeOperation(
        { query: op.query, variables, operationName: op.name },
        { contextValue: createContext(opts.db) },
      ),
      left(),
    );
    const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
    if (errors && errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  };
  // An operation's variables (and variants below) come from the sample; a failure there is the operation's.
  const attempt = <T>(name: string, make: () => T, otherwise: T): T => {
    try {
      return make();
    } catch (err) {
      result.failed.push({ name, error: message(err) });
      return otherwise;
    }
  };
  const planned = operations.map((op) => ({
    op,
    variables: sample ? attempt(op.name, () => op.variables(sample!), null) : null,
  }));
  // Two at a time: Neo4j plans one statement on one core, and Node mostly waits; a fresh JVM's planning is the cost.
  const limit = pLimit(WARMUP_CONCURRENCY);
  const first = await Promise.all(
    planned.map(({ op, variables }) =>
      limit(async (): Promise<{ ms: number } | { error: string } | null> => {
        if (variables === null || left() <= 0) return null;
        const t = performance.now();
        try {
          await run(op, variables);
          return { ms: Math.round(performance.now() - t) };
        } catch (err) {
          return { error: message(err) };
        }
      }),
    ),
  );
  // Reported in the operations' order, whatever order they finished in.
  const ready: Array<{ op: WarmupOperation; variables: Record<string, unknown> }> = [];
  planned.forEach(({ op, variables }, i) => {
    const r = first[i];
    if (!r || variables === null) {
      if (!result.failed.some((f) => f.name === op.name)) result.skipped.push(op.name);
    } else if ('error' in r) result.failed.push({ name: op.name, error: r.error });
    else {
      result.warmed.push({ name: op.name, ms: r.ms });
      ready.push({ op, variables });
    }
  });
  if (ready.length > 0) result.passes = 1;
  // The other parameter-size buckets (each another plan), after every shape has run once; failures are logged.
  const variants = ready.flatMap(({ op }) =>
    (sample && op.variants ? attempt(`${op.name} variants`, () => op.variants!(sample!), []) : []).map(
      (variables) => ({ op, variables }),
    ),
  );
  await Promise.all(
    variants.map(({ op, variables }) =>
      limit(async () => {
        if (left() <= 0) return;
        try {
          await run(op, variables);
          result.variants += 1;
        } catch (err) {
          result.failed.push({ name: `${op.name} ${JSON.stringify(variables)}`, error: message(err) });
        }
      }),
    ),
  );
  // The second pass only while there is time left for all of it; its failures are the first pass's.
  const firstPassMs = result.warmed.reduce((s, w) => s + w.ms, 0) / WARMUP_CONCURRENCY;
  if (ready.length > 0 && left() > firstPassMs) {
    await Promise.all(
      ready.map(({ op, variables }) => limit(() => run(op, variables).catch(() => undefined))),
    );
    result.passes = 2;
  }
  result.ms = Math.round(performance.now() - started);
  for (const f of result.failed) opts.logger.warn({ operation: f.name, error: f.error }, 'warm-up: failed');
  opts.logger.info(
    {
      ms: result.ms,
      passes: result.passes,
      variants: result.variants,
      warmed: result.warmed,
      skipped: result.skipped,
      failed: result.failed.length,
    },
    'warm-up done',
  );
  return result;
}

/** One line for the start-up output. */
export function describeWarmup(r: WarmupResult): string {
  const parts = [
    `${r.warmed.length} operations in ${r.ms} ms, ${r.passes} pass${r.passes === 1 ? '' : 'es'}, ${r.variants} parameter-size variants (${r.warmed.map((w) => `${w.name} ${w.ms} ms`).join(', ') || 'none'})`,
  ];
  if (r.failed.length > 0) parts.push(`failed: ${r.failed.map((f) => f.name).join(', ')}`);
  if (r.skipped.length > 0) parts.push(`skipped: ${r.skipped.join(', ')}`);
  return `Warm-up done: ${parts.join('; ')}`;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The promise, or a rejection once `ms` have passed (the work itself is left to finish on its own). */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`warm-up budget spent (${Math.round(ms)} ms left)`)),
      Math.max(0, ms),
    );
    timer.unref();
  });
  // A late failure of abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
