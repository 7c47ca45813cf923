import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  type GraphQLInputObjectType,
} from 'graphql';
import { toEntity } from '../../src/graph/convert.js';
import { loadSeed } from '../../src/ingest/load.js';
import { ENTITY_FILES, ENTITY_SCHEMAS } from '../../src/ingest/seed-format.js';
import {
  ENTITY_BASE_PROPERTIES,
  ENTITY_KINDS,
  ENTITY_PROPERTIES,
  filtersOf,
  type PropertyValue,
} from '../../src/model/entities.js';
import { ROOT } from '../../src/paths.js';
import { COMPUTED_READS, FIELD_READS } from '../../src/resolvers/entity-reads.js';
import { resolvers } from '../../src/resolvers/index.js';
import { typedListsOf } from '../../src/resolvers/typed-lists.js';
import { loadTypeDefs } from '../../src/schema.js';

/**
 * Adding an entity kind: its model row (src/model/entities.ts) and what the model cannot derive — its SDL type
 * and root connection, its seed schema and loader mapping, its data file, its page style, the docs. One check per
 * step, each naming the kinds that miss it; the resolvers, codegen mappers, analytics fields and root connections
 * are derived from the model and checked here too (CONTRIBUTING.md, "A new entity kind").
 */

const schema = buildSchema(loadTypeDefs());
const kinds = ENTITY_KINDS.map((k) => [k.label, k] as const);
type Fns = Record<string, unknown>;
const resolverOf = (name: string): Fns => (resolvers as Record<string, Fns | undefined>)[name] ?? {};
const rowProperties = new Set(Object.keys(toEntity({})));
const seed = loadSeed(join(ROOT, 'seed'));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const propertiesOf = (kind: (typeof ENTITY_KINDS)[number]): Array<[string, PropertyValue]> =>
  Object.entries(kind.properties);
/** A stored value of each kind, distinct per property, to see it come back from the row. */
const sample = (name: string, value: PropertyValue): string | number =>
  value === 'number' ? name.length + 0.5 : `value of ${name}`;
/** The fields of the Entity interface: every kind has them (ENTITY_BASE_PROPERTIES and the common resolvers). */
const interfaceFields = (() => {
  const entity = schema.getType('Entity');
  return new Set(entity && 'getFields' in entity ? Object.keys(entity.getFields()) : []);
})();

function fieldsOf(input: GraphQLInputObjectType | undefined): string[] {
  return input ? Object.keys(input.getFields()).sort() : [];
}

describe('every entity kind of the model', () => {
  it.each(kinds)(
    '%s: its SDL object type is a Node and an Entity, and EntityType names it',
    (label, kind) => {
      const type = schema.getType(label);
      expect(isObjectType(type) ? type.getInterfaces().map((i) => i.name) : null).toEqual(['Node', 'Entity']);
      const enumType = schema.getType('EntityType');
      expect(isEnumType(enumType) ? enumType.getValues().map((v) => v.name) : []).toContain(kind.type);
    },
  );

  it.each(kinds)(
    '%s: its root connection has the paging, orders and filters every kind has',
    (label, kind) => {
      const field = schema.getQueryType()!.getFields()[kind.connection];
      expect(field ? String(field.type) : `no Query.${kind.connection}`).toBe(`${label}Connection!`);
      expect(field?.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual([
        'first: Int',
        'after: String',
        `where: ${label}Where`,
        'orderBy: EntityOrder',
      ]);
      const f = filtersOf(kind);
      const expected = [
        'name',
        'relatedTo',
        'relatedBy',
        ...f.lists,
        ...(f.years ? ['yearFrom', 'yearTo'] : []),
        ...(f.dates ? ['dateFrom', 'dateTo', 'year'] : []),
      ].sort();
      const where = schema.getType(`${label}Where`);
      expect(fieldsOf(isInputObjectType(where) ? where : undefined)).toEqual(expected);
      // Each list filter matches a row property of the same name.
      expect(f.lists.filter((p) => !rowProperties.has(p))).toEqual([]);
      const edge = schema.getType(`${label}Edge`);
      expect(isObjectType(edge) ? String(getNamedType(edge.getFields().node!.type)) : null).toBe(label);
    },
  );

  it.each(kinds)('%s: resolvers (root connection, its type, metrics) come from the model', (label, kind) => {
    expect(typeof resolverOf('Query')[kind.connection]).toBe('function');
    expect(Object.keys(resolverOf(`${label}Connection`)).sort()).toEqual(['edges', 'pageInfo']);
    expect(['evidence', 'degree', 'relations', 'metrics'].filter((f) => !(f in resolverOf(label)))).toEqual(
      [],
    );
  });

  it.each(kinds)('%s: every field of its SDL type is resolved or read from a row property', (label) => {
    const type = schema.getType(label);
    const fields = isObjectType(type) ? Object.keys(type.getFields()) : [];
    expect(fields.filter((f) => !(f in resolverOf(label)) && !rowProperties.has(f))).toEqual([]);
  });

  it.each(kinds)(
    '%s: a seed schema, a seed file and entities in it, each with its id prefix',
    (label, kind) => {
      expect(label in ENTITY_SCHEMAS).toBe(true);
      expect(Object.values(ENTITY_FILES)).toContain(label);
      const ids = seed.entities.filter((e) => e.label === label).map((e) => e.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !id.startsWith(`${kind.idPrefix}:`))).toEqual([]);
    },
  );

  it.each(kinds)(
    '%s: a style on the network page, a place in docs/reference/MODEL.md (with its properties) and docs/reference/API.md',
    (label, kind) => {
      // The page is built for the browser (its own tsconfig): its style table is read as text.
      const styles = /TYPE_STYLE[^=]*=\s*\{([\s\S]*?)\n\};/.exec(read('web/network/graph.ts'))?.[1] ?? '';
      expect(styles).toMatch(new RegExp(`\\b${kind.type}: \\{ color: '#[0-9a-f]{6}'`));
      const model = read('docs/reference/MODEL.md');
      expect(model).toContain(`:${label}`);
      // Its properties, in the section on entities.
      const entities = /## Entities\n([\s\S]*?)\n## /.exec(model)?.[1] ?? '';
      expect(Object.keys(kind.properties).filter((p) => !entities.includes(`\`${p}\``))).toEqual([]);
      expect(read('docs/reference/API.md')).toContain(`\`${kind.connection}\``);
    },
  );

  it.each(kinds)(
    '%s: each property of its model row is a field of its SDL type, its seed schema and EntityChangeInput, and is read into the row and by the compiled read',
    (label, kind) => {
      const type = schema.getType(label);
      const sdlFields = isObjectType(type) ? type.getFields() : {};
      const seedKeys = Object.keys(ENTITY_SCHEMAS[label].shape);
      const props = propertiesOf(kind);
      expect(props.filter(([p]) => !(p in sdlFields)).map(([p]) => `no SDL field ${label}.${p}`)).toEqual([]);
      expect(
        props.filter(([p]) => !seedKeys.includes(p)).map(([p]) => `not in the seed schema: ${p}`),
      ).toEqual([]);
      // The row: each property, stored with a value, comes back with that value (not null, not another one).
      const stored = Object.fromEntries(props.map(([p, v]) => [p, sample(p, v)]));
      const row = toEntity({ id: `${kind.idPrefix}:x`, type: kind.type, name: 'x', ...stored }) as object;
      expect(Object.fromEntries(props.map(([p]) => [p, (row as Record<string, unknown>)[p]]))).toEqual(
        stored,
      );
      // The compiled read fetches it when its field is selected.
      expect(props.filter(([p]) => !(FIELD_READS.get(p) ?? []).includes(p))).toEqual([]);
      // A curator can set it (a change-set's entity).
      const input = schema.getType('EntityChangeInput');
      const curated = isInputObjectType(input) ? input.getFields() : {};
      expect(props.filter(([p]) => !(p in curated)).map(([p]) => `not in EntityChangeInput: ${p}`)).toEqual(
        [],
      );
    },
  );

  it.each(kinds)(
    '%s: every field of its SDL type read from the row (not a relation, not common to all kinds) is a property of its model row',
    (label, kind) => {
      const type = schema.getType(label);
      const own = resolverOf(label);
      const fromRow = (isObjectType(type) ? Object.keys(type.getFields()) : [])
        .filter((f) => !interfaceFields.has(f))
        .filter((f) => !(f in own) || (COMPUTED_READS[f] ?? []).length > 0);
      expect(fromRow.filter((f) => !(f in kind.properties))).toEqual([]);
    },
  );

  it.each(kinds)(
    '%s: every field of its seed schema beyond those all kinds have is a model property or a typed list',
    (label, kind) => {
      const common = new Set(['id', 'inferred', ...ENTITY_BASE_PROPERTIES]);
      const lists = typedListsOf(label);
      const extra = Object.keys(ENTITY_SCHEMAS[label].shape).filter(
        (k) => !common.has(k) && !(k in kind.properties) && !(k in lists),
      );
      expect(extra).toEqual([]);
    },
  );

  it('the row holds the properties every entity has, as read, and null or empty for those the entity lacks', () => {
    const stored = {
      id: 'org:x',
      type: 'ORGANISATION',
      name: 'X',
      otherNames: ['Ex'],
      description: 'about X',
      evidence: ['p1'],
      category: 'UN_ENTITY',
      inferredFields: ['acronym'],
      inferredNotes: ['why'],
    };
    expect(Object.keys(stored).sort()).toEqual([...ENTITY_BASE_PROPERTIES].sort());
    const row = toEntity(stored) as unknown as Record<string, unknown>;
    expect(Object.fromEntries(ENTITY_BASE_PROPERTIES.map((p) => [p, row[p]]))).toEqual(stored);
    expect(row.rowType).toBe('entity');
    const empty = toEntity({ id: 'topic:y', type: 'TOPIC', name: 'Y' }) as unknown as Record<string, unknown>;
    expect(Object.keys(empty).sort()).toEqual(
      ['rowType', ...ENTITY_BASE_PROPERTIES, ...ENTITY_PROPERTIES.keys()].sort(),
    );
    expect([...ENTITY_PROPERTIES.keys()].filter((p) => empty[p] !== null)).toEqual([]);
    expect([empty.otherNames, empty.evidence, empty.description]).toEqual([[], [], null]);
  });

  it('a property several kinds have holds the same kind of value in each', () => {
    const seen = new Map<string, string[]>();
    for (const k of ENTITY_KINDS)
      for (const [p, v] of propertiesOf(k)) seen.set(p, [...(seen.get(p) ?? []), `${k.label}: ${v}`]);
    const mixed = [...seen].filter(([p, vs]) =>
      vs.some((v) => !v.endsWith(ENTITY_PROPERTIES.get(p as never)!)),
    );
    expect(mixed).toEqual([]);
    expect(ENTITY_PROPERTIES.size).toBe(seen.size);
  });
});
