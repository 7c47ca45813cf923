import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { HttpLimits } from '../config.js';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';
import { resolvers } from '../resolvers/index.js';
import { loadTypeDefs } from '../schema.js';
import { authGate } from './auth-gate.js';
import { costLimitPlugin } from './cost.js';
import type { Metrics } from './metrics.js';
import { makeFormatError } from './format-error.js';
import { NoIntrospectionExceptTypeProbe } from './introspection.js';

export interface ApolloOptions {
  logger: Logger;
  /** Records every operation (http/metrics.ts). */
  metrics?: Metrics;
  /** Every limit, as `loadConfig` returns them (`config.http`). */
  limits: HttpLimits;
  /** READ_REQUIRES_AUTH: anonymous reads are refused (http/auth-gate.ts). */
  readRequiresAuth?: boolean;
}

/** One log line per operation (request id, operation, duration, outcome, round trips); records the codes. */
function operationLog(logger: Logger, metrics: Metrics | undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName }) {
          // The formatted errors carry the public codes (a DatabaseError's code sits on the original error).
          const formatted = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = (formatted ?? []).map((e) =>
            String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
          );
          // The HTTP front turns these into the response's status (http/status.ts).
          contextValue.outcome.errorCodes.push(...codes);
          const name = operationName ?? request.operationName ?? null;
          const ms = performance.now() - started;
          const outcome = codes.length === 0 ? 'ok' : 'error';
          metrics?.operation(name, outcome, ms / 1000, contextValue.roundTrips());
          logger.info(
            {
              requestId: request.http?.headers.get('x-request-id') ?? undefined,
              // Client-chosen text: capped so a hostile name cannot flood the log.
              operationName: name?.slice(0, 100) ?? null,
              durationMs: Math.round(ms * 10) / 10,
              outcome,
              errorCodes: codes.length > 0 ? [...new Set(codes)] : undefined,
              roundTrips: contextValue.roundTrips(),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

export function createApollo(opts: ApolloOptions): ApolloServer<Context> {
  const { limits } = opts;
  // Depth, aliases and directives are counted by graphql-armor as validation rules (reported as
  // GRAPHQL_VALIDATION_FAILED); its cost and token limits are off: ours count `first` variables, and
  // Apollo's parseOptions.maxTokens answers 400 where armor's token plugin answers 500.
  const armor = new ApolloArmor({
    // Fragments add no depth of their own: only field nesting counts.
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // Apollo's switch would refuse the name-only `__type` probe too; our rule decides instead.
    introspection: true,
    validationRules: [
      ...armor.validationRules,
      ...(limits.introspection ? [] : [NoIntrospectionExceptTypeProbe]),
    ],
    hideSchemaDetailsFromClientErrors: !limits.suggestions,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: limits.batchLimit > 0,
    csrfPrevention: true,
    // main.ts drains and stops on signals; Apollo's own handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(opts.logger),
    logger: {
      debug: (m) => opts.logger.debug(m),
      info: (m) => opts.logger.info(m),
      warn: (m) => opts.logger.warn(m),
      error: (m) => opts.logger.error(m),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints (GET answers carry our own ETag, http/etag.ts); Apollo's cache-control plugin would
      // still hook every field resolver to compute a policy nobody reads (7 % of the CPU in bench:profile).
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin<Context>({ maxCost: limits.maxCost, listSize: limits.costListSize }),
      operationLog(opts.logger, opts.metrics),
      authGate(opts.readRequiresAuth ?? false),
    ],
  });
}
