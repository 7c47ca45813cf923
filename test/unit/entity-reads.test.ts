import { describe, expect, it } from '@jest/globals';
import { buildSchema, isObjectType } from 'graphql';
import { toEntity } from '../../src/graph/convert.js';
import { ENTITY_KINDS } from '../../src/model/entities.js';
import { COMPUTED_READS, FIELD_READS, OWN_FIELDS } from '../../src/resolvers/entity-reads.js';
import { resolvers } from '../../src/resolvers/index.js';
import { loadTypeDefs } from '../../src/schema.js';

/**
 * The compiled entity read fetches only the properties FIELD_READS names for the selected fields: a field listed
 * as reading "its own property" must really be answered by the default resolver from a row property of that name,
 * and every field with a resolver of its own must be listed with what it reads (or not at all: the whole row).
 */

const schema = buildSchema(loadTypeDefs());
const entityTypes = ENTITY_KINDS.map((k) => schema.getType(k.label)).filter(isObjectType);
const ownResolvers = (typeName: string): Record<string, unknown> =>
  (resolvers as Record<string, Record<string, unknown> | undefined>)[typeName] ?? {};
const rowProperties = new Set(Object.keys(toEntity({})));

describe('entity-reads: what each field of the entity types reads', () => {
  it('covers every entity type of the model', () => {
    expect(entityTypes.map((t) => t.name)).toEqual(ENTITY_KINDS.map((k) => k.label));
  });

  it('lists as its own property only fields the default resolver answers from a row property of that name', () => {
    const wrong = entityTypes.flatMap((t) =>
      OWN_FIELDS.filter((f) => f in t.getFields())
        .filter((f) => f in ownResolvers(t.name) || !rowProperties.has(f))
        .map((f) => `${t.name}.${f}`),
    );
    expect(wrong).toEqual([]);
  });

  it('every field with a resolver of its own is listed as computed, or not at all (then the row is read whole)', () => {
    const wrong = entityTypes.flatMap((t) =>
      Object.keys(t.getFields())
        .filter((f) => f in ownResolvers(t.name) && FIELD_READS.has(f))
        .filter((f) => !(f in COMPUTED_READS) && (FIELD_READS.get(f) ?? []).length > 0)
        .map((f) => `${t.name}.${f}`),
    );
    expect(wrong).toEqual([]);
  });

  it('a computed field reads no property of its row beyond those listed for it (and id, type, name)', async () => {
    type Resolve = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;
    const wrong: string[] = [];
    let checked = 0;
    for (const t of entityTypes) {
      for (const [f, listed] of Object.entries(COMPUTED_READS)) {
        const resolve = ownResolvers(t.name)[f];
        if (listed.length === 0 || typeof resolve !== 'function' || !(f in t.getFields())) continue;
        const read = new Set<string>();
        const row = new Proxy(toEntity({}), {
          get(target, key, receiver) {
            if (typeof key === 'string') read.add(key);
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
        await (resolve as Resolve)(row, {}, {}, {});
        checked += 1;
        const extra = [...read].filter((p) => !listed.includes(p) && !['id', 'type', 'name'].includes(p));
        if (extra.length > 0) wrong.push(`${t.name}.${f} reads ${extra.join(', ')}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
