import { getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection (fragments, @skip/@include, variables as the executor applies them).
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { Context } from '../context.js';
import {
  network,
  NETWORK_EDGE_FIELDS,
  NETWORK_NODE_FIELDS,
  WHOLE_NETWORK,
  type NetworkEdgeField,
  type NetworkNodeField,
  type NetworkSelection,
  type NetworkView,
} from '../graph/network.js';

/**
 * `network`: the statement reads only the node and edge fields the request selects (with the compiler on; off,
 * every field, as field-by-field resolution would), and each node's degree is counted from the edges only when
 * asked for. The objects are plain: graphql-js's default resolvers read them.
 */

/** The field names selected (under any alias, fragment or directive) below each field of the root's type. */
function selectedBelow(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): Map<string, Set<string>> {
  const { schema, fragments, variableValues } = info;
  const out = new Map<string, Set<string>>();
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return out;
  for (const fieldNodes of collectSubfields(schema, fragments, variableValues, type, nodes).values()) {
    const name = fieldNodes[0]!.name.value;
    const childType = getNamedType(type.getFields()[name]?.type);
    const names = out.get(name) ?? new Set<string>();
    if (childType && isObjectType(childType)) {
      for (const sub of collectSubfields(schema, fragments, variableValues, childType, fieldNodes).values())
        names.add(sub[0]!.name.value);
    }
    out.set(name, names);
  }
  return out;
}

export function networkSelection(info: GraphQLResolveInfo): NetworkSelection & { degree: boolean } {
  const below = selectedBelow(info, info.fieldNodes);
  const nodes = below.get('nodes') ?? new Set<string>();
  const edges = below.get('edges') ?? new Set<string>();
  return {
    nodes: NETWORK_NODE_FIELDS.filter((f: NetworkNodeField) => nodes.has(f)),
    edges: NETWORK_EDGE_FIELDS.filter((f: NetworkEdgeField) => edges.has(f)),
    degree: nodes.has('degree'),
  };
}

export async function resolveNetwork(
  ctx: Context,
  info: GraphQLResolveInfo,
  relationTypes: readonly string[] | null,
  year: number | null,
  entityTypes: readonly string[] | null,
  asOf: string | null = null,
): Promise<NetworkView> {
  const select = ctx.compile ? networkSelection(info) : { ...WHOLE_NETWORK, degree: true };
  const answer = await network(ctx.db, relationTypes, year, entityTypes, select, asOf);
  if (select.degree) {
    const degree = new Map<string, number>();
    for (const e of answer.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    for (const n of answer.nodes) n.degree = degree.get(n.id) ?? 0;
  }
  return answer;
}
