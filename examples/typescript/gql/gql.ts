/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TopCentralOrganisations($year: Int!, $first: Int!) {\n    centrality(metric: BETWEENNESS, types: [ORGANISATION], year: $year, first: $first) {\n      totalCount\n      edges {\n        rank\n        score\n        node {\n          id\n          name\n          ... on Organisation {\n            acronym\n          }\n        }\n      }\n    }\n  }\n": typeof types.TopCentralOrganisationsDocument,
    "\n  query EntityTimeline($entity: ID!, $from: Int!, $to: Int!, $first: Int!) {\n    timeline(entity: $entity, from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          date {\n            iso\n          }\n          event {\n            name\n          }\n          relation {\n            id\n            type\n            from {\n              name\n            }\n            to {\n              name\n            }\n          }\n          evidence {\n            section\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityTimelineDocument,
};
const documents: Documents = {
    "\n  query TopCentralOrganisations($year: Int!, $first: Int!) {\n    centrality(metric: BETWEENNESS, types: [ORGANISATION], year: $year, first: $first) {\n      totalCount\n      edges {\n        rank\n        score\n        node {\n          id\n          name\n          ... on Organisation {\n            acronym\n          }\n        }\n      }\n    }\n  }\n": types.TopCentralOrganisationsDocument,
    "\n  query EntityTimeline($entity: ID!, $from: Int!, $to: Int!, $first: Int!) {\n    timeline(entity: $entity, from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          date {\n            iso\n          }\n          event {\n            name\n          }\n          relation {\n            id\n            type\n            from {\n              name\n            }\n            to {\n              name\n            }\n          }\n          evidence {\n            section\n          }\n        }\n      }\n    }\n  }\n": types.EntityTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopCentralOrganisations($year: Int!, $first: Int!) {\n    centrality(metric: BETWEENNESS, types: [ORGANISATION], year: $year, first: $first) {\n      totalCount\n      edges {\n        rank\n        score\n        node {\n          id\n          name\n          ... on Organisation {\n            acronym\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopCentralOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityTimeline($entity: ID!, $from: Int!, $to: Int!, $first: Int!) {\n    timeline(entity: $entity, from: $from, to: $to, first: $first) {\n      totalCount\n      edges {\n        node {\n          kind\n          date {\n            iso\n          }\n          event {\n            name\n          }\n          relation {\n            id\n            type\n            from {\n              name\n            }\n            to {\n              name\n            }\n          }\n          evidence {\n            section\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntityTimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
