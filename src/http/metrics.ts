import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';

/**
 * Prometheus metrics (prom-client), one registry per app so that several apps in one process (tests) stay apart.
 * Labels carry only what the server chose or bounded: the operation name when it is a plain GraphQL name (else
 * "invalid"), at most MAX_OPERATIONS distinct ones (then "other"), and the outcome. Never variables, ids or text.
 */

const MAX_OPERATIONS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The heap in use just after the last full (mark-compact) collection: the live set. Sampled heap use rises and
 * falls with garbage not yet collected, and between full collections the old space fills with promoted garbage
 * for minutes, so a leak shows plainly only in this figure. One observer per process (the fact is the process's).
 */
let heapAfterFullGc = Number.NaN;
let gcObserver: PerformanceObserver | undefined;
function observeFullCollections(): void {
  if (gcObserver) return;
  gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // `detail` of a 'gc' entry: { kind, flags } (Node 16+); not in every @types/node's PerformanceEntry.
      const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } | null };
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        heapAfterFullGc = getHeapStatistics().used_heap_size;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
}

export interface Metrics {
  registry: Registry;
  /** One GraphQL operation answered. */
  operation(name: string | null, outcome: 'ok' | 'error', seconds: number, roundTrips: number): void;
  /** The text format, ready to serve. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

export function createMetrics(db: Database, opts: { poolSize: number; pingTimeoutMs?: number }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'icat_' });

  const requests = new Counter({
    name: 'icat_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'icat_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const trips = new Histogram({
    name: 'icat_graphql_operation_db_round_trips',
    help: 'Database round trips one GraphQL operation made.',
    buckets: [0, 1, 2, 3, 4, 6, 8, 12],
    registers: [registry],
  });
  const dbTime = new Histogram({
    name: 'icat_db_round_trip_duration_seconds',
    help: 'Time of one database round trip (a session and its transaction), by access mode and outcome.',
    labelNames: ['mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'icat_db_sessions_in_use',
    help: 'Database sessions open right now; each holds a pooled connection while its transaction runs.',
    registers: [registry],
    collect() {
      this.set(db.sessionsInUse);
    },
  });
  new Gauge({
    name: 'icat_db_pool_max_connections',
    help: 'The driver connection pool size (idle connections are not exposed by the driver).',
    registers: [registry],
    collect() {
      this.set(opts.poolSize);
    },
  });
  observeFullCollections();
  new Gauge({
    name: 'icat_nodejs_heap_after_full_gc_bytes',
    help: 'Heap in use just after the last full (mark-compact) garbage collection: the live set; NaN before the first.',
    registers: [registry],
    collect() {
      this.set(heapAfterFullGc);
    },
  });
  const pingTimeoutMs = opts.pingTimeoutMs ?? 1000;
  new Gauge({
    name: 'icat_neo4j_up',
    help: '1 when Neo4j answered a ping during this scrape, else 0.',
    registers: [registry],
    async collect() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timed out')), pingTimeoutMs);
      });
      try {
        await Promise.race([db.ping(), timeout]);
        this.set(1);
      } catch {
        this.set(0);
      } finally {
        clearTimeout(timer);
      }
    },
  });

  db.onRoundTrip((trip) =>
    dbTime.observe({ mode: trip.mode, outcome: trip.ok ? 'ok' : 'error' }, trip.ms / 1000),
  );

  const seen = new Set<string>();
  const label = (name: string | null): string => {
    if (name === null) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATIONS) return 'other';
    seen.add(name);
    return name;
  };

  return {
    registry,
    operation(name, outcome, seconds, roundTrips) {
      const labels = { operation: label(name), outcome };
      requests.inc(labels);
      latency.observe(labels, seconds);
      trips.observe(roundTrips);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
