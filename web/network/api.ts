// The page talks to the API like any client: POST /graphql, and a readable message for every failure.

export class ApiError extends Error {
  override name = 'ApiError';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string }>;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached. Is the server running?');
  }
  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0]?.message;
  if (first) throw new ApiError(`The API answered with an error: ${first}`);
  if (!res.ok || !body?.data) throw new ApiError(`The API answered HTTP ${res.status} without data.`);
  return body.data;
}

export type EntityType =
  'ORGANISATION' | 'PERSON' | 'EVENT' | 'RESOLUTION' | 'BRIEF' | 'PLACE' | 'TOPIC' | 'STATEMENT' | 'QUANTITY';

export interface NetworkNode {
  id: string;
  name: string;
  label: string;
  type: EntityType;
  category: string | null;
  degree: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  year: number | null;
  status: string;
  role: string | null;
  assertion: 'STATED' | 'INFERRED';
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const NETWORK_FIELDS = `nodes { id name label type category degree } edges { id source target type year status role assertion }`;

export const INITIAL_QUERY = `query NetworkPage($types: [RelationType!], $year: Int) {
  relationTypeCounts { type count }
  everything: network { edges { year } }
  network(relationTypes: $types, year: $year) { ${NETWORK_FIELDS} }
}`;

export const NETWORK_QUERY = `query Network($types: [RelationType!], $year: Int) {
  network(relationTypes: $types, year: $year) { ${NETWORK_FIELDS} }
}`;

export interface InitialData {
  relationTypeCounts: Array<{ type: string; count: number }>;
  everything: { edges: Array<{ year: number | null }> };
  network: Network;
}

export interface Relation {
  id: string;
  type: string;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  other: { id: string; name: string; type: EntityType };
  year: number | null;
  role: string | null;
  status: string;
  assertion: 'STATED' | 'INFERRED';
  note: string | null;
  evidence: Array<{ section: string; excerpt: string; url: string }>;
}

export interface EntityDetails {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
  otherNames: string[];
  degree: number;
  acronym?: string | null;
  classification?: string;
  website?: string | null;
  title?: string | null;
  role?: string | null;
  kind?: string;
  date?: { iso: string } | null;
  documentType?: string;
  year?: number | null;
  symbol?: string | null;
  placeType?: string;
  statementKind?: string;
  status?: string;
  amount?: number;
  unit?: string;
  qualifier?: string;
  counts?: string;
  relations: { totalCount: number; edges: Array<{ node: Relation }> };
}

export const ENTITY_QUERY = `query EntityPanel($id: ID!) {
  entity(id: $id) {
    id name type description otherNames degree
    ... on Organisation { acronym classification website }
    ... on Person { title role }
    ... on Event { kind date { iso } }
    ... on Brief { documentType year }
    ... on Resolution { symbol year }
    ... on Place { placeType }
    ... on Statement { statementKind status year }
    ... on Quantity { amount unit qualifier year counts }
    relations(first: 100) {
      totalCount
      edges { node { id type direction other { id name type } year role status assertion note evidence { section excerpt url } } }
    }
  }
}`;
