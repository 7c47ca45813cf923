/**
 * Results per dataset version, and the last answer of each key across versions.
 *
 * - A re-seed writes a new version: the old version's entries are dropped from the current table, but each
 *   key's last completed answer is kept, so a caller that accepts it (`stale`) is answered at once, told which
 *   version it is, while the new version's answer computes.
 * - Two concurrent requests for the same version and key share one computation (the promise is kept).
 * - One computation per key at a time: a new version's computation of a key starts once the old version's
 *   computation of that key (if one is still running) has ended, so a re-seed never doubles the work in flight.
 * - A computation that fails is forgotten: the next request computes again.
 */

export interface CacheStats {
  /** Computations started (misses). */
  computed: number;
  /** Requests answered by a cached or in-flight computation. */
  shared: number;
  /** Requests answered with the last answer of an older version while the current one computed. */
  stale: number;
}

export interface CacheOptions {
  /** Most results kept for the current version (and most last answers); the least recently used go first. Default 256. */
  maxEntries?: number;
}

/** An answer and the dataset version it was computed for. */
export interface Served<T> {
  value: T;
  version: string | null;
}

interface Entry {
  promise: Promise<unknown>;
  settled: boolean;
}

export class AnalyticsCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Entry>();
  /** Per key: the last answer that completed, with its version. */
  private readonly last = new Map<string, Served<unknown>>();
  /** Per key: the computation running now, of whatever version. */
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly maxEntries: number;
  readonly stats: CacheStats = { computed: 0, shared: 0, stale: 0 };

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 256;
  }

  /** The current version's answer (computed if need be). `version` null: computed every time, never cached. */
  async get<T>(version: string | null, key: string, compute: () => Promise<T>): Promise<T> {
    return (await this.serve(version, key, compute, false)).value;
  }

  /**
   * With `stale`, the last answer of an older version when the current one is not ready yet (its computation is
   * started or continues in the background); otherwise, or when there is no older answer, the current one.
   */
  serve<T>(
    version: string | null,
    key: string,
    compute: () => Promise<T>,
    stale: boolean,
  ): Promise<Served<T>> {
    if (version === null) {
      this.stats.computed += 1;
      return compute().then((value) => ({ value, version }));
    }
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    let entry = this.entries.get(key);
    if (entry) {
      this.stats.shared += 1;
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      this.stats.computed += 1;
      entry = this.start(version, key, compute);
    }
    const previous = this.last.get(key);
    if (stale && !entry.settled && previous && previous.version !== version) {
      this.stats.stale += 1;
      return Promise.resolve(previous as Served<T>);
    }
    return entry.promise.then((value) => ({ value: value as T, version }));
  }

  private start<T>(version: string, key: string, compute: () => Promise<T>): Entry {
    const before = this.running.get(key);
    const promise: Promise<T> = before ? before.then(compute, compute) : compute();
    const entry: Entry = { promise, settled: false };
    this.entries.set(key, entry);
    this.running.set(key, promise);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const done = () => {
      entry.settled = true;
      if (this.running.get(key) === promise) this.running.delete(key);
    };
    promise.then(
      (value) => {
        done();
        this.last.delete(key);
        this.last.set(key, { value, version });
        if (this.last.size > this.maxEntries) this.last.delete(this.last.keys().next().value as string);
      },
      () => {
        done();
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry;
  }

  /** Entries held now for the current version (for tests and the bench). */
  get size(): number {
    return this.entries.size;
  }
}
