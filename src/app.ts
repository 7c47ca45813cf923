import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { createAuthenticator } from './auth/authenticate.js';
import { createTokenVerifier, type VerifierOptions } from './auth/jwt.js';
import {
  DEFAULT_CURATION_LIMITS,
  type CurationLimits,
  type HttpLimits,
  type MetricsConfig,
  type OidcConfig,
} from './config.js';
import { createCuration } from './curation/index.js';
import { POOL_SIZE } from './db/database.js';
import { createMetrics } from './http/metrics.js';
import type { TrustedDocuments } from './http/trusted-documents.js';
import type { Context } from './context.js';
import type { Database } from './db/database.js';
import { createApollo } from './http/apollo.js';
import { createHttpServer, type HttpOptions } from './http/server.js';
import type { Logger } from './log.js';
import { warmUp, type WarmupResult } from './http/warmup.js';

/** The API without a listening socket: tests build it, main.ts listens. */

export interface App {
  apollo: ApolloServer<Context>;
  server: Server;
  limits: HttpLimits;
  listen(port: number, host: string): Promise<string>;
  /** Answers the warm-up operations (http/warmup.ts) within `budgetMs`; never throws. Call before listening. */
  warmUp(budgetMs: number): Promise<WarmupResult>;
  /**
   * Drains: stops accepting connections, lets in-flight requests finish (up to `shutdownGraceMs`, then cuts
   * them), and stops Apollo. The database is the caller's to close, after this resolves.
   */
  close(): Promise<void>;
}

export interface AppOptions {
  /** Every limit, as `loadConfig` returns them (`config.http`). */
  limits: HttpLimits;
  /** `/metrics`, as `loadConfig` returns it (`config.metrics`); off when left out. */
  metrics?: MetricsConfig;
  /** When given, only these operations run. */
  trustedDocuments?: TrustedDocuments;
  db: Database;
  logger: Logger;
  /** Selection look-ahead, as `loadConfig` returns it (`config.compile`); on when left out. */
  compile?: boolean;
  routes?: HttpOptions['routes'];
  /** OpenID Connect tokens, as `loadConfig` returns them (`config.oidc`); without it only API keys authenticate. */
  oidc?: OidcConfig | undefined;
  /** How the provider's keys are fetched (tests shorten the cool-down between two fetches). */
  jwks?: VerifierOptions;
  /** READ_REQUIRES_AUTH (`config.readRequiresAuth`): anonymous reads are refused. */
  readRequiresAuth?: boolean;
  /** What one change-set may hold (`config.curation`). */
  curation?: CurationLimits;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const { limits } = opts;
  const metrics = opts.metrics?.enabled ? createMetrics(opts.db, { poolSize: POOL_SIZE }) : undefined;
  const readRequiresAuth = opts.readRequiresAuth ?? false;
  const apollo = createApollo({ logger: opts.logger, limits, metrics, readRequiresAuth });
  await apollo.start();
  let draining = false;
  const server = createHttpServer({
    apollo,
    db: opts.db,
    logger: opts.logger,
    compile: opts.compile ?? true,
    limits,
    routes: opts.routes,
    trustedDocuments: opts.trustedDocuments,
    metrics: metrics ? { scrape: metrics.scrape, public: opts.metrics?.public ?? false } : undefined,
    draining: () => draining,
    readRequiresAuth,
    authenticator: createAuthenticator(
      opts.db,
      opts.oidc ? createTokenVerifier(opts.oidc, opts.jwks) : undefined,
    ),
    curation: createCuration(opts.db, opts.logger, opts.curation ?? DEFAULT_CURATION_LIMITS),
  });
  let closing: Promise<void> | undefined;
  const drain = async () => {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), limits.shutdownGraceMs);
      timer.unref();
    });
    if ((await Promise.race([closed, grace])) === 'timeout') {
      opts.logger.warn(
        { graceMs: limits.shutdownGraceMs },
        'shutdown grace period over: closing connections',
      );
      server.closeAllConnections();
      await closed;
    }
    clearTimeout(timer);
    await apollo.stop();
  };
  return {
    apollo,
    server,
    limits,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const a = server.address() as AddressInfo;
          resolve(`http://${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`);
        });
      }),
    // The server's own context settings, so the warm-up runs the statements the server will.
    warmUp: (budgetMs) =>
      warmUp({
        apollo,
        db: opts.db,
        logger: opts.logger,
        budgetMs,
        context: { compile: opts.compile ?? true },
      }),
    close: () => (closing ??= drain()),
  };
}
