/** What a property holds in Neo4j (and in the entity row): text, or a number. */
export type PropertyValue = 'string' | 'number';

/**
 * The properties every entity has (their GraphQL fields are on the `Entity` interface), with `category` (the
 * sub-kind the network page colours by, written by the loader) and the curator's readings (`inferred` in the
 * seed: which properties are INFERRED, and why, as parallel lists).
 */
export const ENTITY_BASE_PROPERTIES = [
  'id',
  'type',
  'name',
  'otherNames',
  'description',
  'evidence',
  'category',
  'inferredFields',
  'inferredNotes',
] as const;

/**
 * The entity kinds, written once: the GraphQL `EntityType` value, the Neo4j label (which is also the name of the
 * GraphQL object type), the prefix of the kind's ids, its root connection (the field's name and the filters of its
 * `where` beyond the name and relatedTo/relatedBy every kind has: `lists`: properties matched against a list of
 * values, each an argument of the same name; `years`: yearFrom/yearTo on `year`; `dates`: the events'
 * dateFrom/dateTo/year on their date range), and its own properties beyond those every entity has
 * (ENTITY_BASE_PROPERTIES), each with the value it holds in Neo4j. Every other table of kinds is derived from this
 * one: the resolvers, the codegen mappers, the analytics fields, the connections, the entity row (`EntityRow`,
 * `toEntity`) and what each field reads (test/unit/entity-kinds.test.ts checks each).
 */
export const ENTITY_KINDS = [
  {
    type: 'ORGANISATION',
    label: 'Organisation',
    idPrefix: 'org',
    connection: 'organisations',
    filters: { lists: ['classification'] },
    properties: { acronym: 'string', classification: 'string', website: 'string' },
  },
  {
    type: 'PERSON',
    label: 'Person',
    idPrefix: 'person',
    connection: 'people',
    filters: { lists: [] },
    properties: { title: 'string', role: 'string' },
  },
  {
    type: 'EVENT',
    label: 'Event',
    idPrefix: 'event',
    connection: 'events',
    filters: { lists: ['kind', 'status'], dates: true },
    properties: {
      kind: 'string',
      date: 'string',
      endDate: 'string',
      status: 'string',
      participantCount: 'number',
      participantCountQualifier: 'string',
    },
  },
  {
    type: 'RESOLUTION',
    label: 'Resolution',
    idPrefix: 'res',
    connection: 'resolutions',
    filters: { lists: ['instrument'], years: true },
    properties: { instrument: 'string', symbol: 'string', year: 'number' },
  },
  {
    type: 'BRIEF',
    label: 'Brief',
    idPrefix: 'brief',
    connection: 'briefs',
    filters: { lists: ['documentType', 'status'], years: true },
    properties: { documentType: 'string', year: 'number', status: 'string', url: 'string' },
  },
  {
    type: 'PLACE',
    label: 'Place',
    idPrefix: 'place',
    connection: 'places',
    filters: { lists: ['placeType'] },
    properties: { placeType: 'string' },
  },
  {
    type: 'TOPIC',
    label: 'Topic',
    idPrefix: 'topic',
    connection: 'topics',
    filters: { lists: [] },
    properties: {},
  },
  {
    type: 'STATEMENT',
    label: 'Statement',
    idPrefix: 'stmt',
    connection: 'statements',
    filters: { lists: ['statementKind', 'status'], years: true },
    properties: { statementKind: 'string', year: 'number', status: 'string' },
  },
  {
    type: 'QUANTITY',
    label: 'Quantity',
    idPrefix: 'qty',
    connection: 'quantities',
    filters: { lists: ['unit'], years: true },
    properties: { amount: 'number', unit: 'string', qualifier: 'string', year: 'number', counts: 'string' },
  },
] as const satisfies ReadonlyArray<{
  type: string;
  label: string;
  idPrefix: string;
  connection: string;
  filters: { lists: readonly string[]; years?: true; dates?: true };
  properties: Readonly<Record<string, PropertyValue>>;
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

type KindProperties = EntityKind['properties'];
/** A property of some kind beyond those every entity has (`acronym`, `date`, `year`…). */
export type EntityPropertyName = KindProperties extends infer P
  ? P extends object
    ? keyof P & string
    : never
  : never;
type ValueKindOf<N extends string> = KindProperties extends infer P
  ? P extends Readonly<Record<N, infer V>>
    ? V
    : never
  : never;
/** Each kind's properties as the entity row holds them: absent or null when the entity has none. */
export type EntityPropertyValues = {
  [N in EntityPropertyName]?: (ValueKindOf<N> extends 'number' ? number : string) | null;
};

/**
 * Every kind's own properties, each once, in the model's order, with the value it holds (a property several kinds
 * have holds the same kind of value in each: test/unit/entity-kinds.test.ts).
 */
export const ENTITY_PROPERTIES: ReadonlyMap<EntityPropertyName, PropertyValue> = new Map(
  ENTITY_KINDS.flatMap((k) => Object.entries(k.properties) as Array<[EntityPropertyName, PropertyValue]>),
);

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

/**
 * A kind's name with its indefinite article, for messages: "an Organisation", "a Person". By the first letter,
 * which is right for every kind's label (none starts with a silent or a "yu" vowel).
 */
export function withArticle(kind: string): string {
  return `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}`;
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
