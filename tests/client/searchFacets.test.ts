import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { closeExplorerPage, explorerCall, openExplorerPage, screenshot, waitForCanvas, type ExplorerSession } from '../helpers/browser';

// Seeing more at once, search facets: an analyst types "LNG", narrows the suggestions to one
// entity type and then to one document language with the chips above them, and picks a result.
// Sample corpus, 1280 × 800.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

beforeAll(async () => ({ graph, session, page } = await openExplorerPage()), 600000);
afterAll(() => closeExplorerPage({ graph, session }));

const results = () => page.locator('[data-testid="search-result"]');
const chips = (facet: string) => page.locator(`[data-testid="search-facet"][data-facet="${facet}"]`);

/** Polled from here: the page's CSP rules out in-page waitForFunction. */
async function pressed(value: string): Promise<void> {
  const chip = page.locator(`[data-testid="search-facet"][data-value="${value}"][aria-pressed="true"]`);
  await chip.waitFor();
}

async function settled(): Promise<void> {
  await page.locator('[data-testid="search-loading"]').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('[data-testid="search-facets"]').waitFor();
}

test('facets count the matches by type, language and document, and narrow the suggestions', async () => {
  await page.goto(session.baseUrl);
  // The first page of a run waits for a cold server on a busy machine.
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await page.fill('[data-testid="search-input"]', 'LNG');
  await settled();
  const before = await results().count();
  expect(before).toBeGreaterThan(1);
  expect(await chips('types').count()).toBeGreaterThan(0);
  expect(await chips('langs').count()).toBeGreaterThan(0);
  expect(await chips('documents').count()).toBeGreaterThan(0);
  await screenshot(page, 'search-facets');

  // One type: every suggestion left is of that type.
  const type = (await chips('types').first().getAttribute('data-value'))!;
  await chips('types').first().dispatchEvent('mousedown');
  await pressed(type);
  await settled();
  const metas = await page.locator('[data-testid="search-result"] .result-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  expect(metas.every((meta) => meta.startsWith(`${type} ·`))).toBe(true);

  // Then one language: fewer or as many, the type chip still pressed.
  const lang = (await chips('langs').first().getAttribute('data-value'))!;
  await chips('langs').first().dispatchEvent('mousedown');
  await pressed(lang);
  await settled();
  expect(await results().count()).toBeLessThanOrEqual(metas.length);
  await expect(page.locator(`[data-testid="search-facet"][data-value="${type}"]`).getAttribute('aria-pressed')).resolves.toBe('true');
  await screenshot(page, 'search-facets-narrowed');

  // Picking a suggestion still puts it on the canvas.
  const picked = await results().first().getAttribute('data-id');
  await results().first().dispatchEvent('mousedown');
  await waitForCanvas(page, `explorer.nodeIds().includes(${JSON.stringify(picked)}) && explorer.idle()`);
  expect(await explorerCall<string[]>(page, 'explorer.nodeIds()')).toContain(picked);
  expect(session.pageErrors).toEqual([]);
});
