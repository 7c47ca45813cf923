import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { HttpLimits } from '../config.js';
import type { Authenticator } from '../auth/authenticate.js';
import { rules } from '../auth/rules.js';
import { createContext, type Context } from '../context.js';
import type { Curation } from '../curation/index.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../log.js';
import type { Metrics } from './metrics.js';
import { createRateLimiter } from './rate-limit.js';
import { resolveTrustedDocument, type RequestFields, type TrustedDocuments } from './trusted-documents.js';
import { datasetVersion } from '../graph/analytics.js';
import { datasetEtag, notModified, REVALIDATE } from './etag.js';
import { graphqlHttpAnswer, RETRY_AFTER_SECONDS } from './status.js';

/**
 * The HTTP front: GraphQL at /graphql (and /), health and readiness probes, and any extra routes (pages).
 * Before GraphQL sees a request it is rate-limited per client, its body size-limited, its JSON parsed (bad
 * JSON answers 400) and its batch size capped. While the server drains, /ready answers 503 and every
 * response closes its connection.
 */

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  limits: Pick<
    HttpLimits,
    'maxBodyBytes' | 'batchLimit' | 'rateLimitMax' | 'rateLimitWindowMs' | 'maxTokens'
  >;
  /** Selection look-ahead (config `compile`); on when left out. */
  compile?: boolean;
  /** True once shutdown has begun. */
  draining?: () => boolean;
  /** When given, only the operations of this manifest run. */
  trustedDocuments?: TrustedDocuments | undefined;
  /** `/metrics`: the scrape, and whether clients beyond loopback may read it. */
  metrics?: { scrape: Metrics['scrape']; public: boolean } | undefined;
  /** Turns the Authorization header into a principal; without one every request is anonymous. */
  authenticator?: Authenticator | undefined;
  /** READ_REQUIRES_AUTH: the exports need a reader's credentials too (GraphQL reads: http/auth-gate.ts). */
  readRequiresAuth?: boolean;
  /** The write path (audit log, limits) handed to the mutations. */
  curation?: Curation | undefined;
  /** Extra GET (and HEAD) routes (the IDE, the network page, static assets). Return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () =>
      new HttpError(413, `Request body exceeds the limit of ${limit} bytes`, { connection: 'close' });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        // Stop buffering; the 413 closes the connection, dropping the rest of the body.
        done = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      done = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      done = true;
      reject(err);
    });
    req.on('close', () => {
      if (!done) reject(new HttpError(400, 'The request was aborted'));
    });
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
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

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (/^(::ffff:)?127\./.test(address) || address === '::1');
}

function isJson(type: string): boolean {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence === 'application/graphql-response+json';
}

/**
 * The request with its operation swapped for the registered document it names (trusted-documents mode), or why
 * it may not run. POST bodies (one operation or a batch) and GET parameters alike.
 */
function trust(
  trusted: TrustedDocuments,
  body: unknown,
  params: URLSearchParams,
  maxTokens: number,
): { ok: true; body: unknown; search: string } | { ok: false; code: string; message: string } {
  const one = (fields: RequestFields) => resolveTrustedDocument(trusted, fields, maxTokens);
  if (body === undefined) {
    let extensions: unknown;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      extensions = undefined;
    }
    const r = one({ query: params.get('query'), documentId: params.get('documentId'), extensions });
    if (!r.ok) return r;
    const out = new URLSearchParams(params);
    out.set('query', r.query);
    out.delete('documentId');
    out.delete('extensions');
    return { ok: true, body, search: `?${out.toString()}` };
  }
  const requests = Array.isArray(body) ? body : [body];
  const swapped: unknown[] = [];
  for (const request of requests) {
    const fields =
      request !== null && typeof request === 'object' ? (request as Record<string, unknown>) : {};
    const r = one(fields);
    if (!r.ok) return r;
    const { documentId: _id, extensions: _ext, ...rest } = fields;
    swapped.push({ ...rest, query: r.query });
  }
  return {
    ok: true,
    body: Array.isArray(body) ? swapped : swapped[0],
    search: params.size > 0 ? `?${params}` : '',
  };
}

export function createHttpServer(opts: HttpOptions): Server {
  const limiter = createRateLimiter(opts.limits.rateLimitMax, opts.limits.rateLimitWindowMs);
  const draining = opts.draining ?? (() => false);

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, opts.limits.maxBodyBytes);
      if (isJson(headers.get('content-type') ?? '')) {
        try {
          body = text.length > 0 ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON');
        }
        if (Array.isArray(body) && opts.limits.batchLimit > 0 && body.length > opts.limits.batchLimit) {
          throw new HttpError(
            400,
            `A batched request may hold at most ${opts.limits.batchLimit} operations; got ${body.length}`,
          );
        }
      } else {
        // Apollo's CSRF prevention and content-type checks answer these with 400.
        body = text;
      }
    }
    // Credentials first: with READ_REQUIRES_AUTH, not even a 304 answers an anonymous request.
    const authorization = headers.get('authorization');
    const auth = opts.authenticator
      ? await opts.authenticator.authenticate(authorization)
      : ({ ok: true, principal: { kind: 'anonymous' } } as const);
    let search = url.search;
    if (opts.trustedDocuments) {
      const trusted = trust(
        opts.trustedDocuments,
        req.method === 'POST' ? body : undefined,
        url.searchParams,
        opts.limits.maxTokens,
      );
      if (!trusted.ok) return sendJson(res, 400, errorBody(trusted.message, trusted.code));
      body = trusted.body;
      search = trusted.search;
    }
    // A GET query is cacheable: its ETag is the dataset version and what was asked; a match costs no query.
    let etag: string | undefined;
    if (req.method === 'GET' && auth.ok && auth.principal.kind === 'anonymous') {
      const version = await datasetVersion(opts.db);
      if (version !== null) {
        etag = datasetEtag(version, search, headers.get('accept') ?? '');
        if (notModified(req.headers['if-none-match'], etag)) {
          res.writeHead(304, { etag, 'cache-control': REVALIDATE, vary: 'accept' });
          return void res.end();
        }
      }
    }
    const idempotencyKey = headers.get('idempotency-key');
    const ctx = createContext(opts.db, {
      compile: opts.compile ?? true,
      auth,
      request: { id: headers.get('x-request-id'), idempotencyKey },
      curation: opts.curation,
    });
    const response = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: async () => ctx,
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of response.headers) outHeaders[k] = v;
    const answer = graphqlHttpAnswer(
      response.status ?? 200,
      outHeaders['content-type'],
      ctx.outcome.errorCodes,
    );
    Object.assign(outHeaders, answer.headers);
    if (etag !== undefined && answer.status === 200 && ctx.outcome.errorCodes.length === 0)
      Object.assign(outHeaders, { etag, 'cache-control': REVALIDATE, vary: 'accept' });
    res.writeHead(answer.status, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const server = createServer((req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    if (draining()) res.setHeader('connection', 'close');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reject = (status: number, reason: string) =>
      opts.logger.info({ requestId, status, reason, path: url.pathname }, 'http request rejected');

    /** Counts the request against the client's rate limit; false (after answering 429) when over it. */
    const allowed = (): boolean => {
      const rate = limiter.check(req.socket.remoteAddress ?? 'unknown');
      if (!rate.allowed) {
        req.resume();
        reject(429, 'rate limit');
        sendJson(
          res,
          429,
          errorBody(
            `Too many requests: at most ${rate.limit} per ${opts.limits.rateLimitWindowMs / 1000} s; retry in ${rate.resetSeconds} s`,
            'RATE_LIMITED',
          ),
          {
            'retry-after': String(rate.resetSeconds),
            'ratelimit-limit': String(rate.limit),
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(rate.resetSeconds),
          },
        );
        return false;
      }
      return true;
    };
    void (async () => {
      try {
        if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
        if (url.pathname === '/ready') {
          if (draining()) return sendJson(res, 503, { status: 'draining', database: 'unknown' });
          try {
            await opts.db.ping();
            return sendJson(res, 200, { status: 'ready', database: 'reachable' });
          } catch {
            return sendJson(
              res,
              503,
              { status: 'unavailable', database: 'unreachable' },
              { 'retry-after': String(RETRY_AFTER_SECONDS) },
            );
          }
        }
        // Exports, entity IRIs and reconciliation read the database like queries: they share the GraphQL rate limit.
        if (/^\/(export\/|entity\/|reconcile(\/|$))/.test(url.pathname) && !allowed()) return;
        if (/^\/(export\/|entity\/|reconcile(\/|$))/.test(url.pathname) && opts.readRequiresAuth) {
          const auth = opts.authenticator
            ? await opts.authenticator.authenticate(req.headers.authorization)
            : ({ ok: true, principal: { kind: 'anonymous' } } as const);
          const read = auth.ok ? rules.read(auth.principal, true) : undefined;
          if (!auth.ok || !read?.allowed) {
            reject(401, 'credentials');
            return sendJson(
              res,
              401,
              errorBody(
                auth.ok ? (read && !read.allowed ? read.message : '') : auth.reason,
                'UNAUTHENTICATED',
              ),
              { 'www-authenticate': 'Bearer realm="icat-kg"' },
            );
          }
        }
        if (url.pathname === '/metrics' && opts.metrics && (req.method === 'GET' || req.method === 'HEAD')) {
          // Not public by default: an address beyond loopback is told nothing is here.
          if (opts.metrics.public || isLoopback(req.socket.remoteAddress)) {
            const { contentType, body } = await opts.metrics.scrape();
            res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
            return void res.end(req.method === 'HEAD' ? undefined : body);
          }
        }
        if (
          // The reconciliation service also takes its queries as a form POST (OpenRefine sends them so).
          (req.method === 'GET' ||
            req.method === 'HEAD' ||
            (req.method === 'POST' && url.pathname === '/reconcile')) &&
          opts.routes &&
          (await opts.routes(req, res, url))
        )
          return;
        if (url.pathname === '/graphql' || url.pathname === '/') {
          if (req.method !== 'GET' && req.method !== 'POST') {
            reject(405, 'method');
            return sendJson(res, 405, errorBody('Use GET or POST', 'BAD_REQUEST'), { allow: 'GET, POST' });
          }
          if (!allowed()) return;
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
        if (err instanceof HttpError) {
          reject(err.status, err.message);
          return sendJson(res, err.status, errorBody(err.message, 'BAD_REQUEST'), err.headers);
        }
        opts.logger.error({ err, requestId }, 'request failed');
        return sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      }
    })();
  });
  // Keep-alive connections that go idle during a drain are closed at once rather than at their timeout.
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    res.on('finish', () => {
      if (draining()) server.closeIdleConnections();
    });
  });
  return server;
}
