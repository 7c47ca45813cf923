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

export const INITIAL_QUERY = `query NetworkPage($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) {
  relationTypeCounts { type count }
  everything: network { edges { year } }
  network(relationTypes: $types, types: $entityTypes, year: $year) { ${NETWORK_FIELDS} }
}`;

export const NETWORK_QUERY = `query Network($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) {
  network(relationTypes: $types, types: $entityTypes, year: $year) { ${NETWORK_FIELDS} }
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

// The analyst's view: centralities, communities, shortest paths and ego networks, from the analytics API.

export type CentralityMetric = 'DEGREE' | 'BETWEENNESS' | 'CLOSENESS' | 'EIGENVECTOR' | 'PAGERANK';

/** The filter the view draws, as the `network`, `centrality` and `communities` fields take it. */
export interface FilterVariables {
  types: string[] | null;
  entityTypes: EntityType[] | null;
  year: number | null;
}

export interface CentralityPage {
  centrality: {
    edges: Array<{ node: { id: string }; score: number }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const CENTRALITY_QUERY = `query PageCentrality($metric: CentralityMetric!, $types: [RelationType!], $entityTypes: [EntityType!], $year: Int, $after: String) {
  centrality(metric: $metric, relationTypes: $types, types: $entityTypes, year: $year, first: 100, after: $after) {
    edges { node { id } score }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A community's first 100 members are drawn in its colour (the API pages members; the seed's largest has 35). */
export interface CommunityAnswer {
  id: number;
  size: number;
  top: Array<{ id: string; name: string; acronym?: string | null }>;
  members: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean } };
}

export interface CommunitiesPage {
  communities: { modularity: number; count: number; communities: CommunityAnswer[] };
}

export const COMMUNITIES_QUERY = `query PageCommunities($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) {
  communities(relationTypes: $types, types: $entityTypes, year: $year) {
    modularity count
    communities(first: 100) {
      id size
      top(first: 3) { id name ... on Organisation { acronym } }
      members(first: 100) { edges { node { id } } pageInfo { hasNextPage } }
    }
  }
}`;

export interface PathStep {
  from: { id: string; name: string };
  entity: { id: string; name: string };
  relation: { id: string; type: string; year: number | null; role: string | null };
  direction: 'OUTGOING' | 'INCOMING';
  evidence: Array<{ section: string; excerpt: string }>;
}

export interface PathAnswer {
  path: { length: number; entities: Array<{ id: string; name: string }>; steps: PathStep[] } | null;
}

export const PATH_QUERY = `query PagePath($from: ID!, $to: ID!, $types: [RelationType!]) {
  path(from: $from, to: $to, maxHops: 6, relationTypes: $types) {
    length
    entities { id name }
    steps {
      from { id name } entity { id name } direction
      relation { id type year role }
      evidence { section excerpt }
    }
  }
}`;

export interface NeighbourhoodAnswer {
  neighbourhood: {
    center: { id: string };
    totalNodes: number;
    nodes: Array<{ entity: { id: string }; distance: number }>;
  } | null;
}

export const NEIGHBOURHOOD_QUERY = `query PageNeighbourhood($id: ID!, $depth: Int!, $types: [RelationType!]) {
  neighbourhood(id: $id, depth: $depth, relationTypes: $types, first: 200) {
    center { id }
    totalNodes
    nodes { entity { id } distance }
  }
}`;

/** Every page of a centrality ranking, as a map from entity id to score. */
export async function allScores(
  metric: CentralityMetric,
  filter: FilterVariables,
): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const page: CentralityPage = await gql<CentralityPage>(CENTRALITY_QUERY, { ...filter, metric, after });
    for (const e of page.centrality.edges) scores.set(e.node.id, e.score);
    if (!page.centrality.pageInfo.hasNextPage || !page.centrality.pageInfo.endCursor) return scores;
    after = page.centrality.pageInfo.endCursor;
  }
}
