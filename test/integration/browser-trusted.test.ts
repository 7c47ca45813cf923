import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../src/paths.js';
import { ARTIFACTS, browserSuite, networkState } from '../support/browser.js';

/**
 * The pages in trusted-documents mode (TRUSTED_DOCUMENTS with the manifest generated from operations/): every
 * request the network and source pages make is a registered operation, so they work as without the mode; a
 * document the manifest does not list is refused, from the same page.
 */

const suite = browserSuite({ trustedDocuments: join(ROOT, 'operations/generated/persisted-documents.json') });

/** The page's GraphQL answers, as they arrive: status and whether they carried errors. */
function graphqlAnswers(page: Page): Array<{ status: number; errors: unknown }> {
  const answers: Array<{ status: number; errors: unknown }> = [];
  page.on('response', (res) => {
    if (!res.url().endsWith('/graphql')) return;
    void res
      .json()
      .then((body: { errors?: unknown }) => answers.push({ status: res.status(), errors: body.errors }))
      .catch(() => answers.push({ status: res.status(), errors: 'not JSON' }));
  });
  return answers;
}

async function openWatched(
  path: string,
): Promise<{ page: Page; answers: Array<{ status: number; errors: unknown }> }> {
  // The listener goes on before the first request: open a blank page, then navigate.
  const page = await suite.open('/health');
  const answers = graphqlAnswers(page);
  await page.goto(`${suite.base}${path}`);
  return { page, answers };
}

describe('trusted-documents mode serves the pages', () => {
  it('the network page draws, sized by betweenness, coloured by community, in ego mode, and opens the panel', async () => {
    const { page, answers } = await openWatched(
      '/network?size=betweenness&colour=community&mode=ego&center=org:icat&depth=2',
    );
    const state = await networkState(page);
    // On failure, the message says what the API answered.
    expect({ status: state.status, message: state.message }).toEqual({
      status: 'ready',
      message: expect.any(String),
    });
    expect(state.nodeCount).toBeGreaterThan(50);
    const at = await page.evaluate(() => window.__icatNetwork.screenPosition('org:osce'));
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction(() => window.__icatNetwork.panelReady);
    await expect(page.locator('#panel h2').textContent()).resolves.toBe(
      'Organization for Security and Co-operation in Europe',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'network-trusted.png') });
    // NetworkPage, PageCentrality (pages of it), PageCommunities, PageNeighbourhood, EntityPanel: all accepted.
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(answers.filter((a) => a.status !== 200 || a.errors !== undefined)).toEqual([]);
  });

  it('the network page finds a path in path mode', async () => {
    const { page, answers } = await openWatched('/network?mode=path&from=person:kupchyna&to=org:osce');
    const state = await networkState(page);
    expect(state.status).toBe('ready');
    await page.waitForFunction(() => window.__icatNetwork.pathStatus !== 'idle');
    const path = await page.evaluate(() => window.__icatNetwork.path);
    expect(path?.entities[0]).toBe('person:kupchyna');
    expect(path?.entities.at(-1)).toBe('org:osce');
    expect(answers.filter((a) => a.status !== 200 || a.errors !== undefined)).toEqual([]);
  });

  it('the source page shows the report with its passages', async () => {
    const { page, answers } = await openWatched('/source');
    await page.waitForFunction(
      () => (window as unknown as { __icatSource?: { status: string } }).__icatSource?.status !== 'loading',
    );
    const state = await page.evaluate(
      () => (window as unknown as { __icatSource: { status: string; passages: number } }).__icatSource,
    );
    expect(state.status).toBe('ready');
    expect(state.passages).toBeGreaterThan(100);
    expect(answers).toEqual([{ status: 200, errors: undefined }]);
  });

  it('refuses, from the same page, a document the manifest does not list', async () => {
    const page = await suite.open('/network');
    await networkState(page);
    const refused = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ organisations(first: 100) { edges { node { id name website } } } }',
        }),
      });
      return {
        status: res.status,
        body: (await res.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> },
      };
    });
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});
