import {
  LocalDateResolver,
  NonEmptyStringResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql.js';
import {
  Brief,
  Entity,
  Event,
  Node,
  Organisation,
  Person,
  Place,
  Quantity,
  Resolution,
  Statement,
  Topic,
} from './entities.js';
import { withAnalytics } from './analytics.js';
import { meta } from './meta.js';
import { curationResolvers } from './mutation.js';
import { Query } from './query.js';
import * as relations from './relations.js';
import * as sources from './sources.js';

export const resolvers: Resolvers = withAnalytics({
  URL: URLResolver,
  NonEmptyString: NonEmptyStringResolver,
  PositiveInt: PositiveIntResolver,
  NonNegativeInt: NonNegativeIntResolver,
  LocalDate: LocalDateResolver,
  Query: { ...Query, meta, ...curationResolvers.Query },
  Mutation: curationResolvers.Mutation,
  DateTime: curationResolvers.DateTime,
  Node,
  Entity,
  Organisation,
  Person,
  Event,
  Resolution,
  Brief,
  Place,
  Topic,
  Statement,
  Quantity,
  ...relations,
  ...sources,
});
