/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * How a fact stands to the report: STATED (its words say it) or INFERRED (a curator's reading of them, with a note
 * saying why).
 */
export type Assertion =
  | 'INFERRED'
  | 'STATED';

/** How precisely the report states a date. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Which way a relation points, seen from the entity asked about. */
export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

export type DocumentType =
  | 'GENERAL_RECOMMENDATION'
  | 'ISSUE_BRIEF'
  | 'OTHER'
  | 'PLATFORM_FOR_ACTION'
  | 'POLICY_BRIEF'
  | 'REPORT'
  | 'STATEMENT'
  | 'STRATEGY'
  | 'SUBMISSION'
  | 'TOOLKIT'
  | 'WORK_PLAN';

export type EntityType =
  | 'BRIEF'
  | 'EVENT'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PLACE'
  | 'QUANTITY'
  | 'RESOLUTION'
  | 'STATEMENT'
  | 'TOPIC';

export type EventKind =
  | 'ADOPTION'
  | 'ANNIVERSARY'
  | 'BRIEFING'
  | 'CAMPAIGN'
  | 'ELECTION'
  | 'HIGH_LEVEL_EVENT'
  | 'MEETING'
  | 'OBSERVANCE'
  | 'SESSION'
  | 'SIDE_EVENT'
  | 'THEMATIC_EVENT';

export type EventStatus =
  | 'HELD'
  | 'PLANNED';

export type Instrument =
  | 'CONVENTION'
  | 'GENERAL_RECOMMENDATION'
  | 'MANDATE'
  | 'PROTOCOL'
  | 'RESOLUTION';

export type OrganisationClassification =
  | 'COMMITTEE'
  | 'GROUP_OF_STATES'
  | 'INTERGOVERNMENTAL_ORGANISATION'
  | 'INTERNATIONAL_FINANCIAL_INSTITUTION'
  | 'INTER_AGENCY_MECHANISM'
  | 'NETWORK'
  | 'NGO'
  | 'OTHER'
  | 'PRIVATE_COMPANY'
  | 'REGIONAL_ORGANISATION'
  | 'SPECIAL_PROCEDURE'
  | 'STATE'
  | 'TASK_FORCE'
  | 'TREATY_BODY'
  | 'UN_ENTITY'
  | 'UN_INTERGOVERNMENTAL_BODY'
  | 'UN_OFFICE'
  | 'UN_SECRETARIAT_DEPARTMENT'
  | 'UN_SPECIALIZED_AGENCY'
  | 'WORKING_GROUP';

export type ParticipantCountQualifier =
  | 'APPROXIMATELY'
  | 'EXACT'
  | 'MORE_THAN';

export type PlaceType =
  | 'CITY'
  | 'COUNTRY';

export type QuantityUnit =
  | 'DOCUMENTS'
  | 'ENTITIES'
  | 'ORGANISATIONS'
  | 'TIMES_PER_YEAR'
  | 'US_DOLLAR'
  | 'YEARS';

/**
 * Whether the report states the relation as done, ongoing, under discussion (its modalities not yet settled) or
 * planned (the 2020 work).
 */
export type RelationStatus =
  | 'DONE'
  | 'ONGOING'
  | 'PLANNED'
  | 'UNDER_DISCUSSION';

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

export type StatementKind =
  | 'CALL'
  | 'OBJECTIVE'
  | 'PLAN'
  | 'PRIORITY'
  | 'RECOMMENDATION';

export type StatementStatus =
  | 'ONGOING'
  | 'PLANNED'
  | 'PROPOSED';

export type CompiledAllPropertiesQueryVariables = Exact<{
  id: string | number;
}>;


export type CompiledAllPropertiesQuery = { entity:
    | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, participants: Array<{ role: string | null, participant:
          | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
         }>, place: { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> } | null, sideEvents: Array<{ __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }>, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, members: Array<{ __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }>, memberOf: Array<{ __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }>, partners: Array<{ __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }>, coChairs: Array<{ __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }>, coordinator: { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> } | null, funders: Array<
        | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
      >, people: Array<{ role: string | null, evidence: Array<{ id: string, url: string }>, person: { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }, organisation: { id: string } }>, events: Array<{ relationType: RelationType, role: string | null, evidence: Array<{ id: string }>, event: { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }, participant:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         }>, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, relations: { edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, quote: string | null, assertion: Assertion, note: string | null, since: { iso: string } | null, until: { iso: string } | null, from:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , to:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
            , other:
              | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
              | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
             } }> }, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
   | null };

export type CompiledEventAllPropertiesQueryVariables = Exact<{
  id: string | number;
}>;


export type CompiledEventAllPropertiesQuery = { entity:
    | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, participants: Array<{ role: string | null, relationType: RelationType, participant:
          | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
          | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
        , event: { name: string } }>, place: { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> } | null, onMarginsOf: { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> } | null, sideEvents: Array<{ __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }>, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
   | null };

export type CompiledEntityTwiceQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledEntityTwiceQuery = { a:
    | { members: Array<{ id: string }> }
    | Record<PropertyKey, never>
   | null, b:
    | { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, memberOf: Array<{ id: string }>, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
    | { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> }
   | null };

export type CompiledRelationsConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledRelationsConnectionQuery = { entity:
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
    | { name: string, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, other:
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
              | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
            , from:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , to:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            , evidence: Array<{ id: string, excerpt: string }> } }> } }
   | null };

export type CompiledAliasesFragmentsDirectivesQueryVariables = Exact<{
  id: string | number;
  t?: Array<RelationType> | RelationType | null | undefined;
  withEvidence: boolean;
  skipDegree: boolean;
  n?: number | null | undefined;
}>;


export type CompiledAliasesFragmentsDirectivesQuery = { entity:
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, id: string, name: string, participants: Array<{ participant:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }>, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, acronym: string | null, id: string, name: string, memberOf: Array<{ id: string, evidence: Array<{ id: string }> }>, coChairs: Array<{ id: string }>, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> }, partners: Array<{ name: string, degree: number }> }
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
    | { degree?: number, id: string, name: string, evidence?: Array<{ id: string }>, out: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> }, typed: { totalCount: number, edges: Array<{ node: { id: string, evidence: Array<{ id: string }> } }> } }
   | null };

type Names_Brief_Fragment = { id: string, name: string };

type Names_Event_Fragment = { id: string, name: string };

type Names_Organisation_Fragment = { acronym: string | null, id: string, name: string, partners: Array<{ name: string, degree: number }> };

type Names_Person_Fragment = { id: string, name: string };

type Names_Place_Fragment = { id: string, name: string };

type Names_Quantity_Fragment = { id: string, name: string };

type Names_Resolution_Fragment = { id: string, name: string };

type Names_Statement_Fragment = { id: string, name: string };

type Names_Topic_Fragment = { id: string, name: string };

export type NamesFragment =
  | Names_Brief_Fragment
  | Names_Event_Fragment
  | Names_Organisation_Fragment
  | Names_Person_Fragment
  | Names_Place_Fragment
  | Names_Quantity_Fragment
  | Names_Resolution_Fragment
  | Names_Statement_Fragment
  | Names_Topic_Fragment
;

export type CompiledEventParticipantsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledEventParticipantsQuery = { entity:
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, participants: Array<{ relationType: RelationType, role: string | null, evidence: Array<{ id: string }>, participant:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, place: { name: string } | null, onMarginsOf: { name: string } | null, sideEvents: Array<{ name: string }>, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
   | null };

export type CompiledBriefEndorsementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledBriefEndorsementsQuery = { entity:
    | { name: string, authors: Array<
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
        | { id: string, evidence: Array<{ excerpt: string }> }
      >, submittedTo: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      >, endorsements: Array<{ quote: string | null, by:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , evidence: Array<{ id: string, excerpt: string }> }> }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

export type CompiledNodeQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string, evidence: Array<{ id: string }>, relations: { edges: Array<{ node: { other:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CompiledHostileIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CompiledHostileIdQuery = { entity:
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, members: Array<{ id: string }>, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
   | null };

export type CompiledUnknownIdQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledUnknownIdQuery = { entity:
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
    | { name: string, evidence: Array<{ id: string }> }
   | null };

export type CompiledNeighbourhoodSecondPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledNeighbourhoodSecondPageQuery = { neighbourhood: { totalNodes: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, center:
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
      | { name: string, degree: number, evidence: Array<{ id: string }> }
    , nodes: Array<{ distance: number, entity:
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
        | { id: string, degree: number, evidence: Array<{ id: string, excerpt: string }> }
       }>, edges: Array<{ id: string, other:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , evidence: Array<{ id: string, excerpt: string }> }> } | null };

export type CompiledNeighbourhoodUnknownCenterQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledNeighbourhoodUnknownCenterQuery = { neighbourhood: { totalNodes: number, edges: Array<{ id: string }> } | null };

export type CompiledPathEvidenceQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledPathEvidenceQuery = { path: { length: number, entities: Array<
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, degree: number, evidence: Array<{ id: string }> }
    >, steps: Array<{ from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , entity:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , evidence: Array<{ id: string, excerpt: string }>, relation: { id: string, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , other:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , evidence: Array<{ id: string }> } }> } | null };

export type CompiledPathToItselfQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledPathToItselfQuery = { path: { length: number, entities: Array<
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
      | { id: string, evidence: Array<{ id: string }> }
    >, steps: Array<{ evidence: Array<{ id: string }> }> } | null };

export type CompiledOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledOrganisationsQuery = { organisations: { totalCount: number, edges: Array<{ cursor: string, node: { name: string, evidence: Array<{ excerpt: string }>, memberOf: Array<{ name: string }>, relations: { edges: Array<{ node: { type: RelationType, other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , evidence: Array<{ excerpt: string }> } }> } } }> } };

export type CompiledOtherConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledOtherConnectionsQuery = { people: { edges: Array<{ node: { name: string, degree: number, affiliations: Array<{ organisation: { name: string }, evidence: Array<{ id: string }> }> } }> }, events: { edges: Array<{ node: { name: string, participants: Array<{ participant:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }>, evidence: Array<{ id: string }> } }> }, resolutions: { edges: Array<{ node: { name: string, adoptedBy: Array<{ name: string }> } }> }, briefs: { edges: Array<{ node: { name: string, endorsements: Array<{ by:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           }> } }> } };

export type CompiledKindConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledKindConnectionsQuery = { places: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { placeType: PlaceType, name: string, country: { name: string } | null, events: Array<{ name: string }> } }> }, topics: { totalCount: number, edges: Array<{ node: { name: string, degree: number, addressedBy: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        > } }> }, statements: { totalCount: number, edges: Array<{ node: { statementKind: StatementKind, status: StatementStatus, year: number | null, name: string, issuers: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        >, topics: Array<{ name: string }>, evidence: Array<{ id: string }> } }> }, quantities: { totalCount: number, edges: Array<{ node: { amount: number, unit: QuantityUnit, counts: string, name: string, quantifies: Array<
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        > } }> } };

export type CompiledSearchQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledSearchQuery = { search: Array<{ score: number, matched: string, entity:
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, memberOf: Array<{ name: string }>, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
      | { id: string, name: string, degree: number, evidence: Array<{ id: string }> }
     }> };

export type CompiledNetworkEveryFieldQueryVariables = Exact<{ [key: string]: never; }>;


export type CompiledNetworkEveryFieldQuery = { network: { all: Array<{ id: string, label: string, type: EntityType, category: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, year: number | null, status: RelationStatus, role: string | null, assertion: Assertion, note: string | null }>, nodes: Array<{ name: string }> }, n2: { nodes: Array<{ degree: number }>, edges: Array<{ note: string | null, source: string }> } };

export type NamedFragment = { nodes: Array<{ name: string }> };

export type CompiledNetworkDirectivesQueryVariables = Exact<{
  d: boolean;
}>;


export type CompiledNetworkDirectivesQuery = { network: { nodes: Array<{ name: string, degree?: number, category?: string | null }>, edges: Array<{ type: RelationType, role: string | null, assertion: Assertion }> } };

export type FallbackOnBehalfOfQueryVariables = Exact<{ [key: string]: never; }>;


export type FallbackOnBehalfOfQuery = { entity:
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
    | { name: string, relations: { edges: Array<{ node: { id: string, onBehalfOf:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } }> } }
   | null };

export type FallbackTwoLevelsAffiliationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FallbackTwoLevelsAffiliationsQuery = { entity:
    | { people: Array<{ person: { id: string, affiliations: Array<{ role: string | null, person: { name: string, title: string | null, role: string | null, description: string | null, otherNames: Array<string> } }> } }> }
    | Record<PropertyKey, never>
   | null };

export type FallbackMembersOfMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type FallbackMembersOfMembersQuery = { entity:
    | { members: Array<{ name: string, members: Array<{ name: string }> }> }
    | Record<PropertyKey, never>
   | null };

type All_Brief_Fragment = { __typename: 'Brief', documentType: DocumentType, url: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Event_Fragment = { __typename: 'Event', kind: EventKind, status: EventStatus, participantCount: number | null, participantCountQualifier: ParticipantCountQualifier | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, date: { iso: string, precision: DatePrecision, earliest: string, latest: string } | null, endDate: { iso: string } | null, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Organisation_Fragment = { __typename: 'Organisation', acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Person_Fragment = { __typename: 'Person', title: string | null, role: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Place_Fragment = { __typename: 'Place', placeType: PlaceType, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Quantity_Fragment = { __typename: 'Quantity', amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, counts: string, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Resolution_Fragment = { __typename: 'Resolution', instrument: Instrument, symbol: string | null, year: number | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Statement_Fragment = { __typename: 'Statement', statementKind: StatementKind, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

type All_Topic_Fragment = { __typename: 'Topic', id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, inferredProperties: Array<{ field: string, assertion: Assertion, note: string }> };

export type AllFragment =
  | All_Brief_Fragment
  | All_Event_Fragment
  | All_Organisation_Fragment
  | All_Person_Fragment
  | All_Place_Fragment
  | All_Quantity_Fragment
  | All_Resolution_Fragment
  | All_Statement_Fragment
  | All_Topic_Fragment
;

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
export const NamesFragmentDoc = new TypedDocumentString(`
    fragment Names on Entity {
  id
  name
  ... on Organisation {
    acronym
    partners {
      name
      degree
    }
  }
}
    `, {"fragmentName":"Names"}) as unknown as TypedDocumentString<NamesFragment, unknown>;
export const NamedFragmentDoc = new TypedDocumentString(`
    fragment Named on Network {
  nodes {
    name
  }
}
    `, {"fragmentName":"Named"}) as unknown as TypedDocumentString<NamedFragment, unknown>;
export const AllFragmentDoc = new TypedDocumentString(`
    fragment All on Entity {
  __typename
  id
  name
  type
  otherNames
  description
  degree
  inferredProperties {
    field
    assertion
    note
  }
  ... on Organisation {
    acronym
    classification
    website
  }
  ... on Person {
    title
    role
  }
  ... on Event {
    kind
    date {
      iso
      precision
      earliest
      latest
    }
    endDate {
      iso
    }
    status
    participantCount
    participantCountQualifier
  }
  ... on Resolution {
    instrument
    symbol
    year
  }
  ... on Brief {
    documentType
    url
  }
  ... on Place {
    placeType
  }
  ... on Statement {
    statementKind
  }
  ... on Quantity {
    amount
    unit
    qualifier
    counts
  }
}
    `, {"fragmentName":"All"}) as unknown as TypedDocumentString<AllFragment, unknown>;
export const CompiledAllPropertiesDocument = new TypedDocumentString(`
    query CompiledAllProperties($id: ID!) {
  entity(id: $id) {
    ...All
    ... on Organisation {
      members {
        ...All
      }
      memberOf {
        ...All
      }
      partners {
        ...All
      }
      coChairs {
        ...All
      }
      coordinator {
        ...All
      }
      funders {
        ...All
      }
      people {
        role
        evidence {
          id
          url
        }
        person {
          ...All
        }
        organisation {
          id
        }
      }
      events {
        relationType
        role
        evidence {
          id
        }
        event {
          ...All
        }
        participant {
          name
        }
      }
    }
    ... on Event {
      participants {
        role
        participant {
          ...All
        }
      }
      place {
        ...All
      }
      sideEvents {
        ...All
      }
    }
    relations(first: 50) {
      edges {
        cursor
        node {
          id
          type
          direction
          year
          since {
            iso
          }
          until {
            iso
          }
          role
          status
          quote
          assertion
          note
          from {
            ...All
          }
          to {
            ...All
          }
          other {
            ...All
          }
        }
      }
    }
  }
}
    fragment All on Entity {
  __typename
  id
  name
  type
  otherNames
  description
  degree
  inferredProperties {
    field
    assertion
    note
  }
  ... on Organisation {
    acronym
    classification
    website
  }
  ... on Person {
    title
    role
  }
  ... on Event {
    kind
    date {
      iso
      precision
      earliest
      latest
    }
    endDate {
      iso
    }
    status
    participantCount
    participantCountQualifier
  }
  ... on Resolution {
    instrument
    symbol
    year
  }
  ... on Brief {
    documentType
    url
  }
  ... on Place {
    placeType
  }
  ... on Statement {
    statementKind
  }
  ... on Quantity {
    amount
    unit
    qualifier
    counts
  }
}`) as unknown as TypedDocumentString<CompiledAllPropertiesQuery, CompiledAllPropertiesQueryVariables>;
export const CompiledEventAllPropertiesDocument = new TypedDocumentString(`
    query CompiledEventAllProperties($id: ID!) {
  entity(id: $id) {
    ...All
    ... on Event {
      participants {
        role
        relationType
        participant {
          ...All
        }
        event {
          name
        }
      }
      place {
        ...All
      }
      onMarginsOf {
        ...All
      }
      sideEvents {
        ...All
      }
    }
  }
}
    fragment All on Entity {
  __typename
  id
  name
  type
  otherNames
  description
  degree
  inferredProperties {
    field
    assertion
    note
  }
  ... on Organisation {
    acronym
    classification
    website
  }
  ... on Person {
    title
    role
  }
  ... on Event {
    kind
    date {
      iso
      precision
      earliest
      latest
    }
    endDate {
      iso
    }
    status
    participantCount
    participantCountQualifier
  }
  ... on Resolution {
    instrument
    symbol
    year
  }
  ... on Brief {
    documentType
    url
  }
  ... on Place {
    placeType
  }
  ... on Statement {
    statementKind
  }
  ... on Quantity {
    amount
    unit
    qualifier
    counts
  }
}`) as unknown as TypedDocumentString<CompiledEventAllPropertiesQuery, CompiledEventAllPropertiesQueryVariables>;
export const CompiledEntityTwiceDocument = new TypedDocumentString(`
    query CompiledEntityTwice {
  a: entity(id: "org:icat") {
    ... on Organisation {
      members {
        id
      }
    }
  }
  b: entity(id: "org:icmpd") {
    ...All
    ... on Organisation {
      memberOf {
        id
      }
    }
  }
}
    fragment All on Entity {
  __typename
  id
  name
  type
  otherNames
  description
  degree
  inferredProperties {
    field
    assertion
    note
  }
  ... on Organisation {
    acronym
    classification
    website
  }
  ... on Person {
    title
    role
  }
  ... on Event {
    kind
    date {
      iso
      precision
      earliest
      latest
    }
    endDate {
      iso
    }
    status
    participantCount
    participantCountQualifier
  }
  ... on Resolution {
    instrument
    symbol
    year
  }
  ... on Brief {
    documentType
    url
  }
  ... on Place {
    placeType
  }
  ... on Statement {
    statementKind
  }
  ... on Quantity {
    amount
    unit
    qualifier
    counts
  }
}`) as unknown as TypedDocumentString<CompiledEntityTwiceQuery, CompiledEntityTwiceQueryVariables>;
export const CompiledRelationsConnectionDocument = new TypedDocumentString(`
    query CompiledRelationsConnection {
  entity(id: "org:osce") {
    name
    relations(first: 5) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          type
          direction
          year
          other {
            id
            name
            evidence {
              id
            }
            degree
          }
          from {
            id
          }
          to {
            id
          }
          evidence {
            id
            excerpt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledRelationsConnectionQuery, CompiledRelationsConnectionQueryVariables>;
export const CompiledAliasesFragmentsDirectivesDocument = new TypedDocumentString(`
    query CompiledAliasesFragmentsDirectives($id: ID!, $t: [RelationType!], $withEvidence: Boolean!, $skipDegree: Boolean!, $n: Int) {
  entity(id: $id) {
    ...Names
    degree @skip(if: $skipDegree)
    evidence @include(if: $withEvidence) {
      id
    }
    out: relations(direction: OUTGOING, first: $n) {
      edges {
        node {
          other {
            id
          }
        }
      }
    }
    typed: relations(types: $t, first: 2) {
      totalCount
      edges {
        node {
          id
          evidence {
            id
          }
        }
      }
    }
    ... on Organisation {
      memberOf {
        id
        evidence {
          id
        }
      }
      coChairs(year: 2019) {
        id
      }
    }
    ... on Event {
      participants {
        participant {
          id
        }
      }
    }
  }
}
    fragment Names on Entity {
  id
  name
  ... on Organisation {
    acronym
    partners {
      name
      degree
    }
  }
}`) as unknown as TypedDocumentString<CompiledAliasesFragmentsDirectivesQuery, CompiledAliasesFragmentsDirectivesQueryVariables>;
export const CompiledEventParticipantsDocument = new TypedDocumentString(`
    query CompiledEventParticipants {
  entity(id: "event:unga74-icat-high-level-event") {
    name
    evidence {
      id
    }
    ... on Event {
      participants {
        relationType
        role
        evidence {
          id
        }
        participant {
          id
          name
        }
      }
      place {
        name
      }
      onMarginsOf {
        name
      }
      sideEvents {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledEventParticipantsQuery, CompiledEventParticipantsQueryVariables>;
export const CompiledBriefEndorsementsDocument = new TypedDocumentString(`
    query CompiledBriefEndorsements {
  entity(id: "brief:issue-brief-technology-2019") {
    name
    ... on Brief {
      authors {
        id
        evidence {
          excerpt
        }
      }
      submittedTo {
        id
      }
      endorsements {
        quote
        by {
          id
          name
        }
        evidence {
          id
          excerpt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledBriefEndorsementsQuery, CompiledBriefEndorsementsQueryVariables>;
export const CompiledNodeDocument = new TypedDocumentString(`
    query CompiledNode {
  node(id: "org:icat") {
    id
    ... on Organisation {
      name
      evidence {
        id
      }
      relations(first: 3) {
        edges {
          node {
            other {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledNodeQuery, CompiledNodeQueryVariables>;
export const CompiledHostileIdDocument = new TypedDocumentString(`
    query CompiledHostileId($id: ID!) {
  entity(id: $id) {
    name
    evidence {
      id
    }
    ... on Organisation {
      members {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledHostileIdQuery, CompiledHostileIdQueryVariables>;
export const CompiledUnknownIdDocument = new TypedDocumentString(`
    query CompiledUnknownId {
  entity(id: "org:no-such-org") {
    name
    evidence {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledUnknownIdQuery, CompiledUnknownIdQueryVariables>;
export const CompiledNeighbourhoodSecondPageDocument = new TypedDocumentString(`
    query CompiledNeighbourhoodSecondPage {
  neighbourhood(
    id: "org:icat"
    depth: 1
    first: 4
    after: "WyJuYmg6b3JnOmljYXQ6MSIsNF0"
  ) {
    totalNodes
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    center {
      name
      evidence {
        id
      }
      degree
    }
    nodes {
      distance
      entity {
        id
        degree
        evidence {
          id
          excerpt
        }
      }
    }
    edges {
      id
      other {
        name
      }
      evidence {
        id
        excerpt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledNeighbourhoodSecondPageQuery, CompiledNeighbourhoodSecondPageQueryVariables>;
export const CompiledNeighbourhoodUnknownCenterDocument = new TypedDocumentString(`
    query CompiledNeighbourhoodUnknownCenter {
  neighbourhood(id: "org:nobody") {
    totalNodes
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledNeighbourhoodUnknownCenterQuery, CompiledNeighbourhoodUnknownCenterQueryVariables>;
export const CompiledPathEvidenceDocument = new TypedDocumentString(`
    query CompiledPathEvidence {
  path(from: "org:equality-now", to: "org:osce") {
    length
    entities {
      id
      evidence {
        id
      }
      degree
    }
    steps {
      from {
        id
      }
      entity {
        name
      }
      evidence {
        id
        excerpt
      }
      relation {
        id
        from {
          id
        }
        other {
          id
        }
        evidence {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledPathEvidenceQuery, CompiledPathEvidenceQueryVariables>;
export const CompiledPathToItselfDocument = new TypedDocumentString(`
    query CompiledPathToItself {
  path(from: "org:osce", to: "org:osce") {
    length
    entities {
      id
      evidence {
        id
      }
    }
    steps {
      evidence {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledPathToItselfQuery, CompiledPathToItselfQueryVariables>;
export const CompiledOrganisationsDocument = new TypedDocumentString(`
    query CompiledOrganisations {
  organisations(first: 50) {
    totalCount
    edges {
      cursor
      node {
        name
        evidence {
          excerpt
        }
        memberOf {
          name
        }
        relations(first: 5) {
          edges {
            node {
              type
              other {
                name
              }
              evidence {
                excerpt
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledOrganisationsQuery, CompiledOrganisationsQueryVariables>;
export const CompiledOtherConnectionsDocument = new TypedDocumentString(`
    query CompiledOtherConnections {
  people(first: 5) {
    edges {
      node {
        name
        degree
        affiliations {
          organisation {
            name
          }
          evidence {
            id
          }
        }
      }
    }
  }
  events(first: 5, orderBy: DATE_ASC) {
    edges {
      node {
        name
        evidence {
          id
        }
        ... on Event {
          participants {
            participant {
              id
            }
          }
        }
      }
    }
  }
  resolutions(first: 3) {
    edges {
      node {
        name
        adoptedBy {
          name
        }
      }
    }
  }
  briefs(first: 3) {
    edges {
      node {
        name
        endorsements {
          by {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledOtherConnectionsQuery, CompiledOtherConnectionsQueryVariables>;
export const CompiledKindConnectionsDocument = new TypedDocumentString(`
    query CompiledKindConnections {
  places(first: 3, where: {placeType: [CITY]}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        name
        ... on Place {
          placeType
          country {
            name
          }
          events {
            name
          }
        }
      }
    }
  }
  topics(first: 2, orderBy: NAME_DESC) {
    totalCount
    edges {
      node {
        name
        degree
        ... on Topic {
          addressedBy {
            id
          }
        }
      }
    }
  }
  statements(
    first: 3
    where: {statementKind: [RECOMMENDATION, CALL], yearFrom: 2019}
    orderBy: DATE_DESC
  ) {
    totalCount
    edges {
      node {
        name
        ... on Statement {
          statementKind
          status
          year
          issuers {
            name
          }
          topics {
            name
          }
        }
        evidence {
          id
        }
      }
    }
  }
  quantities(first: 3, where: {unit: [US_DOLLAR, ORGANISATIONS], yearTo: 2019}) {
    totalCount
    edges {
      node {
        name
        ... on Quantity {
          amount
          unit
          counts
          quantifies {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledKindConnectionsQuery, CompiledKindConnectionsQueryVariables>;
export const CompiledSearchDocument = new TypedDocumentString(`
    query CompiledSearch {
  search(query: "osce", first: 5) {
    score
    matched
    entity {
      id
      name
      evidence {
        id
      }
      degree
      ... on Organisation {
        memberOf {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledSearchQuery, CompiledSearchQueryVariables>;
export const CompiledNetworkEveryFieldDocument = new TypedDocumentString(`
    query CompiledNetworkEveryField {
  network {
    ...Named
    all: nodes {
      id
      label
      type
      category
      degree
    }
    edges {
      id
      source
      target
      type
      year
      status
      role
      assertion
      note
    }
  }
  n2: network(types: [ORGANISATION], year: 2019) {
    nodes {
      degree
    }
    edges {
      note
      source
    }
  }
}
    fragment Named on Network {
  nodes {
    name
  }
}`) as unknown as TypedDocumentString<CompiledNetworkEveryFieldQuery, CompiledNetworkEveryFieldQueryVariables>;
export const CompiledNetworkDirectivesDocument = new TypedDocumentString(`
    query CompiledNetworkDirectives($d: Boolean!) {
  network(relationTypes: [MEMBER_OF, PARTNER_OF]) {
    nodes {
      name
      degree @include(if: $d)
      category @skip(if: $d)
    }
    edges {
      type
      role
      assertion
    }
  }
}
    `) as unknown as TypedDocumentString<CompiledNetworkDirectivesQuery, CompiledNetworkDirectivesQueryVariables>;
export const FallbackOnBehalfOfDocument = new TypedDocumentString(`
    query FallbackOnBehalfOf {
  entity(id: "event:hrc41-side-event-technology") {
    name
    relations(first: 100) {
      edges {
        node {
          id
          onBehalfOf {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FallbackOnBehalfOfQuery, FallbackOnBehalfOfQueryVariables>;
export const FallbackTwoLevelsAffiliationsDocument = new TypedDocumentString(`
    query FallbackTwoLevelsAffiliations {
  entity(id: "org:unodc") {
    ... on Organisation {
      people {
        person {
          id
          ... on Person {
            affiliations {
              role
              person {
                name
                title
                role
                description
                otherNames
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FallbackTwoLevelsAffiliationsQuery, FallbackTwoLevelsAffiliationsQueryVariables>;
export const FallbackMembersOfMembersDocument = new TypedDocumentString(`
    query FallbackMembersOfMembers {
  entity(id: "org:icat") {
    ... on Organisation {
      members {
        name
        ... on Organisation {
          members {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FallbackMembersOfMembersQuery, FallbackMembersOfMembersQueryVariables>;