import {
  LocalDateResolver,
  NonEmptyStringResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql.js';
import { ENTITY_CONNECTIONS, ENTITY_TYPES, Entity, Node } from './entities.js';
import { withAnalytics } from './analytics.js';
import { meta } from './meta.js';
import { curationResolvers } from './mutation.js';
import { Query } from './query.js';
import { reviewQuery } from './review.js';
import * as relations from './relations.js';
import * as sources from './sources.js';

export const resolvers: Resolvers = withAnalytics({
  URL: URLResolver,
  NonEmptyString: NonEmptyStringResolver,
  PositiveInt: PositiveIntResolver,
  NonNegativeInt: NonNegativeIntResolver,
  LocalDate: LocalDateResolver,
  Query: { ...Query, meta, ...curationResolvers.Query, ...reviewQuery },
  Mutation: curationResolvers.Mutation,
  DateTime: curationResolvers.DateTime,
  Node,
  Entity,
  ...ENTITY_TYPES,
  ...ENTITY_CONNECTIONS,
  ...relations,
  ...sources,
});
