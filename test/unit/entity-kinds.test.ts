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
import { ENTITY_KINDS, filtersOf } from '../../src/model/entities.js';
import { ROOT } from '../../src/paths.js';
import { resolvers } from '../../src/resolvers/index.js';
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
    '%s: a style on the network page, and a place in docs/reference/MODEL.md and docs/reference/API.md',
    (label, kind) => {
      // The page is built for the browser (its own tsconfig): its style table is read as text.
      const styles = /TYPE_STYLE[^=]*=\s*\{([\s\S]*?)\n\};/.exec(read('web/network/graph.ts'))?.[1] ?? '';
      expect(styles).toMatch(new RegExp(`\\b${kind.type}: \\{ color: '#[0-9a-f]{6}'`));
      expect(read('docs/reference/MODEL.md')).toContain(`:${label}`);
      expect(read('docs/reference/API.md')).toContain(`\`${kind.connection}\``);
    },
  );
});
