import { badInput } from './errors.js';

/** Argument limits, checked before any query is built. Each error names the argument and the limit. */

export const LIMITS = {
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
} as const;

export function checkFirst(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0)
    throw badInput(argument, `must be an integer from 0 to ${max}; got ${v}`);
  if (v > max) throw badInput(argument, `must be at most ${max}; got ${v}`);
  return v;
}

export function checkRange(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max)
    throw badInput(argument, `must be an integer from ${min} to ${max}; got ${v}`);
  return v;
}

export function checkId(argument: string, id: string): string {
  if (id.length === 0) throw badInput(argument, 'must not be empty');
  if (id.length > LIMITS.maxIdLength)
    throw badInput(argument, `must be at most ${LIMITS.maxIdLength} characters`);
  return id;
}

export function checkText(argument: string, value: string, max: number): string {
  if (value.trim().length === 0) throw badInput(argument, 'must not be empty or blank');
  if (value.length > max) throw badInput(argument, `must be at most ${max} characters; got ${value.length}`);
  return value;
}

export function checkYear(argument: string, value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1900 || value > 2100)
    throw badInput(argument, `must be a year from 1900 to 2100; got ${value}`);
  return value;
}
