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
import { NO_NEEDS, sliceKey, type EntityNeeds, type SliceNeed } from '../graph/fragments.js';
import { QUERY_BOUNDS } from '../model/bounds.js';
import { ENTITY_TYPES, isEntityLabel, kindOfLabel, type EntityTypeName } from '../model/entities.js';
import { isRelationType, type DirectionName } from '../model/relations.js';
import { checkFirst } from './arguments.js';
import { FIELD_READS } from './entity-reads.js';
import { decodeCursor, fieldDefault } from './paging.js';
import { typedList } from './typed-lists.js';

/**
 * What a selection reads (its "needs"). A root field returning entities works out, from its selection in the
 * resolve info, what the fields below it will read (evidence, degree, relation slices with their other ends and
 * evidence, the properties of the entities below the root: entity-reads.ts); its one statement fetches all of it
 * (graph/fragments.ts) and the nested fields read the answer attached to the row (EntityRow.compiled). Covered,
 * below a root entity (level 0): evidence, degree; relations(types, direction, first, after) and the typed lists
 * (typed-lists.ts), each with the relations' evidence and the other ends' evidence and degree (level 1).
 * Not covered (the loaders read it, with the same fragments): Relation.onBehalfOf, Entity.metrics, lists and
 * relations below level 0.
 */

export interface Walk {
  info: GraphQLResolveInfo;
}

const EMPTY = (): EntityNeeds => ({ evidence: false, degree: false, slices: [], props: [] });

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

/**
 * What the entities at the end of these paths (from the field being resolved) will read, compiled into the root
 * statement: NO_NEEDS with the compiler off (ICAT_COMPILE=off: the same root statements, reading rows alone, and
 * every nested field through the loaders).
 */
export function selectionNeeds(
  ctx: Context,
  info: GraphQLResolveInfo,
  paths: ReadonlyArray<readonly string[]> | null,
  level = 0,
  asOf: string | null = null,
): EntityNeeds {
  if (!compiles(ctx, asOf)) return NO_NEEDS;
  return paths === null ? rootEntityNeeds(info) : nestedEntityNeeds(info, paths, level);
}

/** Whether the relations under these paths have their evidence selected (never with the compiler off). */
export function selectionRelationEvidence(
  ctx: Context,
  info: GraphQLResolveInfo,
  paths: ReadonlyArray<readonly string[]>,
  asOf: string | null = null,
): boolean {
  return compiles(ctx, asOf) && nestedRelationEvidence(info, paths);
}

/**
 * Whether a root field reads its selection in its own statement: with the compiler on, and, whatever
 * ICAT_COMPILE says, for a read as of an instant. The loaders hold the graph now, so the statement is the only
 * read of the past there is; with the compiler off, an `asOf` read would otherwise answer its nested fields
 * from no read at all.
 */
export function compiles(ctx: Pick<Context, 'compile'>, asOf: string | null): boolean {
  return ctx.compile || asOf !== null;
}

/** Entity-valued fields under a neighbourhood, path or relation list that lead to the nodes it read. */
const RELATION_ENDS = ['from', 'to', 'other'] as const;

export const NEIGHBOURHOOD_ENTITIES = [
  ['center'],
  ['nodes', 'entity'],
  ...RELATION_ENDS.map((end) => ['edges', end]),
];
export const NEIGHBOURHOOD_EVIDENCE = [['edges', 'evidence']];
export const PATH_ENTITIES = [
  ['entities'],
  ['steps', 'from'],
  ['steps', 'entity'],
  ...RELATION_ENDS.map((end) => ['steps', 'relation', end]),
];
export const PATH_EVIDENCE = [
  ['steps', 'evidence'],
  ['steps', 'relation', 'evidence'],
];
/** Entities and relations below the listed entities are compiled down to this level. */
export { SLICE_LEVELS };
