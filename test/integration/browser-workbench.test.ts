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
import { freePort } from '../support/oidc.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * The workbench on /source (issue 24 item 3), in Chromium against a Neo4j of this file's own: a curator signs in
 * with an API key, selects a passage's text, takes one entity from the selection's suggested mentions with one
 * click and the other through the picker's search-as-you-type, proposes a relation with the selection as its
 * evidence; the change-set is PROPOSED with that excerpt, waits in /curate's queue, and once a reviewer accepts
 * it the relation is in the graph. Bad input gets the API's own message on the page, nothing written.
 */

let own: OwnNeo4j;
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
  app = await createApp({
    limits: testLimits('test', { rateLimitMax: 0 }),
    db: own.db,
    logger: memoryLogger().logger,
    curation: DEFAULT_CURATION_LIMITS,
    routes: pageRoutes(),
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
  await own?.stop();
});

async function open(path: string): Promise<Page> {
  context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (u) => u.protocol !== 'data:' && !['127.0.0.1', 'localhost'].includes(u.hostname),
    (route, req) => {
      outside.push(req.url());
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
  mentions: number;
  selection: { section: string; excerpt: string; offset: number } | null;
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

/** Selects `[start, end)` of a section's text as a reader's drag would, and lets go of the mouse. */
async function selectText(page: Page, section: string, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([section, start, end]) => {
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
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      para.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [section, start, end] as const,
  );
}

async function signInWithKey(page: Page, key: string): Promise<void> {
  await page.waitForSelector('#workbench-key');
  await page.fill('#workbench-key', key);
  await answer(page, () => page.click('#workbench-key-form button[type="submit"]'));
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

  it('proposes a new entity from a selection, with the selection as its evidence', async () => {
    const { key } = await createKey(own.db, 'workbench-entity-curator', 'curator');
    const { a, b, text } = await twoMentions();
    const page = await open('/source');
    await signInWithKey(page, key);
    await selectText(page, a.section, a.start, b.end);
    await page.selectOption('#entity-type', 'TOPIC');
    await page.fill('#entity-name', 'Procurement screening (workbench test)');
    const state = await answer(page, () => page.click('#entity-form button[type="submit"]'));
    expect(state.message).toMatch(/^Proposed /);
    const { key: reviewerKey } = await createKey(own.db, 'workbench-entity-reviewer', 'reviewer');
    const read = await gql<{ changeSet: { state: string; operations: string[] } }>(
      'query C($id: ID!) { changeSet(id: $id) { state operations } }',
      { id: state.proposed },
      reviewerKey,
    );
    expect(read.changeSet.state).toBe('PROPOSED');
    expect(read.changeSet.operations.map((o) => JSON.parse(o) as unknown)).toEqual([
      {
        createEntity: expect.objectContaining({
          id: 'topic:procurement-screening-workbench-test',
          type: 'TOPIC',
          name: 'Procurement screening (workbench test)',
          evidence: [expect.objectContaining({ section: a.section, excerpt: text, offset: a.start })],
        }),
      },
    ]);
  }, 60_000);

  it('refuses without a sign-in plainly, and asks for both ends before proposing', async () => {
    const page = await open('/source');
    await page.waitForSelector('#workbench-key');
    await page.fill('#workbench-key', 'icat_' + 'x'.repeat(43));
    await answer(page, () => page.click('#workbench-key-form button[type="submit"]'));
    const { a, b } = await twoMentions();
    await selectText(page, a.section, a.start, b.end);
    let state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.message).toBe('Choose From and To first: type a name and pick one, or click a mention.');
    await page.click(`#selection-mentions button.as-from[data-id="${a.entity.id}"]`);
    await page.click(`#selection-mentions button.as-to[data-id="${b.entity.id}"]`);
    state = await answer(page, () => page.click('#relation-form button[type="submit"]'));
    expect(state.proposed).toBeNull();
    expect(state.message).toMatch(/^Not signed in, or the sign-in is no longer valid: /);
    expect(await page.getAttribute('#workbench-message', 'role')).toBe('alert');
  }, 60_000);
});
