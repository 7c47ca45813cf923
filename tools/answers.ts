import { AssertionError, deepStrictEqual } from 'node:assert/strict';

/**
 * The full-answer check of the benchmark: icat-kg's GraphQL `data` and the floor's JSON must be equal as JSON
 * values — every key, every value, every list in the same order; only the order of keys inside an object is
 * free (GraphQL follows the selection, the floor its map literal). null when equal, else a readable diff.
 */
export function answerDiff(icat: unknown, floor: unknown, maxChars = 4000): string | null {
  try {
    deepStrictEqual(canonical(floor), canonical(icat));
    return null;
  } catch (err) {
    if (!(err instanceof AssertionError)) throw err;
    const text = err.message.replace(/^Expected values to be strictly deep-equal:\n/, '');
    return text.length > maxChars
      ? `${text.slice(0, maxChars)}\n… (${text.length - maxChars} more characters)`
      : text;
  }
}

/** The same JSON value with every object's keys sorted (lists keep their order). */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}
