import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../paths.js';

/**
 * The browser pages: the GraphQL IDE (GraphiQL from its npm UMD build), the network page and the source page,
 * with their assets.
 * Everything is served from a fixed allow-list of files in web/dist and node_modules, so no request can name
 * a path of its own, and nothing is loaded from a CDN.
 */

export interface PageRoutesOptions {
  /** Repository root holding web/dist and node_modules (tests may point elsewhere). */
  root?: string;
  /** Re-read files on every request (for editing the pages while the server runs). */
  reload?: boolean;
  /** The /curate page's OpenID sign-in: the provider, the API's audience and the page's public client id. */
  curate?: CurateSignIn | undefined;
}

/** What the /curate page learns from `/curate/config.json` (docs/how-to/CURATION.md, "The review page"). */
export interface CurateSignIn {
  issuer: string;
  audience: string;
  clientId: string;
}

export type RoutesHook = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

interface Asset {
  file: string;
  type: string;
  /** Seconds a browser may reuse it without asking; revalidated by ETag after that. */
  maxAge: number;
}

interface Loaded {
  body: Buffer;
  gzipped: Buffer | null;
  etag: string;
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const DAY = 86_400;

const IDE: Asset = { file: 'web/dist/ide.html', type: HTML, maxAge: 0 };
const NETWORK: Asset = { file: 'web/dist/network.html', type: HTML, maxAge: 0 };
const SOURCE: Asset = { file: 'web/dist/source.html', type: HTML, maxAge: 0 };
const CURATE: Asset = { file: 'web/dist/curate.html', type: HTML, maxAge: 0 };

const ASSETS: Record<string, Asset> = {
  '/assets/graphiql.js': { file: 'node_modules/graphiql/dist/index.umd.js', type: JS, maxAge: DAY },
  '/assets/graphiql.css': { file: 'node_modules/graphiql/dist/style.css', type: CSS, maxAge: DAY },
  '/assets/react.js': { file: 'node_modules/react/umd/react.production.min.js', type: JS, maxAge: DAY },
  '/assets/react-dom.js': {
    file: 'node_modules/react-dom/umd/react-dom.production.min.js',
    type: JS,
    maxAge: DAY,
  },
  '/assets/ide.js': { file: 'web/dist/ide.js', type: JS, maxAge: 60 },
  '/assets/ide.css': { file: 'web/dist/ide.css', type: CSS, maxAge: 60 },
  '/assets/network.js': { file: 'web/dist/network.js', type: JS, maxAge: 60 },
  '/assets/network.css': { file: 'web/dist/network.css', type: CSS, maxAge: 60 },
  '/assets/source.js': { file: 'web/dist/source.js', type: JS, maxAge: 60 },
  '/assets/source.css': { file: 'web/dist/source.css', type: CSS, maxAge: 60 },
  '/assets/curate.js': { file: 'web/dist/curate.js', type: JS, maxAge: 60 },
  '/assets/curate.css': { file: 'web/dist/curate.css', type: CSS, maxAge: 60 },
};

// The pages only talk to their own origin; inline styles are needed by GraphiQL and sigma's DOM labels.
const cspWith = (connect: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
const CSP = cspWith([]);
/**
 * The /curate page also talks to the OpenID provider (discovery and the token endpoint: the code for a token, in
 * the browser, as a public client must), and to nothing else; it has no inline styles.
 */
const curateCsp = (signIn: CurateSignIn | undefined) =>
  cspWith(signIn ? [new URL(signIn.issuer).origin] : []).replace(
    "style-src 'self' 'unsafe-inline'",
    "style-src 'self'",
  );

/** The /source workbench starts the same sign-in (discovery at the provider), so it may reach the provider too. */
const sourceCsp = (signIn: CurateSignIn | undefined) =>
  cspWith(signIn ? [new URL(signIn.issuer).origin] : []);

/** A browser navigation asks for HTML before JSON; `curl` and fetch() clients do not. */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '');
  const html = types.indexOf('text/html');
  if (html === -1) return false;
  const json = types.findIndex((t) => t === 'application/json' || t === 'application/graphql-response+json');
  return json === -1 || html < json;
}

function pageFor(req: IncomingMessage, url: URL): Asset | undefined {
  if (url.pathname === '/network' || url.pathname === '/network/') return NETWORK;
  if (url.pathname === '/source' || url.pathname === '/source/') return SOURCE;
  if (url.pathname === '/curate' || url.pathname === '/curate/') return CURATE;
  if ((url.pathname === '/graphql' || url.pathname === '/') && prefersHtml(req.headers.accept)) return IDE;
  return ASSETS[url.pathname];
}

export function pageRoutes(options: PageRoutesOptions = {}): RoutesHook {
  const root = options.root ?? ROOT;
  const cache = new Map<string, Promise<Loaded>>();

  async function load(asset: Asset): Promise<Loaded> {
    const body = await readFile(resolve(root, asset.file));
    const compressible = body.length > 1024;
    return {
      body,
      gzipped: compressible ? gzipSync(body) : null,
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
    };
  }

  function cached(asset: Asset): Promise<Loaded> {
    if (options.reload) return load(asset);
    let hit = cache.get(asset.file);
    if (!hit) {
      hit = load(asset);
      // A missing build is not cached, so running `npm run build:web` fixes a running server.
      hit.catch(() => cache.delete(asset.file));
      cache.set(asset.file, hit);
    }
    return hit;
  }

  const curatePolicy = curateCsp(options.curate);
  const sourcePolicy = sourceCsp(options.curate);
  const curateConfig = JSON.stringify(
    options.curate
      ? {
          issuer: options.curate.issuer,
          audience: options.curate.audience,
          clientId: options.curate.clientId,
        }
      : { issuer: null, audience: null, clientId: null },
  );

  return async (req, res, url) => {
    if (url.pathname === '/curate/config.json') {
      // No secret here: a public client's id is public, and the page needs it before it can sign anyone in.
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(curateConfig);
      return true;
    }
    const asset = pageFor(req, url);
    if (!asset) {
      if (!url.pathname.startsWith('/assets/')) return false;
      res.writeHead(404, {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      res.end('Not found\n');
      return true;
    }
    let loaded: Loaded;
    try {
      loaded = await cached(asset);
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The page assets are not built (${asset.file} is missing): run \`npm run build:web\`.\n`);
      return true;
    }
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': asset.maxAge > 0 ? `public, max-age=${asset.maxAge}` : 'no-cache',
      etag: loaded.etag,
      vary: 'accept, accept-encoding',
      'x-content-type-options': 'nosniff',
    };
    if (asset.type === HTML) {
      headers['content-security-policy'] =
        asset === CURATE ? curatePolicy : asset === SOURCE ? sourcePolicy : CSP;
      headers['referrer-policy'] = 'no-referrer';
    }
    if (req.headers['if-none-match'] === loaded.etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const gzip = loaded.gzipped !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip && loaded.gzipped ? loaded.gzipped : loaded.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
    return true;
  };
}
