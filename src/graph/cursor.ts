import { badInput } from '../errors.js';

/** Opaque, stable cursors: base64url of a small JSON tuple, tagged with what they page through. */

export function encodeCursor(tag: string, values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify([tag, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(
  argument: string,
  tag: string,
  cursor: string,
  arity: number,
): Array<string | number> {
  const malformed = () =>
    badInput(
      argument,
      'malformed cursor; pass an endCursor or cursor value returned by this same field and order',
    );
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity + 1 ||
    parsed[0] !== tag ||
    !parsed.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw malformed();
  }
  return parsed.slice(1) as Array<string | number>;
}
