import { badInput } from '../errors.js';
import { QUERY_BOUNDS } from '../model/bounds.js';

/**
 * Argument checks, run before any query is built. Each error names the argument and the bound. The bounds are
 * the model's (the data layer guards with the same ones); argument defaults come from the SDL (see paging.ts).
 */

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
  if (id.length > QUERY_BOUNDS.maxIdLength)
    throw badInput(argument, `must be at most ${QUERY_BOUNDS.maxIdLength} characters`);
  return id;
}

export function checkText(argument: string, value: string, max: number): string {
  if (value.trim().length === 0) throw badInput(argument, 'must not be empty or blank');
  if (value.length > max) throw badInput(argument, `must be at most ${max} characters; got ${value.length}`);
  return value;
}

export function checkYear(argument: string, value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const { minYear, maxYear } = QUERY_BOUNDS;
  if (!Number.isInteger(value) || value < minYear || value > maxYear)
    throw badInput(argument, `must be a year from ${minYear} to ${maxYear}; got ${value}`);
  return value;
}
