import { z } from 'zod';
import { SECTION_NAMES } from './report.js';

/** The shape of the files in seed/ (see docs/SEED-FORMAT.md). Unknown fields are errors. */

export const ENTITY_FILES = {
  'organisations.yaml': 'Organisation',
  'people.yaml': 'Person',
  'events.yaml': 'Event',
  'resolutions.yaml': 'Resolution',
  'briefs.yaml': 'Brief',
  'places.yaml': 'Place',
} as const;
export type EntityLabel = (typeof ENTITY_FILES)[keyof typeof ENTITY_FILES];
export const ENTITY_LABELS: readonly EntityLabel[] = Object.values(ENTITY_FILES);
export const RELATIONS_FILE = 'relations.yaml';

export const RELATION_TYPES = [
  'MEMBER_OF',
  'PARTNER_OF',
  'CO_CHAIRED',
  'ELECTED',
  'COORDINATES',
  'FUNDS',
  'SUBMITTED_TO',
  'AUTHORED',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'ORGANISED',
  'HOSTED',
  'HELD_IN',
  'LOCATED_IN',
  'ON_MARGINS_OF',
  'ADOPTED',
  'CALLS_UPON',
  'MANDATES',
  'PURSUANT_TO',
  'ENDORSED',
  'PART_OF',
  'ESTABLISHED_UNDER',
  'SUPPORTS',
  'DISSEMINATED_TO',
  'ENCOURAGES',
  'INFORMS',
  'COLLABORATES_WITH',
  'LAUNCHED',
  'ABOUT',
] as const;
export type RelationTypeName = (typeof RELATION_TYPES)[number];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** An ISO 8601 date at year, month or day precision, that exists on the calendar. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(
    (s) => {
      const [, m, d] = s.split('-').map(Number);
      if (m === undefined) return true;
      if (m < 1 || m > 12) return false;
      return d === undefined || (d >= 1 && d <= DAYS_IN_MONTH[m - 1]!);
    },
    { message: 'is not a calendar date' },
  );

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9]+(?:[-.][a-z0-9]+)*$`), {
    message: `must look like ${prefix}:lower-case-slug`,
  });
const anyId = z.string().regex(/^(org|person|event|res|brief|place):[a-z0-9]+(?:[-.][a-z0-9]+)*$/, {
  message: 'must be an entity id like org:unodc',
});

const text = z.string().trim().min(1, { message: 'must not be empty' });

export const evidenceSchema = z
  .object({
    section: z.enum(SECTION_NAMES as [string, ...string[]]),
    excerpt: text.max(300, { message: 'must be a short quotation (at most 300 characters)' }),
  })
  .strict();

const evidence = z.array(evidenceSchema).min(1, { message: 'needs at least one passage' });

const base = {
  name: text,
  otherNames: z.array(text).optional(),
  description: text.optional(),
  evidence,
};

export const organisationSchema = z
  .object({
    id: id('org'),
    ...base,
    acronym: text.optional(),
    classification: z.enum([
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
    ]),
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
    kind: z.enum([
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
    ]),
    date: partialDate.optional(),
    endDate: partialDate.optional(),
    participantCount: z.number().int().positive().optional(),
    participantCountQualifier: z.enum(['EXACT', 'MORE_THAN', 'APPROXIMATELY']).optional(),
    status: z.enum(['HELD', 'PLANNED']).optional(),
  })
  .strict();

export const resolutionSchema = z
  .object({
    id: id('res'),
    ...base,
    instrument: z.enum(['RESOLUTION', 'MANDATE', 'CONVENTION', 'PROTOCOL', 'GENERAL_RECOMMENDATION']),
    symbol: text.optional(),
    year: z.number().int().min(1900).max(2100).optional(),
  })
  .strict();

export const briefSchema = z
  .object({
    id: id('brief'),
    ...base,
    documentType: z.enum([
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
    ]),
    year: z.number().int().min(1900).max(2100).optional(),
    status: z.enum(['PUBLISHED', 'FORTHCOMING', 'UNDER_ELABORATION', 'PLANNED']).optional(),
    url: z.url().optional(),
  })
  .strict();

export const placeSchema = z
  .object({
    id: id('place'),
    ...base,
    placeType: z.enum(['CITY', 'COUNTRY']),
    country: id('place').optional(),
  })
  .strict();

export const relationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: anyId,
    to: anyId,
    year: z.number().int().min(1900).max(2100).optional(),
    since: partialDate.optional(),
    until: partialDate.optional(),
    role: text.optional(),
    status: z.enum(['DONE', 'ONGOING', 'PLANNED']).optional(),
    onBehalfOf: anyId.optional(),
    quote: text.max(500).optional(),
    evidence,
  })
  .strict();

export const ENTITY_SCHEMAS = {
  Organisation: organisationSchema,
  Person: personSchema,
  Event: eventSchema,
  Resolution: resolutionSchema,
  Brief: briefSchema,
  Place: placeSchema,
} as const;

export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type EntityInput =
  | z.infer<typeof organisationSchema>
  | z.infer<typeof personSchema>
  | z.infer<typeof eventSchema>
  | z.infer<typeof resolutionSchema>
  | z.infer<typeof briefSchema>
  | z.infer<typeof placeSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
