import type { IncomingMessage, ServerResponse } from 'node:http';
import { distance } from 'fastest-levenshtein';
import type { Database } from '../db/database.js';
import { DatabaseError } from '../errors.js';
import { VOCAB } from '../export/rdf.js';
import { entitiesByIds, passagesByIds } from '../graph/entities.js';
import { placesOfEntities } from '../graph/places.js';
import type { EntityRow } from '../graph/rows.js';
import { searchEntities, searchTerms } from '../graph/search.js';
import type { Logger } from '../log.js';
import { ENTITY_KINDS, kindOfType, type EntityTypeName } from '../model/entities.js';
import { ENTITY_ID } from '../model/ids.js';
import { renderPreview } from './entity-page.js';
import { sendError } from './exports.js';
import type { RoutesHook } from './pages.js';

/**
 * An OpenRefine reconciliation service (Reconciliation Service API 0.2, W3C Entity Reconciliation Community
 * Group) at /reconcile: the manifest (GET without `queries`), batches of queries (GET or POST `queries=`),
 * entity preview, and suggest for entities, types and properties. docs/reference/EXPORTS.md describes it.
 *
 * Candidates come from the API's `search` (graph/search.ts); each is scored 0–100 here by how close the query
 * is to one of its names (name, acronym, other names; Levenshtein over normalised text) and by the `properties`
 * given (acronym, country, classification). `match` is true only for a near-exact top candidate well ahead of
 * the next one.
 */

export interface ReconcileOptions {
  db: Database;
  logger: Logger;
  baseUrl: string;
  /** Largest POST body accepted (config.http.maxBodyBytes). */
  maxBodyBytes: number;
}

export const MAX_QUERIES = 50;
export const MAX_LIMIT = 25;
const DEFAULT_LIMIT = 5;
const MAX_TEXT = 200;
/** A top candidate at least this good, and this far ahead of the second, is a match. */
export const MATCH_SCORE = 90;
export const MATCH_MARGIN = 10;

const TYPES = ENTITY_KINDS.map((k) => ({ id: k.type, name: k.label }));
const TYPE_IDS = new Set<string>(ENTITY_KINDS.map((k) => k.type));

export const PROPERTIES = [
  { id: 'acronym', name: 'Acronym', description: 'The acronym, e.g. ILO' },
  {
    id: 'country',
    name: 'Country or place',
    description: 'A place the entity is held or located in, e.g. Switzerland',
  },
  { id: 'classification', name: 'Classification', description: 'The kind of organisation, e.g. UN_ENTITY' },
] as const;
type PropertyId = (typeof PROPERTIES)[number]['id'];
const PROPERTY_IDS = new Set<string>(PROPERTIES.map((p) => p.id));

class BadReconcileRequest extends Error {}

interface Query {
  query: string;
  types: EntityTypeName[] | null;
  limit: number;
  properties: Array<{ pid: PropertyId; values: string[] }>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseQuery(key: string, raw: unknown): Query {
  const at = `query "${key.slice(0, 40)}"`;
  if (!isObject(raw)) throw new BadReconcileRequest(`${at} must be an object with "query"`);
  for (const k of Object.keys(raw))
    if (!['query', 'type', 'limit', 'properties', 'type_strict'].includes(k))
      throw new BadReconcileRequest(
        `${at}: unknown member "${k.slice(0, 40)}"; the members are query, type, limit, properties, type_strict`,
      );
  const query = raw.query ?? '';
  if (typeof query !== 'string') throw new BadReconcileRequest(`${at}: "query" must be a string`);
  if (query.length > MAX_TEXT)
    throw new BadReconcileRequest(`${at}: "query" must be at most ${MAX_TEXT} characters`);
  let types: EntityTypeName[] | null = null;
  if (raw.type !== undefined && raw.type !== null) {
    const list = Array.isArray(raw.type) ? raw.type : [raw.type];
    for (const t of list)
      if (typeof t !== 'string' || !TYPE_IDS.has(t))
        throw new BadReconcileRequest(
          `${at}: type "${String(t).slice(0, 40)}" is not one of ${[...TYPE_IDS].join(', ')}`,
        );
    types = list as EntityTypeName[];
  }
  let limit = DEFAULT_LIMIT;
  if (raw.limit !== undefined) {
    if (
      typeof raw.limit !== 'number' ||
      !Number.isInteger(raw.limit) ||
      raw.limit < 1 ||
      raw.limit > MAX_LIMIT
    )
      throw new BadReconcileRequest(`${at}: "limit" must be an integer from 1 to ${MAX_LIMIT}`);
    limit = raw.limit;
  }
  const properties: Query['properties'] = [];
  if (raw.properties !== undefined) {
    if (!Array.isArray(raw.properties) || raw.properties.length > 10)
      throw new BadReconcileRequest(`${at}: "properties" must be an array of at most 10 {pid, v}`);
    for (const p of raw.properties) {
      if (!isObject(p) || typeof p.pid !== 'string' || !PROPERTY_IDS.has(p.pid))
        throw new BadReconcileRequest(
          `${at}: each property needs a "pid" of ${[...PROPERTY_IDS].join(', ')}`,
        );
      const vs = Array.isArray(p.v) ? p.v : [p.v];
      const values = vs.map((v) => (isObject(v) ? (v.name ?? v.id) : v));
      if (
        values.length === 0 ||
        values.length > 10 ||
        values.some((v) => typeof v !== 'string' || v.length > MAX_TEXT)
      )
        throw new BadReconcileRequest(
          `${at}: property "${p.pid}" needs 1 to 10 string values of at most ${MAX_TEXT} characters`,
        );
      properties.push({ pid: p.pid as PropertyId, values: values as string[] });
    }
  }
  if (query.trim() === '' && properties.length === 0)
    throw new BadReconcileRequest(`${at}: give "query" or "properties"`);
  return { query, types, limit, properties };
}

export function parseQueries(text: string): Map<string, Query> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BadReconcileRequest(
      '"queries" must be a JSON object of queries, e.g. {"q0": {"query": "UNODC"}}',
    );
  }
  if (!isObject(raw)) throw new BadReconcileRequest('"queries" must be a JSON object of queries');
  const keys = Object.keys(raw);
  if (keys.length === 0 || keys.length > MAX_QUERIES)
    throw new BadReconcileRequest(`"queries" must hold 1 to ${MAX_QUERIES} queries; got ${keys.length}`);
  return new Map(keys.map((k) => [k, parseQuery(k, raw[k])]));
}

/** Lower case, no diacritics, letters and digits separated by single spaces. */
export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 1 for equal normalised text, down to 0: one minus the Levenshtein distance over the longer length. */
export function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  return Math.max(0, 1 - distance(x, y) / Math.max(x.length, y.length));
}

const names = (e: EntityRow) => [e.name, ...(e.acronym ? [e.acronym] : []), ...e.otherNames];

export interface Candidate {
  id: string;
  name: string;
  description?: string;
  score: number;
  match: boolean;
  type: Array<{ id: string; name: string }>;
  features: Array<{ id: string; value: number | boolean }>;
}

function describe(e: EntityRow): string | undefined {
  const parts = [
    e.acronym,
    e.classification ?? e.role ?? e.kind ?? e.documentType ?? e.placeType,
    e.description,
  ];
  const text = parts.filter((p): p is string => !!p).join(' · ');
  return text ? text.slice(0, 300) : undefined;
}

async function reconcile(
  db: Database,
  queries: Map<string, Query>,
): Promise<Record<string, { result: Candidate[] }>> {
  const out: Record<string, { result: Candidate[] }> = {};
  const hitsByKey = new Map<string, EntityRow[]>();
  await Promise.all(
    [...queries].map(async ([key, q]) => {
      const terms = searchTerms(q.query);
      if (terms.length === 0) {
        hitsByKey.set(key, []);
        return;
      }
      const hits = await searchEntities(db, terms, q.types, Math.max(q.limit * 4, 20));
      hitsByKey.set(
        key,
        hits.map((h) => h.entity),
      );
    }),
  );
  const needPlaces = [...queries.values()].some((q) => q.properties.some((p) => p.pid === 'country'));
  const allIds = [...new Set([...hitsByKey.values()].flat().map((e) => e.id))];
  const places = needPlaces ? await placesOfEntities(db, allIds) : new Map<string, string[]>();
  for (const [key, q] of queries) {
    const scored = (hitsByKey.get(key) ?? []).map((e, rank) => {
      const nameScore = q.query.trim() === '' ? 0 : Math.max(...names(e).map((n) => similarity(q.query, n)));
      let score = nameScore * 100;
      const features: Candidate['features'] = [{ id: 'name', value: Math.round(nameScore * 1000) / 1000 }];
      for (const p of q.properties) {
        const have =
          p.pid === 'acronym'
            ? e.acronym
              ? [e.acronym]
              : []
            : p.pid === 'country'
              ? (places.get(e.id) ?? [])
              : e.classification
                ? [e.classification]
                : [];
        const agrees = have.some((h) => p.values.some((v) => similarity(h, v) >= 0.9));
        features.push({ id: p.pid, value: agrees });
        // Agreement lifts a candidate; a property the candidate lacks or contradicts counts against it.
        // An acronym identifies an organisation; a place or a classification only narrows the field.
        score += agrees ? (p.pid === 'acronym' ? 25 : 10) : -30;
      }
      return {
        rank,
        candidate: {
          id: e.id,
          name: e.name,
          ...(describe(e) ? { description: describe(e) } : {}),
          score: Math.round(Math.min(100, Math.max(0, score)) * 10) / 10,
          match: false,
          type: [{ id: e.type, name: kindOfType(e.type).label }],
          features,
        } as Candidate,
      };
    });
    scored.sort((x, y) => y.candidate.score - x.candidate.score || x.rank - y.rank);
    const result = scored.slice(0, q.limit).map((s) => s.candidate);
    const [top, second] = result;
    if (top && top.score >= MATCH_SCORE && (!second || second.score <= top.score - MATCH_MARGIN))
      top.match = true;
    out[key] = { result };
  }
  return out;
}

function manifest(base: string) {
  return {
    versions: ['0.2'],
    name: 'icat-kg: the ICAT 2019 Chairs’ Report knowledge graph',
    identifierSpace: `${base}/entity/`,
    schemaSpace: VOCAB,
    documentation: `${base}/entity/org:icat`,
    view: { url: `${base}/entity/{{id}}` },
    preview: { url: `${base}/reconcile/preview?id={{id}}`, width: 420, height: 200 },
    defaultTypes: TYPES,
    suggest: {
      entity: { service_url: base, service_path: '/reconcile/suggest/entity' },
      type: { service_url: base, service_path: '/reconcile/suggest/type' },
      property: { service_url: base, service_path: '/reconcile/suggest/property' },
    },
  };
}

async function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const CORS = { 'access-control-allow-origin': '*' };

function sendJson(res: ServerResponse, body: unknown, extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...CORS,
    ...extra,
  });
  res.end(text);
}

function only(params: URLSearchParams, allowed: readonly string[]) {
  for (const k of params.keys())
    if (!allowed.includes(k))
      throw new BadReconcileRequest(
        `unknown parameter "${k.slice(0, 40)}"; the parameters here are ${allowed.join(', ') || 'none'}`,
      );
  for (const k of allowed)
    if (params.getAll(k).length > 1) throw new BadReconcileRequest(`parameter "${k}" given more than once`);
}

function prefixOf(params: URLSearchParams): string {
  const prefix = params.get('prefix');
  if (prefix === null) throw new BadReconcileRequest('"prefix" is required');
  if (prefix.length > MAX_TEXT)
    throw new BadReconcileRequest(`"prefix" must be at most ${MAX_TEXT} characters`);
  return prefix;
}

export function reconcileRoutes(opts: ReconcileOptions): RoutesHook {
  const base = opts.baseUrl.replace(/\/+$/, '');

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/reconcile') {
      let params = url.searchParams;
      if (req.method === 'POST') {
        const type = String(req.headers['content-type'] ?? '');
        if (!/^application\/x-www-form-urlencoded\b/i.test(type))
          throw new BadReconcileRequest(
            'POST the queries as application/x-www-form-urlencoded: queries={...}',
          );
        const body = await readBody(req, opts.maxBodyBytes);
        if (body === null) {
          // As for GraphQL (server.ts): the 413 closes the connection, dropping the rest of the body.
          res.setHeader('connection', 'close');
          sendError(
            res,
            413,
            `Request body over ${opts.maxBodyBytes} bytes (MAX_BODY_BYTES)`,
            'PAYLOAD_TOO_LARGE',
          );
          return;
        }
        params = new URLSearchParams(body);
      }
      only(params, ['queries']);
      const queries = params.get('queries');
      if (queries === null) return sendJson(res, manifest(base));
      return sendJson(res, await reconcile(opts.db, parseQueries(queries)));
    }
    if (req.method === 'POST') throw new BadReconcileRequest(`POST only to /reconcile; ${path} answers GET`);
    if (path === '/reconcile/suggest/entity') {
      only(url.searchParams, ['prefix', 'type', 'cursor']);
      const prefix = prefixOf(url.searchParams);
      const type = url.searchParams.get('type');
      if (type !== null && !TYPE_IDS.has(type))
        throw new BadReconcileRequest(`"type" must be one of ${[...TYPE_IDS].join(', ')}`);
      const cursorText = url.searchParams.get('cursor') ?? '0';
      if (!/^\d{1,3}$/.test(cursorText))
        throw new BadReconcileRequest('"cursor" must be an integer from 0 to 999');
      const cursor = Number(cursorText);
      const terms = searchTerms(prefix);
      const hits =
        terms.length === 0 ? [] : await searchEntities(opts.db, terms, type ? [type] : null, cursor + 10);
      return sendJson(res, {
        result: hits.slice(cursor).map(({ entity: e }) => ({
          id: e.id,
          name: e.name,
          ...(describe(e) ? { description: describe(e) } : {}),
          notable: [{ id: e.type, name: kindOfType(e.type).label }],
        })),
      });
    }
    if (path === '/reconcile/suggest/type' || path === '/reconcile/suggest/property') {
      only(url.searchParams, ['prefix', 'cursor']);
      const prefix = normalise(prefixOf(url.searchParams));
      const list = path.endsWith('/type')
        ? TYPES
        : PROPERTIES.map(({ id, name, description }) => ({ id, name, description }));
      return sendJson(res, {
        result: list.filter(
          (t) => normalise(t.name).startsWith(prefix) || normalise(t.id).startsWith(prefix),
        ),
      });
    }
    if (path === '/reconcile/preview') {
      only(url.searchParams, ['id']);
      const id = url.searchParams.get('id') ?? '';
      const entity = ENTITY_ID.test(id) ? (await entitiesByIds(opts.db, [id])).get(id) : undefined;
      if (!entity) {
        sendError(res, 404, `No entity "${id.slice(0, 200)}"`, 'NOT_FOUND');
        return;
      }
      const first = entity.evidence[0];
      const passage = first ? (await passagesByIds(opts.db, [first])).get(first) : undefined;
      const html = renderPreview(entity, passage, base);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': String(Buffer.byteLength(html)),
        // Shown in OpenRefine's frame: framing allowed, no script.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
        'x-content-type-options': 'nosniff',
        ...CORS,
      });
      res.end(html);
      return;
    }
    sendError(
      res,
      404,
      `Nothing at ${url.pathname}; the service is /reconcile (manifest and queries), /reconcile/preview, /reconcile/suggest/{entity,type,property}`,
      'NOT_FOUND',
    );
  }

  return async (req, res, url) => {
    if (url.pathname !== '/reconcile' && !url.pathname.startsWith('/reconcile/')) return false;
    try {
      await handle(req, res, url);
    } catch (err) {
      if (res.headersSent) {
        opts.logger.error({ err, path: url.pathname }, 'reconciliation failed while sending');
        res.destroy();
      } else if (err instanceof BadReconcileRequest) {
        sendError(res, 400, err.message, 'BAD_REQUEST');
      } else if (err instanceof DatabaseError) {
        sendError(res, 503, err.message, err.code);
      } else {
        opts.logger.error({ err, path: url.pathname }, 'reconciliation failed');
        sendError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      }
    }
    return true;
  };
}
