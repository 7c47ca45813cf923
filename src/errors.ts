import { GraphQLError } from 'graphql';

/** The error codes a client can see. Everything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: argument },
  });
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
