import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
// graphql-js's own field collection: fragments, inline fragments, @skip/@include and variables exactly as the
// executor applies them, so the compiler sees the fields the resolvers will be called for.
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { Context } from '../context.js';
import {
  readCompiledEntity,
  readEntityTree,
  readNeighbourhood,
  readPath,
  sliceKey,
  type EntityNeeds,
  type EntityTree,
  type SliceNeed,
} from '../graph/lookahead.js';
import type { EntityRow, PassageRow, RelationRow } from '../graph/rows.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import { ENTITY_TYPES, isEntityLabel, kindOfLabel, type EntityTypeName } from '../model/entities.js';
import { isRelationType, type DirectionName } from '../model/relations.js';
import { checkFirst } from './arguments.js';
import { FIELD_READS } from './entity-reads.js';
import { decodeCursor, fieldDefault } from './paging.js';
import { typedList } from './typed-lists.js';

/**
 * Selection look-ahead ("compile and prime"). A hot root field reads its selection from the resolve info, works
 * out every loader key its nested resolvers will ask for (entity rows, relation slices, the other ends, evidence,
 * degrees), fetches all of it in one statement (graph/lookahead.ts) and primes the request's loaders under
 * exactly those keys, where the nested resolvers find them warm; whatever the compiler does not cover loads as
 * before. `entity`/`node` go one step further: the entities below the root are read with only the properties their
 * selected fields use (entity-reads.ts), the nested resolvers read that answer directly (EntityRow.compiled), and
 * only whole rows (the root's) enter the shared loaders. Covered, below the root entity (level 0):
 *   evidence, degree; relations(types, direction, first, after) and the typed lists (typed-lists.ts), each with
 *   the relations' evidence and the other ends' evidence and degree (level 1).
 * Not covered (falls back to the loaders): Relation.onBehalfOf, Entity.metrics, lists and relations below level 0.
 */

export interface Walk {
  info: GraphQLResolveInfo;
}

const EMPTY = (): EntityNeeds => ({ evidence: false, degree: false, slices: [], props: [] });

export function isEmpty(n: EntityNeeds): boolean {
  return !n.evidence && !n.degree && n.slices.length === 0;
}

/** Levels below the root entity that may still read relation slices. */
const SLICE_LEVELS = 1;

function mergeProps(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null || b === null) return null;
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])];
}

export function mergeNeeds(a: EntityNeeds, b: EntityNeeds): EntityNeeds {
  const slices = new Map<string, SliceNeed>();
  for (const s of [...a.slices, ...b.slices]) {
    const key = sliceKey(s.types, s.direction, s.first, s.after);
    const seen = slices.get(key);
    if (!seen) {
      slices.set(key, s);
      continue;
    }
    const onTypes =
      seen.onTypes === null || s.onTypes === null ? null : [...new Set([...seen.onTypes, ...s.onTypes])];
    slices.set(key, {
      ...seen,
      onTypes: onTypes && onTypes.length === ENTITY_TYPES.length ? null : onTypes,
      other: mergeNeeds(seen.other, s.other),
      relationEvidence: seen.relationEvidence || s.relationEvidence,
      relationRows: seen.relationRows || s.relationRows,
    });
  }
  return {
    evidence: a.evidence || b.evidence,
    degree: a.degree || b.degree,
    slices: [...slices.values()],
    props: mergeProps(a.props, b.props),
  };
}

function subfields(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[]) {
  const { schema, fragments, variableValues } = walk.info;
  return collectSubfields(schema, fragments, variableValues, type, nodes);
}

/** The entity object types a field of this type may resolve to. */
function entityTypesOf(walk: Walk, type: GraphQLOutputType): GraphQLObjectType[] {
  const named = getNamedType(type);
  const candidates = isAbstractType(named)
    ? walk.info.schema.getPossibleTypes(named)
    : isObjectType(named)
      ? [named]
      : [];
  return candidates.filter((t) => isEntityLabel(t.name));
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk) {
  return getArgumentValues(field, node, walk.info.variableValues);
}

/** The slice `relations(types, direction, first, after)` will load, or null when its arguments are bad. */
function relationsSlice(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk) {
  const args = argumentsOf(field, node, walk);
  try {
    const first = checkFirst(
      'first',
      typeof args.first === 'number' ? args.first : null,
      fieldDefault(field, 'first'),
      QUERY_BOUNDS.maxFirst,
    );
    const after =
      typeof args.after === 'string' && args.after !== ''
        ? String(decodeCursor('after', 'rel', args.after, 1)[0])
        : null;
    const types = Array.isArray(args.types) ? args.types.filter((t): t is string => isRelationType(t)) : [];
    const direction: DirectionName =
      args.direction === 'INCOMING' || args.direction === 'OUTGOING' ? args.direction : 'BOTH';
    return { types, direction, first, after };
  } catch {
    // The resolver will answer the same arguments with the error the client should see.
    return null;
  }
}

/** What a relation-shaped object (Relation, Affiliation, Participation, Endorsement) will load. */
function relationNeeds(walk: Walk, nodes: readonly FieldNode[], type: GraphQLOutputType, level: number) {
  let other = EMPTY();
  let relationEvidence = false;
  const named = getNamedType(type);
  if (!isObjectType(named)) return { other, relationEvidence };
  for (const [, fieldNodes] of subfields(walk, named, nodes)) {
    const name = fieldNodes[0]!.name.value;
    const field = named.getFields()[name];
    if (!field) continue;
    if (name === 'evidence') relationEvidence = true;
    // onBehalfOf names a third entity: not compiled (the loader reads it).
    else if (name !== 'onBehalfOf' && entityTypesOf(walk, field.type).length > 0)
      other = mergeNeeds(other, entityNeeds(walk, fieldNodes, field.type, level));
  }
  return { other, relationEvidence };
}

/** Relation connection → edges → node: the relations' needs. */
function relationConnectionNeeds(
  walk: Walk,
  nodes: readonly FieldNode[],
  type: GraphQLOutputType,
  level: number,
) {
  let out = { other: EMPTY(), relationEvidence: false };
  const connection = getNamedType(type);
  if (!isObjectType(connection)) return out;
  for (const [, edgeNodes] of subfields(walk, connection, nodes)) {
    const edges = connection.getFields()[edgeNodes[0]!.name.value];
    const edgeType = edges && getNamedType(edges.type);
    if (edges?.name !== 'edges' || !isObjectType(edgeType)) continue;
    for (const [, nodeNodes] of subfields(walk, edgeType, edgeNodes)) {
      const node = edgeType.getFields()[nodeNodes[0]!.name.value];
      if (node?.name !== 'node') continue;
      const r = relationNeeds(walk, nodeNodes, node.type, level);
      out = {
        other: mergeNeeds(out.other, r.other),
        relationEvidence: out.relationEvidence || r.relationEvidence,
      };
    }
  }
  return out;
}

/**
 * What the fields selected on an entity-valued field (of any entity type it may resolve to) will load. `level`
 * is the entity's distance from the root entity; relation slices are compiled down to SLICE_LEVELS - 1.
 */
export function entityNeeds(
  walk: Walk,
  nodes: readonly FieldNode[],
  type: GraphQLOutputType,
  level: number,
): EntityNeeds {
  let needs = EMPTY();
  for (const objectType of entityTypesOf(walk, type)) {
    if (!isEntityLabel(objectType.name)) continue;
    const onTypes: EntityTypeName[] = [kindOfLabel(objectType.name).type];
    for (const [, fieldNodes] of subfields(walk, objectType, nodes)) {
      const node = fieldNodes[0]!;
      const name = node.name.value;
      const reads = FIELD_READS.get(name);
      needs.props = reads === undefined ? null : mergeProps(needs.props, [...reads]);
      const field = objectType.getFields()[name];
      if (!field) continue;
      if (name === 'evidence') needs.evidence = true;
      else if (name === 'degree') needs.degree = true;
      else if (level < SLICE_LEVELS && name === 'relations') {
        // Each occurrence (alias) with its own arguments is its own slice.
        for (const occurrence of fieldNodes) {
          const key = relationsSlice(field, occurrence, walk);
          if (!key) continue;
          const sub = relationConnectionNeeds(walk, [occurrence], field.type, level + 1);
          needs = mergeNeeds(needs, {
            ...EMPTY(),
            slices: [{ ...key, onTypes, ...sub, relationRows: true }],
          });
        }
      } else if (level < SLICE_LEVELS) {
        const list = typedList(objectType.name, name);
        if (!list) continue;
        const sub =
          list.shape === 'entities'
            ? { other: entityNeeds(walk, fieldNodes, field.type, level + 1), relationEvidence: false }
            : relationNeeds(walk, fieldNodes, field.type, level + 1);
        const slice: SliceNeed = {
          types: [...list.types],
          direction: list.direction,
          first: QUERY_BOUNDS.maxListItems,
          after: null,
          onTypes,
          ...sub,
          relationRows: list.shape === 'relations' || list.readsRelations === true,
        };
        needs = mergeNeeds(needs, { ...EMPTY(), slices: [slice] });
      }
    }
  }
  return needs;
}

/** The needs of the field being resolved (a root field returning an entity). */
export function rootEntityNeeds(info: GraphQLResolveInfo): EntityNeeds {
  return entityNeeds({ info }, info.fieldNodes, info.returnType, 0);
}

/** Needs of the entity-valued fields among the subfields of the field being resolved, by path of field names. */
export function nestedEntityNeeds(
  info: GraphQLResolveInfo,
  paths: ReadonlyArray<readonly string[]>,
  level: number,
): EntityNeeds {
  const walk: Walk = { info };
  let needs = EMPTY();
  const follow = (nodes: readonly FieldNode[], type: GraphQLOutputType, path: readonly string[]) => {
    if (path.length === 0) {
      needs = mergeNeeds(needs, entityNeeds(walk, nodes, type, level));
      return;
    }
    const named = getNamedType(type);
    if (!isObjectType(named)) return;
    for (const [, fieldNodes] of subfields(walk, named, nodes)) {
      const field = named.getFields()[fieldNodes[0]!.name.value];
      if (field?.name === path[0]) follow(fieldNodes, field.type, path.slice(1));
    }
  };
  for (const path of paths) follow(info.fieldNodes, info.returnType, path);
  return needs;
}

/** Whether the relations under these paths have their evidence selected. */
export function nestedRelationEvidence(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>) {
  const walk: Walk = { info };
  let wanted = false;
  const follow = (nodes: readonly FieldNode[], type: GraphQLOutputType, path: readonly string[]) => {
    const named = getNamedType(type);
    if (!isObjectType(named)) return;
    for (const [, fieldNodes] of subfields(walk, named, nodes)) {
      const field = named.getFields()[fieldNodes[0]!.name.value];
      if (field?.name !== path[0]) continue;
      if (path.length === 1) wanted = true;
      else follow(fieldNodes, field.type, path.slice(1));
    }
  };
  for (const path of paths) follow(info.fieldNodes, info.returnType, path);
  return wanted;
}

/** Primes the passage loader with what a relation's evidence resolver will load (null for a missing id). */
export function primeRelationEvidence(ctx: Context, relation: RelationRow, found: readonly PassageRow[]) {
  const byId = new Map(found.map((p) => [p.id, p]));
  for (const id of relation.evidence) ctx.loaders.passage.prime(id, byId.get(id) ?? null);
}

/** Primes the loaders with an entity tree under the keys its fields will load. */
export function primeTree(ctx: Context, tree: EntityTree, needs: EntityNeeds): void {
  const id = tree.row.id;
  ctx.loaders.entity.prime(id, tree.row);
  if (tree.evidence) ctx.loaders.entityEvidence.prime(id, tree.evidence);
  if (tree.degree !== null) ctx.loaders.degree.prime(id, tree.degree);
  needs.slices.forEach((need, i) => {
    const slice = tree.slices[i];
    if (!slice) return;
    ctx.loaders.relations.prime(
      { id, types: need.types, direction: need.direction, first: need.first, after: need.after },
      {
        total: slice.total,
        rows: slice.items.map((x) => x.relation),
        hasNextPage: slice.hasNextPage,
        others: slice.items.map((x) => x.other.row),
      },
    );
    for (const item of slice.items) {
      primeTree(ctx, item.other, need.other);
      if (item.evidence) primeRelationEvidence(ctx, item.relation, item.evidence);
    }
  });
}

/**
 * entity(id) / node(id) of an entity: when the selection loads anything beyond the entity's own properties, one
 * statement reads the entity with all of it, the entities below it as only the properties their fields read, and
 * answers the row with what its fields read attached (EntityRow.compiled): the fields read it directly, with no
 * loader and no promise per object. Undefined: not compiled (the caller loads the entity). A selection of plain
 * properties is left to the entity loader (so that several such root fields still batch into one query).
 */
export async function compileEntity(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
): Promise<EntityRow | null | undefined> {
  if (!ctx.compile) return undefined;
  const needs = rootEntityNeeds(info);
  if (isEmpty(needs)) return undefined;
  const read = await readCompiledEntity(ctx.db, id, needs);
  // The whole row, its evidence and degree (not its slices, whose entities hold only what this selection reads)
  // serve any other field that loads this entity, e.g. a relation's end that is the root.
  ctx.loaders.entity.prime(id, read?.row ?? null);
  if (!read) return null;
  const { evidence, degree } = read.compiled.compiled!;
  if (evidence) ctx.loaders.entityEvidence.prime(id, evidence);
  if (degree !== null) ctx.loaders.degree.prime(id, degree);
  return read.compiled;
}

/** Entity-valued fields under a neighbourhood, path or relation list that lead to the nodes it read. */
const RELATION_ENDS = ['from', 'to', 'other'] as const;

/** neighbourhood: the walk, the page's entities with their fields' loads and the edges among them, in one read. */
export async function compileNeighbourhood(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  depth: number,
  types: readonly string[] | null,
  page: { offset: number; first: number },
) {
  const needs = nestedEntityNeeds(
    info,
    [['center'], ['nodes', 'entity'], ...RELATION_ENDS.map((end) => ['edges', end])],
    SLICE_LEVELS,
  );
  const edgeEvidence = nestedRelationEvidence(info, [['edges', 'evidence']]);
  const read = await readNeighbourhood(ctx.db, id, depth, types, page, needs, edgeEvidence);
  if (!read) return null;
  primeTree(ctx, read.center, needs);
  for (const n of read.nodes) primeTree(ctx, n.entity, needs);
  for (const e of read.edges) if (e.evidence) primeRelationEvidence(ctx, e.relation, e.evidence);
  return {
    nodes: read.nodes.map((n) => ({ id: n.id, distance: n.distance })),
    edges: read.edges.map((e) => e.relation),
    total: read.total,
  };
}

/** path: the shortest path with its entities' and relations' loads, in one read. */
export async function compilePath(
  ctx: Context,
  info: GraphQLResolveInfo,
  from: string,
  to: string,
  maxHops: number,
  types: readonly string[] | null,
) {
  const needs = nestedEntityNeeds(
    info,
    [
      ['entities'],
      ['steps', 'from'],
      ['steps', 'entity'],
      ...RELATION_ENDS.map((end) => ['steps', 'relation', end]),
    ],
    SLICE_LEVELS,
  );
  const relationEvidence = nestedRelationEvidence(info, [
    ['steps', 'evidence'],
    ['steps', 'relation', 'evidence'],
  ]);
  if (from === to) {
    // A path of one entity: no walk, just the entity.
    const tree = await readEntityTree(ctx.db, from, needs);
    if (!tree) return null;
    primeTree(ctx, tree, needs);
    return { entityIds: [from], entities: [tree.row], relations: [] };
  }
  const read = await readPath(ctx.db, from, to, maxHops, types, needs, relationEvidence);
  if (!read) return null;
  for (const e of read.entities) primeTree(ctx, e, needs);
  for (const r of read.relations) if (r.evidence) primeRelationEvidence(ctx, r.relation, r.evidence);
  return {
    entityIds: read.entities.map((e) => e.row.id),
    entities: read.entities.map((e) => e.row),
    relations: read.relations.map((r) => r.relation),
  };
}

/**
 * The connections (organisations, people, events, resolutions, briefs: `edges.node`) and search (`entity`): what
 * the listed entities will load, compiled as if each were a root entity; undefined when nothing beyond their
 * properties.
 */
export function nestedNeeds(
  info: GraphQLResolveInfo,
  paths: ReadonlyArray<readonly string[]>,
): EntityNeeds | undefined {
  const needs = nestedEntityNeeds(info, paths, 0);
  return isEmpty(needs) ? undefined : needs;
}
