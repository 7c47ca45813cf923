// The review page's calls to the API: POST /graphql with the tab's credential, and every refusal as an ApiError
// carrying the HTTP status and the error code, so the page can say plainly what happened.
import type { TypedDocumentString } from '../../operations/generated/graphql.js';
import type { Credential } from './sign-in.js';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
}

export async function gql<T, V>(
  query: TypedDocumentString<T, V>,
  variables: V,
  credential: Credential | null,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(credential ? { authorization: `Bearer ${credential.secret}` } : {}),
      },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached. Is the server running?', 0, null);
  }
  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    throw new ApiError(first.message, res.status, code);
  }
  if (!res.ok || !body?.data)
    throw new ApiError(`The API answered HTTP ${res.status} without data.`, res.status, null);
  return body.data;
}
