import { z } from 'zod';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  EVENT_KINDS,
  EVENT_STATUSES,
  INSTRUMENTS,
  ORGANISATION_CLASSIFICATIONS,
  PARTICIPANT_COUNT_QUALIFIERS,
  PLACE_TYPES,
  QUANTITY_UNITS,
  STATEMENT_KINDS,
  STATEMENT_STATUSES,
  type EntityIdPrefix,
  type EntityLabel,
} from '../model/entities.js';
import { PARTIAL_DATE_FORM, PARTIAL_DATE_MESSAGES, endsBeforeStart, onCalendar } from '../model/dates.js';
import { ENTITY_ID, entityIdPattern } from '../model/ids.js';
import { ASSERTIONS, RELATION_STATUSES, RELATION_TYPES } from '../model/relations.js';
import { QUERY_BOUNDS } from '../model/bounds.js';

/** The shape of the files in seed/ (see docs/reference/SEED-FORMAT.md). Unknown fields are errors. */

/** The seed file of each entity kind. */
export const ENTITY_FILES = {
  'organisations.yaml': 'Organisation',
  'people.yaml': 'Person',
  'events.yaml': 'Event',
  'resolutions.yaml': 'Resolution',
  'briefs.yaml': 'Brief',
  'places.yaml': 'Place',
  'topics.yaml': 'Topic',
  'statements.yaml': 'Statement',
  'quantities.yaml': 'Quantity',
} as const satisfies Record<string, EntityLabel>;
export const RELATIONS_FILE = 'relations.yaml';
/** Optional: passages of this seed's source that evidence entities of another dataset. */
export const ATTESTATIONS_FILE = 'attestations.yaml';

export const attestationSchema = z
  .object({
    entity: z.string().regex(ENTITY_ID, { message: 'must be an entity id like org:unodc' }),
    evidence: z.array(z.lazy(() => evidenceSchema)).min(1, { message: 'needs at least one passage' }),
  })
  .strict();

/** An ISO 8601 date at year, month or day precision, that exists on the calendar. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE_FORM, { message: PARTIAL_DATE_MESSAGES.form })
  .refine(onCalendar, { message: PARTIAL_DATE_MESSAGES.calendar });

const id = (prefix: EntityIdPrefix) =>
  z.string().regex(entityIdPattern(prefix), { message: `must look like ${prefix}:lower-case-slug` });
const anyId = z.string().regex(ENTITY_ID, { message: 'must be an entity id like org:unodc' });
const year = z.number().int().min(QUERY_BOUNDS.minYear).max(QUERY_BOUNDS.maxYear);

const text = z.string().trim().min(1, { message: 'must not be empty' });

export const evidenceSchema = z
  .object({
    /** One of the source's section names (for the ICAT report: SECTION_NAMES); checked by the loader. */
    section: text,
    excerpt: text.max(300, { message: 'must be a short quotation (at most 300 characters)' }),
    /** Optional: where the excerpt starts in the normalised section text (else: its first occurrence). */
    offset: z.number().int().nonnegative().optional(),
    /** Optional: the source quoted; only the seed's own source (source.yaml) is known. */
    source: text.optional(),
  })
  .strict();

const evidence = z.array(evidenceSchema).min(1, { message: 'needs at least one passage' });

/** A property of an entity that is a curator's reading of the report, not its words, and why. */
export const inferredPropertySchema = z.object({ field: text, note: text }).strict();

const base = {
  name: text,
  otherNames: z.array(text).optional(),
  description: text.optional(),
  evidence,
  inferred: z.array(inferredPropertySchema).optional(),
};

/** An INFERRED fact must say why (in `note`); a note on a STATED one is allowed (e.g. a precision). */
function noteWhenInferred(
  r: { assertion?: string | undefined; note?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (r.assertion === 'INFERRED' && r.note === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: 'an INFERRED fact needs a note saying why it is read from the report',
    });
}

/** A relation's period cannot end before it starts (`endsBeforeStart`, src/model/dates.ts). */
function untilNotBeforeSince(
  r: { since?: string | undefined; until?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (
    r.since !== undefined &&
    r.until !== undefined &&
    PARTIAL_DATE_FORM.test(r.since) &&
    PARTIAL_DATE_FORM.test(r.until) &&
    endsBeforeStart(r.since, r.until)
  )
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: `until ${r.until} is before since ${r.since}: swap them or correct one`,
    });
}

export const organisationSchema = z
  .object({
    id: id('org'),
    ...base,
    acronym: text.optional(),
    classification: z.enum(ORGANISATION_CLASSIFICATIONS),
    website: z.url().optional(),
  })
  .strict();

export const personSchema = z
  .object({ id: id('person'), ...base, title: text.optional(), role: text.optional() })
  .strict();

export const eventSchema = z
  .object({
    id: id('event'),
    ...base,
    kind: z.enum(EVENT_KINDS),
    date: partialDate.optional(),
    endDate: partialDate.optional(),
    participantCount: z.number().int().positive().optional(),
    participantCountQualifier: z.enum(PARTICIPANT_COUNT_QUALIFIERS).optional(),
    status: z.enum(EVENT_STATUSES).optional(),
  })
  .strict();

export const resolutionSchema = z
  .object({
    id: id('res'),
    ...base,
    instrument: z.enum(INSTRUMENTS),
    symbol: text.optional(),
    year: year.optional(),
  })
  .strict();

export const briefSchema = z
  .object({
    id: id('brief'),
    ...base,
    documentType: z.enum(DOCUMENT_TYPES),
    year: year.optional(),
    status: z.enum(DOCUMENT_STATUSES).optional(),
    url: z.url().optional(),
  })
  .strict();

export const placeSchema = z
  .object({
    id: id('place'),
    ...base,
    placeType: z.enum(PLACE_TYPES),
    country: id('place').optional(),
  })
  .strict();

export const topicSchema = z.object({ id: id('topic'), ...base }).strict();

export const statementSchema = z
  .object({
    id: id('stmt'),
    ...base,
    statementKind: z.enum(STATEMENT_KINDS),
    year: year.optional(),
    status: z.enum(STATEMENT_STATUSES),
  })
  .strict();

export const quantitySchema = z
  .object({
    id: id('qty'),
    ...base,
    amount: z.number().positive(),
    unit: z.enum(QUANTITY_UNITS),
    qualifier: z.enum(PARTICIPANT_COUNT_QUALIFIERS).optional(),
    year: year.optional(),
    counts: text,
  })
  .strict();

export const relationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: anyId,
    to: anyId,
    year: year.optional(),
    since: partialDate.optional(),
    until: partialDate.optional(),
    role: text.optional(),
    status: z.enum(RELATION_STATUSES).optional(),
    onBehalfOf: anyId.optional(),
    quote: text.max(500).optional(),
    assertion: z.enum(ASSERTIONS).optional(),
    note: text.max(500).optional(),
    evidence,
  })
  .strict()
  .superRefine(noteWhenInferred)
  .superRefine(untilNotBeforeSince);

export const ENTITY_SCHEMAS = {
  Organisation: organisationSchema,
  Person: personSchema,
  Event: eventSchema,
  Resolution: resolutionSchema,
  Brief: briefSchema,
  Place: placeSchema,
  Topic: topicSchema,
  Statement: statementSchema,
  Quantity: quantitySchema,
} as const;

export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type EntityInput =
  | z.infer<typeof organisationSchema>
  | z.infer<typeof personSchema>
  | z.infer<typeof eventSchema>
  | z.infer<typeof resolutionSchema>
  | z.infer<typeof briefSchema>
  | z.infer<typeof placeSchema>
  | z.infer<typeof topicSchema>
  | z.infer<typeof statementSchema>
  | z.infer<typeof quantitySchema>;
export type RelationInput = z.infer<typeof relationSchema>;
