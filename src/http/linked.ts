import type { IncomingMessage, ServerResponse } from 'node:http';
import { analytics as sharedAnalytics, type Analytics } from '../analytics/index.js';
import type { ExportLimits } from '../config.js';
import type { Database } from '../db/database.js';
import {
  BadExportParameter,
  buildLinkedExport,
  entityDocument,
  fileStem,
  parseExportRequest,
  writeFtm,
  writeJsonLd,
  writeTurtle,
  type LinkedGraph,
} from '../export/index.js';
import { datasetVersion } from '../graph/analytics.js';
import { survivorOf } from '../graph/merged.js';
import type { Logger } from '../log.js';
import { ENTITY_ID } from '../model/ids.js';
import { renderEntityPage } from './entity-page.js';
import { datasetEtag, notModified, REVALIDATE } from './etag.js';
import { sendError, sendExportFailure } from './exports.js';
import type { RoutesHook } from './pages.js';

/**
 * The linked-data exports and the entity IRIs (docs/reference/EXPORTS.md):
 * - GET /export/entities.ftm.json | graph.ttl | graph.jsonld, with the other exports' filters, limits and caching;
 * - GET /entity/{id}: the entity's page (HTML), or its RDF by content negotiation (`Accept: text/turtle`,
 *   `application/ld+json`) or `?format=ttl|jsonld|html` for links.
 * Rate-limited with GraphQL (server.ts).
 */

type Rdf = 'ttl' | 'jsonld';

const FILES: Record<string, { kind: 'ftm' | Rdf; type: string; stem: string; ext: string }> = {
  '/export/entities.ftm.json': {
    kind: 'ftm',
    type: 'application/x-ndjson; charset=utf-8',
    stem: 'entities',
    ext: 'ftm.json',
  },
  '/export/graph.ttl': { kind: 'ttl', type: 'text/turtle; charset=utf-8', stem: 'graph', ext: 'ttl' },
  '/export/graph.jsonld': {
    kind: 'jsonld',
    type: 'application/ld+json; charset=utf-8',
    stem: 'graph',
    ext: 'jsonld',
  },
};

const RDF_TYPES: Record<Rdf, string> = {
  ttl: 'text/turtle; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

export interface LinkedRoutesOptions {
  db: Database;
  limits: ExportLimits;
  logger: Logger;
  /** The base of entity IRIs (config.publicBaseUrl). */
  baseUrl: string;
  analytics?: Analytics;
}

/** What an `Accept` header asks of an entity IRI: Turtle, JSON-LD, or the page (browsers, and anything else). */
export function negotiate(accept: string | undefined): Rdf | 'html' {
  if (!accept) return 'html';
  const ranked = accept
    .split(',')
    .map((part, i) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const qParam = params.find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((x, y) => y.q - x.q || x.i - y.i);
  for (const { type } of ranked) {
    if (type === 'text/turtle' || type === 'application/x-turtle') return 'ttl';
    if (type === 'application/ld+json' || type === 'application/json') return 'jsonld';
    if (type === 'text/html' || type === 'application/xhtml+xml' || type === '*/*' || type === 'text/*')
      return 'html';
  }
  return 'html';
}

function rdf(kind: Rdf, g: LinkedGraph, base: string): Promise<string> {
  return kind === 'ttl' ? writeTurtle(g, base) : writeJsonLd(g, base);
}

export function linkedRoutes(opts: LinkedRoutesOptions): RoutesHook {
  const analytics = opts.analytics ?? sharedAnalytics;
  const base = opts.baseUrl.replace(/\/+$/, '');

  async function caching(req: IncomingMessage, res: ServerResponse, url: URL, extra = '') {
    const version = await datasetVersion(opts.db);
    const etag = version === null ? undefined : datasetEtag(version, url.pathname, `${url.search}${extra}`);
    const headers: Record<string, string> =
      etag === undefined ? { 'cache-control': 'no-store' } : { etag, 'cache-control': REVALIDATE };
    if (etag !== undefined && notModified(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return null;
    }
    return headers;
  }

  function send(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>, body: string) {
    res.writeHead(200, {
      ...headers,
      'content-length': String(Buffer.byteLength(body)),
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function exportFile(req: IncomingMessage, res: ServerResponse, url: URL) {
    const file = FILES[url.pathname]!;
    const { filter } = parseExportRequest(url.searchParams, false);
    const cache = await caching(req, res, url);
    if (!cache) return;
    const graph = await buildLinkedExport(opts.db, analytics, filter, opts.limits);
    const body = file.kind === 'ftm' ? [...writeFtm(graph)].join('') : await rdf(file.kind, graph, base);
    send(
      req,
      res,
      {
        'content-type': file.type,
        'content-disposition': `attachment; filename="${fileStem(file.stem, filter)}.${file.ext}"`,
        ...cache,
      },
      body,
    );
  }

  async function entity(req: IncomingMessage, res: ServerResponse, url: URL) {
    let id: string;
    try {
      id = decodeURIComponent(url.pathname.slice('/entity/'.length));
    } catch {
      throw new BadExportParameter('id', 'the path is not valid percent-encoding');
    }
    for (const key of url.searchParams.keys())
      if (key !== 'format')
        throw new BadExportParameter(
          key.slice(0, 40),
          'unknown; the only parameter is format (html, ttl, jsonld)',
        );
    const format = url.searchParams.get('format');
    if (format !== null && format !== 'html' && format !== 'ttl' && format !== 'jsonld')
      throw new BadExportParameter('format', `must be html, ttl or jsonld; got "${format.slice(0, 40)}"`);
    const wanted = (format as Rdf | 'html' | null) ?? negotiate(req.headers.accept);
    if (!ENTITY_ID.test(id) || id.length > 200) {
      sendError(
        res,
        404,
        `No entity "${id.slice(0, 200)}": entity ids look like org:icat or person:ilias-chatzis`,
        'NOT_FOUND',
      );
      return;
    }
    const cache = await caching(req, res, url, `|${wanted}`);
    if (!cache) return;
    const doc = await entityDocument(opts.db, id);
    const survivor = doc ? null : await survivorOf(opts.db, id);
    if (survivor) {
      // A merged id's IRI stays valid: a permanent redirect to its survivor, the format kept (as Wikibase does);
      // not stored by caches, since an unmerge ends it.
      const location = `/entity/${encodeURIComponent(survivor).replace(/%3A/gi, ':')}${url.search}`;
      const body = `Merged into ${survivor}: see ${location}\n`;
      res.writeHead(308, {
        location,
        'content-type': 'text/plain; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (!doc) {
      sendError(res, 404, `No entity "${id}"; search for it at /graphql (search) or /reconcile`, 'NOT_FOUND');
      return;
    }
    const headers = { ...cache, vary: 'accept' };
    if (wanted === 'html') {
      send(
        req,
        res,
        {
          ...headers,
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': PAGE_CSP,
          'referrer-policy': 'no-referrer',
          link: `<${url.pathname}?format=ttl>; rel="alternate"; type="text/turtle", <${url.pathname}?format=jsonld>; rel="alternate"; type="application/ld+json"`,
        },
        renderEntityPage(id, doc, base),
      );
      return;
    }
    send(req, res, { ...headers, 'content-type': RDF_TYPES[wanted] }, await rdf(wanted, doc.graph, base));
  }

  return async (req, res, url) => {
    const isExport = url.pathname in FILES;
    if (!isExport && !url.pathname.startsWith('/entity/')) return false;
    try {
      if (isExport) await exportFile(req, res, url);
      else await entity(req, res, url);
    } catch (err) {
      sendExportFailure(res, err, opts.logger, url.pathname, 'linked-data answer');
    }
    return true;
  };
}

/** The entity page has no script at all; its styles are inline. */
const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
