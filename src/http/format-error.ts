import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DatabaseError, ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';

/** Codes whose messages are safe and useful to show as they are. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.DATABASE_TIMEOUT,
  ErrorCode.ANALYTICS_TIMEOUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const ARMOR_PREFIX = /^Syntax Error: (?=.*limit)/;

const ENUM_VALUE = /^(Value|Enum) "[^"]*" does not exist in "[^"]+" enum|^Enum "[^"]+" cannot represent/;

/**
 * One place decides what a client sees: our own codes with their messages, a database outage as
 * DATABASE_UNAVAILABLE, and anything unexpected as a generic INTERNAL_SERVER_ERROR (logged here, in full).
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DatabaseError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code },
      };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && ENUM_VALUE.test(formatted.message)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (code !== undefined && PUBLIC_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      // graphql-armor words its limit errors as syntax errors; they are validation failures.
      const message =
        code === 'GRAPHQL_VALIDATION_FAILED'
          ? formatted.message.replace(ARMOR_PREFIX, '')
          : formatted.message;
      return { ...formatted, message, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error (masked for the client)');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
