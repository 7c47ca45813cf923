import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp, type App } from '../../src/app.js';
import { createKey } from '../../src/auth/keys.js';
import { DEFAULT_CURATION_LIMITS } from '../../src/config.js';
import { pageRoutes } from '../../src/http/pages.js';
import { seedRepository } from '../../src/ingest/index.js';
import { memoryLogger } from '../support/api.js';
import { ARTIFACTS, VIEWPORT, buildPages, launchChromium, postGraphql } from '../support/browser.js';
import { testLimits } from '../support/http-app.js';
import { freePort, startProvider, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The review page, /curate, in Chromium against the test's OpenID provider (oidc-provider in this process) and a
 * Neo4j of this file's own (accepting writes): a curator proposes through the API; a reviewer signs in through
 * the provider's own login and consent pages (authorization code with PKCE), sees the proposal with its diff and
 * evidence, accepts it, and the graph has the change; a curator who is also a reviewer is refused their own; an
 * API key signs in too; a forged sign-in answer and a bad key are refused, plainly. Under the page's
 * Content-Security-Policy, with no request leaving 127.0.0.1.
 */

const CLIENT_ID = 'icat-curate-page';
let own: OwnNeo4j;
let provider: TestProvider;
let app: App;
let base: string;
let browser: Browser;
let context: BrowserContext | undefined;
/** Requests for anywhere but this machine, and the page that made them (all are refused). */
let requests: Array<{ url: string; from: string }> = [];
let cspViolations: string[] = [];

beforeAll(async () => {
  buildPages();
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = await startProvider({ browserClient: { id: CLIENT_ID, redirectUri: `${base}/curate` } });
  app = await createApp({
    limits: testLimits('test', { rateLimitMax: 0 }),
    db: own.db,
    logger: memoryLogger().logger,
    oidc: provider.config,
    jwks: { cooldownMs: 0 },
    curation: DEFAULT_CURATION_LIMITS,
    routes: pageRoutes({
      curate: { issuer: provider.issuer, audience: provider.config.audience, clientId: CLIENT_ID },
    }),
  });
  await app.listen(port, '127.0.0.1');
  browser = await launchChromium();
}, 180_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
  // The provider's development login page asks for a web font: its page, not ours. Ours ask for nothing outside.
  const outside = requests.filter((r) => r.from.startsWith(base));
  requests = [];
  const violations = cspViolations;
  cspViolations = [];
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.close();
  await own?.stop();
});

async function open(path: string): Promise<Page> {
  context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (u) => u.protocol !== 'data:' && !['127.0.0.1', 'localhost'].includes(u.hostname),
    (route, req) => {
      requests.push({ url: req.url(), from: req.frame().url() });
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.goto(`${base}${path}`);
  return page;
}

const gql = <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> =>
  postGraphql<T>(base, query, variables, token);

const EXCERPT =
  'International and regional organizations have an integral role to play in preventing trafficking in persons in their own supply chains';
const PROPOSE = `mutation P($input: ProposeChangeInput!) {
  proposeChange(input: $input) { changeSet { id } userErrors { message } }
}`;
async function propose(token: string, id: string, comment: string): Promise<string> {
  const data = await gql<{ proposeChange: { changeSet: { id: string } | null; userErrors: unknown[] } }>(
    PROPOSE,
    {
      input: {
        comment,
        operations: [
          {
            createEntity: {
              id,
              type: 'TOPIC',
              name: `Supply chains of organisations (${id})`,
              evidence: [{ section: 'SUPPLY CHAINS', excerpt: EXCERPT }],
            },
          },
        ],
      },
    },
    token,
  );
  expect(data.proposeChange.userErrors).toEqual([]);
  return data.proposeChange.changeSet!.id;
}

interface CurateState {
  status: string;
  actor: string | null;
  roles: string[];
  queue: string[];
  mine: Array<{ id: string; state: string }>;
  message: string;
  answers: number;
}
declare global {
  interface Window {
    __icatCurate: CurateState;
    __icatSource: { status: string; quote: string; selected: string[] };
  }
}
const curateState = async (page: Page): Promise<CurateState> => {
  await page.waitForFunction(() => window.__icatCurate && window.__icatCurate.status !== 'loading');
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__icatCurate)) as CurateState);
};

/** Through the provider's own pages: the login form (any password: devInteractions), then consent. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.click('#oidc-sign-in');
  await page.waitForSelector('input[name="prompt"][value="login"]', { state: 'attached' });
  expect(page.url().startsWith(`${provider.issuer}/interaction/`)).toBe(true);
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'any password');
  await page.click('button[type="submit"]');
  // Consent for the page's client, on the provider's own "Authorize" page.
  await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => u.href.startsWith(`${base}/curate`));
  await page.waitForFunction(
    () => window.__icatCurate?.status === 'ready' || Boolean(window.__icatCurate?.message),
  );
}

async function answer(page: Page, act: () => Promise<void>): Promise<CurateState> {
  const before = await page.evaluate(() => window.__icatCurate.answers);
  await act();
  await page.waitForFunction((n) => window.__icatCurate.answers > n, before);
  return curateState(page);
}

async function post(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    },
  };
}

const QUEUE = `query Q($state: ChangeSetState, $author: String, $first: Int, $after: String) {
  changeSets(state: $state, author: $author, first: $first, after: $after) {
    edges { cursor node { id state author } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
type Queue = {
  changeSets: {
    edges: Array<{ cursor: string; node: { id: string; state: string; author: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};

describe('the review queue over the API (changeSets, viewer)', () => {
  it('lists change-sets newest first, by state and author, page by page; only to those who take part', async () => {
    const ben = await provider.token('curator2');
    const reviewer = await provider.token('reviewer');
    const first = await propose(ben, 'topic:queue-one', 'first of two');
    const second = await propose(ben, 'topic:queue-two', 'second of two');
    await gql(
      'mutation W($id: ID!) { withdrawChange(id: $id) { userErrors { message } } }',
      { id: first },
      ben,
    );

    const all = await gql<Queue>(QUEUE, { author: 'token:curator-ben' }, reviewer);
    expect(all.changeSets.edges.map((e) => [e.node.id, e.node.state])).toEqual([
      [second, 'PROPOSED'],
      [first, 'WITHDRAWN'],
    ]);
    const open = await gql<Queue>(QUEUE, { state: 'PROPOSED', author: 'token:curator-ben' }, reviewer);
    expect(open.changeSets.edges.map((e) => e.node.id)).toEqual([second]);
    // Page by page: the second page starts after the first's end, and says there was one before.
    const p1 = await gql<Queue>(QUEUE, { author: 'token:curator-ben', first: 1 }, reviewer);
    expect(p1.changeSets.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await gql<Queue>(
      QUEUE,
      { author: 'token:curator-ben', first: 1, after: p1.changeSets.pageInfo.endCursor },
      reviewer,
    );
    expect(p2.changeSets.edges.map((e) => e.node.id)).toEqual([first]);
    expect(p2.changeSets.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    // Anyone else: refused, with the code that says what would help.
    const anonymous = await post(QUEUE, {});
    expect([anonymous.status, anonymous.body.errors?.[0]?.extensions?.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    const reader = await post(QUEUE, {}, await provider.token('reader'));
    expect([reader.status, reader.body.errors?.[0]?.extensions?.code]).toEqual([403, 'FORBIDDEN']);
    expect(reader.body.errors?.[0]?.message).toBe(
      'To read change-sets you need the role curator or reviewer or admin; you have none (reader)',
    );
    const forged = await post(QUEUE, { after: 'bm90LWEtY3Vyc29y' }, reviewer);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await post(QUEUE, { first: 101 }, reviewer);
    expect(tooMany.body.errors?.[0]?.message).toBe('Invalid argument "first": must be at most 100; got 101');
  });

  it('viewer says who the credentials are, and null for an anonymous request', async () => {
    const q = '{ viewer { actor roles } }';
    expect(await gql(q, {})).toEqual({ viewer: null });
    expect(await gql(q, {}, await provider.token('curatorReviewer'))).toEqual({
      viewer: { actor: 'token:curator-reviewer-eli', roles: ['curator', 'reviewer'] },
    });
  });
});

describe('the /curate review page', () => {
  it('serves its sign-in settings and a policy that lets the page reach the provider and nothing else', async () => {
    const res = await fetch(`${base}/curate`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ${provider.issuer}`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await (await fetch(`${base}/curate/config.json`)).json()).toEqual({
      issuer: provider.issuer,
      audience: provider.config.audience,
      clientId: CLIENT_ID,
    });
    // /source starts the same sign-in (its discovery), so it may reach the provider too; the other pages keep
    // their own policy and may not.
    const source = await fetch(`${base}/source`);
    expect(source.headers.get('content-security-policy')).toContain(`connect-src 'self' ${provider.issuer}`);
    const network = await fetch(`${base}/network`);
    expect(network.headers.get('content-security-policy')).toContain("connect-src 'self';");
    expect(network.headers.get('content-security-policy')).not.toContain(provider.issuer);
  });

  it('a reviewer signs in at the provider with PKCE, sees the proposal, its diff and evidence, and accepts it', async () => {
    const curatorToken = await provider.token('curator');
    const topic = 'topic:curate-page-accepted';
    const id = await propose(curatorToken, topic, 'Supply chains are a theme of the report');

    const page = await open('/curate');
    expect((await curateState(page)).status).toBe('signed-out');
    // The page leaves for the provider with a PKCE challenge (S256), never with a secret.
    const authorize = page.waitForRequest((r) => r.url().startsWith(`${provider.issuer}/auth`));
    const signedIn = signInAtProvider(page, 'reviewer-chen');
    const auth = new URL((await authorize).url());
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(auth.searchParams.get('client_secret')).toBeNull();
    await signedIn;
    let state = await curateState(page);
    expect({ status: state.status, message: state.message }).toEqual({ status: 'ready', message: '' });
    expect(state.actor).toBe('token:reviewer-chen');
    expect(state.roles).toEqual(['reviewer']);
    expect(state.queue).toContain(id);
    // The code left the address bar; the token is in this tab's sessionStorage, nothing in localStorage.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    const card = page.locator(`[data-change-set="${id}"]`).first();
    await expect(card.locator('.operation h4').first().textContent()).resolves.toBe(`Create topic ${topic}`);
    await expect(card.locator('.diff .add').first().textContent()).resolves.toBe('+ type: TOPIC');
    await expect(card.locator('.evidence blockquote').textContent()).resolves.toBe(`“${EXCERPT}”`);
    const href = await card.locator('.evidence a').getAttribute('href');
    const link = new URL(href!, base);
    expect(link.pathname).toBe('/source');
    expect(link.searchParams.get('section')).toBe('SUPPLY CHAINS');
    expect(link.searchParams.get('quote')).toBe(EXCERPT);
    await page.screenshot({ path: join(ARTIFACTS, 'curate-queue.png'), fullPage: true });

    // The excerpt in context: the source page highlights it where it stands (no passage cites it yet).
    const [source] = await Promise.all([
      page.context().waitForEvent('page'),
      card.locator('.evidence a').click(),
    ]);
    await source.waitForFunction(() => window.__icatSource?.status === 'ready');
    expect(await source.evaluate(() => window.__icatSource.quote)).toBe('found');
    await source.close();

    await card.locator('textarea').fill('Checked against the report: the section says so');
    state = await answer(page, () => card.locator('button.accept').click());
    expect(state.message).toMatch(new RegExp(`^Accepted ${id}: the graph is now at version `));
    expect(state.queue).not.toContain(id);
    await page.screenshot({ path: join(ARTIFACTS, 'curate-accepted.png') });

    // The graph shows the change, and the change-set who decided it.
    const after = await gql<{ entity: { name: string } | null }>(
      'query($id: ID!) { entity(id: $id) { name } }',
      {
        id: topic,
      },
    );
    expect(after.entity?.name).toBe(`Supply chains of organisations (${topic})`);
    const cs = await gql<{ changeSet: { state: string; reviewer: string; reviewComment: string } }>(
      'query($id: ID!) { changeSet(id: $id) { state reviewer reviewComment } }',
      { id },
      curatorToken,
    );
    expect(cs.changeSet).toEqual({
      state: 'ACCEPTED',
      reviewer: 'token:reviewer-chen',
      reviewComment: 'Checked against the report: the section says so',
    });
  });

  it('a curator who is also a reviewer sees their own proposals, is refused accepting one, and withdraws it', async () => {
    // The same person: the script's token (client curator-reviewer-eli) and the page's sign-in (account of that name).
    const own = await propose(
      await provider.token('curatorReviewer'),
      'topic:curate-page-own',
      'My own proposal',
    );
    const page = await open('/curate');
    await curateState(page);
    await signInAtProvider(page, 'curator-reviewer-eli');
    let state = await curateState(page);
    expect(state.actor).toBe('token:curator-reviewer-eli');
    expect(state.mine).toContainEqual({ id: own, state: 'PROPOSED' });

    const card = page.locator(`#queue [data-change-set="${own}"]`);
    state = await answer(page, () => card.locator('button.accept').click());
    expect(state.message).toBe(
      'Refused (403 FORBIDDEN): A reviewer cannot accept or reject their own change-set: another reviewer must decide it',
    );
    await expect(page.locator('#message').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'curate-refused.png') });
    expect(state.queue).toContain(own); // nothing was decided

    state = await answer(page, () => card.locator('button.withdraw').click());
    expect(state.message).toBe(`Withdrew ${own}`);
    expect(state.queue).not.toContain(own);
    expect(state.mine).toContainEqual({ id: own, state: 'WITHDRAWN' });
  });

  it('signs in with an API key (kept in memory only) and refuses a wrong one plainly', async () => {
    const { key } = await createKey(own.db, 'curate-page-reviewer', 'reviewer');
    const page = await open('/curate');
    await curateState(page);
    await page.fill('#key', 'icat_' + 'x'.repeat(43));
    await page.click('#key-form button[type="submit"]');
    await page.waitForFunction(() => window.__icatCurate.message !== '');
    let state = await curateState(page);
    expect(state.status).toBe('signed-out');
    expect(state.message).toBe(
      'Not signed in, or the sign-in is no longer valid (401 UNAUTHENTICATED): The API key is unknown or revoked: ask an admin for a key',
    );

    await page.fill('#key', key);
    await page.click('#key-form button[type="submit"]');
    await page.waitForFunction(() => window.__icatCurate.status === 'ready');
    state = await curateState(page);
    expect(state.actor).toBe('key:curate-page-reviewer');
    const stored = await page.evaluate(() => [
      JSON.stringify(Object.entries(sessionStorage)),
      JSON.stringify(Object.entries(localStorage)),
    ]);
    expect(stored.join('')).not.toContain(key);
    // A reload forgets the key.
    await page.reload();
    expect((await curateState(page)).status).toBe('signed-out');
  });

  it('refuses a sign-in answer this tab did not ask for (a forged code and state)', async () => {
    const page = await open('/curate?code=forged-code&state=forged-state');
    const state = await curateState(page);
    expect(state.status).toBe('signed-out');
    expect(state.message).toBe(
      'This sign-in answer was not started from this tab, or was used already: sign in again',
    );
    expect(new URL(page.url()).search).toBe('');
  });
});
