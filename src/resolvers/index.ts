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
import { Query } from './query.js';
import * as relations from './relations.js';
import * as sources from './sources.js';

export const resolvers: Resolvers = {
  URL: URLResolver,
  NonEmptyString: NonEmptyStringResolver,
  PositiveInt: PositiveIntResolver,
  NonNegativeInt: NonNegativeIntResolver,
  LocalDate: LocalDateResolver,
  Query,
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
};
