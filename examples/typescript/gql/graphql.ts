/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The typed, directed relations of the graph. Read `from -TYPE-> to`. */
export type RelationType =
  | 'ABOUT'
  /** statement -> whom it is addressed to */
  | 'ADDRESSED_TO'
  /** brief, event, resolution or statement -> the topic it addresses */
  | 'ADDRESSES'
  | 'ADOPTED'
  | 'AFFILIATED_WITH'
  | 'AUTHORED'
  | 'CALLS_UPON'
  | 'COLLABORATES_WITH'
  | 'COORDINATES'
  | 'CO_CHAIRED'
  | 'DISSEMINATED_TO'
  | 'ELECTED'
  | 'ENCOURAGES'
  | 'ENDORSED'
  | 'ESTABLISHED_UNDER'
  | 'FUNDS'
  | 'HELD_IN'
  | 'HOSTED'
  | 'INFORMS'
  /** organisation, person, brief or resolution -> the statement it issues */
  | 'ISSUED'
  | 'LAUNCHED'
  | 'LOCATED_IN'
  | 'MANDATES'
  | 'MEMBER_OF'
  | 'ON_MARGINS_OF'
  | 'ON_OCCASION_OF'
  | 'ORGANISED'
  | 'PARTICIPATED_IN'
  | 'PARTNER_OF'
  | 'PART_OF'
  | 'PURSUANT_TO'
  /** quantity -> what it counts or measures */
  | 'QUANTIFIES'
  | 'SUBMITTED_TO'
  | 'SUPPORTS';

export type TimelineKind =
  /** A dated event (its `date`). */
  | 'EVENT'
  /** A relation recorded for a year (its `year`). */
  | 'RELATION'
  /** A relation's end (its `until`). */
  | 'RELATION_END'
  /** A relation's start (its `since`). */
  | 'RELATION_START';

export type TopCentralOrganisationsQueryVariables = Exact<{
  year: number;
  first: number;
}>;


export type TopCentralOrganisationsQuery = { centrality: { totalCount: number, edges: Array<{ rank: number, score: number, node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { acronym: string | null, id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type EntityTimelineQueryVariables = Exact<{
  entity: string | number;
  from: number;
  to: number;
  first: number;
}>;


export type EntityTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineKind, date: { iso: string }, event: { name: string } | null, relation: { id: string, type: RelationType, from:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , to:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           } | null, evidence: Array<{ section: string }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TopCentralOrganisationsDocument = new TypedDocumentString(`
    query TopCentralOrganisations($year: Int!, $first: Int!) {
  centrality(
    metric: BETWEENNESS
    types: [ORGANISATION]
    year: $year
    first: $first
  ) {
    totalCount
    edges {
      rank
      score
      node {
        id
        name
        ... on Organisation {
          acronym
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopCentralOrganisationsQuery, TopCentralOrganisationsQueryVariables>;
export const EntityTimelineDocument = new TypedDocumentString(`
    query EntityTimeline($entity: ID!, $from: Int!, $to: Int!, $first: Int!) {
  timeline(entity: $entity, from: $from, to: $to, first: $first) {
    totalCount
    edges {
      node {
        kind
        date {
          iso
        }
        event {
          name
        }
        relation {
          id
          type
          from {
            name
          }
          to {
            name
          }
        }
        evidence {
          section
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityTimelineQuery, EntityTimelineQueryVariables>;