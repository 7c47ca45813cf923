// The page talks to the API like any client: POST /graphql, and a readable message for every failure. Its
// documents are the shipped operations (operations/network/*.graphql), typed by codegen's client preset.
import {
  EntityPanelDocument,
  NetworkDocument,
  NetworkPageDocument,
  PageCentralityDocument,
  PageCommunitiesDocument,
  PageNeighbourhoodDocument,
  PagePathDocument,
  PageSearchDocument,
  type PageCentralityQuery,
  type PageCommunitiesQuery,
  type PageNeighbourhoodQuery,
  type PagePathQuery,
  type RelationType,
  type TypedDocumentString,
} from '../../operations/generated/graphql.js';

export type { RelationType };

export class ApiError extends Error {
  override name = 'ApiError';
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string }>;
}

/** Runs a shipped operation; the answer is typed by the document. */
export async function gql<T, V>(query: TypedDocumentString<T, V>, variables: V): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: query.toString(), variables }),
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

// The API's own enum, generated from schema/ (so a new kind of the model reaches the page through codegen).
export type EntityType = import('../../operations/generated/graphql.js').EntityType;

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

export const INITIAL_QUERY = NetworkPageDocument;

export const NETWORK_QUERY = NetworkDocument;

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

export const ENTITY_QUERY = EntityPanelDocument;

// The analyst's view: centralities, communities, shortest paths and ego networks, from the analytics API.

export type CentralityMetric = 'DEGREE' | 'BETWEENNESS' | 'CLOSENESS' | 'EIGENVECTOR' | 'PAGERANK';

/** The filter the view draws, as the `network`, `centrality` and `communities` fields take it. */
export interface FilterVariables {
  types: RelationType[] | null;
  entityTypes: EntityType[] | null;
  year: number | null;
}

export type CentralityPage = PageCentralityQuery;

export const CENTRALITY_QUERY = PageCentralityDocument;

/** A community's first 100 members are drawn in its colour (the API pages members; the seed's largest has 35). */
export type CommunityAnswer = PageCommunitiesQuery['communities']['communities'][number];

export type CommunitiesPage = PageCommunitiesQuery;

export const COMMUNITIES_QUERY = PageCommunitiesDocument;

/** A path as the page asks for it (operations/network/path.graphql). */
export type PathAnswer = PagePathQuery;
export type PathStep = NonNullable<PagePathQuery['path']>['steps'][number];

export const PATH_QUERY = PagePathDocument;

export type NeighbourhoodAnswer = PageNeighbourhoodQuery;

export const NEIGHBOURHOOD_QUERY = PageNeighbourhoodDocument;

/** The search box's question: the API's ranked `search` (operations/network/search.graphql). */
export const SEARCH_QUERY = PageSearchDocument;

/** Every page of a centrality ranking, as a map from entity id to score. */
export async function allScores(
  metric: CentralityMetric,
  filter: FilterVariables,
): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const page: CentralityPage = await gql(CENTRALITY_QUERY, { ...filter, metric, after });
    for (const e of page.centrality.edges) scores.set(e.node.id, e.score);
    if (!page.centrality.pageInfo.hasNextPage || !page.centrality.pageInfo.endCursor) return scores;
    after = page.centrality.pageInfo.endCursor;
  }
}
