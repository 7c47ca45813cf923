import { ErrorCode } from '../errors.js';

/**
 * The one place that decides the HTTP answer to a GraphQL response, from the error codes the operation ended
 * with (recorded on the request's context; never re-read from the serialised body):
 * - the database is unavailable: 503 with `retry-after`, so clients and balancers back off and retry;
 * - legacy `application/json`: the GraphQL-over-HTTP spec says a well-formed request gets 200 even when its
 *   document does not parse, validate or accept its variables (audits 572B, FDE2, 7B9B), where Apollo answers
 *   400; `application/graphql-response+json` keeps Apollo's 400s. Malformed HTTP requests (no query, bad JSON,
 *   BAD_REQUEST) keep their 4xx.
 */

/** Errors about the GraphQL document or its variables, not about the HTTP request. */
const DOCUMENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Seconds a client should wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
}

export function graphqlHttpAnswer(
  status: number,
  contentType: string | undefined,
  errorCodes: readonly string[],
): HttpAnswer {
  if (errorCodes.includes(ErrorCode.DATABASE_UNAVAILABLE))
    return { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } };
  const legacyJson = contentType?.toLowerCase().startsWith('application/json') ?? false;
  if (
    status === 400 &&
    legacyJson &&
    errorCodes.length > 0 &&
    errorCodes.every((c) => DOCUMENT_ERROR_CODES.has(c))
  )
    return { status: 200, headers: {} };
  return { status, headers: {} };
}
