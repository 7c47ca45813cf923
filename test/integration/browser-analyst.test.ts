import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, browserSuite, expectedCounts, networkState } from '../support/browser.js';
import { ENTITY_KINDS } from '../../src/model/entities.js';

/**
 * The network page as an analyst's view, in Debian's chromium against the real API: size by a centrality,
 * colour by community, the partnerships preset, path and ego modes, and the exports of the current view. Each
 * test compares what the page draws with the API's own answer; no request may leave 127.0.0.1.
 */

const suite = browserSuite();

const PARTNERSHIP_TYPES = [
  'MEMBER_OF',
  'PARTNER_OF',
  'CO_CHAIRED',
  'COORDINATES',
  'SUPPORTS',
  'FUNDS',
  'COLLABORATES_WITH',
];
const GREY = '#e5e7eb';

interface Display {
  size: number;
  color: string;
  highlighted: boolean;
}

async function displays(page: Page): Promise<Map<string, Display>> {
  const list = await page.evaluate(() =>
    window.__icatNetwork.drawnNodes().map((id) => [id, window.__icatNetwork.nodeDisplay(id)] as const),
  );
  const out = new Map<string, Display>();
  for (const [id, d] of list) if (d) out.set(id, d);
  return out;
}

async function betweenness(variables: Record<string, unknown> = {}): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  let after: string | null = null;
  do {
    const data: {
      centrality: {
        edges: Array<{ node: { id: string }; score: number }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await suite.api(
      `query($after: String, $year: Int) { centrality(metric: BETWEENNESS, year: $year, first: 100, after: $after) {
        edges { node { id } score } pageInfo { hasNextPage endCursor } } }`,
      { ...variables, after },
    );
    for (const e of data.centrality.edges) scores.set(e.node.id, e.score);
    after = data.centrality.pageInfo.hasNextPage ? data.centrality.pageInfo.endCursor : null;
  } while (after);
  return scores;
}

/** Whether `size` grows with `score` over every pair of nodes: a higher score never draws smaller. */
function ordered(sizes: Map<string, Display>, score: (id: string) => number): boolean {
  const ids = [...sizes.keys()];
  return ids.every((a) =>
    ids.every((b) => !(score(a) > score(b) + 1e-12) || (sizes.get(a)?.size ?? 0) > (sizes.get(b)?.size ?? 0)),
  );
}

async function pick(page: Page, input: string, text: string, id: string): Promise<void> {
  await page.focus(input);
  await page.keyboard.type(text);
  await page.locator(`${input} ~ ul li[data-id="${id}"]`).waitFor();
  while ((await page.locator(`${input} ~ ul li[aria-selected="true"]`).getAttribute('data-id')) !== id)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The `id` column of a nodes.csv export. */
function csvIds(csv: string): string[] {
  const lines = csv.trim().split('\r\n');
  const header = (lines[0] ?? '').split(',');
  const at = header.indexOf('id');
  return lines.slice(1).map((l) => l.split(',')[at] ?? '');
}

describe('the network page as an analyst view', () => {
  it('sizes the nodes by the betweenness the API computes, chosen with the keyboard', async () => {
    const page = await open('/network?year=2019');
    await networkState(page);
    await page.focus('#size-by');
    await page.keyboard.press('ArrowDown'); // Degree → Betweenness
    await page.waitForFunction(
      () => window.__icatNetwork.view.sizeBy === 'betweenness' && window.__icatNetwork.status === 'ready',
    );
    const scores = await betweenness({ year: 2019 });
    const shown = await displays(page);
    expect([...shown.keys()].sort()).toEqual([...scores.keys()].sort());
    // Every node is drawn larger than every node with a lower betweenness…
    expect(ordered(shown, (id) => scores.get(id) ?? 0)).toBe(true);
    // …which is not the degree's order: the sizes follow the chosen metric.
    const degrees = await suite.api<{ network: { nodes: Array<{ id: string; degree: number }> } }>(
      '{ network(year: 2019) { nodes { id degree } } }',
    );
    const degree = new Map(degrees.network.nodes.map((n) => [n.id, n.degree]));
    expect(ordered(shown, (id) => degree.get(id) ?? 0)).toBe(false);
    const sizes = [...shown.values()].map((d) => d.size);
    expect(Math.max(...sizes)).toBe(shown.get('org:icat')?.size);
    expect(new Set(sizes).size).toBeGreaterThan(5);
    await expect(page.locator('#hint').textContent()).resolves.toContain('Size: betweenness');
    expect(page.url()).toContain('size=betweenness');
  });

  it('colours the nodes by Louvain community with a legend, and back by type', async () => {
    const page = await open('/network?year=2019&size=betweenness');
    await networkState(page);
    await page.check('input[name="colour"][value="community"]');
    await page.waitForFunction(
      () => window.__icatNetwork.view.colourBy === 'community' && window.__icatNetwork.status === 'ready',
    );
    const { communities } = await suite.api<{
      communities: {
        communities: Array<{ id: number; members: { edges: Array<{ node: { id: string } }> } }>;
      };
    }>(
      '{ communities(year: 2019) { communities(first: 100) { id members(first: 100) { edges { node { id } } } } } }',
    );
    const shown = await displays(page);
    const colourOf = (c: { members: { edges: Array<{ node: { id: string } }> } }) =>
      new Set(c.members.edges.map((m) => shown.get(m.node.id)?.color));
    const palette = communities.communities.filter((c) => c.id < 10);
    expect(palette.length).toBeGreaterThanOrEqual(5);
    // One colour per community, a different one for each of the ten largest…
    for (const c of palette) expect([c.id, colourOf(c).size]).toEqual([c.id, 1]);
    const colours = palette.map((c) => [...colourOf(c)][0]);
    expect(new Set(colours).size).toBe(palette.length);
    // …and the legend lists them, largest first, with their members' count.
    const items = page.locator('#legend li');
    expect(await items.count()).toBe(palette.length + (communities.communities.length > 10 ? 1 : 0));
    await expect(items.first().locator('.n').textContent()).resolves.toBe(
      String(communities.communities[0]?.members.edges.length),
    );
    await expect(page.locator('#legend-title').textContent()).resolves.toContain('Communities');
    await page.locator('#legend-box').screenshot({ path: join(ARTIFACTS, 'network-community-legend.png') });
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(ARTIFACTS, 'network-analyst.png') });

    await page.check('input[name="colour"][value="type"]');
    await page.waitForFunction(
      () => window.__icatNetwork.view.colourBy === 'type' && window.__icatNetwork.status === 'ready',
    );
    expect(await page.locator('#legend li').count()).toBe(ENTITY_KINDS.length);
    const byType = await displays(page);
    expect([byType.get('org:icat')?.color, byType.get('org:osce')?.color]).toEqual(['#2563eb', '#2563eb']);
  });

  it('draws the partnerships preset: organisations and the partnership relation types', async () => {
    const page = await open('/network');
    const all = await networkState(page);
    await page.check('input[name="preset"][value="partnerships"]');
    await page.waitForFunction(
      (n) => window.__icatNetwork.status === 'ready' && window.__icatNetwork.nodeCount !== n,
      all.nodeCount,
    );
    const state = await networkState(page);
    expect(state.view.preset).toBe('partnerships');
    expect({ nodes: state.nodeCount, edges: state.edgeCount }).toEqual(
      await expectedCounts(suite, { types: PARTNERSHIP_TYPES, entityTypes: ['ORGANISATION'] }),
    );
    await expect(page.locator('#legend li').allTextContents()).resolves.toEqual([
      `Organisation${state.nodeCount}`,
    ]);
    await expect(page.locator('#mode-hint').textContent()).resolves.toBe(
      `Organisations linked by ${PARTNERSHIP_TYPES.join(', ')}.`,
    );
    // Only the preset's relation types can be chosen in the relation filter.
    const enabled = await page
      .locator('#filter-type option:not([disabled])')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(enabled.sort()).toEqual(['', ...PARTNERSHIP_TYPES].sort());
    expect(page.url()).toContain('preset=partnerships');
  });

  it('path mode: two entities picked with the keyboard, the API’s shortest path highlighted with its evidence', async () => {
    const page = await open('/network');
    await networkState(page);
    await page.focus('input[name="mode"][value="explore"]');
    await page.keyboard.press('ArrowRight'); // Explore → Path
    await page.waitForFunction(() => window.__icatNetwork.view.mode === 'path');
    await expect(page.locator('#mode-hint').textContent()).resolves.toContain('Pick two entities');
    await pick(page, '#path-from', 'equality', 'org:equality-now');
    await pick(page, '#path-to', 'osce', 'org:osce');
    await page.waitForFunction(() => window.__icatNetwork.pathStatus === 'found');
    const { path } = await suite.api<{
      path: {
        entities: Array<{ id: string }>;
        steps: Array<{ relation: { id: string }; evidence: Array<{ excerpt: string }> }>;
      };
    }>(
      '{ path(from: "org:equality-now", to: "org:osce", maxHops: 6) { entities { id } steps { relation { id } evidence { excerpt } } } }',
    );
    const state = await networkState(page);
    expect(state.path).toEqual({
      entities: path.entities.map((e) => e.id),
      relations: path.steps.map((s) => s.relation.id),
    });
    expect(path.steps.length).toBeGreaterThanOrEqual(2);
    // On the canvas: the path's relations drawn thick and amber, its entities highlighted, the rest greyed.
    const edges = await page.evaluate(
      (ids) => ids.map((id) => window.__icatNetwork.edgeDisplay(id)),
      state.path?.relations ?? [],
    );
    expect(edges.map((e) => [e?.color, e?.size])).toEqual(path.steps.map(() => ['#f59e0b', 4]));
    const shown = await displays(page);
    const onPath = new Set(state.path?.entities);
    for (const [id, d] of shown) expect([id, d.color === GREY]).toEqual([id, !onPath.has(id)]);
    // The panel lists each hop with its evidence.
    const steps = page.locator('#panel .path-steps > li');
    expect(await steps.count()).toBe(path.steps.length);
    for (const [i, step] of path.steps.entries()) {
      const text = (await steps.nth(i).textContent()) ?? '';
      for (const ev of step.evidence) expect(text).toContain(ev.excerpt);
    }
    expect(page.url()).toContain('mode=path&from=org%3Aequality-now&to=org%3Aosce');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(ARTIFACTS, 'network-path.png') });
  });

  it('path mode says so when there is no path over the chosen relation type', async () => {
    const page = await open('/network?type=CO_CHAIRED&mode=path&from=org:osce&to=org:un-women');
    await page.waitForFunction(() => window.__icatNetwork.pathStatus !== 'idle');
    const state = await networkState(page);
    expect(state.pathStatus).toBe('found');
    // Now to an entity no CO_CHAIRED relation reaches: the API's answer is null, the panel says so.
    const none = await suite.api<{ path: null }>(
      '{ path(from: "org:osce", to: "org:unodc", maxHops: 6, relationTypes: [CO_CHAIRED]) { length } }',
    );
    expect(none.path).toBeNull();
    const page2 = await open('/network?type=CO_CHAIRED&mode=path&from=org:osce&to=org:unodc');
    await page2.waitForFunction(() => window.__icatNetwork.pathStatus !== 'idle');
    expect((await networkState(page2)).pathStatus).toBe('none');
    await expect(page2.locator('#panel').textContent()).resolves.toContain(
      'No path of at most 6 relations over CO_CHAIRED.',
    );
  });

  it('ego mode: depth 1 and 2 around the selected entity, the same entities as its export', async () => {
    const page = await open('/network?year=2019');
    await networkState(page);
    await pick(page, '#search', 'osce', 'org:osce');
    await page.waitForFunction(() => window.__icatNetwork.panelReady);
    await page.check('input[name="mode"][value="ego"]');
    await page.waitForFunction(
      () => window.__icatNetwork.view.center === 'org:osce' && window.__icatNetwork.status === 'ready',
    );
    const hood = await suite.api<{ neighbourhood: { nodes: Array<{ entity: { id: string } }> } }>(
      '{ neighbourhood(id: "org:osce", depth: 1, first: 200) { nodes { entity { id } } } }',
    );
    const named = new Set(['org:osce', ...hood.neighbourhood.nodes.map((n) => n.entity.id)]);
    const drawnAndExported = async (depth: number) => {
      const drawn = await page.evaluate(() => window.__icatNetwork.drawnNodes().sort());
      const href = (await page.locator('#export-nodes').getAttribute('href')) ?? '';
      const exported = csvIds(await (await fetch(`${suite.base}${href}`)).text()).sort();
      return { drawn, href, exported, depth };
    };
    const one = await drawnAndExported(1);
    expect(one.href).toBe('/export/nodes.csv?year=2019&center=org%3Aosce&depth=1');
    expect(one.drawn).toEqual(one.exported);
    // Depth 1 in 2019: neighbours that `neighbourhood` names, reached by a 2019 relation.
    expect(one.drawn.every((id) => named.has(id))).toBe(true);
    await page.selectOption('#depth', '2');
    await page.waitForFunction(
      () => window.__icatNetwork.view.depth === 2 && window.__icatNetwork.status === 'ready',
    );
    const two = await drawnAndExported(2);
    expect(two.href).toBe('/export/nodes.csv?year=2019&center=org%3Aosce&depth=2');
    expect(two.drawn).toEqual(two.exported);
    expect(two.drawn.length).toBeGreaterThan(one.drawn.length);
    expect((await displays(page)).get('org:osce')?.highlighted).toBe(true);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(ARTIFACTS, 'network-ego.png') });
  });

  it('ego mode says so when the centre has no relation in the view', async () => {
    const page = await open('/network?preset=partnerships&mode=ego&center=person:ilias-chatzis&depth=1');
    const state = await networkState(page);
    expect(state.status).toBe('empty');
    await expect(page.locator('#status').textContent()).resolves.toContain(
      'has no relations in this view; pick another centre or widen the filter.',
    );
  });

  it('exports the current view: links carry its filter, the PNG is the picture on screen', async () => {
    const page = await open('/network?preset=partnerships&year=2019');
    const state = await networkState(page);
    const filter = `relationTypes=${PARTNERSHIP_TYPES.join('%2C')}&types=ORGANISATION&year=2019`;
    const hrefs = await page.locator('.exports a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `/export/network.gexf?${filter}`,
      `/export/network.graphml?${filter}`,
      `/export/nodes.csv?${filter}`,
      `/export/edges.csv?${filter}`,
      `/export/entities.ftm.json?${filter}`,
      `/export/graph.ttl?${filter}`,
      `/export/graph.jsonld?${filter}`,
    ]);
    // The FollowTheMoney link downloads the drawn network: one entity per node and per relation, and the report.
    const [ftm] = await Promise.all([page.waitForEvent('download'), page.click('#export-ftm')]);
    expect(ftm.suggestedFilename()).toMatch(/^icat-entities-2019.*\.ftm\.json$/);
    const ftmLines = readFileSync(await ftm.path(), 'utf8')
      .trim()
      .split('\n');
    expect(ftmLines).toHaveLength(state.nodeCount + state.edgeCount + 1);
    // The Turtle link: one IRI per drawn entity (each typed once with its kind).
    const [ttl] = await Promise.all([page.waitForEvent('download'), page.click('#export-ttl')]);
    expect(ttl.suggestedFilename()).toMatch(/^icat-graph-2019.*\.ttl$/);
    expect(readFileSync(await ttl.path(), 'utf8').match(/icat:kind "ORGANISATION"/g)).toHaveLength(
      state.nodeCount,
    );
    // The GEXF link downloads the drawn network.
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(gexf.suggestedFilename()).toBe('icat-network-2019-organisation-7-relation-types.gexf');
    const xml = readFileSync(await gexf.path(), 'utf8');
    expect([(xml.match(/<node /g) ?? []).length, (xml.match(/<edge /g) ?? []).length]).toEqual([
      state.nodeCount,
      state.edgeCount,
    ]);

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('icat-network-2019-partnerships.png');
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('#graph canvas') as HTMLCanvasElement;
      return { width: c.width, height: c.height };
    });
    expect(size).toEqual(canvas);
    // Decoded by the browser: a white picture with the nodes in their colours (organisations' blue).
    const pixels = await page.evaluate(async (b64) => {
      // An <img> (the page's CSP allows data: images, not data: fetches).
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const bitmap = await createImageBitmap(img);
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let white = 0;
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (r > 250 && g > 250 && b > 250) white++;
        if (Math.abs(r - 0x25) < 12 && Math.abs(g - 0x63) < 12 && Math.abs(b - 0xeb) < 12) blue++;
      }
      return { total: data.length / 4, white, blue };
    }, bytes.toString('base64'));
    expect(pixels.white / pixels.total).toBeGreaterThan(0.5);
    expect(pixels.blue).toBeGreaterThan(500);
  });
});

function open(path: string): Promise<Page> {
  return suite.open(path);
}
