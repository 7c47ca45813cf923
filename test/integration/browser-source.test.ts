import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedRepository } from '../../src/ingest/index.js';
import { SECTION_NAMES } from '../../src/model/sources.js';
import { ROOT } from '../../src/paths.js';
import { ARTIFACTS, browserSuite } from '../support/browser.js';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.js';

/**
 * A fresh clone alone (issue 24 item 5): the seed run without the report's text beside the repository
 * (ICAT_REPORT_PATH naming no file). The seed says its excerpt check was skipped and why; the source page shows
 * every cited passage, section by section, with a notice of what is missing and how to provide it.
 */

let own: OwnNeo4j;
const seedLog: string[] = [];
const saved = process.env.ICAT_REPORT_PATH;
beforeAll(async () => {
  own = await startOwnNeo4j();
  process.env.ICAT_REPORT_PATH = join(ARTIFACTS, 'no-such-report.txt');
  try {
    await seedRepository(own.db, { log: (line) => seedLog.push(line) });
    // A second source, with its text at hand (the fixture's file): /source?id= shows any source.
    await seedRepository(own.db, { seedDir: join(ROOT, 'test/fixtures/fictional-source') });
  } finally {
    if (saved === undefined) delete process.env.ICAT_REPORT_PATH;
    else process.env.ICAT_REPORT_PATH = saved;
  }
}, 180_000);
const suite = browserSuite({ db: () => own.db });
afterAll(async () => {
  await own?.stop();
});

interface SourcePageState {
  status: string;
  passages: number;
  highlighted: number;
  listed: number;
  textAvailable: boolean | null;
}
const sourceState = (page: Page) =>
  page
    .waitForFunction(
      () => (window as unknown as { __icatSource?: SourcePageState }).__icatSource?.status !== 'loading',
    )
    .then(() => page.evaluate(() => (window as unknown as { __icatSource: SourcePageState }).__icatSource));

describe('a clone without the report’s text', () => {
  it('the seed says clearly that its excerpt check was skipped, why, and how to provide the text', () => {
    const said = seedLog.join('\n');
    expect(said).toMatch(
      /Excerpt check SKIPPED for source:icat-chairs-report-2019: its text is not at hand \(looked for .*no-such-report\.txt\)/,
    );
    expect(said).toMatch(/set ICAT_REPORT_PATH/);
    expect(said).toMatch(/npm run source:add -- --file <the text> --replaces source:icat-chairs-report-2019/);
  });

  it('the source page shows every cited passage in section order, with a notice of the missing text', async () => {
    const data = await suite.api<{
      source: {
        textAvailable: boolean;
        sections: Array<{ name: string; text: string; passages: Array<{ id: string; excerpt: string }> }>;
      };
    }>(
      '{ source(id: "source:icat-chairs-report-2019") { textAvailable sections { name text passages { id excerpt } } } }',
    );
    expect(data.source.textAvailable).toBe(false);
    expect(data.source.sections.every((s) => s.text === '')).toBe(true);
    const cited = data.source.sections.flatMap((s) => s.passages);
    expect(cited.length).toBeGreaterThan(200);

    const page = await suite.open('/source');
    const state = await sourceState(page);
    expect(state).toMatchObject({
      status: 'ready',
      textAvailable: false,
      highlighted: 0,
      listed: cited.length,
    });
    const notice = (await page.locator('#text-missing').textContent()) ?? '';
    expect(notice).toContain('The full text of this source is not at hand.');
    expect(notice).toContain('ICAT_REPORT_PATH');
    expect(notice).toContain(
      'npm run source:add -- --file <the text> --replaces source:icat-chairs-report-2019',
    );
    expect(await page.locator('section[data-section] h2').allTextContents()).toEqual([...SECTION_NAMES]);
    // Every cited passage stands as a quote under its own section, in the API's order.
    const shown = await page.locator('section[data-section]').evaluateAll((sections) =>
      sections.map((s) => ({
        name: s.getAttribute('data-section'),
        ids: Array.from(s.querySelectorAll('ul.quotes blockquote'), (q) => q.id),
      })),
    );
    expect(shown).toEqual(
      data.source.sections.map((s) => ({ name: s.name, ids: s.passages.map((p) => p.id) })),
    );
    // The page as a new user first sees it: the notice above the first section's quotes.
    await page.screenshot({ path: join(ARTIFACTS, 'source-page-without-text.png') });
    // A quote still lists what it supports.
    const coordinator = cited.find((p) =>
      p.excerpt.startsWith(
        'The United Nations Office on Drugs and Crime (UNODC) is the Permanent Coordinator',
      ),
    )!;
    await page.locator(`[id="${coordinator.id}"]`).click();
    await expect(page.locator('#facts').textContent()).resolves.toContain(
      'United Nations Office on Drugs and Crime —COORDINATES→',
    );
  });

  it('/source?id= shows any source: the fictional one, with its text, its passages highlighted', async () => {
    const page = await suite.open(`/source?id=${encodeURIComponent('source:fictional-test-source')}`);
    const state = await sourceState(page);
    expect(state).toMatchObject({
      status: 'ready',
      textAvailable: true,
      passages: 9,
      highlighted: 9,
      listed: 0,
    });
    await expect(page.locator('#title').textContent()).resolves.toBe('The Fictional Test Source');
    expect(await page.locator('section[data-section] h2').allTextContents()).toEqual([
      'PREFACE',
      'CHAPTER ONE',
      'CHAPTER TWO',
    ]);
    expect(await page.locator('#text-missing').count()).toBe(0);
  });
});
