import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp, type App } from '../../src/app.js';
import { createKey, revokeKey } from '../../src/auth/keys.js';
import { DEFAULT_CURATION_LIMITS } from '../../src/config.js';
import { pageRoutes } from '../../src/http/pages.js';
import { seedRepository } from '../../src/ingest/index.js';
import { memoryLogger } from '../support/api.js';
import { ARTIFACTS, VIEWPORT, buildPages, launchChromium, postGraphql } from '../support/browser.js';
import { testLimits } from '../support/http-app.js';
import { freePort, startProvider, type TestProvider } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The workbench on /source (issue 24 item 3), in Chromium against a Neo4j of this file's own: a curator signs in
 * with an API key, selects a passage's text, takes one entity from the selection's suggested mentions with one
 * click and the other through the picker's search-as-you-type, proposes a relation with the selection as its
 * evidence; the change-set is PROPOSED with that excerpt, waits in /curate's queue, and once a reviewer accepts
 * it the relation is in the graph. Bad input gets the API's own message on the page, nothing written.
 */

const CLIENT_ID = 'icat-curate-page';
const REPORT = 'source:icat-chairs-report-2019';
let own: OwnNeo4j;
let provider: TestProvider;
let app: App;
let base: string;
let browser: Browser;
let context: BrowserContext | undefined;
let outside: string[] = [];
let cspViolations: string[] = [];

beforeAll(async () => {
  buildPages();
  own = await startOwnNeo4j();
  await seedRepository(own.db);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The provider knows one redirect URI, /curate's: a sign-in started on /source comes back through it.
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
  const [o, v] = [outside, cspViolations];
  outside = [];
  cspViolations = [];
  expect(o).toEqual([]);
  expect(v).toEqual([]);
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
      // The provider's development login page asks for a web font: its page, not ours.
      if (req.frame().url().startsWith(base)) outside.push(req.url());
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

interface WorkbenchState {
  signedIn: boolean;
  actor: string | null;
  mentions: number;
  selection: { section: string; excerpt: string; offset: number } | null;
  evidence: Array<{ section: string; excerpt: string; offset: number }>;
  proposed: string | null;
  message: string;
  answers: number;
}
declare global {
  interface Window {
    __icatWorkbench: WorkbenchState;
  }
}
const wb = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify(window.__icatWorkbench)) as WorkbenchState);

async function answer(page: Page, act: () => Promise<void>): Promise<WorkbenchState> {
  const before = await page.evaluate(() => window.__icatWorkbench.answers);
  await act();
  await page.waitForFunction((n) => window.__icatWorkbench.answers > n, before);
  return wb(page);
}

interface MentionNode {
  section: string;
  start: number;
  end: number;
  text: string;
  entity: { id: string; name: string; type: string };
}

/** Two organisations mentioned close together in one section, not yet related: the passage to select. */
async function twoMentions(): Promise<{ a: MentionNode; b: MentionNode; text: string }> {
  const data = await gql<{ suggestMentions: { edges: Array<{ node: MentionNode }> } }>(
    `{ suggestMentions(source: "source:icat-chairs-report-2019", first: 100) {
        edges { node { section start end text entity { id name type } } } } }`,
    {},
  );
  const orgs = data.suggestMentions.edges.map((e) => e.node).filter((m) => m.entity.type === 'ORGANISATION');
  for (let i = 0; i + 1 < orgs.length; i++) {
    const [a, b] = [orgs[i]!, orgs[i + 1]!];
    if (a.section === b.section && a.entity.id !== b.entity.id && b.end - a.start < 200) {
      const src = await gql<{ source: { sections: Array<{ name: string; text: string }> } }>(
        '{ source(id: "source:icat-chairs-report-2019") { sections { name text } } }',
        {},
      );
      const text = src.source.sections.find((s) => s.name === a.section)!.text.slice(a.start, b.end);
      return { a, b, text };
    }
  }
  throw new Error('no two organisations are mentioned close together in one section');
}

/**
 * `[start, end)` of a section's text as a range in the page, then either selected as a reader's drag would (the
 * mouse let go) or scrolled into view, answering the middle of its first line box.
 */
async function textRange(
  page: Page,
  section: string,
  start: number,
  end: number,
  then: 'select' | 'point',
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([section, start, end, then]) => {
      const para = document.querySelector(`section[data-section="${CSS.escape(section)}"] > p`)!;
      const range = document.createRange();
      let seen = 0;
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (start >= seen && start < seen + len) range.setStart(n, start - seen);
        if (end > seen && end <= seen + len) {
          range.setEnd(n, end - seen);
          break;
        }
        seen += len;
      }
      if (then === 'select') {
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        para.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return null;
      }
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [section, start, end, then] as const,
  );
}

/** Selects `[start, end)` of a section's text as a reader's drag would, and lets go of the mouse. */
async function selectText(page: Page, section: string, start: number, end: number): Promise<void> {
  await textRange(page, section, start, end, 'select');
}

/** Clicks the middle of a mention's first line box in the text, as a reader would click an underlined name. */
async function clickMention(page: Page, m: MentionNode): Promise<void> {
  const box = (await textRange(page, m.section, m.start, m.end, 'point'))!;
  await page.mouse.click(box.x, box.y);
}

/** Through the provider's own pages (devInteractions: any password), from /source's sign-in button. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.click('#workbench-oidc');
  await page.waitForSelector('input[name="prompt"][value="login"]', { state: 'attached' });
  expect(page.url().startsWith(`${provider.issuer}/interaction/`)).toBe(true);
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'any password');
  await page.click('button[type="submit"]');
  await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
  await page.click('button[type="submit"]');
}

async function signInWithKey(page: Page, key: string): Promise<void> {
  await page.waitForSelector('#workbench-key');
  await page.fill('#workbench-key', key);
  await answer(page, () => page.click('#workbench-key-form button[type="submit"]'));
}

/** The walk-through's new document (invented for the tests: no real report says this). */
const WALKTHROUGH_SENTENCE =
  'In 2021 ICAO and INTERPOL trained cabin crews together to recognise signs of trafficking in persons on flights.';
const WALKTHROUGH_TEXT = [
  '## Aviation',
  '',
  WALKTHROUGH_SENTENCE,
  '',
  '## Outlook',
  '',
  'The International Civil Aviation Organization plans a second round of the training.',
  '',
].join('\n');

async function acceptByApi(id: string, reviewerKey: string): Promise<void> {
  const r = await gql<{ reviewChange: { changeSet: { state: string } | null; userErrors: unknown[] } }>(
    'mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { changeSet { state } userErrors { message } } }',
    { id },
    reviewerKey,
  );
  expect(r.reviewChange.userErrors).toEqual([]);
  expect(r.reviewChange.changeSet?.state).toBe('ACCEPTED');
}

describe('the workbench on /source', () => {
  it('proposes a relation from a selection; a reviewer accepts it and the relation is in the graph', async () => {
    const { key } = await createKey(own.db, 'workbench-curator', 'curator');
    const { key: reviewerKey } = await createKey(own.db, 'workbench-reviewer', 'reviewer');
    const { a, b, text } = await twoMentions();

    const page = await open('/source');
    await signInWithKey(page, key);
    let state = await wb(page);
    expect(state.signedIn).toBe(true);
    expect(state.mentions).toBeGreaterThan(100);

    await selectText(page, a.section, a.start, b.end);
    state = await wb(page);
    expect(state.selection).toEqual({ section: a.section, excerpt: text, offset: a.start });
    expect(await page.textContent('#selection-excerpt')).toBe(`“${text}”`);

    // One click: the first mention into the From picker.
    await page.click(`#selection-mentions button.as-from[data-id="${a.entity.id}"]`);
    expect(await page.getAttribute('#chosen-from', 'data-id')).toBe(a.entity.id);
    // Search as you type: the second entity by its name, through `search`.
    await page.fill('#pick-to', b.entity.name);
    await page.click(`#hits-to button[data-id="${b.entity.id}"]`);
    expect(await page.getAttribute('#chosen-to', 'data-id')).toBe(b.entity.id);

    // Bad input first: INFERRED without a note; the API's userError is shown on the page, nothing proposed.
    await page.selectOption('#relation-type', 'SUPPORTS');
    await page.selectOption('#assertion', 'INFERRED');
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.proposed).toBeNull();
    expect(state.message).toMatch(/note/i);
    expect(await page.textContent('#workbench-message')).toContain('Not proposed.');
    expect(await page.getAttribute('#workbench-message', 'role')).toBe('alert');

    await page.selectOption('#relation-type', 'SUPPORTS');
    await page.fill('#year', '2019');
    await page.selectOption('#assertion', 'INFERRED');
    await page.fill('#note', 'Read from their being named together in this passage (a test).');
    await page.fill('#comment', 'The workbench test’s relation');
    await page.screenshot({ path: join(ARTIFACTS, 'workbench.png') });
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    const id = state.proposed!;

    const read = await gql<{ changeSet: { state: string; author: string; operations: string[] } }>(
      'query C($id: ID!) { changeSet(id: $id) { state author operations } }',
      { id },
      reviewerKey,
    );
    expect(read.changeSet.state).toBe('PROPOSED');
    expect(read.changeSet.author).toBe('key:workbench-curator');
    expect(read.changeSet.operations.map((o) => JSON.parse(o) as unknown)).toEqual([
      {
        addRelation: expect.objectContaining({
          type: 'SUPPORTS',
          from: a.entity.id,
          to: b.entity.id,
          year: 2019,
          assertion: 'INFERRED',
          evidence: [expect.objectContaining({ section: a.section, excerpt: text })],
        }),
      },
    ]);

    // The review queue on /curate shows it.
    const review = await browser.newPage({ viewport: VIEWPORT });
    await review.goto(`${base}/curate`);
    await review.waitForSelector('#key');
    await review.fill('#key', reviewerKey);
    await review.click('#key-form button[type="submit"]');
    await review.waitForFunction(
      (cs) =>
        (window as unknown as { __icatCurate?: { queue?: string[] } }).__icatCurate?.queue?.includes(cs),
      id,
    );
    await review.screenshot({ path: join(ARTIFACTS, 'workbench-review-queue.png'), fullPage: false });
    await review.close();

    const accepted = await gql<{ reviewChange: { changeSet: { state: string }; userErrors: unknown[] } }>(
      'mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { changeSet { state } userErrors { message } } }',
      { id },
      reviewerKey,
    );
    expect(accepted.reviewChange.userErrors).toEqual([]);
    expect(accepted.reviewChange.changeSet.state).toBe('ACCEPTED');
    const rels = await gql<{
      entity: {
        relations: {
          edges: Array<{ node: { type: string; to: { id: string }; evidence: Array<{ excerpt: string }> } }>;
        };
      };
    }>(
      'query E($id: ID!) { entity(id: $id) { relations(types: [SUPPORTS], direction: OUTGOING, first: 50) { edges { node { type to { id } evidence { excerpt } } } } } }',
      { id: a.entity.id },
    );
    expect(rels.entity.relations.edges.map((e) => e.node)).toContainEqual({
      type: 'SUPPORTS',
      to: { id: b.entity.id },
      evidence: [{ excerpt: text }],
    });
    const net = await gql<{
      network: { edges: Array<{ source: string; target: string; year: number | null }> };
    }>('{ network(relationTypes: [SUPPORTS], year: 2019) { edges { source target year } } }', {});
    expect(net.network.edges).toContainEqual({ source: a.entity.id, target: b.entity.id, year: 2019 });
  }, 120_000);

  it('proposes a relation with since, until and status: bad dates are refused on the page, the API’s refusal is shown, the accepted relation reads back with its dates', async () => {
    const { key } = await createKey(own.db, 'workbench-dates-curator', 'curator');
    const { key: reviewerKey } = await createKey(own.db, 'workbench-dates-reviewer', 'reviewer');
    const { a, b, text } = await twoMentions();
    const page = await open('/source');
    await signInWithKey(page, key);
    await selectText(page, a.section, a.start, b.end);
    await page.click(`#selection-mentions button.as-from[data-id="${a.entity.id}"]`);
    await page.click(`#selection-mentions button.as-to[data-id="${b.entity.id}"]`);
    await page.selectOption('#relation-type', 'SUPPORTS');
    const proposals = async () =>
      (
        await gql<{ changeSets: { edges: unknown[] } }>(
          '{ changeSets(state: PROPOSED, first: 100) { edges { cursor } } }',
          {},
          reviewerKey,
        )
      ).changeSets.edges.length;
    const before = await proposals();

    // Refused on the page, nothing sent: a date that is not YYYY[-MM[-DD]], one that is not on the calendar, and an
    // end before the start.
    await page.fill('#since', 'March 2019');
    let state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toBe(
      'Since "March 2019" must be YYYY, YYYY-MM or YYYY-MM-DD: write e.g. 2019, 2019-09 or 2019-09-30, or leave it empty.',
    );
    expect(await page.getAttribute('#workbench-message', 'role')).toBe('alert');
    await page.fill('#since', '2019-03');
    await page.fill('#until', '2019-02-30');
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toMatch(/^Until "2019-02-30" is not a calendar date/);
    await page.fill('#until', '2018');
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toBe('Until 2018 is before since 2019-03: swap them or correct one.');
    expect(state.proposed).toBeNull();
    expect(await proposals()).toBe(before);

    // Dates the page allows but the API refuses (ADDRESSES ends only at a topic): the API's userError on the page.
    await page.fill('#until', '2020');
    await page.selectOption('#relation-type', 'ADDRESSES');
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.proposed).toBeNull();
    expect(state.message).toMatch(/^addRelation\.\w+: ADDRESSES /);
    expect(await page.textContent('#workbench-message')).toContain('Not proposed.');
    expect(await proposals()).toBe(before);

    await page.selectOption('#relation-type', 'SUPPORTS');
    await page.selectOption('#status', 'ONGOING');
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    expect(await page.getAttribute('#workbench-message', 'role')).toBe('status');
    const id = state.proposed!;
    const read = await gql<{ changeSet: { operations: string[] } }>(
      'query C($id: ID!) { changeSet(id: $id) { operations } }',
      { id },
      reviewerKey,
    );
    expect(read.changeSet.operations.map((o) => JSON.parse(o) as unknown)).toEqual([
      {
        addRelation: expect.objectContaining({
          type: 'SUPPORTS',
          since: '2019-03',
          until: '2020',
          status: 'ONGOING',
        }),
      },
    ]);
    const accepted = await gql<{ reviewChange: { userErrors: unknown[] } }>(
      'mutation R($id: ID!) { reviewChange(id: $id, decision: ACCEPT) { userErrors { message } } }',
      { id },
      reviewerKey,
    );
    expect(accepted.reviewChange.userErrors).toEqual([]);
    const rels = await gql<{
      entity: {
        relations: {
          edges: Array<{
            node: {
              to: { id: string };
              status: string;
              since: { iso: string; precision: string; earliest: string } | null;
              until: { iso: string; precision: string; latest: string } | null;
              evidence: Array<{ excerpt: string }>;
            };
          }>;
        };
      };
    }>(
      `query E($id: ID!) { entity(id: $id) { relations(types: [SUPPORTS], direction: OUTGOING, first: 50) {
        edges { node { to { id } status since { iso precision earliest } until { iso precision latest } evidence { excerpt } } } } } }`,
      { id: a.entity.id },
    );
    expect(rels.entity.relations.edges.map((e) => e.node)).toContainEqual({
      to: { id: b.entity.id },
      status: 'ONGOING',
      since: { iso: '2019-03', precision: 'MONTH', earliest: '2019-03-01' },
      until: { iso: '2020', precision: 'YEAR', latest: '2020-12-31' },
      evidence: [{ excerpt: text }],
    });
  }, 90_000);

  it('takes an underlined mention with one click: the next empty end, its span as evidence; a third is refused', async () => {
    const { key } = await createKey(own.db, 'workbench-click-curator', 'curator');
    const { key: reviewerKey } = await createKey(own.db, 'workbench-click-reviewer', 'reviewer');
    const { a, b } = await twoMentions();
    const third = (
      await gql<{ suggestMentions: { edges: Array<{ node: MentionNode }> } }>(
        `{ suggestMentions(source: "source:icat-chairs-report-2019", first: 100) {
            edges { node { section start end text entity { id name type } } } } }`,
        {},
      )
    ).suggestMentions.edges
      .map((e) => e.node)
      .find((m) => m.entity.id !== a.entity.id && m.entity.id !== b.entity.id)!;
    const page = await open('/source');
    await signInWithKey(page, key);

    // No selection yet: the first click opens the form with that mention's words as evidence and fills From.
    await clickMention(page, a);
    let state = await wb(page);
    expect(await page.getAttribute('#chosen-from', 'data-id')).toBe(a.entity.id);
    expect(await page.getAttribute('#chosen-to', 'data-id')).toBeNull();
    expect(state.evidence).toEqual([{ section: a.section, excerpt: a.text, offset: a.start }]);
    // The second fills To, and its span joins the evidence.
    await clickMention(page, b);
    state = await wb(page);
    expect(await page.getAttribute('#chosen-from', 'data-id')).toBe(a.entity.id);
    expect(await page.getAttribute('#chosen-to', 'data-id')).toBe(b.entity.id);
    expect(state.evidence).toEqual([
      { section: a.section, excerpt: a.text, offset: a.start },
      { section: b.section, excerpt: b.text, offset: b.start },
    ]);
    expect(await page.textContent('#added-evidence')).toBe(`and “${b.text}”, section ${b.section}`);
    // Both ends taken: a third click changes nothing and says so.
    await clickMention(page, third);
    state = await wb(page);
    expect(state.message).toMatch(/^Both ends are chosen; /);
    expect(await page.getAttribute('#chosen-to', 'data-id')).toBe(b.entity.id);
    expect(state.evidence).toHaveLength(2);
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-mention-click.png') });

    await page.selectOption('#relation-type', 'COLLABORATES_WITH');
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    const read = await gql<{ changeSet: { operations: string[] } }>(
      'query C($id: ID!) { changeSet(id: $id) { operations } }',
      { id: state.proposed },
      reviewerKey,
    );
    expect(read.changeSet.operations.map((o) => JSON.parse(o) as unknown)).toEqual([
      {
        addRelation: expect.objectContaining({
          type: 'COLLABORATES_WITH',
          from: a.entity.id,
          to: b.entity.id,
          evidence: [
            { source: REPORT, section: a.section, excerpt: a.text, offset: a.start },
            { source: REPORT, section: b.section, excerpt: b.text, offset: b.start },
          ],
        }),
      },
    ]);

    // A mention inside a selection is evidence already: a click takes its entity and adds no span.
    await selectText(page, a.section, a.start, b.end);
    await clickMention(page, b);
    expect(await page.getAttribute('#chosen-from', 'data-id')).toBe(b.entity.id);
    expect((await wb(page)).evidence).toHaveLength(1);
  }, 90_000);

  it('the walk-through: a new document, its mentions, a relation proposed on /source, accepted on /curate by a second person, in network(year:), timeline and networkDiff', async () => {
    const { key: curatorKey } = await createKey(own.db, 'walkthrough-curator', 'curator');
    const { key: reviewerKey } = await createKey(own.db, 'walkthrough-reviewer', 'reviewer');
    // 1. A new document (what `npm run source:add -- --file note.md --title …` sends): a proposal, accepted.
    const added = await gql<{ addSource: { changeSet: { id: string } | null; userErrors: unknown[] } }>(
      'mutation A($input: AddSourceInput!) { addSource(input: $input) { changeSet { id } userErrors { message } } }',
      {
        input: {
          id: 'source:walkthrough-note-2021',
          title: 'Walk-through note 2021 (invented for the tests)',
          publisher: 'icat-kg test suite (invented)',
          year: 2021,
          url: 'https://example.org/walkthrough-note-2021',
          text: WALKTHROUGH_TEXT,
        },
      },
      curatorKey,
    );
    expect(added.addSource.userErrors).toEqual([]);
    await acceptByApi(added.addSource.changeSet!.id, reviewerKey);

    // 2. Its mentions of known entities, as the page underlines them.
    const found = (
      await gql<{ suggestMentions: { edges: Array<{ node: MentionNode }> } }>(
        `{ suggestMentions(source: "source:walkthrough-note-2021", first: 100) {
            edges { node { section start end text entity { id name type } } } } }`,
        {},
      )
    ).suggestMentions.edges.map((e) => e.node);
    const icao = found.find((m) => m.entity.id === 'org:icao' && m.text === 'ICAO')!;
    const interpol = found.find((m) => m.entity.id === 'org:interpol' && m.text === 'INTERPOL')!;
    expect(icao.section).toBe('Aviation');
    expect(interpol.section).toBe('Aviation');

    // 3. On /source: select the sentence, click the two underlined names, say the year, propose.
    const page = await open('/source?id=source:walkthrough-note-2021');
    await signInWithKey(page, curatorKey);
    expect((await wb(page)).mentions).toBe(found.length);
    const sentence = WALKTHROUGH_SENTENCE;
    const start = icao.start - sentence.indexOf('ICAO');
    await selectText(page, 'Aviation', start, start + sentence.length);
    await clickMention(page, icao);
    await clickMention(page, interpol);
    expect(await page.getAttribute('#chosen-from', 'data-id')).toBe('org:icao');
    expect(await page.getAttribute('#chosen-to', 'data-id')).toBe('org:interpol');
    await page.selectOption('#relation-type', 'COLLABORATES_WITH');
    await page.fill('#year', '2021');
    await page.fill('#comment', 'The note says they trained cabin crews together in 2021');
    await page.screenshot({ path: join(ARTIFACTS, 'walkthrough-workbench.png') });
    const state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    const id = state.proposed!;

    // 4. A second person, a reviewer, accepts it on /curate.
    const review = await context!.newPage();
    await review.goto(`${base}/curate`);
    await review.waitForSelector('#key');
    await review.fill('#key', reviewerKey);
    await review.click('#key-form button[type="submit"]');
    await review.waitForFunction(
      (cs) =>
        (window as unknown as { __icatCurate?: { queue?: string[] } }).__icatCurate?.queue?.includes(cs),
      id,
    );
    const card = review.locator(`[data-change-set="${id}"]`).first();
    await card.scrollIntoViewIfNeeded();
    await review.screenshot({ path: join(ARTIFACTS, 'walkthrough-review-queue.png') });
    await card.locator('textarea').fill('Checked against the note: the sentence says so');
    const before = await review.evaluate(
      () => (window as unknown as { __icatCurate: { answers: number } }).__icatCurate.answers,
    );
    await card.locator('button.accept').click();
    await review.waitForFunction(
      (n) => (window as unknown as { __icatCurate: { answers: number } }).__icatCurate.answers > n,
      before,
    );
    expect(
      await review.evaluate(
        () => (window as unknown as { __icatCurate: { message: string } }).__icatCurate.message,
      ),
    ).toMatch(new RegExp(`^Accepted ${id}: `));
    await review.close();

    // 5. The relation in the year's network, in the timeline, and as a tie added since 2019.
    const net = await gql<{
      network: { edges: Array<{ source: string; target: string; year: number | null }> };
    }>('{ network(relationTypes: [COLLABORATES_WITH], year: 2021) { edges { source target year } } }', {});
    expect(net.network.edges).toContainEqual({ source: 'org:icao', target: 'org:interpol', year: 2021 });
    const timeline = await gql<{
      timeline: {
        edges: Array<{
          node: {
            kind: string;
            date: { iso: string };
            relation: { type: string; from: { id: string }; to: { id: string } } | null;
            evidence: Array<{ excerpt: string }>;
          };
        }>;
      };
    }>(
      `{ timeline(entity: "org:icao", from: 2021, to: 2021, first: 50) { edges { node {
          kind date { iso } relation { type from { id } to { id } } evidence { excerpt } } } } }`,
      {},
    );
    expect(timeline.timeline.edges.map((e) => e.node)).toContainEqual({
      kind: 'RELATION',
      date: { iso: '2021' },
      relation: { type: 'COLLABORATES_WITH', from: { id: 'org:icao' }, to: { id: 'org:interpol' } },
      evidence: [{ excerpt: sentence }],
    });
    const diff = await gql<{
      networkDiff: {
        added: Array<{
          type: string;
          from: { id: string };
          to: { id: string };
          toEvidence: Array<{ excerpt: string }>;
        }>;
      };
    }>(
      `{ networkDiff(fromYear: 2019, toYear: 2021, relationTypes: [COLLABORATES_WITH]) {
          added { type from { id } to { id } toEvidence { excerpt } } } }`,
      {},
    );
    expect(diff.networkDiff.added).toContainEqual({
      type: 'COLLABORATES_WITH',
      from: { id: 'org:icao' },
      to: { id: 'org:interpol' },
      toEvidence: [{ excerpt: sentence }],
    });
  }, 120_000);

  it('proposes a new entity from a selection: the kind’s required fields checked on the page, the model’s id prefix', async () => {
    const { key } = await createKey(own.db, 'workbench-entity-curator', 'curator');
    const { key: reviewerKey } = await createKey(own.db, 'workbench-entity-reviewer', 'reviewer');
    const { a, b, text } = await twoMentions();
    const proposals = async () =>
      (
        await gql<{ changeSets: { edges: unknown[] } }>(
          '{ changeSets(state: PROPOSED, first: 100) { edges { cursor } } }',
          {},
          reviewerKey,
        )
      ).changeSets.edges.length;
    const page = await open('/source');
    await signInWithKey(page, key);
    await selectText(page, a.section, a.start, b.end);
    const before = await proposals();

    // An organisation without its classification: refused on the page, saying what is missing; nothing sent.
    await page.selectOption('#entity-type', 'ORGANISATION');
    expect(await page.$$eval('#entity-required [data-field]', (f) => f.map((x) => x.id))).toEqual([
      'entity-classification',
    ]);
    await page.fill('#entity-name', 'Procurement Screening Network');
    let state = await answer(page, () => page.click('#entity-form button[type="submit"]'));
    expect(state.message).toBe('A new organisation needs classification: fill it in first.');
    expect(await page.getAttribute('#workbench-message', 'role')).toBe('alert');
    // A statement needs two; without a name it says that too.
    await page.selectOption('#entity-type', 'STATEMENT');
    await page.fill('#entity-name', '');
    state = await answer(page, () => page.click('#entity-form button[type="submit"]'));
    expect(state.message).toBe('A new statement needs name, statementKind, status: fill them in first.');
    expect(state.proposed).toBeNull();
    expect(await proposals()).toBe(before);

    await page.fill('#entity-name', 'Screen procurement (workbench test)');
    await page.selectOption('#entity-statementKind', 'RECOMMENDATION');
    await page.selectOption('#entity-status', 'PROPOSED');
    state = await answer(page, () => page.click('#entity-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    const read = await gql<{ changeSet: { state: string; operations: string[] } }>(
      'query C($id: ID!) { changeSet(id: $id) { state operations } }',
      { id: state.proposed },
      reviewerKey,
    );
    expect(read.changeSet.state).toBe('PROPOSED');
    expect(read.changeSet.operations.map((o) => JSON.parse(o) as unknown)).toEqual([
      {
        createEntity: expect.objectContaining({
          // The model's prefix for statements (ENTITY_KINDS), as the seed's ids have it.
          id: 'stmt:screen-procurement-workbench-test',
          type: 'STATEMENT',
          name: 'Screen procurement (workbench test)',
          statementKind: 'RECOMMENDATION',
          status: 'PROPOSED',
          evidence: [expect.objectContaining({ section: a.section, excerpt: text, offset: a.start })],
        }),
      },
    ]);
  }, 60_000);

  it('signs in with OpenID Connect (code + PKCE) from /source: back on the same source, proposing as that person', async () => {
    const { key: reviewerKey } = await createKey(own.db, 'workbench-oidc-reviewer', 'reviewer');
    const { a, b, text } = await twoMentions();
    const address = '/source?id=source:icat-chairs-report-2019';
    let page = await open(address);
    await page.waitForSelector('#workbench-oidc');
    await signInAtProvider(page, 'curator-ana');
    // The provider answers /curate (its one redirect URI); /curate takes the code and sends the tab back.
    await page.waitForURL(`${base}${address}`);
    await page.waitForFunction(() => window.__icatWorkbench?.signedIn && window.__icatWorkbench.mentions > 0);
    expect(await page.textContent('#workbench-who')).toMatch(
      /^Signed in as token:curator-ana \(curator, OpenID\)/,
    );
    // The code is gone from the address bar and the history.
    expect(page.url()).toBe(`${base}${address}`);

    await selectText(page, a.section, a.start, b.end);
    await page.click(`#selection-mentions button.as-from[data-id="${a.entity.id}"]`);
    await page.click(`#selection-mentions button.as-to[data-id="${b.entity.id}"]`);
    await page.selectOption('#relation-type', 'COLLABORATES_WITH');
    const state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    const read = await gql<{ changeSet: { author: string; operations: string[] } }>(
      'query C($id: ID!) { changeSet(id: $id) { author operations } }',
      { id: state.proposed },
      reviewerKey,
    );
    expect(read.changeSet.author).toBe('token:curator-ana');
    expect(read.changeSet.operations.map((o) => JSON.parse(o) as unknown)).toEqual([
      {
        addRelation: expect.objectContaining({
          from: a.entity.id,
          to: b.entity.id,
          evidence: [{ source: REPORT, section: a.section, excerpt: text, offset: a.start }],
        }),
      },
    ]);
    // Signing out ends it on this page: the bar offers the sign-in again, the text opens no form.
    await answer(page, () => page.click('#workbench-sign-out'));
    expect((await wb(page)).signedIn).toBe(false);
    await page.waitForSelector('#workbench-oidc');

    // Hostile: the stored return address rewritten to another site while the tab is at the provider. /curate
    // checks it again and stays: signed in there, the browser sent nowhere else.
    await context?.close();
    page = await open(address);
    await context!.addInitScript(() => {
      const k = 'icat-curate.pkce';
      const pending = sessionStorage.getItem(k);
      if (location.pathname === '/curate' && pending)
        sessionStorage.setItem(
          k,
          JSON.stringify({ ...JSON.parse(pending), returnTo: 'https://evil.example/x' }),
        );
    });
    await page.waitForSelector('#workbench-oidc');
    await signInAtProvider(page, 'curator-ben');
    await page.waitForFunction(
      () => (window as unknown as { __icatCurate?: { status: string } }).__icatCurate?.status === 'ready',
    );
    expect(page.url()).toBe(`${base}/curate`);
    expect(await page.textContent('#who')).toMatch(/^Signed in as token:curator-ben/);
  }, 90_000);

  it('refuses a bad key at sign-in and a revoked one at proposal, plainly; asks for both ends before proposing', async () => {
    const page = await open('/source');
    await page.waitForSelector('#workbench-key');
    let state = await answer(page, async () => {
      await page.fill('#workbench-key', 'icat_' + 'x'.repeat(43));
      await page.click('#workbench-key-form button[type="submit"]');
    });
    // Checked with `viewer` at once: the bar says why and asks again; the text opens no form.
    expect(state.signedIn).toBe(false);
    expect(await page.textContent('#workbench-sign-in-message')).toMatch(
      /^Not signed in, or the sign-in is no longer valid: /,
    );
    expect(await page.getAttribute('#workbench-sign-in-message', 'role')).toBe('alert');
    expect(await page.isVisible('#workbench-key')).toBe(true);
    const { a, b } = await twoMentions();
    await selectText(page, a.section, a.start, b.end);
    expect((await wb(page)).selection).toBeNull();
    expect(await page.$('#relation-form')).toBeNull();

    const { key } = await createKey(own.db, 'workbench-revoked-curator', 'curator');
    await signInWithKey(page, key);
    state = await wb(page);
    expect(state.actor).toBe('key:workbench-revoked-curator');
    expect(await page.textContent('#workbench-who')).toMatch(
      /^Signed in as key:workbench-revoked-curator \(curator, API key\)/,
    );
    await selectText(page, a.section, a.start, b.end);
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toBe('Choose From and To first: type a name and pick one, or click a mention.');
    await page.click(`#selection-mentions button.as-from[data-id="${a.entity.id}"]`);
    await page.click(`#selection-mentions button.as-to[data-id="${b.entity.id}"]`);
    // The key revoked while the page is open: the API's refusal, in words, nothing proposed.
    expect(await revokeKey(own.db, 'workbench-revoked-curator')).toBe(true);
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.proposed).toBeNull();
    expect(state.message).toMatch(/^Not signed in, or the sign-in is no longer valid: /);
    expect(await page.getAttribute('#workbench-message', 'role')).toBe('alert');
  }, 60_000);
});
