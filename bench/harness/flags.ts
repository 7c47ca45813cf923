/**
 * The one command-line parser of the benchmarks: `--name=value` flags, bare `--name` switches, and positional
 * words. A value that should be a number and is not fails with the flag's name, before anything starts.
 */
/** A flag the command cannot use: its message says which and what it takes (no stack trace is needed). */
export class FlagError extends Error {
  override name = 'FlagError';
}

export interface Flags {
  /** The value after `--name=` (everything after the first `=`), or `fallback`. */
  string(name: string): string | undefined;
  string(name: string, fallback: string): string;
  /** A finite number; throws `--name must be a number, got …` otherwise. */
  number(name: string, fallback: number): number;
  /** Comma-separated values (`--sizes=seed,1000`). */
  list(name: string, fallback: readonly string[]): string[];
  /** `--name` given bare (`--quick`), or `--name=value` naming it (`--only=projection`: `has('only=projection')`). */
  has(name: string): boolean;
  /** The words that are not flags, in order. */
  readonly positional: readonly string[];
  /** The arguments as given, for the run's header line. */
  readonly raw: readonly string[];
}

export function parseFlags(argv: readonly string[] = process.argv.slice(2)): Flags {
  const value = (name: string): string | undefined => {
    const prefix = `--${name}=`;
    return argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
  };
  function string(name: string): string | undefined;
  function string(name: string, fallback: string): string;
  function string(name: string, fallback?: string): string | undefined {
    return value(name) ?? fallback;
  }
  return {
    string,
    number(name, fallback) {
      const v = value(name);
      if (v === undefined) return fallback;
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n))
        throw new FlagError(`--${name} must be a number, got "${v}"`);
      return n;
    },
    list(name, fallback) {
      const v = value(name);
      return v === undefined ? [...fallback] : v.split(',').filter((s) => s !== '');
    },
    has: (name) => argv.includes(`--${name}`),
    positional: argv.filter((a) => !a.startsWith('--')),
    raw: argv,
  };
}
