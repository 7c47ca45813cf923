/**
 * GraphQL-over-HTTP status codes. For `application/graphql-response+json` Apollo's 400s are right. For the
 * legacy `application/json` the spec says a well-formed request gets 200 even when the document does not
 * parse, validate or accept its variables (audits 572B, FDE2, 7B9B); Apollo answers 400. Malformed HTTP
 * requests (no query, bad JSON, BAD_REQUEST) keep their 4xx.
 */

/** Errors about the GraphQL document or its variables, not about the HTTP request. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

function errorCodes(body: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || !('errors' in parsed) || !Array.isArray(parsed.errors))
    return null;
  return parsed.errors.map((e: unknown) => {
    const ext = e !== null && typeof e === 'object' && 'extensions' in e ? e.extensions : undefined;
    const code =
      ext !== null && typeof ext === 'object' && ext !== undefined && 'code' in ext ? ext.code : '';
    return typeof code === 'string' ? code : '';
  });
}

export function legacyJsonStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.toLowerCase().startsWith('application/json')) return status;
  const codes = errorCodes(body);
  if (codes === null || codes.length === 0) return status;
  return codes.every((c) => REQUEST_ERROR_CODES.has(c)) ? 200 : status;
}
