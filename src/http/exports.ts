import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { analytics as sharedAnalytics, type Analytics } from '../analytics/index.js';
import type { ExportLimits } from '../config.js';
import type { Database } from '../db/database.js';
import { AnalyticsTimeout, DatabaseError } from '../errors.js';
import {
  BadExportParameter,
  buildExport,
  CONTENT_TYPES,
  ExportTooLarge,
  fileStem,
  LINKED_EXPORT_PATHS,
  parseExportRequest,
  UnknownCenter,
  write,
  type ExportFormat,
} from '../export/index.js';
import type { Logger } from '../log.js';
import { datasetVersion } from '../graph/analytics.js';
import { datasetEtag, notModified, REVALIDATE } from './etag.js';
import type { RoutesHook } from './pages.js';

/**
 * GET /export/network.gexf | network.graphml | nodes.csv | edges.csv | network.json, filtered like `network`
 * (relationTypes, types, year) plus an ego export (center, depth); GEXF is 1.2 (what networkx reads) unless
 * `version=1.3`. Rate-limited with GraphQL (server.ts).
 */

const FILES: Record<string, { format: ExportFormat; kind: string; ext: string }> = {
  '/export/network.gexf': { format: 'gexf', kind: 'network', ext: 'gexf' },
  '/export/network.graphml': { format: 'graphml', kind: 'network', ext: 'graphml' },
  '/export/nodes.csv': { format: 'nodes.csv', kind: 'nodes', ext: 'csv' },
  '/export/edges.csv': { format: 'edges.csv', kind: 'edges', ext: 'csv' },
  '/export/network.json': { format: 'json', kind: 'network', ext: 'json' },
};

export interface ExportRoutesOptions {
  db: Database;
  limits: ExportLimits;
  logger: Logger;
  analytics?: Analytics;
}

export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
) {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...(status === 503 ? { 'retry-after': '5' } : {}),
  });
  res.end(body);
}

export function exportRoutes(opts: ExportRoutesOptions): RoutesHook {
  const analytics = opts.analytics ?? sharedAnalytics;
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (!url.pathname.startsWith('/export/')) return false;
    const file = FILES[url.pathname];
    if (!file) {
      sendError(
        res,
        404,
        `No export at ${url.pathname}; the exports are ${[...Object.keys(FILES), ...LINKED_EXPORT_PATHS].join(', ')}`,
        'NOT_FOUND',
      );
      return true;
    }
    try {
      const { filter, gexfVersion } = parseExportRequest(url.searchParams, file.format === 'gexf');
      // Cacheable: the ETag is the dataset version and the request; a match costs no export.
      const version = await datasetVersion(opts.db);
      const etag = version === null ? undefined : datasetEtag(version, url.pathname, url.search);
      const caching =
        etag === undefined ? { 'cache-control': 'no-store' } : { etag, 'cache-control': REVALIDATE };
      if (etag !== undefined && notModified(req.headers['if-none-match'], etag)) {
        res.writeHead(304, caching);
        res.end();
        return true;
      }
      const graph = await buildExport(opts.db, analytics, filter, opts.limits);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[file.format],
        'content-disposition': `attachment; filename="${fileStem(file.kind, filter)}.${file.ext}"`,
        ...caching,
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
        return true;
      }
      for await (const chunk of write(file.format, graph, gexfVersion)) {
        if (res.destroyed) return true;
        if (!res.write(chunk)) await once(res, 'drain');
      }
      res.end();
    } catch (err) {
      sendExportFailure(res, err, opts.logger, url.pathname, 'export');
    }
    return true;
  };
}

/**
 * The answer to an export's (or a linked-data answer's) failure: 400 naming the parameter, 413 with the counts,
 * 404 for an unknown centre, 503 when the database or the analytics cannot answer; anything else is logged and
 * answers a bare 500. Once the body has started, the connection is cut (a partial file must not look whole).
 */
export function sendExportFailure(
  res: ServerResponse,
  err: unknown,
  logger: Logger,
  path: string,
  what: string,
): void {
  if (res.headersSent) {
    logger.error({ err, path }, `${what} failed while sending`);
    res.destroy();
  } else if (err instanceof BadExportParameter) {
    sendError(res, 400, err.message, 'BAD_REQUEST', { parameter: err.parameter });
  } else if (err instanceof ExportTooLarge) {
    sendError(res, 413, err.message, 'EXPORT_TOO_LARGE', {
      nodes: err.nodes,
      edges: err.edges,
      maxNodes: err.maxNodes,
      maxEdges: err.maxEdges,
    });
  } else if (err instanceof UnknownCenter) {
    sendError(res, 404, err.message, 'NOT_FOUND', { parameter: 'center' });
  } else if (err instanceof DatabaseError) {
    sendError(res, 503, err.message, err.code);
  } else if (err instanceof AnalyticsTimeout) {
    sendError(res, 503, err.message, 'ANALYTICS_TIMEOUT');
  } else {
    logger.error({ err, path }, `${what} failed`);
    sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
  }
}

/** Several route tables as one: the first that handles a request wins. */
export function routeTables(...tables: RoutesHook[]): RoutesHook {
  return async (req, res, url) => {
    for (const table of tables) if (await table(req, res, url)) return true;
    return false;
  };
}
