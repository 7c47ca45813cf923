import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENTITY_KINDS } from './src/model/entities.js';
import { OPERATIONS_OUTPUTS } from './codegen.documents.js';

// Every entity kind of the model is an EntityRow, and its root connection a page of them.
const kindMappers = Object.fromEntries(
  ENTITY_KINDS.flatMap((k) => [
    [k.label, '../graph/rows.js#EntityRow'],
    [`${k.label}Connection`, '../graph/rows.js#EntityPage'],
  ]),
);
// Resolver types come from schema/*.graphql; mappers say which data-layer row backs each GraphQL type. The shipped
// operations (operations/*.graphql) are typed alongside (codegen.documents.ts).
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        useIndexSignature: false,
        contextType: '../context.js#Context',
        scalars: {
          URL: 'string',
          NonEmptyString: 'string',
          PositiveInt: 'number',
          NonNegativeInt: 'number',
          LocalDate: 'string',
          DateTime: 'string',
        },
        mappers: {
          ...kindMappers,
          Entity: '../graph/rows.js#EntityRow',
          Node: '../graph/rows.js#NodeRow',
          Relation: '../graph/rows.js#RelationView',
          Evidence: '../graph/rows.js#PassageRow',
          Source: '../graph/rows.js#SourceRow',
          SourceSection: '../graph/rows.js#SourceSectionRow',
          FuzzyDate: '../model/dates.js#FuzzyDate as FuzzyDateValue',
          Affiliation: '../graph/rows.js#RelationView',
          Participation: '../graph/rows.js#RelationView',
          Endorsement: '../graph/rows.js#RelationView',
          RelationConnection: '../graph/rows.js#RelationPage',
          PathStep: '../graph/rows.js#PathStepRow',
          Path: '../graph/rows.js#PathRow',
          Neighbourhood: '../graph/rows.js#NeighbourhoodRow',
          Network: '../graph/network.js#NetworkView',
          NetworkNode: '../graph/network.js#NetworkNodeView',
          NetworkEdge: '../graph/network.js#NetworkEdgeView',
          NeighbourhoodNode: '../graph/rows.js#NeighbourhoodNodeRow',
          SearchHit: '../graph/rows.js#SearchHitRow',
          // Analytics (src/resolvers/analytics.ts)
          CentralityConnection: '../resolvers/analytics-rows.js#CentralityPage',
          CentralityEdge: '../resolvers/analytics-rows.js#CentralityEdgeRow',
          CommunityPartition: '../resolvers/analytics-rows.js#PartitionRow',
          Community: '../resolvers/analytics-rows.js#CommunityRow',
          CommunityMemberConnection: '../graph/rows.js#EntityPage',
          TimelineConnection: '../resolvers/analytics-rows.js#TimelinePage',
          TimelineFact: '../graph/analytics.js#TimelineFactRow',
          NetworkDiff: '../resolvers/analytics-rows.js#NetworkDiffRow',
          NetworkDiffTie: '../resolvers/analytics-rows.js#DiffTieRow',
        },
      },
    },
    ...OPERATIONS_OUTPUTS,
  },
};

export default config;
