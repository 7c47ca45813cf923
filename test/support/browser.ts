import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { exportRoutes, routeTables } from '../../src/http/exports.js';
import { linkedRoutes } from '../../src/http/linked.js';
import { loadTrustedDocuments } from '../../src/http/trusted-documents.js';
import { pageRoutes } from '../../src/http/pages.js';
import { ROOT } from '../../src/paths.js';
import { memoryLogger } from './api.js';
import { testDatabase } from './db.js';
import type { Database } from '../../src/db/database.js';

/**
 * The browser tests' shared set-up: the pages built, the real API (GraphQL, pages, exports, entity IRIs) on the seeded test
 * Neo4j, and Debian's chromium (headless, a throw-away profile). Every request a page makes is recorded; after
 * each test none may have left 127.0.0.1.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const VIEWPORT = { width: 1280, height: 800 };

export interface NetworkState {
  status: 'loading' | 'ready' | 'empty' | 'error';
  message: string;
  nodeCount: number;
  edgeCount: number;
  focusedNode: string | null;
  selectedNode: string | null;
  hoveredNode: string | null;
  panelReady: boolean;
  path: { entities: string[]; relations: string[] } | null;
  pathStatus: 'idle' | 'found' | 'none';
  view: {
    preset: string;
    relationType: string | null;
    year: number | null;
    sizeBy: string;
    colourBy: string;
    mode: string;
    from: string | null;
    to: string | null;
    center: string | null;
    depth: number;
  };
  loadMs: number | null;
  layoutMs: number | null;
}

interface PageFunctions {
  screenPosition(id: string): { x: number; y: number } | null;
  nodeDisplay(id: string): { size: number; color: string; highlighted: boolean } | null;
  edgeDisplay(id: string): { size: number; color: string; hidden: boolean } | null;
  drawnNodes(): string[];
  edgeInfo(id: string): { source: string; target: string; assertion: string; type: string } | null;
  edgeLayerAlpha(points: Array<{ x: number; y: number }>, only?: string): number[];
}

declare global {
  interface Window {
    __icatNetwork: NetworkState & PageFunctions;
  }
}

export interface BrowserSuite {
  /** The API's base URL, e.g. http://127.0.0.1:41234. */
  readonly base: string;
  /** A POST to the API's /graphql; throws on errors. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A new page (own context, recorded requests) at `path` on `at` (the suite's API by default). */
  open(path: string, at?: string): Promise<Page>;
  /** The URLs the current test's page has requested so far. */
  requested(): string[];
}

/** Debian's chromium, headless, with a fresh, throw-away profile per launch; nothing phones home. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install chromium)`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Builds web/dist (the pages' scripts) and makes the screenshots' folder. */
export function buildPages(): void {
  execFileSync(process.execPath, [join(ROOT, 'web', 'build.mjs')], { stdio: 'pipe' });
  mkdirSync(ARTIFACTS, { recursive: true });
}

/** Registers the suite's hooks; call once at the top of a test file. */
export function browserSuite(
  // `db`: a database of the test's own (read when the suite starts), instead of the run's seeded one.
  options: { trustedDocuments?: string; db?: () => Database } = {},
): BrowserSuite {
  let app: App | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let requests: string[] = [];
  const suite = {
    base: '',
    requested: () => [...requests],
    async api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await fetch(`${suite.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: T; errors?: Array<{ message: string }> };
      if (body.errors) throw new Error(`the API answered with errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async open(path: string, at?: string): Promise<Page> {
      if (!browser) throw new Error('the browser did not start');
      context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
      context.on('request', (req) => requests.push(req.url()));
      const page = await context.newPage();
      await page.goto(`${at ?? suite.base}${path}`);
      return page;
    },
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install chromium)`,
      );
    }
    execFileSync(process.execPath, [join(ROOT, 'web', 'build.mjs')], { stdio: 'pipe' });
    mkdirSync(ARTIFACTS, { recursive: true });
    const config = loadConfig({ NODE_ENV: 'development' });
    const db = options.db?.() ?? testDatabase();
    const logger = memoryLogger().logger;
    app = await createApp({
      limits: config.http,
      db,
      logger,
      routes: routeTables(
        linkedRoutes({ db, limits: config.exports, logger, baseUrl: config.publicBaseUrl }),
        exportRoutes({ db, limits: config.exports, logger }),
        pageRoutes(),
      ),
      // Trusted-documents mode (a manifest's path), as TRUSTED_DOCUMENTS sets it.
      ...(options.trustedDocuments
        ? { trustedDocuments: loadTrustedDocuments(options.trustedDocuments) }
        : {}),
    });
    suite.base = await app.listen(0, '127.0.0.1');
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    const outside = requests.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      const host = new URL(u).hostname;
      return host !== '127.0.0.1' && host !== 'localhost';
    });
    requests = [];
    expect(outside).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  return suite;
}

/** The page's state once it has stopped loading (functions left out). */
export async function networkState(page: Page): Promise<NetworkState> {
  // The page's state object must exist (a page that is not the network page yet has none) and be done loading.
  await page.waitForFunction(
    () => window.__icatNetwork !== undefined && window.__icatNetwork.status !== 'loading',
  );
  return page.evaluate(() => {
    const {
      screenPosition: _s,
      nodeDisplay: _n,
      edgeDisplay: _e,
      drawnNodes: _d,
      edgeInfo: _i,
      edgeLayerAlpha: _a,
      ...rest
    } = window.__icatNetwork;
    return JSON.parse(JSON.stringify(rest)) as NetworkState;
  });
}

/** The `network` answer's node and edge counts for a filter. */
export async function expectedCounts(
  suite: BrowserSuite,
  variables: Record<string, unknown> = {},
): Promise<{ nodes: number; edges: number }> {
  const data = await suite.api<{ network: { nodes: unknown[]; edges: unknown[] } }>(
    'query($types: [RelationType!], $entityTypes: [EntityType!], $year: Int) { network(relationTypes: $types, types: $entityTypes, year: $year) { nodes { id } edges { id } } }',
    variables,
  );
  return { nodes: data.network.nodes.length, edges: data.network.edges.length };
}

/**
 * The edge layer's opacity along a drawn relation (drawn alone for the reading), one sample per CSS pixel over the middle half of the segment
 * between its two ends' centres (away from the nodes and the arrow head).
 */
export async function alphaAlongEdge(
  page: Page,
  id: string,
): Promise<{
  alpha: number[];
  length: number;
  type: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
}> {
  const info = await page.evaluate((edge) => window.__icatNetwork.edgeInfo(edge), id);
  if (!info) throw new Error(`${id} is not drawn`);
  const [from, to] = await page.evaluate(
    ([s, t]) => [window.__icatNetwork.screenPosition(s), window.__icatNetwork.screenPosition(t)],
    [info.source, info.target] as const,
  );
  if (!from || !to) throw new Error(`the ends of ${id} are not drawn`);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const points: Array<{ x: number; y: number }> = [];
  for (let d = length * 0.25; d <= length * 0.75; d += 1) {
    points.push({ x: from.x + ((to.x - from.x) * d) / length, y: from.y + ((to.y - from.y) * d) / length });
  }
  // That relation alone on the edge layer: nothing crossing or lying under it.
  const alpha = await page.evaluate(([p, edge]) => window.__icatNetwork.edgeLayerAlpha(p, edge), [
    points,
    id,
  ] as const);
  return { alpha, length, type: info.type, from, to };
}

/** The lengths of the runs of drawn (opacity above `threshold`) and undrawn samples, in order. */
export function runs(alpha: number[], threshold = 64): { drawn: number[]; gaps: number[] } {
  const drawn: number[] = [];
  const gaps: number[] = [];
  let current: boolean | null = null;
  for (const a of alpha) {
    const on = a > threshold;
    if (on !== current) (on ? drawn : gaps).push(0);
    const list = on ? drawn : gaps;
    list[list.length - 1] = (list[list.length - 1] ?? 0) + 1;
    current = on;
  }
  return { drawn, gaps };
}

/** A GraphQL POST to the API at `base` (with a bearer token when given); throws on GraphQL errors. */
export async function postGraphql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
