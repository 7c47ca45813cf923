import { ErrorCode } from '../errors.js';

/**
 * The one place that decides the HTTP answer to a GraphQL response, from the error codes the operation ended
 * with (recorded on the request's context; never re-read from the serialised body):
 * - the database is unavailable: 503 with `retry-after`, so clients and balancers back off and retry; so is the
 *   identity provider (a token cannot be checked);
 * - no or invalid credentials: 401 with `www-authenticate: Bearer` (RFC 6750); credentials that do not allow the
 *   operation: 403;
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
  if (
    errorCodes.includes(ErrorCode.DATABASE_UNAVAILABLE) ||
    errorCodes.includes(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE)
  )
    return { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } };
  if (errorCodes.includes(ErrorCode.UNAUTHENTICATED))
    return { status: 401, headers: { 'www-authenticate': 'Bearer realm="icat-kg"' } };
  if (errorCodes.includes(ErrorCode.FORBIDDEN)) return { status: 403, headers: {} };
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
