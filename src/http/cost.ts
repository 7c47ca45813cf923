import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';

/**
 * Query cost, counted in items the resolvers may produce: every field costs 1 for each item it can be
 * resolved for. A `first` argument (literal, variable or schema default) sets how many items the next list
 * below it holds; a list without one counts as `listSize` items. Graphql-armor's cost limit reads only
 * literal `first` values, so `first: $n` would slip past it; this estimator sees the coerced variables.
 */

export interface CostOptions {
  maxCost: number;
  listSize: number;
}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  listSize: number,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  // Bad variables fail at execution with a precise error; estimate with defaults meanwhile.
  const vars = coerced.coerced ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Costs are linear in the multiplier, so a fragment is walked once per (type, pending size) and scaled.
  const memo = new Map<string, number>();
  const walking = new Set<string>();

  function walk(set: SelectionSetNode, parent: GraphQLCompositeType, pending: number | undefined): number {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += walk(sel.selectionSet, type, pending);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type) || walking.has(name)) continue;
        const key = `${name}|${pending ?? ''}`;
        let fragmentCost = memo.get(key);
        if (fragmentCost === undefined) {
          walking.add(name);
          fragmentCost = walk(fragment.selectionSet, type, pending);
          walking.delete(name);
          memo.set(key, fragmentCost);
        }
        cost += fragmentCost;
        continue;
      }
      cost += 1;
      const name = sel.name.value;
      if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[name];
      if (!field || !sel.selectionSet) continue;
      let first: number | undefined;
      if (field.args.some((a) => a.name === 'first')) {
        try {
          const value = getArgumentValues(field, sel, vars).first;
          if (typeof value === 'number' && Number.isFinite(value)) first = Math.max(0, value);
        } catch {
          // An invalid argument fails at execution; count it as the default list size meanwhile.
        }
      }
      let next = first ?? pending;
      let multiplier = 1;
      if (isListType(getNullableType(field.type))) {
        multiplier = next ?? listSize;
        next = undefined;
      }
      const type = getNamedType(field.type);
      if (isCompositeType(type)) cost += multiplier * walk(sel.selectionSet, type, next);
    }
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, undefined) : 0;
}

export function costLimitError(cost: number, max: number): GraphQLError {
  return new GraphQLError(
    `Query cost ${cost} exceeds the limit of ${max}. Lists count once per item: ask for fewer items with \`first\`, or fewer nested fields.`,
    {
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'cost',
        cost,
        maxCost: max,
        http: { status: 400 },
      },
    },
  );
}

/**
 * The variables an operation's cost depends on: those passed to a `first` argument anywhere in the document.
 * Every other variable leaves the estimate unchanged, so the cost is cached per (operation, values of these).
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Distinct `first` values remembered per operation; past this the operation's costs start over. */
const COSTS_PER_OPERATION = 64;

interface OperationCosts {
  variables: string[];
  costs: Map<string, number>;
}

export type CostEstimator = typeof estimateCost;

/**
 * Rejects an operation whose estimated cost exceeds the limit, before any resolver runs. Apollo's document
 * store hands back the same parsed document for a repeated query text, so the walk runs once per operation and
 * set of `first` values; a request whose variables do not coerce is estimated afresh and never cached (its
 * estimate used defaults, and it fails at execution anyway).
 */
export function costLimitPlugin<T extends object>(
  opts: CostOptions & { estimate?: CostEstimator },
): ApolloServerPlugin<T> {
  const estimate = opts.estimate ?? estimateCost;
  // Weak: an entry lives as long as Apollo's (bounded) document store keeps the document.
  const cache = new WeakMap<OperationDefinitionNode, OperationCosts>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let entry = cache.get(operation);
          if (!entry) {
            entry = { variables: costVariables(document), costs: new Map() };
            cache.set(operation, entry);
          }
          const given = request.variables ?? {};
          const key = entry.variables
            .map((name) => (name in given ? JSON.stringify(given[name]) : '-'))
            .join(',');
          let cost = entry.costs.get(key);
          if (cost === undefined) {
            cost = estimate(schema, document, operation, request.variables, opts.listSize);
            const coerced = getVariableValues(
              schema,
              operation.variableDefinitions ?? [],
              request.variables ?? {},
            );
            if (coerced.coerced) {
              if (entry.costs.size >= COSTS_PER_OPERATION) entry.costs.clear();
              entry.costs.set(key, cost);
            }
          }
          if (cost > opts.maxCost) throw costLimitError(cost, opts.maxCost);
        },
      };
    },
  };
}
