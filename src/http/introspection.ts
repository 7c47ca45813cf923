import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * Introspection off, except a name-only type probe. `{ __type(name: "X") { name } }` answers only whether a
 * type called X exists, which validation errors disclose anyway; no fields, arguments or descriptions. It is
 * what the GraphQL-over-HTTP audits use to check variables and UTF-8 handling, so a production server stays
 * conformant without exposing its schema. `__schema` and any deeper `__type` selection are refused.
 */

const PROBE_FIELDS = new Set(['name', '__typename']);

function nameOnly(set: SelectionSetNode | undefined): boolean {
  return (
    set !== undefined &&
    set.selections.every((s) => s.kind === Kind.FIELD && PROBE_FIELDS.has(s.name.value) && !s.selectionSet)
  );
}

export const NoIntrospectionExceptTypeProbe: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name !== '__schema' && name !== '__type') return;
    if (name === '__type' && nameOnly(node.selectionSet)) return;
    context.reportError(
      new GraphQLError(
        'GraphQL introspection is not allowed by this server; only `__type(name:) { name }` may be asked.',
        { nodes: [node] },
      ),
    );
  },
});
