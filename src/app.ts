import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Config } from './config.js';
import type { Context } from './context.js';
import type { Database } from './db/database.js';
import { createApollo } from './http/apollo.js';
import { createHttpServer, type HttpOptions } from './http/server.js';
import type { Logger } from './log.js';

/** The API without a listening socket: tests build it, main.ts listens. */

export interface App {
  apollo: ApolloServer<Context>;
  server: Server;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Pick<Config, 'env'>;
  db: Database;
  logger: Logger;
  routes?: HttpOptions['routes'];
  maxBodyBytes?: number;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const apollo = createApollo({ logger: opts.logger, introspection: opts.config.env !== 'production' });
  await apollo.start();
  const server = createHttpServer({
    apollo,
    db: opts.db,
    logger: opts.logger,
    maxBodyBytes: opts.maxBodyBytes ?? 100_000,
    routes: opts.routes,
  });
  return {
    apollo,
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const a = server.address() as AddressInfo;
          resolve(`http://${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
