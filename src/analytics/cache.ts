/**
 * Results per dataset version: a re-seed writes a new version and drops every entry of the old one; two
 * concurrent requests for the same key share one computation (the promise is cached); a computation that
 * fails is forgotten, so the next request computes again.
 */

export interface CacheStats {
  /** Computations started (misses). */
  computed: number;
  /** Requests answered by a cached or in-flight computation. */
  shared: number;
}

export interface CacheOptions {
  /** Most results kept for the current version; the least recently used go first. Default 256. */
  maxEntries?: number;
}

export class AnalyticsCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly maxEntries: number;
  readonly stats: CacheStats = { computed: 0, shared: 0 };

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 256;
  }

  /** `version` null (a graph without a recorded version): computed every time, never cached. */
  get<T>(version: string | null, key: string, compute: () => Promise<T>): Promise<T> {
    if (version === null) {
      this.stats.computed += 1;
      return compute();
    }
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.shared += 1;
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    this.stats.computed += 1;
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return pending;
  }

  /** Entries held now (for tests and the bench). */
  get size(): number {
    return this.entries.size;
  }
}
