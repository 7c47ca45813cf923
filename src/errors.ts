import { GraphQLError } from 'graphql';

/** The error codes a client can see. Everything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  ANALYTICS_TIMEOUT: 'ANALYTICS_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** No credentials where they are needed, or credentials that are not valid: HTTP 401. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Valid credentials that do not allow this: HTTP 403. */
  FORBIDDEN: 'FORBIDDEN',
  /** The identity provider's keys are out of reach, so a token cannot be checked: HTTP 503. */
  IDENTITY_PROVIDER_UNAVAILABLE: 'IDENTITY_PROVIDER_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: argument },
  });
}

/** A refused request (authentication or authorization), with what to do in its message. */
export function refused(
  code:
    | typeof ErrorCode.UNAUTHENTICATED
    | typeof ErrorCode.FORBIDDEN
    | typeof ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** A failure of the database that the client may retry (outage, timeout). */
export class DatabaseError extends Error {
  constructor(
    readonly code: typeof ErrorCode.DATABASE_UNAVAILABLE | typeof ErrorCode.DATABASE_TIMEOUT,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/**
 * A metric, partition or export computation that ran longer than ANALYTICS_TIMEOUT_MS: its worker thread was
 * stopped. Retrying soon is pointless (it would take as long); a narrower filter or a larger timeout helps.
 */
export class AnalyticsTimeout extends GraphQLError {
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
  ) {
    super(
      `Computing ${what} took longer than ${timeoutMs} ms (ANALYTICS_TIMEOUT_MS) and was stopped. ` +
        'Narrow the network (year, types, relationTypes) or ask the operator to raise ANALYTICS_TIMEOUT_MS.',
      { extensions: { code: ErrorCode.ANALYTICS_TIMEOUT } },
    );
    this.name = 'AnalyticsTimeout';
  }
}

/**
 * A failure we expected and can explain (bad configuration, Neo4j unreachable, invalid seed data, a port in
 * use…): the commands print its message for a person, without a stack, and exit with `exitCode`. Anything
 * else is a bug and exits 1 with what is known.
 */
export class ExpectedFailure extends Error {
  readonly exitCode: number = 2;
}

/** What a command prints and the code it exits with, for any error that ends it. */
export function failureReport(err: unknown, doing: string): { message: string; exitCode: number } {
  if (err instanceof ExpectedFailure) return { message: err.message, exitCode: err.exitCode };
  return { message: `${doing} failed: ${String(err)}`, exitCode: 1 };
}
