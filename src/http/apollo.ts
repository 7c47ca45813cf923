import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';
import { resolvers } from '../resolvers/index.js';
import { loadTypeDefs } from '../schema.js';
import { makeFormatError } from './format-error.js';

export interface ApolloOptions {
  logger: Logger;
  /** Introspection and field suggestions; on in development, off in production by default. */
  introspection: boolean;
}

/** One log line per operation: request id, operation, duration, outcome, database round trips. */
function operationLog(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, errors, operationName }) {
          const codes = (errors ?? []).map((e) =>
            String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR),
          );
          if (codes.includes(ErrorCode.DATABASE_UNAVAILABLE) && response.http) response.http.status = 503;
          logger.info(
            {
              requestId: request.http?.headers.get('x-request-id') ?? undefined,
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              outcome: codes.length === 0 ? 'ok' : 'error',
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
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(opts.logger),
    logger: {
      debug: (m) => opts.logger.debug(m),
      info: (m) => opts.logger.info(m),
      warn: (m) => opts.logger.warn(m),
      error: (m) => opts.logger.error(m),
    },
    plugins: [ApolloServerPluginLandingPageDisabled(), operationLog(opts.logger)],
  });
}

export function contextFor(db: Database): () => Promise<Context> {
  return async () => createContext(db);
}
