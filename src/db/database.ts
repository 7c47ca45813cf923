import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  Neo4jError,
  isInt,
} from 'neo4j-driver';
import { DatabaseError, ErrorCode } from '../errors.js';

/**
 * The only module that talks to neo4j-driver: sessions, read/write transactions with a timeout, Integer
 * conversion and error mapping. The data layer hands it Cypher and parameters and gets plain JS values back.
 */

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  connectTimeoutMs: number;
  /** Leave out to send no auth (the embedded Neo4j runs on loopback with auth off). */
  auth?: boolean;
}

/** Called once per database round trip (one transaction): lets a request count its queries. */
export type QueryObserver = (cypher: string, params: Params) => void;

/** Connections the driver may hold open to Neo4j. */
export const POOL_SIZE = 50;

export function createDriver(opts: DatabaseOptions): Driver {
  const auth = opts.auth === false ? undefined : neo4j.auth.basic(opts.username, opts.password);
  return neo4j.driver(opts.uri, auth, {
    // Fail fast when the server is away instead of retrying for the default 30 s.
    maxTransactionRetryTime: Math.min(2000, opts.queryTimeoutMs),
    connectionTimeout: opts.connectTimeoutMs,
    connectionAcquisitionTimeout: opts.connectTimeoutMs + 1000,
    maxConnectionPoolSize: POOL_SIZE,
    logging: { level: 'error', logger: () => undefined },
    userAgent: 'icat-kg/0.1',
  });
}

/** One round trip as the process-wide listeners see it (for metrics): how long it took and whether it failed. */
export interface RoundTrip {
  mode: 'READ' | 'WRITE';
  ms: number;
  ok: boolean;
}

/** What every Database over one driver shares: the listeners, and how many sessions are open right now. */
interface Shared {
  listeners: Array<(trip: RoundTrip) => void>;
  sessionsInUse: number;
  /** The timeout of `readLong` (ANALYTICS_QUERY_TIMEOUT_MS); the query timeout while unset. */
  longReadTimeoutMs?: number;
}

export class Database {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly queryTimeoutMs: number,
    private readonly observer?: QueryObserver,
    private readonly shared: Shared = { listeners: [], sessionsInUse: 0 },
  ) {}

  /**
   * The same connection pool, with an observer that sees every round trip (per request). An observer already
   * set stays and sees them too (a test can record the statements of a request that counts its own).
   */
  observe(observer: QueryObserver): Database {
    const outer = this.observer;
    const both: QueryObserver = outer
      ? (cypher, params) => {
          outer(cypher, params);
          observer(cypher, params);
        }
      : observer;
    return new Database(this.driver, this.database, this.queryTimeoutMs, both, this.shared);
  }

  /** Listens to every round trip of this database and of every observed copy of it. */
  onRoundTrip(listener: (trip: RoundTrip) => void): void {
    this.shared.listeners.push(listener);
  }

  /** Sessions open right now (each holds a pooled connection while its transaction runs). */
  get sessionsInUse(): number {
    return this.shared.sessionsInUse;
  }

  /**
   * One auto-commit statement: a read needs no BEGIN/COMMIT (a transaction function costs a second exchange with
   * the server per statement). A read changes nothing, so a retryable failure (a cluster member went away, a
   * leader switch) is run again as a transaction function, with the driver's retries and back-off.
   */
  async read<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readWithin(cypher, params, this.queryTimeoutMs);
  }

  /**
   * A read that may take longer than the query timeout: the whole-network projections of the analytics and
   * exports (one statement over every relation). Its timeout is `longReadTimeoutMs`.
   */
  async readLong<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.readWithin(cypher, params, this.longReadTimeoutMs);
  }

  private async readWithin<T extends Row>(cypher: string, params: Params, timeoutMs: number): Promise<T[]> {
    const p = toParams(params) as Params;
    const config = { timeout: timeoutMs };
    const result = await this.roundTrip(
      'READ',
      cypher,
      async (session) => {
        try {
          return await session.run(cypher, p, config);
        } catch (err) {
          if (!Neo4jError.isRetryable(err)) throw err;
          return session.executeRead((tx) => tx.run(cypher, p), config);
        }
      },
      params,
    );
    return toRows<T>(result);
  }

  /** The timeout of `readLong`, for this database and every observed copy of it. */
  get longReadTimeoutMs(): number {
    return this.shared.longReadTimeoutMs ?? this.queryTimeoutMs;
  }

  setLongReadTimeout(ms: number): void {
    this.shared.longReadTimeoutMs = ms;
  }

  async write<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run('WRITE', (tx) => tx.run(cypher, toParams(params) as Params), cypher, params).then((r) =>
      toRows<T>(r),
    );
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.roundTrip('WRITE', '<write transaction>', (session) =>
      session.executeWrite((tx) => work(new WriteTx(tx)), { timeout: timeoutMs ?? this.queryTimeoutMs }),
    );
  }

  /** A statement that must run in its own auto-commit transaction (schema changes). */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<void> {
    await this.roundTrip(
      'WRITE',
      cypher,
      (session) => session.run(cypher, toParams(params) as Params),
      params,
    );
  }

  /** Resolves when the server answers; throws DATABASE_UNAVAILABLE otherwise. */
  async ping(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.database });
    } catch (err) {
      throw mapError(err);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private run(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<QueryResult<RecordShape>>,
    cypher: string,
    params: Params,
  ): Promise<QueryResult<RecordShape>> {
    const config = { timeout: this.queryTimeoutMs };
    return this.roundTrip(
      mode,
      cypher,
      (session) => (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config)),
      params,
    );
  }

  /**
   * One session, one transaction: counted for the request's observer and the process's listeners, errors mapped.
   * Every session shares the driver's bookmark manager, so a read that follows a write (a seed, then queries)
   * sees it on any cluster member: causal consistency across sessions without passing bookmarks by hand.
   */
  private async roundTrip<T>(
    mode: 'READ' | 'WRITE',
    cypher: string,
    work: (session: Session) => Promise<T>,
    params: Params = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const started = performance.now();
    let ok = false;
    this.shared.sessionsInUse += 1;
    try {
      this.observer?.(cypher, params);
      const result = await work(session);
      ok = true;
      return result;
    } catch (err) {
      throw mapError(err);
    } finally {
      this.shared.sessionsInUse -= 1;
      await session.close();
      const trip: RoundTrip = { mode, ms: performance.now() - started, ok };
      for (const listener of this.shared.listeners) listener(trip);
    }
  }
}

export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** A write transaction handle that returns plain rows, and what the statements changed. */
export class WriteTx {
  readonly stats: WriteStats = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
  };
  constructor(private readonly tx: ManagedTransaction) {}
  async run<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    const result = await this.tx.run(cypher, toParams(params) as Params);
    const u = result.summary.counters.updates();
    this.stats.nodesCreated += u.nodesCreated;
    this.stats.nodesDeleted += u.nodesDeleted;
    this.stats.relationshipsCreated += u.relationshipsCreated;
    this.stats.relationshipsDeleted += u.relationshipsDeleted;
    return toRows<T>(result);
  }
}

/**
 * JS numbers reach Neo4j as floats; whole numbers are sent as Integers so LIMIT accepts them and stored years
 * and counts stay integers.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && !isInt(value)) {
    const out: Row = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}

function toRows<T extends Row>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toNative(record.get(key));
    return row as T;
  });
}

/** Driver Integers become numbers (strings if beyond 2^53); lists and maps are converted deeply. */
export function toNative(value: unknown): unknown {
  // Most values are strings and numbers: answered first (this runs for every value of every row).
  if (value === null || typeof value !== 'object') return value;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toNative);
  if ('properties' in value && 'labels' in value)
    return toNative((value as { properties: unknown }).properties);
  const out: Row = {};
  const map = value as Row;
  for (const k of Object.keys(map)) out[k] = toNative(map[k]);
  return out;
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
]);

/** Driver and server errors become DatabaseErrors when retryable or outage-like; anything else is rethrown. */
export function mapError(err: unknown): unknown {
  if (err instanceof DatabaseError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new DatabaseError(
        ErrorCode.DATABASE_UNAVAILABLE,
        'The database is unavailable; try again shortly.',
        {
          cause: err,
        },
      );
    }
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new DatabaseError(
        ErrorCode.DATABASE_TIMEOUT,
        'The query took longer than the configured limit.',
        {
          cause: err,
        },
      );
    }
  }
  return err;
}
