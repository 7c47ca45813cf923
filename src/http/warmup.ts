import type { ApolloServer } from '@apollo/server';
import pLimit from 'p-limit';
import { Kind } from 'graphql';
import { createContext, type Context, type ContextOptions } from '../context.js';
import type { Database } from '../db/database.js';
import { ExpectedFailure } from '../errors.js';
import {
  parameterSizeBucket,
  prepareForReplanning,
  warmupSample,
  type WarmupSample,
} from '../graph/warmup.js';
import { survivorsOf } from '../graph/merged.js';
import type { Logger } from '../log.js';
import { readOperations, type OperationFile } from './operations.js';

/**
 * Start-up warm-up: before "Ready", the API answers the shipped operations marked hot (`# @hot` in a
 * file under operations/: the pages', the benchmark's and the warm-up's own documents) itself, through its own
 * Apollo (no HTTP) and with the server's context settings, on ids taken from the live graph. The first analyst
 * question then finds Neo4j's query plans compiled, its page cache holding the pages those questions touch, and
 * Node's and the JVM's hot paths compiled. The statement each root field runs depends on the selection, so
 * warming is done per GraphQL document, not per Cypher string. Neo4j caches a plan per statement text AND per
 * length bucket of each string or list parameter (graph/warmup.ts), so after every document has run once, the
 * documents run again with ids (and search texts) of the other buckets: a plan missed there is a plan compiled by
 * the first real request. Bounded in time; a failure is logged and never stops the start.
 */

export interface WarmupOperation {
  name: string;
  query: string;
  /** Variables from the sample; null when the graph has nothing to ask it about (then it is skipped). */
  variables: (s: WarmupSample) => Record<string, unknown> | null;
  /** More variables whose strings fall in other parameter-size buckets than `variables`' (each another plan). */
  variants?: (s: WarmupSample) => Array<Record<string, unknown>>;
}

/**
 * Path ends of every pair of id-length buckets the graph has, but the main variables' pair; and a path from an
 * entity to itself per bucket (a statement of its own).
 */
function otherPairs(s: WarmupSample): Array<{ from: string; to: string }> {
  const key = (from: string, to: string) =>
    `${parameterSizeBucket(from.length)}:${parameterSizeBucket(to.length)}`;
  const seen = new Set<string>();
  if (s.organisation && s.farEntity) seen.add(key(s.organisation, s.farEntity));
  const ends = s.starts.map((x) => x.organisation).concat(s.starts.flatMap((x) => x.far));
  const pairs: Array<{ from: string; to: string }> = s.starts.map((x) => ({
    from: x.organisation,
    to: x.organisation,
  }));
  for (const start of s.starts) {
    for (const to of [...start.far, ...ends]) {
      if (to === start.organisation || seen.has(key(start.organisation, to))) continue;
      seen.add(key(start.organisation, to));
      pairs.push({ from: start.organisation, to });
    }
  }
  return pairs;
}

/**
 * Search texts beside the sample's word and phrase: the word cut to 3 to 7 letters. A short word is searched with
 * other parameters than a long one (fewer fuzzy edits, no acronym probe), each another plan.
 */
function otherSearches(s: WarmupSample): string[] {
  const word = s.searchText ?? '';
  const cuts = [3, 4, 5, 6, 7].filter((n) => n < [...word].length).map((n) => [...word].slice(0, n).join(''));
  return [...new Set([...s.searchTexts.slice(1), ...cuts])].filter((t) => t !== word);
}

/**
 * What a hot document's variables are bound to, by name (CONTRIBUTING, "Operations"): `$id` an entity id of each
 * id-length bucket, `$from`/`$to` path ends of each pair of buckets (and an entity to itself), `$q` search texts
 * of each kind (a word, cut short, and a phrase), `$year` a year the graph has relations in. Values in the `# @hot {…}` line come first; any other variable must be
 * nullable or have a default (it is left out).
 */
const BOUND: Record<string, { main: (s: WarmupSample) => unknown; others: (s: WarmupSample) => unknown[] }> =
  {
    id: { main: (s) => s.organisation, others: (s) => s.starts.slice(1).map((x) => x.organisation) },
    q: { main: (s) => s.searchText, others: otherSearches },
    year: { main: (s) => s.year, others: () => [] },
  };

/** A hot document the warm-up cannot run (a shipped file to fix): stops the start with what to change. */
export class HotOperationError extends ExpectedFailure {
  override name = 'HotOperationError';
}

/** The warm-up operation of a hot document: its variables bound from the sample as `BOUND` says. */
export function hotOperation(op: OperationFile): WarmupOperation {
  const marker = op.annotations.find((a) => a.tag === 'hot');
  if (!marker) throw new HotOperationError(`operations/${op.file} is not marked \`# @hot\``);
  let fixed: Record<string, unknown> = {};
  if (marker.value !== '') {
    try {
      fixed = JSON.parse(marker.value) as Record<string, unknown>;
    } catch {
      throw new HotOperationError(
        `operations/${op.file}: \`# @hot ${marker.value}\` is not a JSON object of variables (write \`# @hot {"depth": 1}\`)`,
      );
    }
    if (fixed === null || typeof fixed !== 'object' || Array.isArray(fixed))
      throw new HotOperationError(`operations/${op.file}: \`# @hot\` takes a JSON object of variables`);
  }
  const names = (op.operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
  const unknown = Object.keys(fixed).filter((k) => !names.includes(k));
  if (unknown.length > 0)
    throw new HotOperationError(
      `operations/${op.file}: \`# @hot\` gives $${unknown.join(', $')}, which the operation does not declare`,
    );
  const pair = names.includes('from') && names.includes('to') && !('from' in fixed) && !('to' in fixed);
  const bound: string[] = [];
  for (const v of op.operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (name in fixed || (pair && (name === 'from' || name === 'to'))) continue;
    if (BOUND[name]) bound.push(name);
    else if (v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      throw new HotOperationError(
        `operations/${op.file}: the warm-up has no value for $${name}: give one in its \`# @hot {"${name}": …}\` line (it binds only $id, $from/$to, $q and $year by itself)`,
      );
  }
  const main = (s: WarmupSample): Record<string, unknown> | null => {
    const vars: Record<string, unknown> = { ...fixed };
    if (pair) {
      if (!s.organisation || !s.farEntity) return null;
      vars.from = s.organisation;
      vars.to = s.farEntity;
    }
    for (const name of bound) {
      const value = BOUND[name]!.main(s);
      if (value === null || value === undefined) return null;
      vars[name] = value;
    }
    return vars;
  };
  return {
    name: op.name,
    query: op.document,
    variables: main,
    variants: (s) => {
      const base = main(s);
      if (!base) return [];
      return [
        ...(pair ? otherPairs(s).map((p) => ({ ...base, ...p })) : []),
        ...bound.flatMap((name) => BOUND[name]!.others(s).map((value) => ({ ...base, [name]: value }))),
      ];
    },
  };
}

/** The documents marked hot under operations/, as warm-up operations, in the order of their files. */
export function hotOperations(): WarmupOperation[] {
  return readOperations()
    .filter((op) => op.annotations.some((a) => a.tag === 'hot'))
    .map(hotOperation);
}

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
  /** The server's context settings (`createContext`'s options): the warm-up runs the statements the server runs. */
  context?: ContextOptions;
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
  // Read when the warm-up runs: a hot file it cannot use is a failure it reports, never one that stops the start.
  let operations: readonly WarmupOperation[] = [];
  try {
    operations = opts.operations ?? hotOperations();
  } catch (err) {
    result.failed.push({ name: 'operations/', error: message(err) });
  }
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
        { contextValue: createContext(opts.db, opts.context) },
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
  // A read that finds nothing asks whether its ids were merged (graph/merged.ts, one statement): entity, node
  // and neighbourhood with one id, path with its two ends (another parameter-size bucket). Both are warmed, so a
  // first request between entities with no path between them finds its plan.
  if (sample?.organisation && left() > 0) {
    const ends = [sample.organisation, sample.farEntity ?? sample.organisation];
    await Promise.all([survivorsOf(opts.db, [sample.organisation]), survivorsOf(opts.db, ends)]).catch(
      (err: unknown) => result.failed.push({ name: 'merged-id look-ups', error: message(err) }),
    );
  }
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
