import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ENTITY_SCHEMAS } from '../../src/ingest/seed-format.js';
import { ENTITY_KINDS } from '../../src/model/entities.js';
import { REQUIRED_FIELDS } from '../../src/model/required-fields.js';

// The workbench page refuses a new entity without these before sending: the table must be the schemas' own.
describe('REQUIRED_FIELDS', () => {
  it.each(ENTITY_KINDS.map((k) => [k.type, k.label] as const))(
    '%s: the required fields and choices of its seed schema',
    (type, label) => {
      const shape = ENTITY_SCHEMAS[label].shape as Record<string, z.ZodType>;
      const required = Object.keys(shape).filter(
        (f) => !['id', 'name', 'evidence'].includes(f) && !shape[f]!.safeParse(undefined).success,
      );
      expect(REQUIRED_FIELDS[type].map((r) => r.field).sort()).toEqual(required.sort());
      // Each field's choices are its enum's options; a number field takes a number; a free one takes text.
      const described = REQUIRED_FIELDS[type].map((r) => ({
        field: r.field,
        choices: r.choices ?? null,
        number: r.number ?? false,
      }));
      const actual = described.map(({ field, choices, number }) => {
        const schema = shape[field]!;
        const options = 'options' in schema ? (schema as z.ZodEnum).options : null;
        return {
          field,
          choices: choices === null ? null : options,
          number: number ? schema.safeParse(1).success : false,
          text: choices === null && !number ? schema.safeParse('some text').success : null,
        };
      });
      expect(actual).toEqual(
        described.map((d) => ({
          ...d,
          number: d.number,
          text: d.choices === null && !d.number ? true : null,
        })),
      );
    },
  );
});
