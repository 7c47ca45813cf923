/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a passage was placed in the current edition of its source's text. */
export type AnchorState =
  /** A close but not identical text: `excerpt` is now that text, `previousExcerpt` the quote before. */
  | 'APPROXIMATE'
  /** Where it stood (or where the seed found it). */
  | 'EXACT'
  /** The exact quote, found elsewhere (or found for the first time). */
  | 'MOVED'
  /** Not found in the new edition: kept for review (listed in `Source.orphans`). */
  | 'ORPHANED';

/**
 * How a fact stands to the report: STATED (its words say it) or INFERRED (a curator's reading of them, with a note
 * saying why).
 */
export type Assertion =
  | 'INFERRED'
  | 'STATED';

export type AuditOutcome =
  | 'CONFLICT'
  | 'FAILED'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'LIMITED'
  | 'NOT_FOUND'
  | 'SUCCEEDED'
  | 'UNAUTHENTICATED';

export type CentralityMetric =
  /** Share of shortest paths between other entities through this one (undirected ties, normalised). */
  | 'BETWEENNESS'
  /** Inverse mean distance to the entities it reaches (undirected ties, Wasserman-Faust). */
  | 'CLOSENESS'
  /** Relations at the entity, both directions, each relation counted. */
  | 'DEGREE'
  /** Eigenvector centrality of the undirected ties (unit Euclidean norm). */
  | 'EIGENVECTOR'
  /** Relations pointing at the entity. */
  | 'IN_DEGREE'
  /** Relations starting at the entity. */
  | 'OUT_DEGREE'
  /** PageRank along relation directions (damping 0.85; sums to 1). */
  | 'PAGERANK';

/** One operation: exactly one of these fields. */
export type ChangeOperationInput = {
  addEvidence?: EvidenceChangeInput | null | undefined;
  addRelation?: RelationChangeInput | null | undefined;
  addSource?: SourceChangeInput | null | undefined;
  createEntity?: EntityChangeInput | null | undefined;
  removeEvidence?: EvidenceChangeInput | null | undefined;
  replaceSourceText?: ReplaceSourceTextInput | null | undefined;
  retractRelation?: RetractRelationInput | null | undefined;
  updateEntity?: EntityChangeInput | null | undefined;
};

export type ChangeSetState =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

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

export type DocumentStatus =
  | 'FORTHCOMING'
  | 'PLANNED'
  | 'PUBLISHED'
  | 'UNDER_ELABORATION';

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

/**
 * An entity in the seed's format (docs/reference/SEED-FORMAT.md), validated by the seed's rules. `createEntity` needs `type`,
 * `id`, `name`, the kind's required fields and `evidence`; `updateEntity` names the `id` and the fields to change.
 */
export type EntityChangeInput = {
  acronym?: string | null | undefined;
  amount?: number | null | undefined;
  classification?: string | null | undefined;
  country?: string | number | null | undefined;
  counts?: string | null | undefined;
  date?: string | null | undefined;
  description?: string | null | undefined;
  documentType?: string | null | undefined;
  endDate?: string | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  id: string | number;
  /** Fields that are a curator's reading of the report, not its words, each with why. */
  inferred?: Array<InferredFieldInput> | null | undefined;
  instrument?: string | null | undefined;
  /** An event's kind (CONFERENCE, MEETING…). */
  kind?: string | null | undefined;
  name?: string | null | undefined;
  otherNames?: Array<string> | null | undefined;
  participantCount?: number | null | undefined;
  participantCountQualifier?: string | null | undefined;
  placeType?: string | null | undefined;
  qualifier?: string | null | undefined;
  role?: string | null | undefined;
  statementKind?: string | null | undefined;
  status?: string | null | undefined;
  symbol?: string | null | undefined;
  title?: string | null | undefined;
  type?: EntityType | null | undefined;
  unit?: string | null | undefined;
  url?: string | null | undefined;
  website?: string | null | undefined;
  year?: number | null | undefined;
};

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

/** Evidence to add to, or remove from, an entity or a relation (`target` is its id). */
export type EvidenceChangeInput = {
  evidence: EvidenceInput;
  target: string | number;
};

/**
 * Evidence: an existing passage by id, or a section and a verbatim excerpt of the source (checked against its text as
 * the seed checks it; `offset` pins where it stands).
 */
export type EvidenceInput = {
  excerpt?: string | null | undefined;
  offset?: number | null | undefined;
  passage?: string | number | null | undefined;
  section?: string | null | undefined;
  /** The source the section and excerpt are of (needed once the graph holds several). */
  source?: string | number | null | undefined;
};

export type InferredFieldInput = {
  field: string;
  note: string;
};

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

export type ProposeChangeInput = {
  /** Why: what the change corrects or adds. */
  comment: string;
  /** The `meta.datasetVersion` the change was made against: a stale one is a CONFLICT naming the current version. */
  expectedVersion?: string | null | undefined;
  /** What to change, applied in order (each sets exactly one of its fields). */
  operations: Array<ChangeOperationInput>;
};

export type QuantityUnit =
  | 'DOCUMENTS'
  | 'ENTITIES'
  | 'ORGANISATIONS'
  | 'TIMES_PER_YEAR'
  | 'US_DOLLAR'
  | 'YEARS';

/** A relation in the seed's format, validated by the seed's rules. */
export type RelationChangeInput = {
  /** INFERRED needs a `note` saying why. */
  assertion?: Assertion | null | undefined;
  evidence: Array<EvidenceInput>;
  from: string | number;
  note?: string | null | undefined;
  onBehalfOf?: string | number | null | undefined;
  quote?: string | null | undefined;
  role?: string | null | undefined;
  since?: string | null | undefined;
  status?: RelationStatus | null | undefined;
  to: string | number;
  type: RelationType;
  until?: string | null | undefined;
  year?: number | null | undefined;
};

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

/**
 * A new edition of a source's text: every passage is placed again (where it stood, else the exact quote, else an
 * approximate match); those that cannot be placed are kept as orphans.
 */
export type ReplaceSourceTextInput = {
  id: string | number;
  /** Without them: the markers the source was cut at before, else the Markdown headings. */
  sections?: Array<SectionMarkerInput> | null | undefined;
  text: string;
};

export type RetractRelationInput = {
  id: string | number;
  /** Why the relation is wrong. */
  note: string;
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

/** A section of a new source: its name and the text that opens it (the first section starts at the text's start). */
export type SectionMarkerInput = {
  marker: string;
  name: string;
};

/**
 * A new source. `text` is plain text or Markdown; without `sections` it is cut at its Markdown headings (each heading
 * names the section under it), or kept as one section `TEXT`. The id is `source:` and the title's slug unless given.
 */
export type SourceChangeInput = {
  id?: string | number | null | undefined;
  publisher: string;
  sections?: Array<SectionMarkerInput> | null | undefined;
  text: string;
  title: string;
  url: string;
  year: number;
};

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

export type TimelineKind =
  /** A dated event (its `date`). */
  | 'EVENT'
  /** A relation recorded for a year (its `year`). */
  | 'RELATION'
  /** A relation's end (its `until`). */
  | 'RELATION_END'
  /** A relation's start (its `since`). */
  | 'RELATION_START';

export type UserErrorCode =
  /** The graph changed since `expectedVersion` (or since the proposal): the message names the current version. */
  | 'CONFLICT'
  /** An excerpt is not in the source's text (or not at its offset). */
  | 'EXCERPT_NOT_FOUND'
  /** An `Idempotency-Key` reused for a different proposal. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The value breaks a rule of the seed format or of the graph (unknown entity, duplicate id…). */
  | 'INVALID'
  /** Too many operations, too long a text, or too many proposals this hour. */
  | 'LIMIT_EXCEEDED'
  /** No change-set with this id. */
  | 'NOT_FOUND'
  /** The change-set is no longer PROPOSED. */
  | 'NOT_PROPOSED';

export type BenchConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchConnectionQuery = { organisations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, acronym: string | null, classification: OrganisationClassification } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EntityAroundQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityAroundQuery = { entity:
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { acronym: string | null, website: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, url: string }> }
   | null, neighbourhood: { totalNodes: number, nodes: Array<{ distance: number, entity:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
       }>, edges: Array<{ id: string, type: RelationType, year: number | null, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , evidence: Array<{ id: string, excerpt: string }> }> } | null };

export type BenchEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchEntityQuery = { entity:
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { acronym: string | null, id: string, name: string, type: EntityType, otherNames: Array<string>, members: Array<{ id: string, name: string }>, memberOf: Array<{ id: string, name: string }>, partners: Array<{ id: string, name: string }>, people: Array<{ role: string | null, person: { id: string, name: string } }>, events: Array<{ relationType: RelationType, role: string | null, event: { id: string, name: string } }>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, evidence: Array<{ id: string, section: string, excerpt: string }> }
   | null };

export type BenchNeighbourhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type BenchNeighbourhoodQuery = { neighbourhood: { totalNodes: number, nodes: Array<{ distance: number, entity:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
       }>, edges: Array<{ id: string, type: RelationType, from:
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
       }> } | null };

export type BenchNetworkQueryVariables = Exact<{
  year: number;
}>;


export type BenchNetworkQuery = { network: { nodes: Array<{ id: string, label: string, type: EntityType, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, year: number | null, status: RelationStatus }> } };

export type BenchPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type BenchPathQuery = { path: { length: number, entities: Array<
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
    >, steps: Array<{ direction: Direction, relation: { id: string, type: RelationType, year: number | null } }> } | null };

export type BenchSearchQueryVariables = Exact<{
  q: string;
}>;


export type BenchSearchQuery = { search: Array<{ score: number, matched: string, entity:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
     }> };

export type CoChairsByYearQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type CoChairsByYearQuery = { entity:
    | { name: string }
    | { name: string }
    | { name: string, coChairs: Array<{ id: string, acronym: string | null, name: string, relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , evidence: Array<{ section: string, excerpt: string }> } }> } }> }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

export type MembersAndSinceWhenQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersAndSinceWhenQuery = { entity:
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { type: RelationType, year: number | null, role: string | null, other:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , since: { iso: string } | null } }> } }
   | null };

export type PartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnersQuery = { entity:
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { partners: Array<{ id: string, name: string, classification: OrganisationClassification }>, relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
    | { relations: { edges: Array<{ node: { year: number | null, role: string | null, other:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
            , evidence: Array<{ excerpt: string }> } }> } }
   | null };

export type WhatWasSubmittedToWhomQueryVariables = Exact<{ [key: string]: never; }>;


export type WhatWasSubmittedToWhomQuery = { briefs: { edges: Array<{ node: { id: string, name: string, year: number | null, submittedTo: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, authors: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        >, relations: { edges: Array<{ node: { evidence: Array<{ section: string, excerpt: string }> } }> } } }> } };

export type WhoSpokeAtWhichEventQueryVariables = Exact<{
  event?: string | number;
}>;


export type WhoSpokeAtWhichEventQuery = { entity:
    | { name: string }
    | { name: string, date: { iso: string } | null, place: { name: string } | null, participants: Array<{ relationType: RelationType, role: string | null, participant:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         }> }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   | null };

export type ShortestPathQueryVariables = Exact<{
  from?: string | number;
  to?: string | number;
}>;


export type ShortestPathQuery = { path: { length: number, steps: Array<{ direction: Direction, from:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , relation: { type: RelationType }, entity:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , evidence: Array<{ section: string, excerpt: string }> }> } | null };

export type NeighbourhoodQueryVariables = Exact<{
  id?: string | number;
  depth?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { totalNodes: number, center:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
    , nodes: Array<{ distance: number, entity:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
       }>, edges: Array<{ type: RelationType, year: number | null, from:
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
       }> } | null };

export type ResolutionsAndWhomTheyCallUponQueryVariables = Exact<{ [key: string]: never; }>;


export type ResolutionsAndWhomTheyCallUponQuery = { resolutions: { totalCount: number, edges: Array<{ node: { id: string, name: string, symbol: string | null, year: number | null, adoptedBy: Array<{ name: string }>, callsUpon: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        >, mandates: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        > } }> } };

export type BriefsAndEndorsementsQueryVariables = Exact<{ [key: string]: never; }>;


export type BriefsAndEndorsementsQuery = { briefs: { edges: Array<{ node: { id: string, name: string, year: number | null, status: DocumentStatus | null, endorsements: Array<{ quote: string | null, by:
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
            | { name: string, type: EntityType }
           }> } }> } };

export type SearchWithATypoQueryVariables = Exact<{
  q?: string;
}>;


export type SearchWithATypoQuery = { typo: Array<{ score: number, matched: string, entity:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
     }>, secondTypo: Array<{ matched: string, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type EventsOf2019InOrderQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type EventsOf2019InOrderQuery = { events: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: EventKind, date: { iso: string } | null, place: { name: string } | null } }> } };

export type WhoFundsWhatQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoFundsWhatQuery = { network: { nodes: Array<{ id: string, name: string, type: EntityType }>, edges: Array<{ source: string, target: string, year: number | null, role: string | null, status: RelationStatus }> } };

export type PeopleAndTheirOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleAndTheirOrganisationsQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, name: string, title: string | null, affiliations: Array<{ role: string | null, organisation: { name: string } }> } }> } };

export type WhatIcatPlansFor2020QueryVariables = Exact<{ [key: string]: never; }>;


export type WhatIcatPlansFor2020Query = { network: { edges: Array<{ source: string, type: RelationType, target: string, status: RelationStatus, role: string | null }> } };

export type RelationTypeCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationTypeCountsQuery = { relationTypeCounts: Array<{ type: RelationType, count: number }> };

export type CentralOrganisations2019QueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type CentralOrganisations2019Query = { centrality: { totalCount: number, edges: Array<{ rank: number, score: number, node:
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { acronym: string | null, id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
        | { id: string, name: string, metrics: { degree: number, pagerank: number, community: number } | null }
       }> } };

export type Communities2019QueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type Communities2019Query = { communities: { modularity: number, count: number, communities: Array<{ id: number, size: number, top: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }> } };

export type IcatTimeline2019QueryVariables = Exact<{
  entity?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type IcatTimeline2019Query = { timeline: { totalCount: number, edges: Array<{ node: { kind: TimelineKind, date: { iso: string, precision: DatePrecision }, event: { id: string, name: string } | null, relation: { type: RelationType, from:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , to:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           } | null, evidence: Array<{ section: string, excerpt: string }> } }> } };

export type WhatChanged2018To2019QueryVariables = Exact<{
  fromYear?: number;
  toYear?: number;
}>;


export type WhatChanged2018To2019Query = { networkDiff: { addedCount: number, endedCount: number, keptCount: number, ended: Array<{ type: RelationType, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , fromEvidence: Array<{ excerpt: string }> }>, kept: Array<{ type: RelationType, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , fromEvidence: Array<{ excerpt: string }>, toEvidence: Array<{ excerpt: string }> }> } };

export type EgoNetworkForExportQueryVariables = Exact<{
  center?: string | number;
}>;


export type EgoNetworkForExportQuery = { entity:
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
    | { id: string, name: string, metrics: { degree: number, betweenness: number, pagerank: number, community: number } | null }
   | null, neighbourhood: { totalNodes: number, nodes: Array<{ entity:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
       }> } | null };

export type WhatIcatRecommendedToCedawQueryVariables = Exact<{
  to?: string | number;
}>;


export type WhatIcatRecommendedToCedawQuery = { entity:
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { totalCount: number, edges: Array<{ node: { other:
              | { id: string, name: string, statementKind: StatementKind, year: number | null, status: StatementStatus, issuers: Array<
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                >, topics: Array<{ name: string }>, evidence: Array<{ excerpt: string, url: string }> }
              | Record<PropertyKey, never>
             } }> } }
   | null };

export type TopicsAndWhatAddressesThemQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsAndWhatAddressesThemQuery = { search: Array<{ entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string, addressedBy: Array<
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        > }
     }> };

export type FiguresTheReportGivesQueryVariables = Exact<{ [key: string]: never; }>;


export type FiguresTheReportGivesQuery = { icat:
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
   | null, un:
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
    | { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
              | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
              | Record<PropertyKey, never>
             } }> } }
   | null };

type Figures_Brief_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Event_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Organisation_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Person_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Place_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Quantity_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Resolution_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Statement_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

type Figures_Topic_Fragment = { name: string, relations: { edges: Array<{ node: { assertion: Assertion, other:
          | { name: string, amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, evidence: Array<{ excerpt: string }> }
          | Record<PropertyKey, never>
         } }> } };

export type FiguresFragment =
  | Figures_Brief_Fragment
  | Figures_Event_Fragment
  | Figures_Organisation_Fragment
  | Figures_Person_Fragment
  | Figures_Place_Fragment
  | Figures_Quantity_Fragment
  | Figures_Resolution_Fragment
  | Figures_Statement_Fragment
  | Figures_Topic_Fragment
;

export type EntityHistoryQueryVariables = Exact<{
  id?: string | number;
}>;


export type EntityHistoryQuery = { entity:
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, history: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, reviewer: string | null, appliedAt: string | null, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
   | null };

export type ChangesFeedQueryVariables = Exact<{
  since?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesFeedQuery = { changes: { edges: Array<{ cursor: string, node: { id: string, comment: string, appliedAt: string | null, appliedVersion: string | null, touched: Array<string>, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GraphAsOfQueryVariables = Exact<{
  asOf?: string;
}>;


export type GraphAsOfQuery = { entity:
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
    | { id: string, name: string, description: string | null, degree: number }
   | null, neighbourhood: { totalNodes: number, edges: Array<{ id: string, type: RelationType, from:
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
       }> } | null };

export type DuplicateCandidatesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DuplicateCandidatesQuery = { duplicateCandidates: { totalCount: number, edges: Array<{ node: { score: number, reason: string, matched: Array<string>, crossDataset: boolean, a:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        , b:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CurateNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CurateNodeQuery = { node:
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { id: string }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { year: number | null, role: string | null, assertion: Assertion, id: string, relationType: RelationType, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { id: string }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
    | { name: string, description: string | null, otherNames: Array<string>, id: string, entityType: EntityType }
   | null };

export type CurateQueueQueryVariables = Exact<{
  state?: ChangeSetState | null | undefined;
  author?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CurateQueueQuery = { changeSets: { edges: Array<{ node: { id: string, state: ChangeSetState, comment: string, author: string, proposedAt: string, reviewer: string | null, reviewedAt: string | null, reviewComment: string | null, baseVersion: string | null, appliedVersion: string | null, operations: Array<string>, diff: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CurateReviewMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type CurateReviewMutation = { reviewChange: { datasetVersion: string | null, changeSet: { id: string, state: ChangeSetState, reviewer: string | null, appliedVersion: string | null } | null, userErrors: Array<{ path: Array<string>, message: string, code: UserErrorCode }> } };

export type CurateViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CurateViewerQuery = { viewer: { actor: string, roles: Array<string> } | null };

export type CurateWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type CurateWithdrawMutation = { withdrawChange: { changeSet: { id: string, state: ChangeSetState } | null, userErrors: Array<{ path: Array<string>, message: string, code: UserErrorCode }> } };

export type CurationAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CurationAuditLogQuery = { auditLog: { edges: Array<{ cursor: string, node: { id: string, at: string, actor: string, roles: Array<string>, operation: string, targetIds: Array<string>, outcome: AuditOutcome, code: string | null, detail: string | null, requestId: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CurationChangeSetQueryVariables = Exact<{
  id: string | number;
}>;


export type CurationChangeSetQuery = { changeSet: { id: string, state: ChangeSetState, comment: string, author: string, proposedAt: string, reviewer: string | null, reviewedAt: string | null, reviewComment: string | null, baseVersion: string | null, appliedVersion: string | null, operations: Array<string>, diff: Array<string> } | null };

export type CurationProposeChangeMutationVariables = Exact<{
  input: ProposeChangeInput;
}>;


export type CurationProposeChangeMutation = { proposeChange: { changeSet: { id: string, state: ChangeSetState, author: string, proposedAt: string, baseVersion: string | null, operations: Array<string> } | null, userErrors: Array<{ path: Array<string>, message: string, code: UserErrorCode }> } };

export type CurationReviewChangeMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type CurationReviewChangeMutation = { reviewChange: { datasetVersion: string | null, changeSet: { id: string, state: ChangeSetState, reviewer: string | null, reviewedAt: string | null, appliedVersion: string | null, diff: Array<string> } | null, userErrors: Array<{ path: Array<string>, message: string, code: UserErrorCode }> } };

export type CurationWithdrawChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type CurationWithdrawChangeMutation = { withdrawChange: { changeSet: { id: string, state: ChangeSetState } | null, userErrors: Array<{ path: Array<string>, message: string, code: UserErrorCode }> } };

export type PageCentralityQueryVariables = Exact<{
  metric: CentralityMetric;
  types?: Array<RelationType> | RelationType | null | undefined;
  entityTypes?: Array<EntityType> | EntityType | null | undefined;
  year?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PageCentralityQuery = { centrality: { edges: Array<{ score: number, node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PageCommunitiesQueryVariables = Exact<{
  types?: Array<RelationType> | RelationType | null | undefined;
  entityTypes?: Array<EntityType> | EntityType | null | undefined;
  year?: number | null | undefined;
}>;


export type PageCommunitiesQuery = { communities: { modularity: number, count: number, communities: Array<{ id: number, size: number, top: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { acronym: string | null, id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, members: { edges: Array<{ node:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }>, pageInfo: { hasNextPage: boolean } } }> } };

export type EntityPanelQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPanelQuery = { entity:
    | { documentType: DocumentType, year: number | null, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { kind: EventKind, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, date: { iso: string } | null, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { acronym: string | null, classification: OrganisationClassification, website: string | null, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { title: string | null, role: string | null, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { placeType: PlaceType, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { amount: number, unit: QuantityUnit, qualifier: ParticipantCountQualifier, year: number | null, counts: string, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { symbol: string | null, year: number | null, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { statementKind: StatementKind, status: StatementStatus, year: number | null, id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
    | { id: string, name: string, type: EntityType, description: string | null, otherNames: Array<string>, degree: number, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, note: string | null, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ section: string, excerpt: string, url: string }> } }> } }
   | null };

export type PageNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  types?: Array<RelationType> | RelationType | null | undefined;
}>;


export type PageNeighbourhoodQuery = { neighbourhood: { totalNodes: number, center:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , nodes: Array<{ distance: number, entity:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } | null };

export type NetworkPageQueryVariables = Exact<{
  types?: Array<RelationType> | RelationType | null | undefined;
  entityTypes?: Array<EntityType> | EntityType | null | undefined;
  year?: number | null | undefined;
}>;


export type NetworkPageQuery = { relationTypeCounts: Array<{ type: RelationType, count: number }>, everything: { edges: Array<{ year: number | null }> }, network: { nodes: Array<{ id: string, name: string, label: string, type: EntityType, category: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, year: number | null, status: RelationStatus, role: string | null, assertion: Assertion }> } };

export type NetworkQueryVariables = Exact<{
  types?: Array<RelationType> | RelationType | null | undefined;
  entityTypes?: Array<EntityType> | EntityType | null | undefined;
  year?: number | null | undefined;
}>;


export type NetworkQuery = { network: { nodes: Array<{ id: string, name: string, label: string, type: EntityType, category: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, year: number | null, status: RelationStatus, role: string | null, assertion: Assertion }> } };

export type PagePathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  types?: Array<RelationType> | RelationType | null | undefined;
}>;


export type PagePathQuery = { path: { length: number, entities: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, steps: Array<{ direction: Direction, from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relation: { id: string, type: RelationType, year: number | null, role: string | null }, evidence: Array<{ section: string, excerpt: string }> }> } | null };

export type PageSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type PageSearchQuery = { search: Array<{ score: number, matched: string, entity:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { acronym: string | null, id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
     }> };

export type SourceMentionsQueryVariables = Exact<{
  source: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SourceMentionsQuery = { suggestMentions: { edges: Array<{ node: { section: string, start: number, end: number, text: string, entity:
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
         } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
}>;


export type SourcePageQuery = { source: { id: string, title: string, publisher: string, year: number, url: string, textAvailable: boolean, sections: Array<{ name: string, text: string, passages: Array<{ id: string, excerpt: string, start: number | null, end: number | null, anchor: AnchorState, entities: Array<
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
          | { id: string, name: string, type: EntityType }
        >, relations: Array<{ id: string, type: RelationType, assertion: Assertion, note: string | null, from:
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
           }> }> }>, orphans: Array<{ id: string, section: string, excerpt: string }> } | null };

export type WarmupConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WarmupConnectionsQuery = { organisations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, acronym: string | null, classification: OrganisationClassification } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, people: { totalCount: number, edges: Array<{ node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, events: { totalCount: number, edges: Array<{ node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WarmupEntityAroundQueryVariables = Exact<{
  id: string | number;
}>;


export type WarmupEntityAroundQuery = { entity:
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, degree: number, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }>, relations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, type: RelationType, direction: Direction, year: number | null, role: string | null, status: RelationStatus, assertion: Assertion, other:
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
              | { id: string, name: string, type: EntityType }
            , evidence: Array<{ id: string, section: string, excerpt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
   | null, neighbourhood: { totalNodes: number, center:
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
    , nodes: Array<{ distance: number, entity:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
       }>, edges: Array<{ id: string, type: RelationType, year: number | null, from:
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
      , evidence: Array<{ id: string, section: string, excerpt: string }> }> } | null };

export type WarmupEntityEvidenceQueryVariables = Exact<{
  id: string | number;
}>;


export type WarmupEntityEvidenceQuery = { entity:
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
   | null };

export type WarmupEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type WarmupEntityQuery = { entity:
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { acronym: string | null, classification: OrganisationClassification, id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, members: Array<{ id: string, name: string }>, memberOf: Array<{ id: string, name: string }>, partners: Array<{ id: string, name: string }>, people: Array<{ role: string | null, person: { id: string, name: string } }>, events: Array<{ relationType: RelationType, role: string | null, event: { id: string, name: string } }>, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
    | { id: string, name: string, type: EntityType, otherNames: Array<string>, description: string | null, evidence: Array<{ id: string, section: string, excerpt: string, source: string, url: string }> }
   | null };

export type WarmupNeighbourhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type WarmupNeighbourhoodQuery = { neighbourhood: { totalNodes: number, nodes: Array<{ distance: number, entity:
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
        | { id: string, name: string, type: EntityType }
       }>, edges: Array<{ id: string, type: RelationType, from:
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
      , evidence: Array<{ id: string, excerpt: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type WarmupPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type WarmupPathQuery = { path: { length: number, entities: Array<
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
      | { id: string, name: string, type: EntityType }
    >, steps: Array<{ direction: Direction, relation: { id: string, type: RelationType, year: number | null, evidence: Array<{ id: string, excerpt: string }> }, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null };

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
export const FiguresFragmentDoc = new TypedDocumentString(`
    fragment figures on Entity {
  name
  relations(types: [QUANTIFIES], direction: INCOMING) {
    edges {
      node {
        assertion
        other {
          ... on Quantity {
            name
            amount
            unit
            qualifier
            year
            counts
            evidence {
              excerpt
            }
          }
        }
      }
    }
  }
}
    `, {"fragmentName":"figures"}) as unknown as TypedDocumentString<FiguresFragment, unknown>;
export const BenchConnectionDocument = new TypedDocumentString(`
    query BenchConnection {
  organisations(first: 20, where: {classification: [UN_ENTITY]}) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        acronym
        classification
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:c9cff2abaf35e77d10b3b0367d40dea882577e955aacab449cad3a562f09a654"}) as unknown as TypedDocumentString<BenchConnectionQuery, BenchConnectionQueryVariables>;
export const EntityAroundDocument = new TypedDocumentString(`
    query EntityAround($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    otherNames
    description
    evidence {
      id
      section
      excerpt
      url
    }
    ... on Organisation {
      acronym
      website
    }
  }
  neighbourhood(id: $id, depth: 1) {
    totalNodes
    nodes {
      distance
      entity {
        id
        name
        type
      }
    }
    edges {
      id
      type
      year
      from {
        id
        name
      }
      to {
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
    `, {"hash":"sha256:6b5a142355a7a9b56fbeb5f3d9df23056c133caca778a37a85004257e5658ae2"}) as unknown as TypedDocumentString<EntityAroundQuery, EntityAroundQueryVariables>;
export const BenchEntityDocument = new TypedDocumentString(`
    query BenchEntity($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    otherNames
    evidence {
      id
      section
      excerpt
    }
    ... on Organisation {
      acronym
      members {
        id
        name
      }
      memberOf {
        id
        name
      }
      partners {
        id
        name
      }
      people {
        role
        person {
          id
          name
        }
      }
      events {
        relationType
        role
        event {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:e5c50eff6e6d267a2604cedad7b25d5411ab3633f8db9f3981839730ccf0653a"}) as unknown as TypedDocumentString<BenchEntityQuery, BenchEntityQueryVariables>;
export const BenchNeighbourhoodDocument = new TypedDocumentString(`
    query BenchNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, first: 50) {
    totalNodes
    nodes {
      distance
      entity {
        id
        name
        type
      }
    }
    edges {
      id
      type
      from {
        id
      }
      to {
        id
      }
    }
  }
}
    `, {"hash":"sha256:55df1f6f76e1aa1f822ab802f8861492d5ca347db8592daf5f005d7263d3a63d"}) as unknown as TypedDocumentString<BenchNeighbourhoodQuery, BenchNeighbourhoodQueryVariables>;
export const BenchNetworkDocument = new TypedDocumentString(`
    query BenchNetwork($year: Int!) {
  network(relationTypes: [CO_CHAIRED, COORDINATES], year: $year) {
    nodes {
      id
      label
      type
      degree
    }
    edges {
      id
      source
      target
      type
      year
      status
    }
  }
}
    `, {"hash":"sha256:9fdc3b9865ee0e9a476705574c16cb4e2ad7251790b639079d570544ba9a0b95"}) as unknown as TypedDocumentString<BenchNetworkQuery, BenchNetworkQueryVariables>;
export const BenchPathDocument = new TypedDocumentString(`
    query BenchPath($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    entities {
      id
      name
      type
    }
    steps {
      direction
      relation {
        id
        type
        year
      }
    }
  }
}
    `, {"hash":"sha256:52ea5c6bfcf7a9b8f17ac6df64496f306a62ec35c894cf9058076d21723e7f63"}) as unknown as TypedDocumentString<BenchPathQuery, BenchPathQueryVariables>;
export const BenchSearchDocument = new TypedDocumentString(`
    query BenchSearch($q: String!) {
  search(query: $q, first: 10) {
    score
    matched
    entity {
      id
      name
      type
    }
  }
}
    `, {"hash":"sha256:3a83e600a05c75ef837c0f300496aad4e122f9437bd10cb00d406ff915f887ac"}) as unknown as TypedDocumentString<BenchSearchQuery, BenchSearchQueryVariables>;
export const CoChairsByYearDocument = new TypedDocumentString(`
    query CoChairsByYear($year: Int = 2019) {
  entity(id: "org:icat") {
    name
    ... on Organisation {
      coChairs(year: $year) {
        id
        acronym
        name
        relations(types: [ELECTED], direction: INCOMING) {
          edges {
            node {
              other {
                name
              }
              year
              role
              evidence {
                section
                excerpt
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:a7ffe293e6369494a7ae90fa0cc4262153b23d4472fe81d88817a925009c6a4f"}) as unknown as TypedDocumentString<CoChairsByYearQuery, CoChairsByYearQueryVariables>;
export const MembersAndSinceWhenDocument = new TypedDocumentString(`
    query MembersAndSinceWhen {
  entity(id: "org:icat") {
    name
    relations(types: [MEMBER_OF, COORDINATES], direction: INCOMING, first: 50) {
      totalCount
      edges {
        node {
          type
          other {
            id
            name
          }
          year
          since {
            iso
          }
          role
        }
      }
    }
  }
}
    `, {"hash":"sha256:3a5ec48d9d6f059a0af058396b494387b1a731b73754b15c7883d5819ba86902"}) as unknown as TypedDocumentString<MembersAndSinceWhenQuery, MembersAndSinceWhenQueryVariables>;
export const PartnersDocument = new TypedDocumentString(`
    query Partners {
  entity(id: "org:icat") {
    ... on Organisation {
      partners {
        id
        name
        classification
      }
    }
    relations(types: [PARTNER_OF], direction: INCOMING) {
      edges {
        node {
          other {
            name
          }
          year
          role
          evidence {
            excerpt
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:ca60166338f710b15d5faf2e16b5ca05598bbcb79755e0b00fcb56e21ba1dea3"}) as unknown as TypedDocumentString<PartnersQuery, PartnersQueryVariables>;
export const WhatWasSubmittedToWhomDocument = new TypedDocumentString(`
    query WhatWasSubmittedToWhom {
  briefs(where: {documentType: [SUBMISSION]}, first: 20) {
    edges {
      node {
        id
        name
        year
        submittedTo {
          id
          name
        }
        authors {
          name
        }
        relations(types: [SUBMITTED_TO]) {
          edges {
            node {
              evidence {
                section
                excerpt
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:58a5d1f803220fe9aa7e235882b30c52127e109374dcf9e37c20b4836ccaa9f6"}) as unknown as TypedDocumentString<WhatWasSubmittedToWhomQuery, WhatWasSubmittedToWhomQueryVariables>;
export const WhoSpokeAtWhichEventDocument = new TypedDocumentString(`
    query WhoSpokeAtWhichEvent($event: ID! = "event:hlpf-2019-thematic-event-technology") {
  entity(id: $event) {
    name
    ... on Event {
      date {
        iso
      }
      place {
        name
      }
      participants {
        participant {
          id
          name
          type
        }
        relationType
        role
      }
    }
  }
}
    `, {"hash":"sha256:71db1128cf7045a25fe771226c6f7c794a6d75f6f9985b426a68d86d61d9c1ee"}) as unknown as TypedDocumentString<WhoSpokeAtWhichEventQuery, WhoSpokeAtWhichEventQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($from: ID! = "person:melanie-thompson", $to: ID! = "org:osce") {
  path(from: $from, to: $to, maxHops: 4) {
    length
    steps {
      from {
        name
      }
      relation {
        type
      }
      direction
      entity {
        name
      }
      evidence {
        section
        excerpt
      }
    }
  }
}
    `, {"hash":"sha256:7ccee038adf9a7616768e1d0e3f16da8e8ebf4bd9a5dd38125ba0e3f49ed2744"}) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID! = "org:unodc", $depth: Int = 1) {
  neighbourhood(id: $id, depth: $depth, first: 50) {
    center {
      id
      name
      type
    }
    totalNodes
    nodes {
      distance
      entity {
        id
        name
        type
      }
    }
    edges {
      type
      from {
        id
      }
      to {
        id
      }
      year
    }
  }
}
    `, {"hash":"sha256:0298ddca4851437bcaddd150ceba8516fca358c7b4b12a38c7f23c83c0d571ab"}) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const ResolutionsAndWhomTheyCallUponDocument = new TypedDocumentString(`
    query ResolutionsAndWhomTheyCallUpon {
  resolutions(first: 20, orderBy: DATE_ASC) {
    totalCount
    edges {
      node {
        id
        name
        symbol
        year
        adoptedBy {
          name
        }
        callsUpon {
          name
        }
        mandates {
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:fc48549ef8005432ff0def1c47b316617acc44fff7856a4b130dade5ef693f1f"}) as unknown as TypedDocumentString<ResolutionsAndWhomTheyCallUponQuery, ResolutionsAndWhomTheyCallUponQueryVariables>;
export const BriefsAndEndorsementsDocument = new TypedDocumentString(`
    query BriefsAndEndorsements {
  briefs(where: {documentType: [ISSUE_BRIEF]}, orderBy: DATE_DESC) {
    edges {
      node {
        id
        name
        year
        status
        endorsements {
          by {
            name
            type
          }
          quote
        }
      }
    }
  }
}
    `, {"hash":"sha256:f44bf1876e79364fc887afe9525c1f36e3ec29357eb37876c8ec28e19c1ff0c6"}) as unknown as TypedDocumentString<BriefsAndEndorsementsQuery, BriefsAndEndorsementsQueryVariables>;
export const SearchWithATypoDocument = new TypedDocumentString(`
    query SearchWithATypo($q: String! = "Interpoll") {
  typo: search(query: $q, first: 3) {
    score
    matched
    entity {
      id
      name
      type
    }
  }
  secondTypo: search(query: "Crime Ofice", types: [ORGANISATION], first: 3) {
    matched
    entity {
      id
      name
    }
  }
}
    `, {"hash":"sha256:dc9898b920d9f00f15b178fa58a0b79b555d562b9a721add6aa95e055eeb229e"}) as unknown as TypedDocumentString<SearchWithATypoQuery, SearchWithATypoQueryVariables>;
export const EventsOf2019InOrderDocument = new TypedDocumentString(`
    query EventsOf2019InOrder($year: Int = 2019) {
  events(where: {year: $year}, orderBy: DATE_ASC, first: 50) {
    totalCount
    edges {
      node {
        id
        name
        kind
        date {
          iso
        }
        place {
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:77f60d1b1ffb0df9014b452644ebc6b526083bbb30dba89064fe204d408312a2"}) as unknown as TypedDocumentString<EventsOf2019InOrderQuery, EventsOf2019InOrderQueryVariables>;
export const WhoFundsWhatDocument = new TypedDocumentString(`
    query WhoFundsWhat {
  network(relationTypes: [FUNDS]) {
    nodes {
      id
      name
      type
    }
    edges {
      source
      target
      year
      role
      status
    }
  }
}
    `, {"hash":"sha256:b0d175c4587c93997b5788ccf20962911d4088affbdecae00c84cff7e5b1e757"}) as unknown as TypedDocumentString<WhoFundsWhatQuery, WhoFundsWhatQueryVariables>;
export const PeopleAndTheirOrganisationsDocument = new TypedDocumentString(`
    query PeopleAndTheirOrganisations {
  people(first: 50) {
    totalCount
    edges {
      node {
        id
        name
        title
        affiliations {
          organisation {
            name
          }
          role
        }
      }
    }
  }
}
    `, {"hash":"sha256:57023e8b33640304c3e993c2e0159e936f19abeae5d52e385f0fe65557c05ba2"}) as unknown as TypedDocumentString<PeopleAndTheirOrganisationsQuery, PeopleAndTheirOrganisationsQueryVariables>;
export const WhatIcatPlansFor2020Document = new TypedDocumentString(`
    query WhatIcatPlansFor2020 {
  network(year: 2020) {
    edges {
      source
      type
      target
      status
      role
    }
  }
}
    `, {"hash":"sha256:193e38eb30e6eb05e96646e03180d91fd248666d199a5526e52b3f20d347bb18"}) as unknown as TypedDocumentString<WhatIcatPlansFor2020Query, WhatIcatPlansFor2020QueryVariables>;
export const RelationTypeCountsDocument = new TypedDocumentString(`
    query RelationTypeCounts {
  relationTypeCounts {
    type
    count
  }
}
    `, {"hash":"sha256:b2f9818c1f89c237a99cf677a15485b7525d3e393e34e42ada0dc5a6003a24c4"}) as unknown as TypedDocumentString<RelationTypeCountsQuery, RelationTypeCountsQueryVariables>;
export const CentralOrganisations2019Document = new TypedDocumentString(`
    query CentralOrganisations2019($year: Int = 2019) {
  centrality(metric: BETWEENNESS, year: $year, types: [ORGANISATION], first: 5) {
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
        metrics(year: $year) {
          degree
          pagerank
          community
        }
      }
    }
  }
}
    `, {"hash":"sha256:51b54e3e7f13b3870c3a6acb865016b71fb7f4aa995d91f67ef5761adc95a965"}) as unknown as TypedDocumentString<CentralOrganisations2019Query, CentralOrganisations2019QueryVariables>;
export const Communities2019Document = new TypedDocumentString(`
    query Communities2019($year: Int = 2019) {
  communities(year: $year) {
    modularity
    count
    communities(first: 6) {
      id
      size
      top(first: 3) {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:8c8121f807178681123408e3e15640bfca6563013c333735ddfdb17f126f4286"}) as unknown as TypedDocumentString<Communities2019Query, Communities2019QueryVariables>;
export const IcatTimeline2019Document = new TypedDocumentString(`
    query IcatTimeline2019($entity: ID = "org:icat", $year: Int = 2019) {
  timeline(entity: $entity, from: $year, to: $year, first: 50) {
    totalCount
    edges {
      node {
        kind
        date {
          iso
          precision
        }
        event {
          id
          name
        }
        relation {
          type
          from {
            id
            name
          }
          to {
            id
            name
          }
        }
        evidence {
          section
          excerpt
        }
      }
    }
  }
}
    `, {"hash":"sha256:bd191d001f0ca6569c78c8c6d8fd25f7acda8a6e341ccd77de652797d34ba454"}) as unknown as TypedDocumentString<IcatTimeline2019Query, IcatTimeline2019QueryVariables>;
export const WhatChanged2018To2019Document = new TypedDocumentString(`
    query WhatChanged2018To2019($fromYear: Int! = 2018, $toYear: Int! = 2019) {
  networkDiff(fromYear: $fromYear, toYear: $toYear) {
    addedCount
    endedCount
    keptCount
    ended(first: 10) {
      type
      from {
        id
        name
      }
      to {
        id
        name
      }
      fromEvidence {
        excerpt
      }
    }
    kept(first: 10) {
      type
      from {
        id
        name
      }
      to {
        id
        name
      }
      fromEvidence {
        excerpt
      }
      toEvidence {
        excerpt
      }
    }
  }
}
    `, {"hash":"sha256:08fabd90b0184603301e45f05cf83aa2ded8da39730bba08e5a5bfa8bed3cffe"}) as unknown as TypedDocumentString<WhatChanged2018To2019Query, WhatChanged2018To2019QueryVariables>;
export const EgoNetworkForExportDocument = new TypedDocumentString(`
    query EgoNetworkForExport($center: ID! = "org:osce") {
  entity(id: $center) {
    id
    name
    metrics {
      degree
      betweenness
      pagerank
      community
    }
  }
  neighbourhood(id: $center, depth: 1, first: 100) {
    totalNodes
    nodes {
      entity {
        id
        name
        type
      }
    }
  }
}
    `, {"hash":"sha256:d429024a46b54bea65a7c2817ecee4ca348bd11f1f2be5a7dfe1cad2e130bb5b"}) as unknown as TypedDocumentString<EgoNetworkForExportQuery, EgoNetworkForExportQueryVariables>;
export const WhatIcatRecommendedToCedawDocument = new TypedDocumentString(`
    query WhatIcatRecommendedToCedaw($to: ID! = "org:cedaw-committee") {
  entity(id: $to) {
    name
    relations(types: [ADDRESSED_TO], direction: INCOMING, first: 50) {
      totalCount
      edges {
        node {
          other {
            ... on Statement {
              id
              name
              statementKind
              year
              status
              issuers {
                id
                name
              }
              topics {
                name
              }
              evidence {
                excerpt
                url
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:b63789ae7cfff97a8f63a82d1e220cab3fea86ea79fcd8320e620ae697f04903"}) as unknown as TypedDocumentString<WhatIcatRecommendedToCedawQuery, WhatIcatRecommendedToCedawQueryVariables>;
export const TopicsAndWhatAddressesThemDocument = new TypedDocumentString(`
    query TopicsAndWhatAddressesThem {
  search(query: "technology impunity gender", types: [TOPIC], first: 10) {
    entity {
      id
      name
      ... on Topic {
        addressedBy {
          id
          name
          type
        }
      }
    }
  }
}
    `, {"hash":"sha256:7092c3c9dbf69117986954fdd2bb238c846151e35f9a4bb40ba4d2fa4e8e524f"}) as unknown as TypedDocumentString<TopicsAndWhatAddressesThemQuery, TopicsAndWhatAddressesThemQueryVariables>;
export const FiguresTheReportGivesDocument = new TypedDocumentString(`
    query FiguresTheReportGives {
  icat: entity(id: "org:icat") {
    ...figures
  }
  un: entity(id: "org:united-nations") {
    ...figures
  }
}
    fragment figures on Entity {
  name
  relations(types: [QUANTIFIES], direction: INCOMING) {
    edges {
      node {
        assertion
        other {
          ... on Quantity {
            name
            amount
            unit
            qualifier
            year
            counts
            evidence {
              excerpt
            }
          }
        }
      }
    }
  }
}`, {"hash":"sha256:36f0cdbf32a6bfe664303550c19f4e2bb68940be7944a348f0ffee3beadf2bed"}) as unknown as TypedDocumentString<FiguresTheReportGivesQuery, FiguresTheReportGivesQueryVariables>;
export const EntityHistoryDocument = new TypedDocumentString(`
    query EntityHistory($id: ID! = "org:icat") {
  entity(id: $id) {
    id
    name
    history(first: 10) {
      edges {
        node {
          id
          state
          comment
          author
          reviewer
          appliedAt
          diff
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `, {"hash":"sha256:b64900d7d53686454ff9c163dd0aac7b030007ea10f3ba7547a4fb6b24f258d6"}) as unknown as TypedDocumentString<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const ChangesFeedDocument = new TypedDocumentString(`
    query ChangesFeed($since: DateTime, $after: String) {
  changes(since: $since, first: 20, after: $after) {
    edges {
      cursor
      node {
        id
        comment
        appliedAt
        appliedVersion
        touched
        diff
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:b9792652ac835bdd17a0f8506a6a5d2420578f2133473c6df74274de0b18f273"}) as unknown as TypedDocumentString<ChangesFeedQuery, ChangesFeedQueryVariables>;
export const GraphAsOfDocument = new TypedDocumentString(`
    query GraphAsOf($asOf: DateTime! = "2099-12-31T23:59:59Z") {
  entity(id: "org:icat", asOf: $asOf) {
    id
    name
    description
    degree
  }
  neighbourhood(
    id: "org:icat"
    relationTypes: [MEMBER_OF]
    first: 100
    asOf: $asOf
  ) {
    totalNodes
    edges {
      id
      type
      from {
        id
      }
      to {
        id
      }
    }
  }
}
    `, {"hash":"sha256:267af7cee325ce7f06fcaadd87d147e7761db0e682a309e223d72eaa1500376f"}) as unknown as TypedDocumentString<GraphAsOfQuery, GraphAsOfQueryVariables>;
export const DuplicateCandidatesDocument = new TypedDocumentString(`
    query DuplicateCandidates($first: Int = 10) {
  duplicateCandidates(first: $first) {
    totalCount
    edges {
      node {
        a {
          id
          name
          type
        }
        b {
          id
          name
          type
        }
        score
        reason
        matched
        crossDataset
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:1c0856744761e4efa084efda5f9fce9d41e1fe66b9ba06f25ab61f6d8ec0bd4e"}) as unknown as TypedDocumentString<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const CurateNodeDocument = new TypedDocumentString(`
    query CurateNode($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      name
      entityType: type
      description
      otherNames
    }
    ... on Relation {
      relationType: type
      year
      role
      assertion
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:753a8ad96d30d3858a986e5f955351696ba06ba1dc600685bdbe14703193cd1a"}) as unknown as TypedDocumentString<CurateNodeQuery, CurateNodeQueryVariables>;
export const CurateQueueDocument = new TypedDocumentString(`
    query CurateQueue($state: ChangeSetState, $author: String, $first: Int, $after: String) {
  changeSets(state: $state, author: $author, first: $first, after: $after) {
    edges {
      node {
        id
        state
        comment
        author
        proposedAt
        reviewer
        reviewedAt
        reviewComment
        baseVersion
        appliedVersion
        operations
        diff
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:68061ab4c23da8230f839750be9426123c490798f7765755597a83fa51b24444"}) as unknown as TypedDocumentString<CurateQueueQuery, CurateQueueQueryVariables>;
export const CurateReviewDocument = new TypedDocumentString(`
    mutation CurateReview($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewChange(id: $id, decision: $decision, comment: $comment) {
    changeSet {
      id
      state
      reviewer
      appliedVersion
    }
    datasetVersion
    userErrors {
      path
      message
      code
    }
  }
}
    `, {"hash":"sha256:896280a6e45101b8b86b1c49b9179dab979ecdbe3d971c1fb237ae58b83c9bb8"}) as unknown as TypedDocumentString<CurateReviewMutation, CurateReviewMutationVariables>;
export const CurateViewerDocument = new TypedDocumentString(`
    query CurateViewer {
  viewer {
    actor
    roles
  }
}
    `, {"hash":"sha256:bdfe13b2851f8f861ee5e31c62d2002fa563305adb99aa47dda0544d65d7ebc7"}) as unknown as TypedDocumentString<CurateViewerQuery, CurateViewerQueryVariables>;
export const CurateWithdrawDocument = new TypedDocumentString(`
    mutation CurateWithdraw($id: ID!) {
  withdrawChange(id: $id) {
    changeSet {
      id
      state
    }
    userErrors {
      path
      message
      code
    }
  }
}
    `, {"hash":"sha256:ce3c3eebf9571e7c660415bbe787f013c5ff63f78988f50d99849f6b775df10c"}) as unknown as TypedDocumentString<CurateWithdrawMutation, CurateWithdrawMutationVariables>;
export const CurationAuditLogDocument = new TypedDocumentString(`
    query CurationAuditLog($first: Int, $after: String) {
  auditLog(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        at
        actor
        roles
        operation
        targetIds
        outcome
        code
        detail
        requestId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:6f23cf5d30b3099a5de6d2f7556343002a78fdb6edb41accd0618ed71dcffba8"}) as unknown as TypedDocumentString<CurationAuditLogQuery, CurationAuditLogQueryVariables>;
export const CurationChangeSetDocument = new TypedDocumentString(`
    query CurationChangeSet($id: ID!) {
  changeSet(id: $id) {
    id
    state
    comment
    author
    proposedAt
    reviewer
    reviewedAt
    reviewComment
    baseVersion
    appliedVersion
    operations
    diff
  }
}
    `, {"hash":"sha256:81a58bbab56a2d43e18b64ffede14a1d9c0d0bf081663e2ade1f228e577de250"}) as unknown as TypedDocumentString<CurationChangeSetQuery, CurationChangeSetQueryVariables>;
export const CurationProposeChangeDocument = new TypedDocumentString(`
    mutation CurationProposeChange($input: ProposeChangeInput!) {
  proposeChange(input: $input) {
    changeSet {
      id
      state
      author
      proposedAt
      baseVersion
      operations
    }
    userErrors {
      path
      message
      code
    }
  }
}
    `, {"hash":"sha256:c2c3c81f0bf1dd292b07c4b7d62738c4bdc04891daa0a280a515662aae034a22"}) as unknown as TypedDocumentString<CurationProposeChangeMutation, CurationProposeChangeMutationVariables>;
export const CurationReviewChangeDocument = new TypedDocumentString(`
    mutation CurationReviewChange($id: ID!, $decision: ReviewDecision!, $comment: String) {
  reviewChange(id: $id, decision: $decision, comment: $comment) {
    changeSet {
      id
      state
      reviewer
      reviewedAt
      appliedVersion
      diff
    }
    datasetVersion
    userErrors {
      path
      message
      code
    }
  }
}
    `, {"hash":"sha256:14e5df3d83f3a2cc5902139600c408b4acb332167053d753556b2447052b0287"}) as unknown as TypedDocumentString<CurationReviewChangeMutation, CurationReviewChangeMutationVariables>;
export const CurationWithdrawChangeDocument = new TypedDocumentString(`
    mutation CurationWithdrawChange($id: ID!) {
  withdrawChange(id: $id) {
    changeSet {
      id
      state
    }
    userErrors {
      path
      message
      code
    }
  }
}
    `, {"hash":"sha256:f61385ecc97a5f09e574f2de6aa663cd2057f8db6bcad555f8e4f3860fd07cf5"}) as unknown as TypedDocumentString<CurationWithdrawChangeMutation, CurationWithdrawChangeMutationVariables>;
export const PageCentralityDocument = new TypedDocumentString(`
    query PageCentrality($metric: CentralityMetric!, $types: [RelationType!], $entityTypes: [EntityType!], $year: Int, $after: String) {
  centrality(
    metric: $metric
    relationTypes: $types
    types: $entityTypes
    year: $year
    first: 100
    after: $after
  ) {
    edges {
      node {
        id
      }
      score
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:cb8f6aa116833cce42e2094f3e76edaea1e44b0ab5b16e71c0656106d476f369"}) as unknown as TypedDocumentString<PageCentralityQuery, PageCentralityQueryVariables>;
export const PageCommunitiesDocument = new TypedDocumentString(`
    query PageCommunities($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) {
  communities(relationTypes: $types, types: $entityTypes, year: $year) {
    modularity
    count
    communities(first: 100) {
      id
      size
      top(first: 3) {
        id
        name
        ... on Organisation {
          acronym
        }
      }
      members(first: 100) {
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
}
    `, {"hash":"sha256:99dd738910fd477723595352502653675502216eac3fb3a9aeb4fb8363b04171"}) as unknown as TypedDocumentString<PageCommunitiesQuery, PageCommunitiesQueryVariables>;
export const EntityPanelDocument = new TypedDocumentString(`
    query EntityPanel($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    description
    otherNames
    degree
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
      }
    }
    ... on Brief {
      documentType
      year
    }
    ... on Resolution {
      symbol
      year
    }
    ... on Place {
      placeType
    }
    ... on Statement {
      statementKind
      status
      year
    }
    ... on Quantity {
      amount
      unit
      qualifier
      year
      counts
    }
    relations(first: 100) {
      totalCount
      edges {
        node {
          id
          type
          direction
          other {
            id
            name
            type
          }
          year
          role
          status
          assertion
          note
          evidence {
            section
            excerpt
            url
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:888befd62d3e83d773737f33505a15397e6991507600a10f19f0855027da04c4"}) as unknown as TypedDocumentString<EntityPanelQuery, EntityPanelQueryVariables>;
export const PageNeighbourhoodDocument = new TypedDocumentString(`
    query PageNeighbourhood($id: ID!, $depth: Int!, $types: [RelationType!]) {
  neighbourhood(id: $id, depth: $depth, relationTypes: $types, first: 200) {
    center {
      id
    }
    totalNodes
    nodes {
      entity {
        id
      }
      distance
    }
  }
}
    `, {"hash":"sha256:e3ced2d547641058309d1ba9d222d96961fcc52ae600f43fbdf13bf22b807372"}) as unknown as TypedDocumentString<PageNeighbourhoodQuery, PageNeighbourhoodQueryVariables>;
export const NetworkPageDocument = new TypedDocumentString(`
    query NetworkPage($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) {
  relationTypeCounts {
    type
    count
  }
  everything: network {
    edges {
      year
    }
  }
  network(relationTypes: $types, types: $entityTypes, year: $year) {
    nodes {
      id
      name
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
    }
  }
}
    `, {"hash":"sha256:843d75a186dea995c3436a83c4e64364b86bf25ef8a26735a48e52dfed546285"}) as unknown as TypedDocumentString<NetworkPageQuery, NetworkPageQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) {
  network(relationTypes: $types, types: $entityTypes, year: $year) {
    nodes {
      id
      name
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
    }
  }
}
    `, {"hash":"sha256:8e1a0473fff38e711de6292b57c2a8b5e913ec7c9e154fe1f0ac95de647ed098"}) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const PagePathDocument = new TypedDocumentString(`
    query PagePath($from: ID!, $to: ID!, $types: [RelationType!]) {
  path(from: $from, to: $to, maxHops: 6, relationTypes: $types) {
    length
    entities {
      id
      name
    }
    steps {
      from {
        id
        name
      }
      entity {
        id
        name
      }
      direction
      relation {
        id
        type
        year
        role
      }
      evidence {
        section
        excerpt
      }
    }
  }
}
    `, {"hash":"sha256:9e456c9f892dbbb6148b490cf0357abcf6976f1cb97fbe0e271a13bcf0d95001"}) as unknown as TypedDocumentString<PagePathQuery, PagePathQueryVariables>;
export const PageSearchDocument = new TypedDocumentString(`
    query PageSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    score
    matched
    entity {
      id
      name
      type
      ... on Organisation {
        acronym
      }
    }
  }
}
    `, {"hash":"sha256:fdaf4bab178c2453ad6c51c4d9b5813940d696cb6f493864b48b54d569e8720d"}) as unknown as TypedDocumentString<PageSearchQuery, PageSearchQueryVariables>;
export const SourceMentionsDocument = new TypedDocumentString(`
    query SourceMentions($source: ID!, $first: Int, $after: String) {
  suggestMentions(source: $source, first: $first, after: $after) {
    edges {
      node {
        section
        start
        end
        text
        entity {
          id
          name
          type
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:d5ed91cf1e35957875bd3e92b3f3540bd3cb3121fad11d09f6ef21a79e8921c0"}) as unknown as TypedDocumentString<SourceMentionsQuery, SourceMentionsQueryVariables>;
export const SourcePageDocument = new TypedDocumentString(`
    query SourcePage($id: ID!) {
  source(id: $id) {
    id
    title
    publisher
    year
    url
    textAvailable
    sections {
      name
      text
      passages {
        id
        excerpt
        start
        end
        anchor
        entities {
          id
          name
          type
        }
        relations {
          id
          type
          assertion
          note
          from {
            name
          }
          to {
            name
          }
        }
      }
    }
    orphans {
      id
      section
      excerpt
    }
  }
}
    `, {"hash":"sha256:d3749804072dcea7f307d7fddf164fc3d32a7b688f370f01dd0c708bc154d7d2"}) as unknown as TypedDocumentString<SourcePageQuery, SourcePageQueryVariables>;
export const WarmupConnectionsDocument = new TypedDocumentString(`
    query WarmupConnections {
  organisations(first: 20, where: {classification: [UN_ENTITY]}) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        acronym
        classification
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  people(first: 20) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  events(first: 20) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:1c7bf91142245c62ce7e631871d848df504087fa78f38ec4b07d184f072b249d"}) as unknown as TypedDocumentString<WarmupConnectionsQuery, WarmupConnectionsQueryVariables>;
export const WarmupEntityAroundDocument = new TypedDocumentString(`
    query WarmupEntityAround($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    otherNames
    description
    evidence {
      id
      section
      excerpt
      source
      url
    }
    degree
    relations(first: 20) {
      totalCount
      edges {
        cursor
        node {
          id
          type
          direction
          year
          role
          status
          assertion
          other {
            id
            name
            type
          }
          evidence {
            id
            section
            excerpt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  neighbourhood(id: $id, depth: 1, first: 50) {
    center {
      id
      name
      type
    }
    totalNodes
    nodes {
      distance
      entity {
        id
        name
        type
      }
    }
    edges {
      id
      type
      year
      from {
        id
      }
      to {
        id
      }
      evidence {
        id
        section
        excerpt
      }
    }
  }
}
    `, {"hash":"sha256:4cb6007dec87d3ef2f8a93769d011943a4d7abd1a7334ed1347e738361a7ba60"}) as unknown as TypedDocumentString<WarmupEntityAroundQuery, WarmupEntityAroundQueryVariables>;
export const WarmupEntityEvidenceDocument = new TypedDocumentString(`
    query WarmupEntityEvidence($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    otherNames
    description
    evidence {
      id
      section
      excerpt
      source
      url
    }
  }
}
    `, {"hash":"sha256:b9c4b21ca1d1900dca5c482c0ae47fe2ef7f81049458449dc2444936a0f65d4a"}) as unknown as TypedDocumentString<WarmupEntityEvidenceQuery, WarmupEntityEvidenceQueryVariables>;
export const WarmupEntityDocument = new TypedDocumentString(`
    query WarmupEntity($id: ID!) {
  entity(id: $id) {
    id
    name
    type
    otherNames
    description
    evidence {
      id
      section
      excerpt
      source
      url
    }
    ... on Organisation {
      acronym
      classification
      members {
        id
        name
      }
      memberOf {
        id
        name
      }
      partners {
        id
        name
      }
      people {
        role
        person {
          id
          name
        }
      }
      events {
        relationType
        role
        event {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:293787ab7ca1b952eaa5a2b33e6975ff6b6a82eefe08651cbce75eb1f0b00f66"}) as unknown as TypedDocumentString<WarmupEntityQuery, WarmupEntityQueryVariables>;
export const WarmupNeighbourhoodDocument = new TypedDocumentString(`
    query WarmupNeighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, first: 50) {
    totalNodes
    nodes {
      distance
      entity {
        id
        name
        type
      }
    }
    edges {
      id
      type
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
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:bf3b9f59ab14388ac08b65e7fcd492fabfc92a08860d3fb0588ab6accd37102f"}) as unknown as TypedDocumentString<WarmupNeighbourhoodQuery, WarmupNeighbourhoodQueryVariables>;
export const WarmupPathDocument = new TypedDocumentString(`
    query WarmupPath($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    entities {
      id
      name
      type
    }
    steps {
      direction
      relation {
        id
        type
        year
        evidence {
          id
          excerpt
        }
      }
      entity {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:081e858e7ae9c28203e1390f7322deb38796fd98454ec2a566a5aa9a321f3988"}) as unknown as TypedDocumentString<WarmupPathQuery, WarmupPathQueryVariables>;