import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, EntityPage, NodeRow, RelationView, PassageRow, SourceRow, SourceSectionRow, RelationPage, PathStepRow, PathRow, NeighbourhoodRow, NeighbourhoodNodeRow, SearchHitRow } from '../graph/rows.js';
import type { FuzzyDate as FuzzyDateValue } from '../model/dates.js';
import type { NetworkView, NetworkNodeView, NetworkEdgeView } from '../graph/network.js';
import type { CentralityPage, CentralityEdgeRow, PartitionRow, CommunityRow, TimelinePage, NetworkDiffRow, DiffTieRow } from '../resolvers/analytics-rows.js';
import type { TimelineFactRow } from '../graph/analytics.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in UTC, ISO 8601 (graphql-scalars DateTime). */
  DateTime: { input: string; output: string; }
  /** A calendar day, YYYY-MM-DD (graphql-scalars LocalDate). */
  LocalDate: { input: string; output: string; }
  /** A string with at least one non-blank character (graphql-scalars). */
  NonEmptyString: { input: string; output: string; }
  /** An integer >= 0 (graphql-scalars). */
  NonNegativeInt: { input: number; output: number; }
  /** An integer > 0 (graphql-scalars). */
  PositiveInt: { input: number; output: number; }
  /** An absolute URL (graphql-scalars). */
  URL: { input: string; output: string; }
};

export type AddSourceInput = {
  /** Why the graph should quote it (default: a line naming the source). */
  comment?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  publisher: Scalars['String']['input'];
  sections?: InputMaybe<Array<SectionMarkerInput>>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url: Scalars['URL']['input'];
  year: Scalars['Int']['input'];
};

/** A person's tie to an organisation (Popolo Membership), with its evidence. */
export type Affiliation = {
  __typename?: 'Affiliation';
  evidence: Array<Evidence>;
  organisation: Organisation;
  person: Person;
  role?: Maybe<Scalars['String']['output']>;
};

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

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditRecord;
};

export type AuditOutcome =
  | 'CONFLICT'
  | 'FAILED'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'LIMITED'
  | 'NOT_FOUND'
  | 'SUCCEEDED'
  | 'UNAUTHENTICATED';

export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** `token:<subject>`, `key:<name>` or `anonymous`. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  code?: Maybe<Scalars['String']['output']>;
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mutation attempted. */
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  requestId?: Maybe<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  /** The change-sets and entities it named. */
  targetIds: Array<Scalars['ID']['output']>;
};

export type Brief = Entity & Node & {
  __typename?: 'Brief';
  authors: Array<Entity>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  documentType: DocumentType;
  endorsements: Array<Endorsement>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  relations: RelationConnection;
  status?: Maybe<DocumentStatus>;
  submittedTo: Array<Entity>;
  type: EntityType;
  url?: Maybe<Scalars['URL']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};


export type BriefHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BriefMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type BriefRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type BriefConnection = {
  __typename?: 'BriefConnection';
  edges: Array<BriefEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type BriefEdge = {
  __typename?: 'BriefEdge';
  cursor: Scalars['String']['output'];
  node: Brief;
};

export type BriefWhere = {
  documentType?: InputMaybe<Array<DocumentType>>;
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<DocumentStatus>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type CandidateReason =
  /** A run of capitalised words that matches nothing known. */
  | 'CAPITALISED_RUN'
  /** A long name followed by its acronym in parentheses. */
  | 'NAME_WITH_ACRONYM';

export type CentralityConnection = {
  __typename?: 'CentralityConnection';
  /**
   * The dataset version this answer was computed for (the same string as `meta { datasetVersion }`). After a re-seed
   * the last answer, of the version before, is served at once while the new version's computes in a worker: then
   * this differs from `meta { datasetVersion }`. null for a graph without a recorded version.
   */
  datasetVersion?: Maybe<Scalars['String']['output']>;
  edges: Array<CentralityEdge>;
  pageInfo: PageInfo;
  /** Whether the score was estimated from a sample of source nodes rather than exact: betweenness and closeness above 2,500 entities (docs/reference/ANALYTICS.md). */
  sampled: Scalars['Boolean']['output'];
  /** Entities in the filtered network. */
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type CentralityEdge = {
  __typename?: 'CentralityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
  /** Dense rank: 1 for the best score; equal scores share a rank. */
  rank: Scalars['PositiveInt']['output'];
  score: Scalars['Float']['output'];
};

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
  addEvidence?: InputMaybe<EvidenceChangeInput>;
  addRelation?: InputMaybe<RelationChangeInput>;
  addSource?: InputMaybe<SourceChangeInput>;
  createEntity?: InputMaybe<EntityChangeInput>;
  removeEvidence?: InputMaybe<EvidenceChangeInput>;
  replaceSourceText?: InputMaybe<ReplaceSourceTextInput>;
  retractRelation?: InputMaybe<RetractRelationInput>;
  updateEntity?: InputMaybe<EntityChangeInput>;
};

export type ChangeSet = {
  __typename?: 'ChangeSet';
  /** When accepting it was applied: the instant every relation, link and revision it wrote is recorded at. */
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The ordinary operations (retractRelation, addRelation, addEvidence…) an accepted merge or unmerge was carried out
   * as, one JSON object each; empty for other change-sets.
   */
  appliedOperations: Array<Scalars['String']['output']>;
  appliedVersion?: Maybe<Scalars['String']['output']>;
  /** Who proposed it: `token:<subject>` or `key:<name>`. */
  author: Scalars['String']['output'];
  /** The dataset version it was proposed against, and the one its acceptance made. */
  baseVersion?: Maybe<Scalars['String']['output']>;
  comment: Scalars['String']['output'];
  /** What accepting it changed, one line per node or relationship written or retracted. */
  diff: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Its operations as given, one JSON object each. */
  operations: Array<Scalars['String']['output']>;
  proposedAt: Scalars['DateTime']['output'];
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewer?: Maybe<Scalars['String']['output']>;
  state: ChangeSetState;
  /** The ids of the entities it touched (created, updated, related, unrelated, evidenced); empty for the seed. */
  touched: Array<Scalars['ID']['output']>;
};

export type ChangeSetConnection = {
  __typename?: 'ChangeSetConnection';
  edges: Array<ChangeSetEdge>;
  pageInfo: PageInfo;
};

export type ChangeSetEdge = {
  __typename?: 'ChangeSetEdge';
  cursor: Scalars['String']['output'];
  node: ChangeSet;
};

export type ChangeSetState =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type Community = {
  __typename?: 'Community';
  /** 0 for the largest community, then by size, then by smallest member id: stable for the same graph. */
  id: Scalars['Int']['output'];
  /** Members in name order. */
  members: CommunityMemberConnection;
  size: Scalars['PositiveInt']['output'];
  /** The members with most relations in the filtered network, ties by name. */
  top: Array<Entity>;
};


export type CommunityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CommunityTopArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommunityMemberConnection = {
  __typename?: 'CommunityMemberConnection';
  edges: Array<CommunityMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type CommunityMemberEdge = {
  __typename?: 'CommunityMemberEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type CommunityPartition = {
  __typename?: 'CommunityPartition';
  /** Communities, largest first. */
  communities: Array<Community>;
  /** Number of communities (isolated entities are not in the network, so every community has a tie). */
  count: Scalars['NonNegativeInt']['output'];
  /**
   * The dataset version this answer was computed for (the same string as `meta { datasetVersion }`). After a re-seed
   * the last answer, of the version before, is served at once while the new version's computes in a worker: then
   * this differs from `meta { datasetVersion }`. null for a graph without a recorded version.
   */
  datasetVersion?: Maybe<Scalars['String']['output']>;
  /** Modularity of the partition (weighted by relations per pair, with the resolution). */
  modularity: Scalars['Float']['output'];
  resolution: Scalars['Float']['output'];
};


export type CommunityPartitionCommunitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DatasetInfo = {
  __typename?: 'DatasetInfo';
  /** SHA-256 of what the seed wrote (the validated seed files). */
  contentHash: Scalars['String']['output'];
  entities: Scalars['NonNegativeInt']['output'];
  name: Scalars['String']['output'];
  passages: Scalars['NonNegativeInt']['output'];
  relations: Scalars['NonNegativeInt']['output'];
};

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

/** Two entities that may be one. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  a: Entity;
  b: Entity;
  /** Whether the two come from different datasets (sources). */
  crossDataset: Scalars['Boolean']['output'];
  /** The name, acronym or other name of each that matched best. */
  matched: Array<Scalars['String']['output']>;
  /** SAME_NAME, ACRONYM (the same acronym, or one's acronym spelled out by the other's name), SIMILAR_NAME, SAME_WORDS. */
  reason: Scalars['String']['output'];
  /** How alike their names are, 0.8 to 1 (1: the same name or acronym). */
  score: Scalars['Float']['output'];
};

export type DuplicateCandidateConnection = {
  __typename?: 'DuplicateCandidateConnection';
  edges: Array<DuplicateCandidateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DuplicateCandidateEdge = {
  __typename?: 'DuplicateCandidateEdge';
  cursor: Scalars['String']['output'];
  node: DuplicateCandidate;
};

/** Someone's published praise of a brief, with their words. */
export type Endorsement = {
  __typename?: 'Endorsement';
  brief: Brief;
  by: Entity;
  evidence: Array<Evidence>;
  quote?: Maybe<Scalars['String']['output']>;
};

/** Something the report names or says: an organisation, person, event, resolution, brief, place, topic, statement or figure. */
export type Entity = {
  /** Number of relations (any type, both directions). */
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  /** The properties of this entity that are a curator's reading of the report, each with why; all others are stated. */
  inferredProperties: Array<InferredProperty>;
  /** The ids merged into this entity (directly or through merges of merges); they redirect here. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  /** Every relation this entity takes part in, as a connection of edges with their evidence. */
  relations: RelationConnection;
  type: EntityType;
};


/** Something the report names or says: an organisation, person, event, resolution, brief, place, topic, statement or figure. */
export type EntityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the report names or says: an organisation, person, event, resolution, brief, place, topic, statement or figure. */
export type EntityMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Something the report names or says: an organisation, person, event, resolution, brief, place, topic, statement or figure. */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** Text that may name an entity the graph does not hold: for a curator to judge. */
export type EntityCandidate = {
  __typename?: 'EntityCandidate';
  /** For NAME_WITH_ACRONYM: the acronym in the parentheses. */
  acronym?: Maybe<Scalars['String']['output']>;
  end: Scalars['NonNegativeInt']['output'];
  /** How often the same text stands in the source. */
  occurrences: Scalars['PositiveInt']['output'];
  reason: CandidateReason;
  /** Where it first stands. */
  section: Scalars['String']['output'];
  start: Scalars['NonNegativeInt']['output'];
  text: Scalars['String']['output'];
};

/**
 * An entity in the seed's format (docs/reference/SEED-FORMAT.md), validated by the seed's rules. `createEntity` needs `type`,
 * `id`, `name`, the kind's required fields and `evidence`; `updateEntity` names the `id` and the fields to change.
 */
export type EntityChangeInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  amount?: InputMaybe<Scalars['Float']['input']>;
  classification?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['ID']['input']>;
  counts?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  documentType?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<EvidenceInput>>;
  id: Scalars['ID']['input'];
  /** Fields that are a curator's reading of the report, not its words, each with why. */
  inferred?: InputMaybe<Array<InferredFieldInput>>;
  instrument?: InputMaybe<Scalars['String']['input']>;
  /** An event's kind (CONFERENCE, MEETING…). */
  kind?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  otherNames?: InputMaybe<Array<Scalars['String']['input']>>;
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  participantCountQualifier?: InputMaybe<Scalars['String']['input']>;
  placeType?: InputMaybe<Scalars['String']['input']>;
  qualifier?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  statementKind?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  symbol?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<EntityType>;
  unit?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** An entity's place in the filtered network; null when it has no relation there. */
export type EntityMetrics = {
  __typename?: 'EntityMetrics';
  betweenness: Scalars['Float']['output'];
  /** The Louvain community id (resolution 1), as in `communities`. */
  community: Scalars['Int']['output'];
  degree: Scalars['NonNegativeInt']['output'];
  pagerank: Scalars['Float']['output'];
};

export type EntityOrder =
  /** Events by date (earliest day), resolutions, briefs, statements and quantities by year; undated last. */
  | 'DATE_ASC'
  | 'DATE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

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

export type Event = Entity & Node & {
  __typename?: 'Event';
  date?: Maybe<FuzzyDate>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<FuzzyDate>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  kind: EventKind;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  /** The session or event this one was held on the margins of. */
  onMarginsOf?: Maybe<Event>;
  otherNames: Array<Scalars['String']['output']>;
  participantCount?: Maybe<Scalars['PositiveInt']['output']>;
  participantCountQualifier?: Maybe<ParticipantCountQualifier>;
  /** Who PARTICIPATED_IN, ORGANISED or HOSTED the event, with their role. */
  participants: Array<Participation>;
  place?: Maybe<Place>;
  relations: RelationConnection;
  /** Events held on the margins of this one. */
  sideEvents: Array<Event>;
  status: EventStatus;
  type: EntityType;
};


export type EventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type EventRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

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

export type EventWhere = {
  /** Events whose date range overlaps [from, to] (inclusive days). */
  dateFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  dateTo?: InputMaybe<Scalars['LocalDate']['input']>;
  kind?: InputMaybe<Array<EventKind>>;
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<EventStatus>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A passage of a source that supports a fact: its section, a short verbatim excerpt and where it stands. */
export type Evidence = Node & {
  __typename?: 'Evidence';
  anchor: AnchorState;
  /** The source this passage is part of: title, publisher, year, URL. */
  document: Source;
  /** Where it ends (exclusive). */
  end?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The entities this passage evidences. */
  entities: Array<Entity>;
  excerpt: Scalars['NonEmptyString']['output'];
  id: Scalars['ID']['output'];
  /** null when the passage is not placed in the text (seeded without the text, or an orphan). */
  position?: Maybe<TextPositionSelector>;
  /** The quote before a new edition re-anchored it approximately; null otherwise. */
  previousExcerpt?: Maybe<Scalars['String']['output']>;
  quote: TextQuoteSelector;
  /** The relations that cite this passage. */
  relations: Array<Relation>;
  section: Scalars['NonEmptyString']['output'];
  /** The title of the source quoted (kept a string for existing clients; `document` is the source itself). */
  source: Scalars['String']['output'];
  /** Where the excerpt starts in the section's normalised text (null when seeded without the source's text). */
  start?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The passage in context on the /source page (a path on this API's origin). */
  url: Scalars['String']['output'];
};

/** Evidence to add to, or remove from, an entity or a relation (`target` is its id). */
export type EvidenceChangeInput = {
  evidence: EvidenceInput;
  target: Scalars['ID']['input'];
};

/**
 * Evidence: an existing passage by id, or a section and a verbatim excerpt of the source (checked against its text as
 * the seed checks it; `offset` pins where it stands).
 */
export type EvidenceInput = {
  excerpt?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  passage?: InputMaybe<Scalars['ID']['input']>;
  section?: InputMaybe<Scalars['String']['input']>;
  /** The source the section and excerpt are of (needed once the graph holds several). */
  source?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A date at the precision the report gives it (`2019`, `2019-09`, `2018-02-19`), with the first and last
 * calendar day it can mean, for sorting and range filters.
 */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  earliest: Scalars['LocalDate']['output'];
  iso: Scalars['String']['output'];
  latest: Scalars['LocalDate']['output'];
  precision: DatePrecision;
};

export type InferredFieldInput = {
  field: Scalars['String']['input'];
  note: Scalars['String']['input'];
};

/** A property of an entity that is a curator's reading of the report, not its words. */
export type InferredProperty = {
  __typename?: 'InferredProperty';
  /** Always INFERRED: stated properties are not listed. */
  assertion: Assertion;
  /** The field name, as in the API (`date`, `role`…). */
  field: Scalars['String']['output'];
  /** Why the property is read from the report. */
  note: Scalars['String']['output'];
};

export type Instrument =
  | 'CONVENTION'
  | 'GENERAL_RECOMMENDATION'
  | 'MANDATE'
  | 'PROTOCOL'
  | 'RESOLUTION';

/** Which of an entity's names a mention matched. */
export type MentionNameKind =
  | 'ACRONYM'
  | 'NAME'
  | 'OTHER_NAME';

/**
 * An occurrence of a known entity's name in a source: where it stands, what it says, whom it names. `excerpt` and
 * `excerptOffset` are the sentence around it, ready to cite as evidence (source, section, excerpt, offset).
 */
export type MentionSuggestion = {
  __typename?: 'MentionSuggestion';
  end: Scalars['NonNegativeInt']['output'];
  entity: Entity;
  excerpt: Scalars['String']['output'];
  excerptOffset: Scalars['NonNegativeInt']['output'];
  /** The known name it matched. */
  name: Scalars['String']['output'];
  nameKind: MentionNameKind;
  /** A passage already cited as evidence that holds the mention; null when none does. */
  passage?: Maybe<Evidence>;
  section: Scalars['String']['output'];
  /** Offsets in the section's normalised text. */
  start: Scalars['NonNegativeInt']['output'];
  /** The text as it stands. */
  text: Scalars['String']['output'];
};

export type MentionSuggestionConnection = {
  __typename?: 'MentionSuggestionConnection';
  /** Candidates for new entities, in text order (all of them, whatever the page). */
  candidates: Array<EntityCandidate>;
  edges: Array<MentionSuggestionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type MentionSuggestionEdge = {
  __typename?: 'MentionSuggestionEdge';
  cursor: Scalars['String']['output'];
  node: MentionSuggestion;
};

export type Meta = {
  __typename?: 'Meta';
  /** Every seeded dataset's content hash, in one string; null when no seed has recorded one. */
  datasetVersion?: Maybe<Scalars['String']['output']>;
  datasets: Array<DatasetInfo>;
};

/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Proposes a new source (a change-set of one `addSource` operation), reviewed like any other. Curators only. */
  addSource: ProposeChangePayload;
  /** Proposes a change-set. Send an `Idempotency-Key` header to make a retry return the first answer. */
  proposeChange: ProposeChangePayload;
  /**
   * Proposes merging `from` into `into` (both current entities of one kind): on acceptance `from` redirects to
   * `into`, which takes over its relations and evidence and lists it in `mergedIds`. `evidence` (optional): passages
   * that show the two are one; they become evidence of the survivor. Curators; reviewed like any change-set.
   */
  proposeMerge: ProposeMergePayload;
  /** Accepts (applies) or rejects a proposed change-set. Reviewers only, never on their own change-set. */
  reviewChange: ReviewChangePayload;
  /**
   * Proposes undoing the merge of the merged id `id`: on acceptance it is an entity again with exactly the relations
   * and evidence it had, and the pair is recorded as not the same. Curators; reviewed like any change-set.
   */
  unmerge: UnmergePayload;
  /** Withdraws one's own proposed change-set. */
  withdrawChange: WithdrawChangePayload;
};


/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type MutationProposeChangeArgs = {
  input: ProposeChangeInput;
};


/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type MutationProposeMergeArgs = {
  evidence?: InputMaybe<Array<EvidenceInput>>;
  from: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type MutationReviewChangeArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
};


/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type MutationUnmergeArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation (docs/how-to/CURATION.md): a curator proposes a change-set, another person with the reviewer role accepts or
 * rejects it; an accepted one is applied in one transaction and makes a new dataset version. Every attempt is in the
 * audit log. Mistakes in the input come back as `userErrors`; refusals (no or invalid credentials, a missing role) as
 * errors with the code UNAUTHENTICATED (HTTP 401) or FORBIDDEN (HTTP 403).
 */
export type MutationWithdrawChangeArgs = {
  id: Scalars['ID']['input'];
};

/** A case-insensitive name match against the name, acronym and other names. */
export type NameFilter = {
  contains?: InputMaybe<Scalars['String']['input']>;
  equals?: InputMaybe<Scalars['String']['input']>;
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  center: Entity;
  /** Relations among the returned nodes. */
  edges: Array<Relation>;
  nodes: Array<NeighbourhoodNode>;
  pageInfo: PageInfo;
  /** Number of entities within `depth`, before paging. */
  totalNodes: Scalars['NonNegativeInt']['output'];
};

export type NeighbourhoodNode = {
  __typename?: 'NeighbourhoodNode';
  /** Hops from the center. */
  distance: Scalars['NonNegativeInt']['output'];
  entity: Entity;
};

export type Network = {
  __typename?: 'Network';
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
};

export type NetworkDiff = {
  __typename?: 'NetworkDiff';
  /** Ties held in toYear only, by type, then from and to id. */
  added: Array<NetworkDiffTie>;
  addedCount: Scalars['NonNegativeInt']['output'];
  /** Ties held in fromYear only. */
  ended: Array<NetworkDiffTie>;
  endedCount: Scalars['NonNegativeInt']['output'];
  fromYear: Scalars['Int']['output'];
  /** Ties held in both years. */
  kept: Array<NetworkDiffTie>;
  keptCount: Scalars['NonNegativeInt']['output'];
  toYear: Scalars['Int']['output'];
};


export type NetworkDiffAddedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkDiffEndedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type NetworkDiffKeptArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A tie (relation type between two entities) and the relations that hold it in each year. */
export type NetworkDiffTie = {
  __typename?: 'NetworkDiffTie';
  /** Relations holding the tie in toYear (empty when ended). */
  after: Array<Relation>;
  /** Relations holding the tie in fromYear (empty when added). */
  before: Array<Relation>;
  from: Entity;
  /** Evidence for the fromYear side. */
  fromEvidence: Array<Evidence>;
  to: Entity;
  /** Evidence for the toYear side. */
  toEvidence: Array<Evidence>;
  type: RelationType;
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** INFERRED edges are a curator's reading (drawn dashed on the network page); `note` says why. */
  assertion: Assertion;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  status: RelationStatus;
  target: Scalars['ID']['output'];
  type: RelationType;
  year?: Maybe<Scalars['Int']['output']>;
};

export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Organisation classification, event kind, document type…: the entity's sub-kind. */
  category?: Maybe<Scalars['String']['output']>;
  /** Relations of this node inside the drawn network. */
  degree: Scalars['NonNegativeInt']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  name: Scalars['String']['output'];
  type: EntityType;
};

/** Anything with a global id. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Organisation = Entity & Node & {
  __typename?: 'Organisation';
  acronym?: Maybe<Scalars['String']['output']>;
  classification: OrganisationClassification;
  /** Organisations that CO_CHAIRED this one, optionally in one year. */
  coChairs: Array<Organisation>;
  /** The organisation that COORDINATES this one. */
  coordinator?: Maybe<Organisation>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Events this organisation PARTICIPATED_IN, ORGANISED or HOSTED. */
  events: Array<Participation>;
  evidence: Array<Evidence>;
  /** Entities that FUNDS this one. */
  funders: Array<Entity>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  /** Organisations this one is a MEMBER_OF. */
  memberOf: Array<Organisation>;
  /** Organisations that are MEMBER_OF this one. */
  members: Array<Organisation>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  /** Organisations that are PARTNER_OF this one (or that this one is a partner of). */
  partners: Array<Organisation>;
  /** People AFFILIATED_WITH this organisation, with their role. */
  people: Array<Affiliation>;
  relations: RelationConnection;
  type: EntityType;
  website?: Maybe<Scalars['URL']['output']>;
};


export type OrganisationCoChairsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganisationMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganisationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
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

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationWhere = {
  classification?: InputMaybe<Array<OrganisationClassification>>;
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  /** Only organisations with a relation (any direction) to this entity. */
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type ParticipantCountQualifier =
  | 'APPROXIMATELY'
  | 'EXACT'
  | 'MORE_THAN';

/** An entity's part in an event (speaker, panellist, organiser, host, attendee…), with its evidence. */
export type Participation = {
  __typename?: 'Participation';
  event: Event;
  evidence: Array<Evidence>;
  participant: Entity;
  relationType: RelationType;
  role?: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  /** The entities in order, from `from` to `to`. */
  entities: Array<Entity>;
  /** Number of relations on the path. */
  length: Scalars['NonNegativeInt']['output'];
  /** Each hop: the entity reached, the relation used and which way it points along the path. */
  steps: Array<PathStep>;
};

export type PathStep = {
  __typename?: 'PathStep';
  /** OUTGOING when the relation points along the path (from -> entity), INCOMING when against it. */
  direction: Direction;
  /** The entity this step reaches. */
  entity: Entity;
  evidence: Array<Evidence>;
  /** The entity this step starts at. */
  from: Entity;
  relation: Relation;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  affiliations: Array<Affiliation>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  events: Array<Participation>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  relations: RelationConnection;
  role?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type: EntityType;
};


export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonWhere = {
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
};

export type Place = Entity & Node & {
  __typename?: 'Place';
  country?: Maybe<Place>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Events HELD_IN this place. */
  events: Array<Event>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  placeType: PlaceType;
  relations: RelationConnection;
  type: EntityType;
};


export type PlaceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type PlaceType =
  | 'CITY'
  | 'COUNTRY';

export type PlaceWhere = {
  name?: InputMaybe<NameFilter>;
  placeType?: InputMaybe<Array<PlaceType>>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
};

export type ProposeChangeInput = {
  /** Why: what the change corrects or adds. */
  comment: Scalars['String']['input'];
  /** The `meta.datasetVersion` the change was made against: a stale one is a CONFLICT naming the current version. */
  expectedVersion?: InputMaybe<Scalars['String']['input']>;
  /** What to change, applied in order (each sets exactly one of its fields). */
  operations: Array<ChangeOperationInput>;
};

export type ProposeChangePayload = {
  __typename?: 'ProposeChangePayload';
  /** The proposed change-set; null when there are userErrors (then nothing was written). */
  changeSet?: Maybe<ChangeSet>;
  userErrors: Array<UserError>;
};

export type ProposeMergePayload = {
  __typename?: 'ProposeMergePayload';
  /** The proposed change-set; null when there are userErrors (then nothing was written). */
  changeSet?: Maybe<ChangeSet>;
  userErrors: Array<UserError>;
};

/** A figure the report gives, as a typed value: an amount in a unit, how exact, when, of what; it QUANTIFIES an entity. */
export type Quantity = Entity & Node & {
  __typename?: 'Quantity';
  amount: Scalars['Float']['output'];
  /** What is counted or measured, in the report's words. */
  counts: Scalars['String']['output'];
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  qualifier: ParticipantCountQualifier;
  /** The entities this figure is about. */
  quantifies: Array<Entity>;
  relations: RelationConnection;
  type: EntityType;
  unit: QuantityUnit;
  /** The year the figure holds for. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A figure the report gives, as a typed value: an amount in a unit, how exact, when, of what; it QUANTIFIES an entity. */
export type QuantityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the report gives, as a typed value: an amount in a unit, how exact, when, of what; it QUANTIFIES an entity. */
export type QuantityMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A figure the report gives, as a typed value: an amount in a unit, how exact, when, of what; it QUANTIFIES an entity. */
export type QuantityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type QuantityConnection = {
  __typename?: 'QuantityConnection';
  edges: Array<QuantityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type QuantityEdge = {
  __typename?: 'QuantityEdge';
  cursor: Scalars['String']['output'];
  node: Quantity;
};

export type QuantityUnit =
  | 'DOCUMENTS'
  | 'ENTITIES'
  | 'ORGANISATIONS'
  | 'TIMES_PER_YEAR'
  | 'US_DOLLAR'
  | 'YEARS';

export type QuantityWhere = {
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  unit?: InputMaybe<Array<QuantityUnit>>;
  /** The year the figure holds for. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The audit log of every write attempt, newest first. Admins only. */
  auditLog: AuditConnection;
  briefs: BriefConnection;
  /**
   * Entities of the filtered network ranked by a centrality (docs/reference/ANALYTICS.md defines each), best first.
   * Ranks are dense (equal scores share a rank); ties are ordered by name. The network is the one `network` draws
   * for the same `relationTypes`, `year` and `types`.
   */
  centrality: CentralityConnection;
  /** A change-set by id (in any state); null when unknown. Curators, reviewers and admins. */
  changeSet?: Maybe<ChangeSet>;
  /**
   * Change-sets newest first (by `proposedAt`), optionally only those in one `state` and/or by one `author`
   * (`token:<subject>` or `key:<name>`, as `ChangeSet.author` names them). Curators, reviewers and admins.
   */
  changeSets: ChangeSetConnection;
  /**
   * The feed of accepted change-sets, oldest first, those applied after `since` (exclusive): a tool that keeps a
   * copy applies them in this order and asks again with the last `appliedAt` or the `endCursor`. The seed is the first
   * (id `seed`). A read: public unless READ_REQUIRES_AUTH (docs/how-to/CURATION.md#history).
   */
  changes: ChangeSetConnection;
  /** Louvain communities of the filtered network (seeded: the same answer every time), with their modularity. */
  communities: CommunityPartition;
  /**
   * Pairs of entities of one kind whose names, acronyms or other names are alike (across sources too), best first,
   * for review. A pair judged not the same (a rejected merge, an unmerge) is never listed again.
   */
  duplicateCandidates: DuplicateCandidateConnection;
  /**
   * An entity by id; null when unknown. With `asOf`: the entity as it was at that instant (its values then, its
   * relations recorded by then and not yet retracted), null when it did not exist yet (docs/how-to/CURATION.md#history).
   */
  entity?: Maybe<Entity>;
  events: EventConnection;
  /**
   * What the graph holds, and which version of it: `datasetVersion` changes whenever a re-seed changes anything, so
   * a tool can key its caches on it (GET answers and exports carry it in their ETag).
   */
  meta: Meta;
  /** The subgraph around an entity, nearest first, paged with `first`/`after` for hub entities. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** The subgraph the network page draws, with each node's degree in it. */
  network: Network;
  /**
   * What changed between two years: relation ties (type, from, to) held in `toYear` but not `fromYear` (added),
   * in `fromYear` but not `toYear` (ended), and in both (kept), each with the relations and evidence of each side.
   */
  networkDiff: NetworkDiff;
  /** Any node (entity, relation or evidence passage) by id; null when unknown. */
  node?: Maybe<Node>;
  organisations: OrganisationConnection;
  /** A shortest path between two entities as ordered steps; null when there is none within maxHops. */
  path?: Maybe<Path>;
  people: PersonConnection;
  places: PlaceConnection;
  quantities: QuantityConnection;
  /** Every relation type with how many edges of it the graph holds. */
  relationTypeCounts: Array<RelationTypeCount>;
  resolutions: ResolutionConnection;
  /** Ranked, typo-tolerant search over names, acronyms and other names: a whole name first, then every word, then starts of words, then near spellings. */
  search: Array<SearchHit>;
  /** A source by id (`source:icat-chairs-report-2019`); null when unknown. */
  source?: Maybe<Source>;
  /** Every source the graph quotes, by id. */
  sources: SourceConnection;
  statements: StatementConnection;
  /**
   * Every occurrence in the source of a known entity's name, acronym or other name, in text order: at word edges,
   * names case-insensitively, acronyms as written, the longest match winning where matches overlap (a name several
   * entities share gives one suggestion per entity). Also candidates for new entities. Statements and quantities are
   * not matched (their names describe, they are not said). Null-free: an unknown source is an error.
   */
  suggestMentions: MentionSuggestionConnection;
  /**
   * Dated facts in date order (earliest day, then latest day), each at the precision the report gives: dated
   * events, and relations with a `year`, a `since` (RELATION_START) or an `until` (RELATION_END), with evidence.
   * With `entity`, only the facts it takes part in. `types` keeps facts touching an entity of those types (other
   * than `entity`); `from`/`to` keep facts whose dates overlap those years.
   */
  timeline: TimelineConnection;
  topics: TopicConnection;
  /** Who the request's credentials say is asking: null for an anonymous request. */
  viewer?: Maybe<Viewer>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBriefsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<BriefWhere>;
};


export type QueryCentralityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  metric: CentralityMetric;
  relationTypes?: InputMaybe<Array<RelationType>>;
  types?: InputMaybe<Array<EntityType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangeSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChangeSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  author?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ChangeSetState>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCommunitiesArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  resolution?: InputMaybe<Scalars['Float']['input']>;
  types?: InputMaybe<Array<EntityType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<EventWhere>;
};


export type QueryNeighbourhoodArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  relationTypes?: InputMaybe<Array<RelationType>>;
};


export type QueryNetworkArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  types?: InputMaybe<Array<EntityType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkDiffArgs = {
  fromYear: Scalars['Int']['input'];
  relationTypes?: InputMaybe<Array<RelationType>>;
  toYear: Scalars['Int']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<OrganisationWhere>;
};


export type QueryPathArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<PersonWhere>;
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<PlaceWhere>;
};


export type QueryQuantitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<QuantityWhere>;
};


export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<ResolutionWhere>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<StatementWhere>;
};


export type QuerySuggestMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['ID']['input'];
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<TopicWhere>;
};

/** A relation edge with its properties and the passages of the report that support it. */
export type Relation = Node & {
  __typename?: 'Relation';
  /** STATED when the report's words say it; INFERRED when it is a curator's reading (then `note` says why). */
  assertion: Assertion;
  /** Seen from the entity whose `relations` were asked: OUTGOING if it is `from`. BOTH at top level. */
  direction: Direction;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  /** Why an INFERRED relation is read from the report (or a remark on a stated one). */
  note?: Maybe<Scalars['String']['output']>;
  onBehalfOf?: Maybe<Entity>;
  /** The entity at the other end, seen from the entity whose `relations` were asked (`to` at top level). */
  other: Entity;
  quote?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  since?: Maybe<FuzzyDate>;
  status: RelationStatus;
  to: Entity;
  type: RelationType;
  until?: Maybe<FuzzyDate>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A relation in the seed's format, validated by the seed's rules. */
export type RelationChangeInput = {
  /** INFERRED needs a `note` saying why. */
  assertion?: InputMaybe<Assertion>;
  evidence: Array<EvidenceInput>;
  from: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  onBehalfOf?: InputMaybe<Scalars['ID']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RelationStatus>;
  to: Scalars['ID']['input'];
  type: RelationType;
  until?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
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

export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  count: Scalars['NonNegativeInt']['output'];
  type: RelationType;
};

/**
 * A new edition of a source's text: every passage is placed again (where it stood, else the exact quote, else an
 * approximate match); those that cannot be placed are kept as orphans.
 */
export type ReplaceSourceTextInput = {
  id: Scalars['ID']['input'];
  /** Without them: the markers the source was cut at before, else the Markdown headings. */
  sections?: InputMaybe<Array<SectionMarkerInput>>;
  text: Scalars['String']['input'];
};

export type Resolution = Entity & Node & {
  __typename?: 'Resolution';
  adoptedBy: Array<Organisation>;
  callsUpon: Array<Entity>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  instrument: Instrument;
  mandates: Array<Entity>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  relations: RelationConnection;
  symbol?: Maybe<Scalars['String']['output']>;
  type: EntityType;
  year?: Maybe<Scalars['Int']['output']>;
};


export type ResolutionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ResolutionMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type ResolutionRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  edges: Array<ResolutionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  cursor: Scalars['String']['output'];
  node: Resolution;
};

export type ResolutionWhere = {
  instrument?: InputMaybe<Array<Instrument>>;
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type RetractRelationInput = {
  id: Scalars['ID']['input'];
  /** Why the relation is wrong. */
  note: Scalars['String']['input'];
};

export type ReviewChangePayload = {
  __typename?: 'ReviewChangePayload';
  changeSet?: Maybe<ChangeSet>;
  /** The dataset version the accepted change-set made. */
  datasetVersion?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Which name matched best: the name, the acronym or one of the other names. */
  matched: Scalars['String']['output'];
  /** Relevance; higher is better: 5 a whole name, acronym or other name; from 4 every word; from 3 with starts of words; from 2 with near spellings; below 2 some words only. */
  score: Scalars['Float']['output'];
};

/** A section of a new source: its name and the text that opens it (the first section starts at the text's start). */
export type SectionMarkerInput = {
  marker: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/**
 * A document the graph quotes (the ICAT 2019 Chairs' Report, a second report seeded beside it, or one added with
 * `addSource`): every evidence passage is part of exactly one.
 */
export type Source = Node & {
  __typename?: 'Source';
  /** The dataset its facts were seeded as (a second source is a dataset of its own). */
  dataset: Scalars['String']['output'];
  /** Which edition of its text the sections hold (1 unless a change-set replaced the text). */
  edition: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Passages that a new edition of the text could not place: kept, with their old quote, for a curator to review. */
  orphans: Array<Evidence>;
  publisher: Scalars['String']['output'];
  /** Its sections in order, each with its text and the passages of it that evidence facts. */
  sections: Array<SourceSection>;
  /** The SHA-256 (hex) of its text as given (UTF-8); null when the text is not at hand. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Whether its full text is in the database (false when seeded without the text at hand: then only the cited passages are). */
  textAvailable: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  url: Scalars['URL']['output'];
  /** The year in the source's title. */
  year: Scalars['Int']['output'];
};

/**
 * A new source. `text` is plain text or Markdown; without `sections` it is cut at its Markdown headings (each heading
 * names the section under it), or kept as one section `TEXT`. The id is `source:` and the title's slug unless given.
 */
export type SourceChangeInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  publisher: Scalars['String']['input'];
  sections?: InputMaybe<Array<SectionMarkerInput>>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url: Scalars['URL']['input'];
  year: Scalars['Int']['input'];
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceSection = {
  __typename?: 'SourceSection';
  name: Scalars['String']['output'];
  /** The passages of this section cited as evidence, in the order they stand (unplaced ones last). */
  passages: Array<Evidence>;
  /**
   * The section's normalised text (white space runs, line-end hyphenation and bullet glyphs as in docs/reference/MODEL.md):
   * passage offsets index it. Empty when the seed ran without the source's text at hand.
   */
  text: Scalars['String']['output'];
};

/**
 * What an organisation, person or document recommends, aims at, gives priority to, plans or calls for: `name` is
 * the statement in the report's words (shortened), with who ISSUED it, whom it is ADDRESSED_TO, and the topics it
 * ADDRESSES.
 */
export type Statement = Entity & Node & {
  __typename?: 'Statement';
  addressees: Array<Entity>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  issuers: Array<Entity>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  relations: RelationConnection;
  statementKind: StatementKind;
  status: StatementStatus;
  topics: Array<Topic>;
  type: EntityType;
  year?: Maybe<Scalars['Int']['output']>;
};


/**
 * What an organisation, person or document recommends, aims at, gives priority to, plans or calls for: `name` is
 * the statement in the report's words (shortened), with who ISSUED it, whom it is ADDRESSED_TO, and the topics it
 * ADDRESSES.
 */
export type StatementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What an organisation, person or document recommends, aims at, gives priority to, plans or calls for: `name` is
 * the statement in the report's words (shortened), with who ISSUED it, whom it is ADDRESSED_TO, and the topics it
 * ADDRESSES.
 */
export type StatementMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What an organisation, person or document recommends, aims at, gives priority to, plans or calls for: `name` is
 * the statement in the report's words (shortened), with who ISSUED it, whom it is ADDRESSED_TO, and the topics it
 * ADDRESSES.
 */
export type StatementRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
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

export type StatementWhere = {
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  statementKind?: InputMaybe<Array<StatementKind>>;
  status?: InputMaybe<Array<StatementStatus>>;
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** W3C Web Annotation TextPositionSelector, in the section's normalised text (the offsets `start` and `end` give). */
export type TextPositionSelector = {
  __typename?: 'TextPositionSelector';
  end: Scalars['NonNegativeInt']['output'];
  start: Scalars['NonNegativeInt']['output'];
};

/** W3C Web Annotation TextQuoteSelector: the quote and a little of the text on each side. */
export type TextQuoteSelector = {
  __typename?: 'TextQuoteSelector';
  exact: Scalars['String']['output'];
  /** Up to 32 characters before the quote in the section's normalised text (empty when unknown). */
  prefix: Scalars['String']['output'];
  /** Up to 32 characters after it. */
  suffix: Scalars['String']['output'];
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineFact;
};

export type TimelineFact = {
  __typename?: 'TimelineFact';
  /** The date at the report's precision, with the first and last day it can mean. */
  date: FuzzyDate;
  /** The event, for EVENT facts. */
  event?: Maybe<Event>;
  evidence: Array<Evidence>;
  kind: TimelineKind;
  /** The relation, for RELATION, RELATION_START and RELATION_END facts. */
  relation?: Maybe<Relation>;
};

export type TimelineKind =
  /** A dated event (its `date`). */
  | 'EVENT'
  /** A relation recorded for a year (its `year`). */
  | 'RELATION'
  /** A relation's end (its `until`). */
  | 'RELATION_END'
  /** A relation's start (its `since`). */
  | 'RELATION_START';

/** A theme the report treats (technology, gender, impunity…); entities of any kind ADDRESS it. */
export type Topic = Entity & Node & {
  __typename?: 'Topic';
  /** What ADDRESSES this topic, in name order. */
  addressedBy: Array<Entity>;
  degree: Scalars['NonNegativeInt']['output'];
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** The accepted change-sets that touched this entity (the seed first made it), newest first (docs/how-to/CURATION.md#history). */
  history: ChangeSetConnection;
  id: Scalars['ID']['output'];
  inferredProperties: Array<InferredProperty>;
  mergedIds: Array<Scalars['ID']['output']>;
  /** This entity in the filtered network: degree, betweenness, PageRank, community (docs/reference/ANALYTICS.md). */
  metrics?: Maybe<EntityMetrics>;
  name: Scalars['String']['output'];
  otherNames: Array<Scalars['String']['output']>;
  relations: RelationConnection;
  type: EntityType;
};


/** A theme the report treats (technology, gender, impunity…); entities of any kind ADDRESS it. */
export type TopicHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A theme the report treats (technology, gender, impunity…); entities of any kind ADDRESS it. */
export type TopicMetricsArgs = {
  relationTypes?: InputMaybe<Array<RelationType>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A theme the report treats (technology, gender, impunity…); entities of any kind ADDRESS it. */
export type TopicRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type TopicConnection = {
  __typename?: 'TopicConnection';
  edges: Array<TopicEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['NonNegativeInt']['output'];
};

export type TopicEdge = {
  __typename?: 'TopicEdge';
  cursor: Scalars['String']['output'];
  node: Topic;
};

export type TopicWhere = {
  name?: InputMaybe<NameFilter>;
  relatedBy?: InputMaybe<Array<RelationType>>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
};

export type UnmergePayload = {
  __typename?: 'UnmergePayload';
  /** The proposed change-set; null when there are userErrors (then nothing was written). */
  changeSet?: Maybe<ChangeSet>;
  userErrors: Array<UserError>;
};

/** A mistake in the input: `path` names the field (e.g. ["input", "operations", "2", "addRelation", "to"]). */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  message: Scalars['String']['output'];
  path: Array<Scalars['String']['output']>;
};

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

/** The caller, as the audit log and `ChangeSet.author` name them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** `token:<subject>` or `key:<name>`. */
  actor: Scalars['String']['output'];
  /** The roles the credentials carry (reader, curator, reviewer, admin); none for a plain reader. */
  roles: Array<Scalars['String']['output']>;
};

export type WithdrawChangePayload = {
  __typename?: 'WithdrawChangePayload';
  changeSet?: Maybe<ChangeSet>;
  userErrors: Array<UserError>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddSourceInput: AddSourceInput;
  Affiliation: ResolverTypeWrapper<RelationView>;
  AnchorState: AnchorState;
  Assertion: Assertion;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEdge: ResolverTypeWrapper<AuditEdge>;
  AuditOutcome: AuditOutcome;
  AuditRecord: ResolverTypeWrapper<AuditRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Brief: ResolverTypeWrapper<EntityRow>;
  BriefConnection: ResolverTypeWrapper<EntityPage>;
  BriefEdge: ResolverTypeWrapper<Omit<BriefEdge, 'node'> & { node: ResolversTypes['Brief'] }>;
  BriefWhere: BriefWhere;
  CandidateReason: CandidateReason;
  CentralityConnection: ResolverTypeWrapper<CentralityPage>;
  CentralityEdge: ResolverTypeWrapper<CentralityEdgeRow>;
  CentralityMetric: CentralityMetric;
  ChangeOperationInput: ChangeOperationInput;
  ChangeSet: ResolverTypeWrapper<ChangeSet>;
  ChangeSetConnection: ResolverTypeWrapper<ChangeSetConnection>;
  ChangeSetEdge: ResolverTypeWrapper<ChangeSetEdge>;
  ChangeSetState: ChangeSetState;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityMemberConnection: ResolverTypeWrapper<EntityPage>;
  CommunityMemberEdge: ResolverTypeWrapper<Omit<CommunityMemberEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  CommunityPartition: ResolverTypeWrapper<PartitionRow>;
  DatasetInfo: ResolverTypeWrapper<DatasetInfo>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  DocumentStatus: DocumentStatus;
  DocumentType: DocumentType;
  DuplicateCandidate: ResolverTypeWrapper<Omit<DuplicateCandidate, 'a' | 'b'> & { a: ResolversTypes['Entity'], b: ResolversTypes['Entity'] }>;
  DuplicateCandidateConnection: ResolverTypeWrapper<Omit<DuplicateCandidateConnection, 'edges'> & { edges: Array<ResolversTypes['DuplicateCandidateEdge']> }>;
  DuplicateCandidateEdge: ResolverTypeWrapper<Omit<DuplicateCandidateEdge, 'node'> & { node: ResolversTypes['DuplicateCandidate'] }>;
  Endorsement: ResolverTypeWrapper<RelationView>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityCandidate: ResolverTypeWrapper<EntityCandidate>;
  EntityChangeInput: EntityChangeInput;
  EntityMetrics: ResolverTypeWrapper<EntityMetrics>;
  EntityOrder: EntityOrder;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EntityRow>;
  EventConnection: ResolverTypeWrapper<EntityPage>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  EventStatus: EventStatus;
  EventWhere: EventWhere;
  Evidence: ResolverTypeWrapper<PassageRow>;
  EvidenceChangeInput: EvidenceChangeInput;
  EvidenceInput: EvidenceInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDateValue>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InferredFieldInput: InferredFieldInput;
  InferredProperty: ResolverTypeWrapper<InferredProperty>;
  Instrument: Instrument;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  MentionNameKind: MentionNameKind;
  MentionSuggestion: ResolverTypeWrapper<Omit<MentionSuggestion, 'entity' | 'passage'> & { entity: ResolversTypes['Entity'], passage?: Maybe<ResolversTypes['Evidence']> }>;
  MentionSuggestionConnection: ResolverTypeWrapper<Omit<MentionSuggestionConnection, 'edges'> & { edges: Array<ResolversTypes['MentionSuggestionEdge']> }>;
  MentionSuggestionEdge: ResolverTypeWrapper<Omit<MentionSuggestionEdge, 'node'> & { node: ResolversTypes['MentionSuggestion'] }>;
  Meta: ResolverTypeWrapper<Meta>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameFilter: NameFilter;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodRow>;
  NeighbourhoodNode: ResolverTypeWrapper<NeighbourhoodNodeRow>;
  Network: ResolverTypeWrapper<NetworkView>;
  NetworkDiff: ResolverTypeWrapper<NetworkDiffRow>;
  NetworkDiffTie: ResolverTypeWrapper<DiffTieRow>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdgeView>;
  NetworkNode: ResolverTypeWrapper<NetworkNodeView>;
  Node: ResolverTypeWrapper<NodeRow>;
  NonEmptyString: ResolverTypeWrapper<Scalars['NonEmptyString']['output']>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  Organisation: ResolverTypeWrapper<EntityRow>;
  OrganisationClassification: OrganisationClassification;
  OrganisationConnection: ResolverTypeWrapper<EntityPage>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationWhere: OrganisationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantCountQualifier: ParticipantCountQualifier;
  Participation: ResolverTypeWrapper<RelationView>;
  Path: ResolverTypeWrapper<PathRow>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  Person: ResolverTypeWrapper<EntityRow>;
  PersonConnection: ResolverTypeWrapper<EntityPage>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonWhere: PersonWhere;
  Place: ResolverTypeWrapper<EntityRow>;
  PlaceConnection: ResolverTypeWrapper<EntityPage>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceType: PlaceType;
  PlaceWhere: PlaceWhere;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  ProposeChangeInput: ProposeChangeInput;
  ProposeChangePayload: ResolverTypeWrapper<ProposeChangePayload>;
  ProposeMergePayload: ResolverTypeWrapper<ProposeMergePayload>;
  Quantity: ResolverTypeWrapper<EntityRow>;
  QuantityConnection: ResolverTypeWrapper<EntityPage>;
  QuantityEdge: ResolverTypeWrapper<Omit<QuantityEdge, 'node'> & { node: ResolversTypes['Quantity'] }>;
  QuantityUnit: QuantityUnit;
  QuantityWhere: QuantityWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationView>;
  RelationChangeInput: RelationChangeInput;
  RelationConnection: ResolverTypeWrapper<RelationPage>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationStatus: RelationStatus;
  RelationType: RelationType;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCount>;
  ReplaceSourceTextInput: ReplaceSourceTextInput;
  Resolution: ResolverTypeWrapper<EntityRow>;
  ResolutionConnection: ResolverTypeWrapper<EntityPage>;
  ResolutionEdge: ResolverTypeWrapper<Omit<ResolutionEdge, 'node'> & { node: ResolversTypes['Resolution'] }>;
  ResolutionWhere: ResolutionWhere;
  RetractRelationInput: RetractRelationInput;
  ReviewChangePayload: ResolverTypeWrapper<ReviewChangePayload>;
  ReviewDecision: ReviewDecision;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  SectionMarkerInput: SectionMarkerInput;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceChangeInput: SourceChangeInput;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceSection: ResolverTypeWrapper<SourceSectionRow>;
  Statement: ResolverTypeWrapper<EntityRow>;
  StatementConnection: ResolverTypeWrapper<EntityPage>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementKind: StatementKind;
  StatementStatus: StatementStatus;
  StatementWhere: StatementWhere;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TextPositionSelector: ResolverTypeWrapper<TextPositionSelector>;
  TextQuoteSelector: ResolverTypeWrapper<TextQuoteSelector>;
  TimelineConnection: ResolverTypeWrapper<TimelinePage>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineFact'] }>;
  TimelineFact: ResolverTypeWrapper<TimelineFactRow>;
  TimelineKind: TimelineKind;
  Topic: ResolverTypeWrapper<EntityRow>;
  TopicConnection: ResolverTypeWrapper<EntityPage>;
  TopicEdge: ResolverTypeWrapper<Omit<TopicEdge, 'node'> & { node: ResolversTypes['Topic'] }>;
  TopicWhere: TopicWhere;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UnmergePayload: ResolverTypeWrapper<UnmergePayload>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<Viewer>;
  WithdrawChangePayload: ResolverTypeWrapper<WithdrawChangePayload>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddSourceInput: AddSourceInput;
  Affiliation: RelationView;
  AuditConnection: AuditConnection;
  AuditEdge: AuditEdge;
  AuditRecord: AuditRecord;
  Boolean: Scalars['Boolean']['output'];
  Brief: EntityRow;
  BriefConnection: EntityPage;
  BriefEdge: Omit<BriefEdge, 'node'> & { node: ResolversParentTypes['Brief'] };
  BriefWhere: BriefWhere;
  CentralityConnection: CentralityPage;
  CentralityEdge: CentralityEdgeRow;
  ChangeOperationInput: ChangeOperationInput;
  ChangeSet: ChangeSet;
  ChangeSetConnection: ChangeSetConnection;
  ChangeSetEdge: ChangeSetEdge;
  Community: CommunityRow;
  CommunityMemberConnection: EntityPage;
  CommunityMemberEdge: Omit<CommunityMemberEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  CommunityPartition: PartitionRow;
  DatasetInfo: DatasetInfo;
  DateTime: Scalars['DateTime']['output'];
  DuplicateCandidate: Omit<DuplicateCandidate, 'a' | 'b'> & { a: ResolversParentTypes['Entity'], b: ResolversParentTypes['Entity'] };
  DuplicateCandidateConnection: Omit<DuplicateCandidateConnection, 'edges'> & { edges: Array<ResolversParentTypes['DuplicateCandidateEdge']> };
  DuplicateCandidateEdge: Omit<DuplicateCandidateEdge, 'node'> & { node: ResolversParentTypes['DuplicateCandidate'] };
  Endorsement: RelationView;
  Entity: EntityRow;
  EntityCandidate: EntityCandidate;
  EntityChangeInput: EntityChangeInput;
  EntityMetrics: EntityMetrics;
  Event: EntityRow;
  EventConnection: EntityPage;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventWhere: EventWhere;
  Evidence: PassageRow;
  EvidenceChangeInput: EvidenceChangeInput;
  EvidenceInput: EvidenceInput;
  Float: Scalars['Float']['output'];
  FuzzyDate: FuzzyDateValue;
  ID: Scalars['ID']['output'];
  InferredFieldInput: InferredFieldInput;
  InferredProperty: InferredProperty;
  Int: Scalars['Int']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  MentionSuggestion: Omit<MentionSuggestion, 'entity' | 'passage'> & { entity: ResolversParentTypes['Entity'], passage?: Maybe<ResolversParentTypes['Evidence']> };
  MentionSuggestionConnection: Omit<MentionSuggestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentionSuggestionEdge']> };
  MentionSuggestionEdge: Omit<MentionSuggestionEdge, 'node'> & { node: ResolversParentTypes['MentionSuggestion'] };
  Meta: Meta;
  Mutation: Record<PropertyKey, never>;
  NameFilter: NameFilter;
  Neighbourhood: NeighbourhoodRow;
  NeighbourhoodNode: NeighbourhoodNodeRow;
  Network: NetworkView;
  NetworkDiff: NetworkDiffRow;
  NetworkDiffTie: DiffTieRow;
  NetworkEdge: NetworkEdgeView;
  NetworkNode: NetworkNodeView;
  Node: NodeRow;
  NonEmptyString: Scalars['NonEmptyString']['output'];
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  Organisation: EntityRow;
  OrganisationConnection: EntityPage;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationWhere: OrganisationWhere;
  PageInfo: PageInfo;
  Participation: RelationView;
  Path: PathRow;
  PathStep: PathStepRow;
  Person: EntityRow;
  PersonConnection: EntityPage;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonWhere: PersonWhere;
  Place: EntityRow;
  PlaceConnection: EntityPage;
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceWhere: PlaceWhere;
  PositiveInt: Scalars['PositiveInt']['output'];
  ProposeChangeInput: ProposeChangeInput;
  ProposeChangePayload: ProposeChangePayload;
  ProposeMergePayload: ProposeMergePayload;
  Quantity: EntityRow;
  QuantityConnection: EntityPage;
  QuantityEdge: Omit<QuantityEdge, 'node'> & { node: ResolversParentTypes['Quantity'] };
  QuantityWhere: QuantityWhere;
  Query: Record<PropertyKey, never>;
  Relation: RelationView;
  RelationChangeInput: RelationChangeInput;
  RelationConnection: RelationPage;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationTypeCount: RelationTypeCount;
  ReplaceSourceTextInput: ReplaceSourceTextInput;
  Resolution: EntityRow;
  ResolutionConnection: EntityPage;
  ResolutionEdge: Omit<ResolutionEdge, 'node'> & { node: ResolversParentTypes['Resolution'] };
  ResolutionWhere: ResolutionWhere;
  RetractRelationInput: RetractRelationInput;
  ReviewChangePayload: ReviewChangePayload;
  SearchHit: SearchHitRow;
  SectionMarkerInput: SectionMarkerInput;
  Source: SourceRow;
  SourceChangeInput: SourceChangeInput;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceSection: SourceSectionRow;
  Statement: EntityRow;
  StatementConnection: EntityPage;
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementWhere: StatementWhere;
  String: Scalars['String']['output'];
  TextPositionSelector: TextPositionSelector;
  TextQuoteSelector: TextQuoteSelector;
  TimelineConnection: TimelinePage;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineFact'] };
  TimelineFact: TimelineFactRow;
  Topic: EntityRow;
  TopicConnection: EntityPage;
  TopicEdge: Omit<TopicEdge, 'node'> & { node: ResolversParentTypes['Topic'] };
  TopicWhere: TopicWhere;
  URL: Scalars['URL']['output'];
  UnmergePayload: UnmergePayload;
  UserError: UserError;
  Viewer: Viewer;
  WithdrawChangePayload: WithdrawChangePayload;
};

export type AffiliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type BriefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Brief'] = ResolversParentTypes['Brief']> = {
  authors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentType?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
  endorsements?: Resolver<Array<ResolversTypes['Endorsement']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<BriefHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<BriefMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<BriefRelationsArgs, 'direction' | 'first'>>;
  status?: Resolver<Maybe<ResolversTypes['DocumentStatus']>, ParentType, ContextType>;
  submittedTo?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BriefConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefConnection'] = ResolversParentTypes['BriefConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BriefEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type BriefEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BriefEdge'] = ResolversParentTypes['BriefEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Brief'], ParentType, ContextType>;
};

export type CentralityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CentralityConnection'] = ResolversParentTypes['CentralityConnection']> = {
  datasetVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CentralityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type CentralityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CentralityEdge'] = ResolversParentTypes['CentralityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ChangeSetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSet'] = ResolversParentTypes['ChangeSet']> = {
  appliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  appliedOperations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appliedVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diff?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ChangeSetState'], ParentType, ContextType>;
  touched?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ChangeSetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSetConnection'] = ResolversParentTypes['ChangeSetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeSetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeSetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSetEdge'] = ResolversParentTypes['ChangeSetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeSet'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CommunityMemberConnection'], ParentType, ContextType, RequireFields<CommunityMembersArgs, 'first'>>;
  size?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  top?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<CommunityTopArgs, 'first'>>;
};

export type CommunityMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityMemberConnection'] = ResolversParentTypes['CommunityMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type CommunityMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityMemberEdge'] = ResolversParentTypes['CommunityMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type CommunityPartitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityPartition'] = ResolversParentTypes['CommunityPartition']> = {
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<CommunityPartitionCommunitiesArgs, 'first'>>;
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  datasetVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DatasetInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetInfo'] = ResolversParentTypes['DatasetInfo']> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DuplicateCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = {
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  crossDataset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DuplicateCandidateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidateConnection'] = ResolversParentTypes['DuplicateCandidateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DuplicateCandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DuplicateCandidateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidateEdge'] = ResolversParentTypes['DuplicateCandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicateCandidate'], ParentType, ContextType>;
};

export type EndorsementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Endorsement'] = ResolversParentTypes['Endorsement']> = {
  brief?: Resolver<ResolversTypes['Brief'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Brief' | 'Event' | 'Organisation' | 'Person' | 'Place' | 'Quantity' | 'Resolution' | 'Statement' | 'Topic', ParentType, ContextType>;
};

export type EntityCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityCandidate'] = ResolversParentTypes['EntityCandidate']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CandidateReason'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityMetricsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityMetrics'] = ResolversParentTypes['EntityMetrics']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  pagerank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<EventHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<EventMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onMarginsOf?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  participantCount?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
  participantCountQualifier?: Resolver<Maybe<ResolversTypes['ParticipantCountQualifier']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EventRelationsArgs, 'direction' | 'first'>>;
  sideEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  anchor?: Resolver<ResolversTypes['AnchorState'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['NonEmptyString'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['TextPositionSelector']>, ParentType, ContextType>;
  previousExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['TextQuoteSelector'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['NonEmptyString'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FuzzyDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FuzzyDate'] = ResolversParentTypes['FuzzyDate']> = {
  earliest?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  iso?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
};

export type InferredPropertyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferredProperty'] = ResolversParentTypes['InferredProperty']> = {
  assertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MentionSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionSuggestion'] = ResolversParentTypes['MentionSuggestion']> = {
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excerptOffset?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKind?: Resolver<ResolversTypes['MentionNameKind'], ParentType, ContextType>;
  passage?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionSuggestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionSuggestionConnection'] = ResolversParentTypes['MentionSuggestionConnection']> = {
  candidates?: Resolver<Array<ResolversTypes['EntityCandidate']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['MentionSuggestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type MentionSuggestionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionSuggestionEdge'] = ResolversParentTypes['MentionSuggestionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MentionSuggestion'], ParentType, ContextType>;
};

export type MetaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meta'] = ResolversParentTypes['Meta']> = {
  datasetVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['DatasetInfo']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addSource?: Resolver<ResolversTypes['ProposeChangePayload'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  proposeChange?: Resolver<ResolversTypes['ProposeChangePayload'], ParentType, ContextType, RequireFields<MutationProposeChangeArgs, 'input'>>;
  proposeMerge?: Resolver<ResolversTypes['ProposeMergePayload'], ParentType, ContextType, RequireFields<MutationProposeMergeArgs, 'from' | 'into' | 'note'>>;
  reviewChange?: Resolver<ResolversTypes['ReviewChangePayload'], ParentType, ContextType, RequireFields<MutationReviewChangeArgs, 'decision' | 'id'>>;
  unmerge?: Resolver<ResolversTypes['UnmergePayload'], ParentType, ContextType, RequireFields<MutationUnmergeArgs, 'id'>>;
  withdrawChange?: Resolver<ResolversTypes['WithdrawChangePayload'], ParentType, ContextType, RequireFields<MutationWithdrawChangeArgs, 'id'>>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NeighbourhoodNode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type NeighbourhoodNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourhoodNode'] = ResolversParentTypes['NeighbourhoodNode']> = {
  distance?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
};

export type NetworkDiffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkDiff'] = ResolversParentTypes['NetworkDiff']> = {
  added?: Resolver<Array<ResolversTypes['NetworkDiffTie']>, ParentType, ContextType, RequireFields<NetworkDiffAddedArgs, 'first'>>;
  addedCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  ended?: Resolver<Array<ResolversTypes['NetworkDiffTie']>, ParentType, ContextType, RequireFields<NetworkDiffEndedArgs, 'first'>>;
  endedCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kept?: Resolver<Array<ResolversTypes['NetworkDiffTie']>, ParentType, ContextType, RequireFields<NetworkDiffKeptArgs, 'first'>>;
  keptCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkDiffTieResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkDiffTie'] = ResolversParentTypes['NetworkDiffTie']> = {
  after?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  before?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  fromEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  toEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  assertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Brief' | 'Event' | 'Evidence' | 'Organisation' | 'Person' | 'Place' | 'Quantity' | 'Relation' | 'Resolution' | 'Source' | 'Statement' | 'Topic', ParentType, ContextType>;
};

export interface NonEmptyStringScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonEmptyString'], any> {
  name: 'NonEmptyString';
}

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['OrganisationClassification'], ParentType, ContextType>;
  coChairs?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType, Partial<OrganisationCoChairsArgs>>;
  coordinator?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  funders?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<OrganisationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<OrganisationMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<OrganisationRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<PersonHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<PersonMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'first'>>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  country?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<PlaceHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<PlaceMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  placeType?: Resolver<ResolversTypes['PlaceType'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PlaceRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type ProposeChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposeChangePayload'] = ResolversParentTypes['ProposeChangePayload']> = {
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProposeMergePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposeMergePayload'] = ResolversParentTypes['ProposeMergePayload']> = {
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QuantityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<QuantityHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<QuantityMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['ParticipantCountQualifier'], ParentType, ContextType>;
  quantifies?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QuantityRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['QuantityUnit'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuantityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuantityConnection'] = ResolversParentTypes['QuantityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuantityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type QuantityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuantityEdge'] = ResolversParentTypes['QuantityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quantity'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  briefs?: Resolver<ResolversTypes['BriefConnection'], ParentType, ContextType, RequireFields<QueryBriefsArgs, 'first' | 'orderBy'>>;
  centrality?: Resolver<ResolversTypes['CentralityConnection'], ParentType, ContextType, RequireFields<QueryCentralityArgs, 'first' | 'metric'>>;
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType, RequireFields<QueryChangeSetArgs, 'id'>>;
  changeSets?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<QueryChangeSetsArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  communities?: Resolver<ResolversTypes['CommunityPartition'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'resolution'>>;
  duplicateCandidates?: Resolver<ResolversTypes['DuplicateCandidateConnection'], ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  meta?: Resolver<ResolversTypes['Meta'], ParentType, ContextType>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'first' | 'id'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, Partial<QueryNetworkArgs>>;
  networkDiff?: Resolver<ResolversTypes['NetworkDiff'], ParentType, ContextType, RequireFields<QueryNetworkDiffArgs, 'fromYear' | 'toYear'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'orderBy'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first' | 'orderBy'>>;
  quantities?: Resolver<ResolversTypes['QuantityConnection'], ParentType, ContextType, RequireFields<QueryQuantitiesArgs, 'first' | 'orderBy'>>;
  relationTypeCounts?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  resolutions?: Resolver<ResolversTypes['ResolutionConnection'], ParentType, ContextType, RequireFields<QueryResolutionsArgs, 'first' | 'orderBy'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'orderBy'>>;
  suggestMentions?: Resolver<ResolversTypes['MentionSuggestionConnection'], ParentType, ContextType, RequireFields<QuerySuggestMentionsArgs, 'first' | 'source'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'first' | 'orderBy'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  assertion?: Resolver<ResolversTypes['Assertion'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationTypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount']> = {
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type ResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = {
  adoptedBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  callsUpon?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<ResolutionHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<ResolutionMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<ResolutionRelationsArgs, 'direction' | 'first'>>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResolutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionConnection'] = ResolversParentTypes['ResolutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResolutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type ResolutionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolutionEdge'] = ResolversParentTypes['ResolutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
};

export type ReviewChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewChangePayload'] = ResolversParentTypes['ReviewChangePayload']> = {
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  datasetVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  dataset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orphans?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SourceSection']>, ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceSectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceSection'] = ResolversParentTypes['SourceSection']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  addressees?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<StatementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<StatementMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<StatementRelationsArgs, 'direction' | 'first'>>;
  statementKind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatementStatus'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type TextPositionSelectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextPositionSelector'] = ResolversParentTypes['TextPositionSelector']> = {
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type TextQuoteSelectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextQuoteSelector'] = ResolversParentTypes['TextQuoteSelector']> = {
  exact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineFact'], ParentType, ContextType>;
};

export type TimelineFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineFact'] = ResolversParentTypes['TimelineFact']> = {
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type TopicResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  addressedBy?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeSetConnection'], ParentType, ContextType, RequireFields<TopicHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredProperties?: Resolver<Array<ResolversTypes['InferredProperty']>, ParentType, ContextType>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  metrics?: Resolver<Maybe<ResolversTypes['EntityMetrics']>, ParentType, ContextType, Partial<TopicMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<TopicRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UnmergePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnmergePayload'] = ResolversParentTypes['UnmergePayload']> = {
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WithdrawChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WithdrawChangePayload'] = ResolversParentTypes['WithdrawChangePayload']> = {
  changeSet?: Resolver<Maybe<ResolversTypes['ChangeSet']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Affiliation?: AffiliationResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  Brief?: BriefResolvers<ContextType>;
  BriefConnection?: BriefConnectionResolvers<ContextType>;
  BriefEdge?: BriefEdgeResolvers<ContextType>;
  CentralityConnection?: CentralityConnectionResolvers<ContextType>;
  CentralityEdge?: CentralityEdgeResolvers<ContextType>;
  ChangeSet?: ChangeSetResolvers<ContextType>;
  ChangeSetConnection?: ChangeSetConnectionResolvers<ContextType>;
  ChangeSetEdge?: ChangeSetEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityMemberConnection?: CommunityMemberConnectionResolvers<ContextType>;
  CommunityMemberEdge?: CommunityMemberEdgeResolvers<ContextType>;
  CommunityPartition?: CommunityPartitionResolvers<ContextType>;
  DatasetInfo?: DatasetInfoResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  DuplicateCandidateConnection?: DuplicateCandidateConnectionResolvers<ContextType>;
  DuplicateCandidateEdge?: DuplicateCandidateEdgeResolvers<ContextType>;
  Endorsement?: EndorsementResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityCandidate?: EntityCandidateResolvers<ContextType>;
  EntityMetrics?: EntityMetricsResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  InferredProperty?: InferredPropertyResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  MentionSuggestion?: MentionSuggestionResolvers<ContextType>;
  MentionSuggestionConnection?: MentionSuggestionConnectionResolvers<ContextType>;
  MentionSuggestionEdge?: MentionSuggestionEdgeResolvers<ContextType>;
  Meta?: MetaResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NeighbourhoodNode?: NeighbourhoodNodeResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkDiff?: NetworkDiffResolvers<ContextType>;
  NetworkDiffTie?: NetworkDiffTieResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NonEmptyString?: GraphQLScalarType;
  NonNegativeInt?: GraphQLScalarType;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PositiveInt?: GraphQLScalarType;
  ProposeChangePayload?: ProposeChangePayloadResolvers<ContextType>;
  ProposeMergePayload?: ProposeMergePayloadResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  QuantityConnection?: QuantityConnectionResolvers<ContextType>;
  QuantityEdge?: QuantityEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  ResolutionConnection?: ResolutionConnectionResolvers<ContextType>;
  ResolutionEdge?: ResolutionEdgeResolvers<ContextType>;
  ReviewChangePayload?: ReviewChangePayloadResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourceSection?: SourceSectionResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  TextPositionSelector?: TextPositionSelectorResolvers<ContextType>;
  TextQuoteSelector?: TextQuoteSelectorResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineFact?: TimelineFactResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UnmergePayload?: UnmergePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WithdrawChangePayload?: WithdrawChangePayloadResolvers<ContextType>;
};

