import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../log.js';
import { contextFor } from './apollo.js';

/**
 * The HTTP front: GraphQL at /graphql (and /), health and readiness probes, and any extra routes (pages).
 * Bodies are size-limited; JSON syntax errors answer 400 without reaching GraphQL.
 */

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  maxBodyBytes: number;
  /** Extra GET routes (the IDE, the network page, static assets). Return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `Request body exceeds the limit of ${limit} bytes`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body exceeds the limit of ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function createHttpServer(opts: HttpOptions): Server {
  const context = contextFor(opts.db);

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, opts.maxBodyBytes);
      const type = headers.get('content-type') ?? '';
      if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
        try {
          body = text.length > 0 ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON');
        }
      } else {
        body = text;
      }
    }
    const response = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context,
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of response.headers) outHeaders[k] = v;
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return createServer((req, res) => {
    const requestId =
      typeof req.headers['x-request-id'] === 'string'
        ? req.headers['x-request-id'].slice(0, 100)
        : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
        if (url.pathname === '/ready') {
          try {
            await opts.db.ping();
            return sendJson(res, 200, { status: 'ready', database: 'reachable' });
          } catch {
            return sendJson(res, 503, { status: 'unavailable', database: 'unreachable' });
          }
        }
        if (req.method === 'GET' && opts.routes && (await opts.routes(req, res, url))) return;
        if (url.pathname === '/graphql' || url.pathname === '/') {
          if (req.method !== 'GET' && req.method !== 'POST') {
            return sendJson(res, 405, errorBody('Use GET or POST', 'BAD_REQUEST'), { allow: 'GET, POST' });
          }
          return await graphql(req, res, url);
        }
        return sendJson(
          res,
          404,
          errorBody(`Nothing at ${url.pathname}; the API is at /graphql`, 'NOT_FOUND'),
        );
      } catch (err) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (err instanceof HttpError) return sendJson(res, err.status, errorBody(err.message, 'BAD_REQUEST'));
        opts.logger.error({ err, requestId }, 'request failed');
        return sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      }
    })();
  });
}
