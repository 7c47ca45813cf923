import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import type { Logger } from '../../src/log.js';

/**
 * icat-kg as every benchmark runs it: in this process, the production configuration (with ICAT_COMPILE as the
 * environment sets it), except the per-client rate limit, which is off because all load comes from one loopback
 * address. Returns the app and its base URL (no `/graphql`).
 */
export async function startIcatKg(
  db: Database,
  opts: { logger: Logger; metrics?: boolean },
): Promise<{ app: App; url: string }> {
  const config = loadConfig({ NODE_ENV: 'production', ICAT_COMPILE: process.env.ICAT_COMPILE });
  const app = await createApp({
    limits: { ...config.http, rateLimitMax: 0 },
    compile: config.compile,
    ...(opts.metrics === undefined ? {} : { metrics: { enabled: opts.metrics, public: false } }),
    db,
    logger: opts.logger,
  });
  return { app, url: await app.listen(0, '127.0.0.1') };
}
