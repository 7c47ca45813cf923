import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ROOT } from '../../src/paths.js';
import { pageRoutes } from '../../src/http/pages.js';
import { memoryLogger } from '../support/api.js';
import {
  ARTIFACTS,
  alphaAlongEdge,
  browserSuite,
  expectedCounts as countsFor,
  networkState,
  runs,
} from '../support/browser.js';
import { startOwnNeo4j } from '../support/own-neo4j.js';

/**
 * The IDE and the network page in a real browser (Debian's chromium, headless) against the real API on the
 * seeded graph. Every request either page makes is recorded: none may leave 127.0.0.1 (test/support/browser.ts).
 * The analyst's modes of the network page are in browser-analyst.test.ts.
 */

const suite = browserSuite();
const figures: Record<string, number | null> = {};
const api = <T>(query: string, variables: Record<string, unknown> = {}) => suite.api<T>(query, variables);
const open = (path: string, at?: string) => suite.open(path, at);
const expectedCounts = (variables: Record<string, unknown> = {}) => countsFor(suite, variables);
let base = '';
beforeAll(() => {
  base = suite.base;
});

afterAll(() => {
  if (Object.keys(figures).length > 0) {
    writeFileSync(join(ARTIFACTS, 'browser-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }
});

describe('the GraphQL IDE', () => {
  it('loads GraphiQL from our own server, runs a cookbook question and shows its answer', async () => {
    const started = Date.now();
    const page = await open('/graphql');
    await page.locator('.cookbook').waitFor();
    figures.ideLoadMs = Date.now() - started;
    expect(await page.locator('.cookbook button').count()).toBeGreaterThanOrEqual(12);
    await page.click('[data-cookbook="CoChairsByYear"]');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() =>
      document
        .querySelector('.result-window')
        ?.textContent?.includes('We, the OSCE and UN Women, were elected'),
    );
    const result = (await page.locator('.result-window').textContent()) ?? '';
    expect(result).toContain('"acronym": "OSCE"');
    expect(result).toContain('"acronym": "UN Women"');
    // Schema docs and autocompletion come from introspection.
    expect(suite.requested().some((u) => u.endsWith('/graphql'))).toBe(true);
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.getByText('A GraphQL schema provides a root type').waitFor();
    await page.click('button[aria-label="Show Cookbook"]');
    await page.screenshot({ path: join(ARTIFACTS, 'ide.png') });
  });

  it('opens a query given in the URL, as the network page links to it', async () => {
    const query = 'query Neighbourhood($id: ID!) { neighbourhood(id: $id) { totalNodes } }';
    const page = await open(
      `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"id":"org:osce"}')}`,
    );
    await page.locator('.graphiql-query-editor').getByText('neighbourhood(id: $id)').waitFor();
    await page.click('.graphiql-execute-button');
    // The answer shown is the API's answer for the id given in the URL's variables.
    const expected = await api<{ neighbourhood: { totalNodes: number } }>(
      '{ neighbourhood(id: "org:osce") { totalNodes } }',
    );
    const shown = `"totalNodes": ${expected.neighbourhood.totalNodes}`;
    await page.waitForFunction(
      (text) => document.querySelector('.result-window')?.textContent?.includes(text),
      shown,
    );
    expect(await page.locator('.result-window').textContent()).toContain(shown);
  });

  it('links the evidence urls in an answer to the source page, opened at their passage', async () => {
    const query = '{ entity(id: "org:city-bar-justice-centre") { name evidence { id url } } }';
    const expected = await api<{ entity: { evidence: Array<{ id: string; url: string }> } }>(query);
    const evidence = expected.entity.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    const page = await open(`/graphql?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-query-editor').getByText('city-bar-justice-centre').waitFor();
    await page.click('.graphiql-execute-button');
    const links = page.locator('.result-window .evidence-link');
    await links.nth(evidence.length - 1).waitFor();
    // Every evidence url, and nothing else (the name, the ids), is a link.
    expect(await links.allTextContents()).toEqual(evidence.map((e) => JSON.stringify(e.url)));
    expect(
      await links.first().evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.cursor, style.textDecorationLine, el.getAttribute('role')];
      }),
    ).toEqual(['pointer', 'underline', 'link']);
    await page.screenshot({ path: join(ARTIFACTS, 'ide-evidence.png') });
    // Strings that are not this origin's source page never become links, whatever they look like.
    const hostile = ['"javascript:alert(1)"', '"//evil.example/source"', '"https://evil.example/source?x"'];
    const marked = await page.evaluate(async (texts) => {
      const line = document.querySelector('.result-window .CodeMirror-line');
      if (!line) throw new Error('no result line');
      const spans = texts.map((t) => {
        const span = document.createElement('span');
        span.className = 'cm-string';
        span.textContent = t;
        line.append(span);
        return span;
      });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return spans.map((s) => s.classList.contains('evidence-link'));
    }, hostile);
    expect(marked).toEqual([false, false, false]);
    // A click opens the source page (a new tab: the answer stays) at that passage, highlighted.
    const [source] = await Promise.all([page.context().waitForEvent('page'), links.first().click()]);
    await source.waitForFunction(
      () => (window as unknown as { __icatSource?: { status: string } }).__icatSource?.status === 'ready',
    );
    expect(new URL(source.url()).pathname + new URL(source.url()).search + new URL(source.url()).hash).toBe(
      evidence[0]!.url,
    );
    const selected = await source.evaluate(
      () => (window as unknown as { __icatSource: { selected: string[] } }).__icatSource.selected,
    );
    expect(selected).toEqual([evidence[0]!.id]);
    // Highlighted on the page, scrolled to.
    expect(await source.locator('mark.selected').count()).toBeGreaterThan(0);
    const box = await source
      .locator('mark.selected')
      .first()
      .evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    expect(box).toBe(true);
  });

  it('still answers a GET with ?query= from a non-browser client as GraphQL', async () => {
    const res = await fetch(
      `${base}/graphql?query=${encodeURIComponent('{ relationTypeCounts { type } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect(res.headers.get('content-type')).toContain('json');
    const body = (await res.json()) as { data: { relationTypeCounts: Array<{ type: string }> } };
    // The same answer a POST gets: every relation type of the graph.
    const posted = await api<{ relationTypeCounts: Array<{ type: string }> }>(
      '{ relationTypeCounts { type } }',
    );
    expect(posted.relationTypeCounts.length).toBeGreaterThan(20);
    expect(body).toEqual({ data: posted });
  });

  it('answers HEAD for the pages like GET, without a body', async () => {
    for (const path of ['/network', '/graphql']) {
      const res = await fetch(`${base}${path}`, { method: 'HEAD', headers: { accept: 'text/html' } });
      expect([path, res.status, res.headers.get('content-type')]).toEqual([
        path,
        200,
        expect.stringContaining('text/html'),
      ]);
      expect(await res.text()).toBe('');
    }
  });
});

describe('the network page', () => {
  it('draws every entity and relation the network query returns, with a legend', async () => {
    const expected = await expectedCounts();
    const started = Date.now();
    const page = await open('/network');
    const state = await networkState(page);
    figures.networkLoadMs = Date.now() - started;
    figures.networkLayoutMs = state.layoutMs;
    figures.nodes = state.nodeCount;
    figures.edges = state.edgeCount;
    expect(state.status).toBe('ready');
    expect({ nodes: state.nodeCount, edges: state.edgeCount }).toEqual(expected);
    await expect(page.locator('#counts').textContent()).resolves.toBe(
      `${expected.nodes} entities · ${expected.edges} relations`,
    );
    // One legend entry per entity kind drawn: all nine kinds have relations in the seed.
    const kinds = await api<{ network: { nodes: Array<{ type: string }> } }>(
      '{ network { nodes { type } } }',
    );
    expect(new Set(kinds.network.nodes.map((n) => n.type)).size).toBe(9);
    expect(await page.locator('#legend li').count()).toBe(9);
    await page.screenshot({ path: join(ARTIFACTS, 'network.png') });
  });

  it('focuses the entity picked with the keyboard in the search box, and shows its evidence', async () => {
    const page = await open('/network');
    await networkState(page);
    await page.focus('#search');
    await page.keyboard.type('unod');
    await page.locator('#search-results li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__icatNetwork.panelReady);
    const state = await networkState(page);
    expect(state.focusedNode).toBe('org:unodc');
    expect(state.selectedNode).toBe('org:unodc');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe(
      'United Nations Office on Drugs and Crime',
    );
    await expect(page.locator('#panel').textContent()).resolves.toContain(
      'Permanent Coordinator and Secretariat',
    );
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(ARTIFACTS, 'network-search.png') });
  });

  it('the search box asks the API’s `search` and lists its ranking, near spellings included', async () => {
    const page = await open('/network');
    await networkState(page);
    const asked: string[] = [];
    page.on('request', (req) => {
      const body = req.method() === 'POST' ? (req.postData() ?? '') : '';
      if (body.includes('query PageSearch'))
        asked.push((JSON.parse(body) as { variables: { query: string } }).variables.query);
    });
    await page.focus('#search');
    // A typo: no drawn name contains it, the API's ranking finds INTERPOL.
    await page.keyboard.type('Interpoll');
    await page.locator('#search-results li[data-id]').first().waitFor();
    const listed = await page
      .locator('#search-results li[data-id]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    const answer = await api<{ search: Array<{ entity: { id: string } }> }>(
      'query ($q: String!) { search(query: $q, first: 8) { entity { id } } }',
      { q: 'Interpoll' },
    );
    expect(listed).toEqual(answer.search.map((h) => h.entity.id));
    expect(listed[0]).toBe('org:interpol');
    // Asked once the typing paused, for the whole word (not once per letter).
    expect(asked).toContain('Interpoll');
    expect(asked.length).toBeLessThan('Interpoll'.length);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__icatNetwork.panelReady);
    expect((await networkState(page)).selectedNode).toBe('org:interpol');
  });

  it('lists an entity the filters leave out as not in this view, and opens its page when picked', async () => {
    // The partnerships preset draws organisations only: a person is found, and said to be elsewhere.
    const page = await open('/network?preset=partnerships');
    await networkState(page);
    await page.focus('#search');
    await page.keyboard.type('Ilias Chatzis');
    const option = page.locator('#search-results li[data-id="person:ilias-chatzis"]');
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('not in this view');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entity\/person%3Ailias-chatzis$/);
    await expect(page.locator('h1#name').textContent()).resolves.toBe('Ilias Chatzis');
  });

  it('highlights on hover and opens the side panel with every relation and its evidence on click', async () => {
    const page = await open('/network');
    await networkState(page);
    const at = await page.evaluate(() => window.__icatNetwork.screenPosition('org:osce'));
    if (!at) throw new Error('org:osce is not drawn');
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => window.__icatNetwork.hoveredNode === 'org:osce');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => window.__icatNetwork.panelReady);
    expect((await networkState(page)).selectedNode).toBe('org:osce');
    const panel = page.locator('#panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe(
      'Organization for Security and Co-operation in Europe',
    );
    const degree = await api<{ entity: { degree: number } }>('{ entity(id: "org:osce") { degree } }');
    expect(await panel.locator('.relations > li').count()).toBe(degree.entity.degree);
    await expect(panel.textContent()).resolves.toContain(
      'We, the OSCE and UN Women, were elected by the Working Group',
    );
    expect(await panel.locator('.relations .evidence').count()).toBeGreaterThanOrEqual(degree.entity.degree);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(ARTIFACTS, 'network-panel.png') });
    // The IDE link opens the neighbourhood query for this entity.
    await panel.locator('[data-ide-link]').click();
    await page.waitForURL(/\/graphql\?query=/);
    await page.locator('.graphiql-query-editor').getByText('neighbourhood(id: $id').waitFor();
    expect(decodeURIComponent(page.url())).toContain('"id":"org:osce"');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() =>
      document.querySelector('.result-window')?.textContent?.includes('"name": "Organization for Security'),
    );
  });

  it('draws a curator’s reading (an inferred relation) dashed and a stated one solid, read from the pixels', async () => {
    const data = await api<{
      network: { edges: Array<{ id: string; source: string; target: string; assertion: string }> };
    }>('{ network { edges { id source target assertion } } }');
    // Two relations between the same two entities are drawn one over the other: only lone ones can be read.
    const pair = (e: { source: string; target: string }) => [e.source, e.target].sort().join(' ');
    const perPair = new Map<string, number>();
    for (const e of data.network.edges) perPair.set(pair(e), (perPair.get(pair(e)) ?? 0) + 1);
    const page = await open('/network');
    await networkState(page);
    // The longest lone one of each kind on screen, so the middle half spans many dash lengths.
    const lengths = await page.evaluate(
      (ids) => {
        const n = window.__icatNetwork;
        return ids.map((id) => {
          const info = n.edgeInfo(id);
          const a = info && n.screenPosition(info.source);
          const b = info && n.screenPosition(info.target);
          return a && b ? Math.hypot(b.x - a.x, b.y - a.y) : 0;
        });
      },
      data.network.edges.map((e) => e.id),
    );
    const longest = (assertion: string) => {
      let best = { id: '', length: 0 };
      data.network.edges.forEach((e, i) => {
        if (e.assertion === assertion && perPair.get(pair(e)) === 1 && (lengths[i] ?? 0) > best.length)
          best = { id: e.id, length: lengths[i] ?? 0 };
      });
      return best.id;
    };
    const inferred = await alphaAlongEdge(page, longest('INFERRED'));
    const stated = await alphaAlongEdge(page, longest('STATED'));
    expect([inferred.type, stated.type]).toEqual(['dashed', 'arrow']);
    expect(inferred.length).toBeGreaterThan(60);
    // Dashed: drawn and undrawn stretches alternate, a few pixels each (5 drawn, 4 not; the one-pixel margin of
    // the reading widens the dashes a little).
    const dashed = runs(inferred.alpha);
    const period = inferred.alpha.length / dashed.drawn.length;
    expect(dashed.drawn.length).toBeGreaterThanOrEqual(Math.floor(inferred.alpha.length / 9) - 2);
    expect(period).toBeGreaterThan(6);
    expect(period).toBeLessThan(14);
    expect(Math.max(...dashed.gaps)).toBeLessThanOrEqual(6);
    // Solid: one unbroken stretch.
    expect(runs(stated.alpha)).toEqual({ drawn: [stated.alpha.length], gaps: [] });
    // A close-up for the docs: the inferred relation in the middle.
    const mid = { x: (inferred.from.x + inferred.to.x) / 2, y: (inferred.from.y + inferred.to.y) / 2 };
    await page.screenshot({
      path: join(ARTIFACTS, 'network-inferred.png'),
      clip: { x: Math.max(0, mid.x - 200), y: Math.max(0, mid.y - 130), width: 400, height: 260 },
    });
  });

  it('redraws what a relation-type or year filter selects', async () => {
    const page = await open('/network');
    const all = await networkState(page);
    await page.selectOption('#filter-type', 'MEMBER_OF');
    await page.waitForFunction((n) => window.__icatNetwork.nodeCount !== n, all.nodeCount);
    let state = await networkState(page);
    expect({ nodes: state.nodeCount, edges: state.edgeCount }).toEqual(
      await expectedCounts({ types: ['MEMBER_OF'] }),
    );
    expect(page.url()).toContain('type=MEMBER_OF');
    await page.selectOption('#filter-type', '');
    await page.waitForFunction(() => window.__icatNetwork.view.relationType === null);
    state = await networkState(page);
    // The year slider, by keyboard: End is the latest year the graph holds (2020), Home is every year.
    await page.focus('#filter-year');
    await page.keyboard.press('End');
    await page.waitForFunction(
      () => window.__icatNetwork.status === 'ready' && window.__icatNetwork.view.year === 2020,
    );
    state = await networkState(page);
    expect({ nodes: state.nodeCount, edges: state.edgeCount }).toEqual(await expectedCounts({ year: 2020 }));
    await expect(page.locator('#year-label').textContent()).resolves.toBe('2020');
    expect(page.url()).toContain('year=2020');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      () => window.__icatNetwork.status === 'ready' && window.__icatNetwork.view.year === 2019,
    );
    state = await networkState(page);
    expect({ nodes: state.nodeCount, edges: state.edgeCount }).toEqual(await expectedCounts({ year: 2019 }));
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () => window.__icatNetwork.status === 'ready' && window.__icatNetwork.view.year === null,
    );
    expect((await networkState(page)).nodeCount).toBe(all.nodeCount);
    await expect(page.locator('#year-label').textContent()).resolves.toBe('All years');
  });

  it('says so when a year has no relations', async () => {
    const page = await open('/network?year=1950');
    const state = await networkState(page);
    expect(state.status).toBe('empty');
    await expect(page.locator('#status').textContent()).resolves.toBe('No relations recorded for 1950.');
    await expect(page.locator('#year-label').textContent()).resolves.toBe('1950');
    await page.screenshot({ path: join(ARTIFACTS, 'network-empty.png') });
  });

  it('shows a message, not a blank page, when the API fails because its Neo4j is down', async () => {
    // A real outage, as in faults.test.ts: the page's API runs on a Neo4j of this test's own, stopped before
    // the page loads (the shared one must keep serving the other tests).
    const own = await startOwnNeo4j(5000);
    const down = await createApp({
      limits: loadConfig({ NODE_ENV: 'development' }).http,
      db: own.db,
      logger: memoryLogger().logger,
      routes: pageRoutes(),
    });
    try {
      const downBase = await down.listen(0, '127.0.0.1');
      await own.neo4j.stop();
      const page = await open('/network', downBase);
      const state = await networkState(page);
      expect(state.status).toBe('error');
      const message = await page.locator('#status').textContent();
      expect(message).toContain('Could not load the network');
      expect(message).toContain('The database is unavailable; try again shortly.');
      await expect(page.locator('#status button').textContent()).resolves.toBe('Try again');
      await page.screenshot({ path: join(ARTIFACTS, 'network-error.png') });
    } finally {
      await down.close();
      await own.stop();
    }
  }, 180_000);
});

describe('the entity page (/entity/{id})', () => {
  it('shows a person: name, kind, every relation with its evidence, links to the network, the source and the IDE', async () => {
    const id = 'person:ilias-chatzis';
    const { entity } = await api<{
      entity: { name: string; relations: { totalCount: number } };
    }>('query ($id: ID!) { entity(id: $id) { name relations(first: 1) { totalCount } } }', { id });
    const page = await open(`/entity/${encodeURIComponent(id)}`);
    await expect(page.locator('h1#name').textContent()).resolves.toBe(entity.name);
    await expect(page.locator('#kind').textContent()).resolves.toMatch(/^Person/);
    // Every relation (the seed's person has fewer than a page), each with a verbatim excerpt.
    const relations = page.locator('#relations li.relation');
    expect(await relations.count()).toBe(entity.relations.totalCount);
    expect(entity.relations.totalCount).toBeGreaterThan(0);
    for (const li of await relations.all()) {
      expect(((await li.locator('.evidence q').first().textContent()) ?? '').trim().length).toBeGreaterThan(
        0,
      );
    }
    await page.screenshot({ path: join(ARTIFACTS, 'entity.png'), fullPage: true });
    copyFileSync(join(ARTIFACTS, 'entity.png'), join(ROOT, 'docs', 'images', 'entity.png'));

    // The links lead where they say: the network centred on the person, the source at a passage, the IDE.
    await expect(page.locator('#link-ide').getAttribute('href')).resolves.toMatch(/^\/graphql\?/);
    await page.click('#link-network');
    // Wait for the network page itself: networkState on the entity page, still there, would not wait for it.
    await page.waitForURL(/\/network\?mode=ego/);
    const state = await networkState(page);
    expect(state.status).toBe('ready');
    expect(state.view).toMatchObject({ mode: 'ego', center: id });
    await page.goBack();
    await page.click('#link-source');
    await page.waitForURL(/\/source\?id=source(:|%3A)icat-chairs-report-2019#passage(:|%3A)[0-9a-f]+$/);
    await page.goBack();
    await page.click('#link-ide');
    await page.waitForURL(/\/graphql\?/);
  });
});

describe('the source page', () => {
  interface SourcePageState {
    status: string;
    passages: number;
    highlighted: number;
    selected: string[];
  }
  const sourceState = (page: Page) =>
    page
      .waitForFunction(
        () => (window as unknown as { __icatSource?: SourcePageState }).__icatSource?.status !== 'loading',
      )
      .then(() => page.evaluate(() => (window as unknown as { __icatSource: SourcePageState }).__icatSource));

  it('shows the report section by section with every cited passage highlighted; a click lists what it supports', async () => {
    const data = await api<{
      source: {
        sections: Array<{
          name: string;
          passages: Array<{ id: string; excerpt: string; start: number | null }>;
        }>;
      };
    }>(
      '{ source(id: "source:icat-chairs-report-2019") { sections { name passages { id excerpt start } } } }',
    );
    const passages = data.source.sections.flatMap((s) => s.passages);
    const page = await open('/source');
    const state = await sourceState(page);
    expect(state.status).toBe('ready');
    expect(state.passages).toBe(passages.length);
    // Every passage with an offset starts a highlight of its own (its id is the anchor the evidence url names).
    expect(state.highlighted).toBe(passages.filter((p) => p.start !== null).length);
    expect(await page.locator('section[data-section] h2').allTextContents()).toEqual(
      data.source.sections.map((s) => s.name),
    );
    const coordinator = passages.find((p) =>
      p.excerpt.startsWith(
        'The United Nations Office on Drugs and Crime (UNODC) is the Permanent Coordinator',
      ),
    )!;
    const anchor = page.locator(`[id="${coordinator.id}"]`);
    await expect(anchor.textContent()).resolves.toContain('The United Nations Office on Drugs and Crime');
    await anchor.click();
    const facts = page.locator('#facts');
    await expect(facts.textContent()).resolves.toContain(
      'United Nations Office on Drugs and Crime —COORDINATES→',
    );
    expect((await sourceState(page)).selected).toContain(coordinator.id);
    await page.screenshot({ path: join(ARTIFACTS, 'source-page.png') });
  });

  it('opens at the passage an evidence url names, from the network panel’s “in context” link', async () => {
    const data = await api<{ entity: { evidence: Array<{ id: string; url: string }> } }>(
      '{ entity(id: "org:city-bar-justice-centre") { evidence { id url } } }',
    );
    const target = data.entity.evidence[0]!;
    const page = await open(target.url);
    const state = await sourceState(page);
    expect(state.selected).toEqual([target.id]);
    await expect(page.locator('#facts').textContent()).resolves.toContain('City Bar Justice Centre');
    // And the network page links there: its panel's first "in context" link is an evidence url.
    const network = await open('/network');
    await networkState(network);
    await network.focus('#search');
    // Claudio Formisano: every relation of his is read from photo credits, so the panel marks them inferred (the
    // City Bar's one relation, HELD_IN its venue, is stated since issue 22).
    await network.keyboard.type('Formisano');
    await network.locator('#search-results li').first().waitFor();
    await network.keyboard.press('Enter');
    await network.waitForFunction(() => window.__icatNetwork.panelReady);
    const href = await network.locator('[data-in-context]').first().getAttribute('href');
    expect(href).toMatch(/^\/source\?id=source%3Aicat-chairs-report-2019#passage%3A[0-9a-f]+$/);
    await expect(network.locator('[data-inferred]').first().textContent()).resolves.toContain('Inferred:');
  });
});
