import type { CodegenConfig } from '@graphql-codegen/cli';
import { OPERATIONS_OUTPUTS } from './codegen.documents.js';

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
        },
        mappers: {
          Organisation: '../graph/rows.js#EntityRow',
          Person: '../graph/rows.js#EntityRow',
          Event: '../graph/rows.js#EntityRow',
          Resolution: '../graph/rows.js#EntityRow',
          Brief: '../graph/rows.js#EntityRow',
          Place: '../graph/rows.js#EntityRow',
          Topic: '../graph/rows.js#EntityRow',
          Statement: '../graph/rows.js#EntityRow',
          Quantity: '../graph/rows.js#EntityRow',
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
          OrganisationConnection: '../graph/rows.js#EntityPage',
          PersonConnection: '../graph/rows.js#EntityPage',
          EventConnection: '../graph/rows.js#EntityPage',
          ResolutionConnection: '../graph/rows.js#EntityPage',
          BriefConnection: '../graph/rows.js#EntityPage',
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
