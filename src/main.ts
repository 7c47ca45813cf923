import { analytics } from './analytics/index.js';
import { createApp, type App } from './app.js';
import { exportRoutes, routeTables } from './http/exports.js';
import { linkedRoutes } from './http/linked.js';
import { pageRoutes } from './http/pages.js';
import { reconcileRoutes } from './http/reconcile.js';
import { loadConfig } from './config.js';
import { moveRetractedOutOfLiveTypes } from './curation/history-upgrade.js';
import { connect, StartupError, type Connection } from './db/connect.js';
import { failureReport } from './errors.js';
import { formatCounts, needsSeed, seedRepository } from './ingest/index.js';
import { loadTrustedDocuments } from './http/trusted-documents.js';
import { describeWarmup } from './http/warmup.js';
import { createLogger } from './log.js';

/** Wires config → database → seed → server → listen, and shuts down in reverse on SIGINT/SIGTERM. */

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (line: string) => process.stdout.write(`${line}\n`);

  const abort = new AbortController();
  const running: { conn?: Connection; app?: App } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      say(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    say(`\n${signal}: shutting down (draining requests, closing the database)…`);
    logger.info({ signal }, 'shutdown: draining in-flight requests');
    abort.abort();
    await running.app?.close();
    logger.info('shutdown: http server closed');
    await analytics.close();
    await running.conn?.close();
    logger.info('shutdown: database driver closed');
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // A bad manifest stops the start before anything else is started.
  const trustedDocuments = config.trustedDocuments
    ? loadTrustedDocuments(config.trustedDocuments)
    : undefined;
  if (trustedDocuments)
    say(`Trusted documents: ${trustedDocuments.size} registered operations (TRUSTED_DOCUMENTS)`);
  analytics.configure({ timeoutMs: config.analyticsTimeoutMs });
  const conn = await connect(config, { log: say, signal: abort.signal });
  running.conn = conn;
  say(`Neo4j reachable at ${conn.uri}`);
  const upgraded = await moveRetractedOutOfLiveTypes(conn.db);
  if (upgraded.moved > 0)
    say(
      `History: moved ${upgraded.moved} retracted records out of the live relationship types (${Object.entries(
        upgraded.byType,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}), as this version keeps them (docs/how-to/CURATION.md#history)`,
    );
  if (config.seedOnStart && (await needsSeed(conn.db))) {
    say('First start: seeding the graph from seed/ …');
    say(formatCounts(await seedRepository(conn.db, { log: say })));
  }
  const app = await createApp({
    limits: config.http,
    metrics: config.metrics,
    trustedDocuments,
    db: conn.db,
    logger,
    compile: config.compile,
    oidc: config.oidc,
    readRequiresAuth: config.readRequiresAuth,
    curation: config.curation,
    routes: routeTables(
      linkedRoutes({ db: conn.db, limits: config.exports, logger, baseUrl: config.publicBaseUrl }),
      exportRoutes({ db: conn.db, limits: config.exports, logger }),
      reconcileRoutes({
        db: conn.db,
        logger,
        baseUrl: config.publicBaseUrl,
        maxBodyBytes: config.http.maxBodyBytes,
      }),
      pageRoutes({
        curate:
          config.oidc && config.publicClientId
            ? { issuer: config.oidc.issuer, audience: config.oidc.audience, clientId: config.publicClientId }
            : undefined,
      }),
    ),
  });
  running.app = app;
  if (config.warmupBudgetMs > 0) say(describeWarmup(await app.warmUp(config.warmupBudgetMs)));
  let url: string;
  try {
    url = await app.listen(config.port, config.host);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${config.port} on ${config.host} is already in use: set PORT to another port (e.g. PORT=4001 npm start).`,
      );
    }
    throw err;
  }
  say(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  say(`  GraphQL API + IDE:  ${url}/graphql`);
  say(`  Network page:       ${url}/network`);
  say(`  Source page:        ${url}/source`);
  say(`  Review page:        ${url}/curate`);
  say(`  Health / ready:     ${url}/health  ${url}/ready`);
}

main().catch((err: unknown) => {
  const { message, exitCode } = failureReport(err, 'Start-up');
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
});
