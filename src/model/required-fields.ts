import {
  DOCUMENT_TYPES,
  EVENT_KINDS,
  INSTRUMENTS,
  ORGANISATION_CLASSIFICATIONS,
  PLACE_TYPES,
  QUANTITY_UNITS,
  STATEMENT_KINDS,
  STATEMENT_STATUSES,
  type EntityTypeName,
} from './entities.js';

/** A field a new entity of a kind must have besides its id, name and evidence; `choices` when it is one of a list. */
export interface RequiredField {
  field: string;
  choices?: readonly string[];
  number?: true;
}

/**
 * The seed format's required fields per kind (src/ingest/seed-format.ts), as a table a browser page can read
 * without zod; test/unit/required-fields.test.ts holds it equal to the schemas.
 */
export const REQUIRED_FIELDS: Record<EntityTypeName, readonly RequiredField[]> = {
  ORGANISATION: [{ field: 'classification', choices: ORGANISATION_CLASSIFICATIONS }],
  PERSON: [],
  EVENT: [{ field: 'kind', choices: EVENT_KINDS }],
  RESOLUTION: [{ field: 'instrument', choices: INSTRUMENTS }],
  BRIEF: [{ field: 'documentType', choices: DOCUMENT_TYPES }],
  PLACE: [{ field: 'placeType', choices: PLACE_TYPES }],
  TOPIC: [],
  STATEMENT: [
    { field: 'statementKind', choices: STATEMENT_KINDS },
    { field: 'status', choices: STATEMENT_STATUSES },
  ],
  QUANTITY: [
    { field: 'amount', number: true },
    { field: 'unit', choices: QUANTITY_UNITS },
    { field: 'counts' },
  ],
};
