/**
 * The entity kinds, written once: the GraphQL `EntityType` value, the Neo4j label (which is also the name of the
 * GraphQL object type), the prefix of the kind's ids, and its root connection: the field's name and the filters
 * of its `where` beyond the name and relatedTo/relatedBy every kind has (`lists`: properties matched against a
 * list of values, each an argument of the same name; `years`: yearFrom/yearTo on `year`; `dates`: the events'
 * dateFrom/dateTo/year on their date range). Every other table of kinds is derived from this one: the resolvers,
 * the codegen mappers, the analytics fields, the connections (test/unit/entity-kinds.test.ts checks each).
 */
export const ENTITY_KINDS = [
  {
    type: 'ORGANISATION',
    label: 'Organisation',
    idPrefix: 'org',
    connection: 'organisations',
    filters: { lists: ['classification'] },
  },
  { type: 'PERSON', label: 'Person', idPrefix: 'person', connection: 'people', filters: { lists: [] } },
  {
    type: 'EVENT',
    label: 'Event',
    idPrefix: 'event',
    connection: 'events',
    filters: { lists: ['kind', 'status'], dates: true },
  },
  {
    type: 'RESOLUTION',
    label: 'Resolution',
    idPrefix: 'res',
    connection: 'resolutions',
    filters: { lists: ['instrument'], years: true },
  },
  {
    type: 'BRIEF',
    label: 'Brief',
    idPrefix: 'brief',
    connection: 'briefs',
    filters: { lists: ['documentType', 'status'], years: true },
  },
  {
    type: 'PLACE',
    label: 'Place',
    idPrefix: 'place',
    connection: 'places',
    filters: { lists: ['placeType'] },
  },
  { type: 'TOPIC', label: 'Topic', idPrefix: 'topic', connection: 'topics', filters: { lists: [] } },
  {
    type: 'STATEMENT',
    label: 'Statement',
    idPrefix: 'stmt',
    connection: 'statements',
    filters: { lists: ['statementKind', 'status'], years: true },
  },
  {
    type: 'QUANTITY',
    label: 'Quantity',
    idPrefix: 'qty',
    connection: 'quantities',
    filters: { lists: ['unit'], years: true },
  },
] as const satisfies ReadonlyArray<{
  type: string;
  label: string;
  idPrefix: string;
  connection: string;
  filters: { lists: readonly string[]; years?: true; dates?: true };
}>;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type EntityTypeName = EntityKind['type'];
export type EntityLabel = EntityKind['label'];
export type EntityIdPrefix = EntityKind['idPrefix'];
export type EntityConnectionName = EntityKind['connection'];
/** A property a root connection filters by a list of values. */
export type ListFilterProperty = EntityKind['filters']['lists'][number];
/** The filters of a kind's connection, widened (every kind's optional flags readable). */
export interface ConnectionFilters {
  lists: readonly ListFilterProperty[];
  years?: true;
  dates?: true;
}
export const filtersOf = (k: EntityKind): ConnectionFilters => k.filters;

export const ENTITY_TYPES: readonly EntityTypeName[] = ENTITY_KINDS.map((k) => k.type);
export const ENTITY_LABELS: readonly EntityLabel[] = ENTITY_KINDS.map((k) => k.label);

const BY_TYPE = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [k.type, k]));
const BY_LABEL = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [k.label, k]));

export function kindOfType(type: EntityTypeName): EntityKind {
  return BY_TYPE.get(type)!;
}

export function kindOfLabel(label: EntityLabel): EntityKind {
  return BY_LABEL.get(label)!;
}

/** The label of an entity type named by untrusted text, or null when it names none. */
export function labelOfTypeName(type: string): EntityLabel | null {
  return BY_TYPE.get(type)?.label ?? null;
}

export function isEntityLabel(label: string): label is EntityLabel {
  return BY_LABEL.has(label);
}

// The sub-kinds each entity kind may have; the GraphQL enums of the same names mirror them.

export const ORGANISATION_CLASSIFICATIONS = [
  'INTER_AGENCY_MECHANISM',
  'UN_ENTITY',
  'UN_SECRETARIAT_DEPARTMENT',
  'UN_SPECIALIZED_AGENCY',
  'UN_INTERGOVERNMENTAL_BODY',
  'UN_OFFICE',
  'TREATY_BODY',
  'SPECIAL_PROCEDURE',
  'INTERGOVERNMENTAL_ORGANISATION',
  'REGIONAL_ORGANISATION',
  'INTERNATIONAL_FINANCIAL_INSTITUTION',
  'WORKING_GROUP',
  'TASK_FORCE',
  'NETWORK',
  'COMMITTEE',
  'GROUP_OF_STATES',
  'STATE',
  'NGO',
  'PRIVATE_COMPANY',
  'OTHER',
] as const;

export const EVENT_KINDS = [
  'MEETING',
  'SIDE_EVENT',
  'HIGH_LEVEL_EVENT',
  'THEMATIC_EVENT',
  'BRIEFING',
  'SESSION',
  'CAMPAIGN',
  'OBSERVANCE',
  'ANNIVERSARY',
  'ELECTION',
  'ADOPTION',
] as const;

export const PARTICIPANT_COUNT_QUALIFIERS = ['EXACT', 'MORE_THAN', 'APPROXIMATELY'] as const;

export const EVENT_STATUSES = ['HELD', 'PLANNED'] as const;

export const INSTRUMENTS = [
  'RESOLUTION',
  'MANDATE',
  'CONVENTION',
  'PROTOCOL',
  'GENERAL_RECOMMENDATION',
] as const;

export const DOCUMENT_TYPES = [
  'ISSUE_BRIEF',
  'POLICY_BRIEF',
  'TOOLKIT',
  'SUBMISSION',
  'STATEMENT',
  'REPORT',
  'WORK_PLAN',
  'STRATEGY',
  'GENERAL_RECOMMENDATION',
  'PLATFORM_FOR_ACTION',
  'OTHER',
] as const;

export const DOCUMENT_STATUSES = ['PUBLISHED', 'FORTHCOMING', 'UNDER_ELABORATION', 'PLANNED'] as const;

export const PLACE_TYPES = ['CITY', 'COUNTRY'] as const;

/** What an organisation, person or document says it recommends, aims at, gives priority to, plans or calls for. */
export const STATEMENT_KINDS = ['RECOMMENDATION', 'OBJECTIVE', 'PRIORITY', 'PLAN', 'CALL'] as const;

/** A recommendation or call made (PROPOSED), an aim that stands (ONGOING), or work announced (PLANNED). */
export const STATEMENT_STATUSES = ['PROPOSED', 'ONGOING', 'PLANNED'] as const;

/** What a figure of the report counts or measures (Wikidata-style unit). */
export const QUANTITY_UNITS = [
  'US_DOLLAR',
  'ORGANISATIONS',
  'ENTITIES',
  'DOCUMENTS',
  'YEARS',
  'TIMES_PER_YEAR',
] as const;

/**
 * The properties the fulltext index `entity_names` holds (created in ingest/seed.ts), which name search reads:
 * one list, so that the index and the search statements that name its fields cannot drift apart.
 */
export const NAME_INDEX_FIELDS = ['name', 'acronym', 'otherNamesText'] as const;
