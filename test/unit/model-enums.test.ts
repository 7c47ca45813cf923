import { describe, expect, it } from '@jest/globals';
import { buildASTSchema, GraphQLEnumType, parse } from 'graphql';
import { DATE_PRECISIONS } from '../../src/model/dates.js';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  ENTITY_KINDS,
  ENTITY_TYPES,
  EVENT_KINDS,
  EVENT_STATUSES,
  INSTRUMENTS,
  ORGANISATION_CLASSIFICATIONS,
  PARTICIPANT_COUNT_QUALIFIERS,
  PLACE_TYPES,
  QUANTITY_UNITS,
  STATEMENT_KINDS,
  STATEMENT_STATUSES,
} from '../../src/model/entities.js';
import { ASSERTIONS, DIRECTIONS, RELATION_STATUSES, RELATION_TYPES } from '../../src/model/relations.js';
import { loadTypeDefs } from '../../src/schema.js';

/** The GraphQL enums that mirror a model list, and the model list each must equal. */
const MIRRORS: Record<string, readonly string[]> = {
  EntityType: ENTITY_TYPES,
  RelationType: RELATION_TYPES,
  RelationStatus: RELATION_STATUSES,
  Assertion: ASSERTIONS,
  Direction: DIRECTIONS,
  DatePrecision: DATE_PRECISIONS,
  OrganisationClassification: ORGANISATION_CLASSIFICATIONS,
  EventKind: EVENT_KINDS,
  EventStatus: EVENT_STATUSES,
  ParticipantCountQualifier: PARTICIPANT_COUNT_QUALIFIERS,
  Instrument: INSTRUMENTS,
  DocumentType: DOCUMENT_TYPES,
  DocumentStatus: DOCUMENT_STATUSES,
  PlaceType: PLACE_TYPES,
  StatementKind: STATEMENT_KINDS,
  StatementStatus: STATEMENT_STATUSES,
  QuantityUnit: QUANTITY_UNITS,
};

/** Enums of the API alone (how to sort, which metric, the curation API's states and codes): no model list behind them. */
const API_ONLY = new Set([
  'EntityOrder',
  'CacheControlScope',
  'CentralityMetric',
  'TimelineKind',
  'ReviewDecision',
  'ChangeSetState',
  'UserErrorCode',
  'AuditOutcome',
  // Sources (issue 24): how a passage is placed, which name a mention matched, why a candidate is one.
  'AnchorState',
  'MentionNameKind',
  'CandidateReason',
]);

const schema = buildASTSchema(parse(loadTypeDefs()));
const enums = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith('__'),
);

describe('the SDL and the model agree', () => {
  it.each(Object.entries(MIRRORS))('enum %s has exactly the model’s values', (name, values) => {
    const type = schema.getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const sdl = (type as GraphQLEnumType).getValues().map((v) => v.name);
    expect([...sdl].sort()).toEqual([...values].sort());
  });

  it('every SDL enum either mirrors a model list or is the API’s own', () => {
    const unaccounted = enums.map((e) => e.name).filter((n) => !(n in MIRRORS) && !API_ONLY.has(n));
    expect(unaccounted).toEqual([]);
  });

  it('every entity kind is a GraphQL object type implementing Entity, and nothing else is', () => {
    const implementations = schema
      .getPossibleTypes(schema.getType('Entity') as Parameters<typeof schema.getPossibleTypes>[0])
      .map((t) => t.name);
    expect([...implementations].sort()).toEqual(ENTITY_KINDS.map((k) => k.label).sort());
  });
});
