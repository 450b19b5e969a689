import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';
import { downloadedBytes, explorerCall, screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';
import { writeFixture, type Fixture } from '../server/explore/fixture';

// The explorer's panels over a small made-up graph (its own id prefix):
//   北村貿易 Kitamura Trading ─HOLDS_STAKE_IN 10% (2023)→ Aurora LNG 7 ←SANCTIONS (2023-11)─ Zembla
//   Kitamura Trading ─RELATED_TO (inferred)─ Zembla;  Kitamura Shipping ─PART_OF→ Kitamura Trading
//   Norland ─SANCTIONS (rejected)→ Kitamura Trading

let graph: Graph;
let session: ExplorerSession;
let fixture: Fixture;
let page: Page;

beforeAll(async () => {
  graph = testGraph();
  fixture = await writeFixture(graph);
  session = await startExplorer(graph);
  page = await session.newPage();
}, 600000);

afterAll(async () => {
  await session?.close();
  await fixture?.remove();
  await graph?.close();
});

const nodeIds = async () => (await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort();
const counts = () => explorerCall<{ nodes: number; edges: number; visibleNodes: number; visibleEdges: number }>(page, 'explorer.counts()');
const select = (id: string) => explorerCall<void>(page, `explorer.select(${JSON.stringify(id)})`);

test('a shared URL puts its entities on the canvas and selects one', async () => {
  await page.goto(`${session.baseUrl}/?e=${fixture.ids.trading}&s=${fixture.ids.trading}`);
  await waitForExplorer(page);
  expect(await nodeIds()).toEqual([fixture.ids.trading]);
  await expect(page.locator('[data-testid="inspector-title"]').first().textContent()).resolves.toBe('北村貿易');
  await page.locator('[data-testid="aliases"]').waitFor();
  const aliases = await page.locator('[data-testid="aliases"] li').allTextContents();
  expect(aliases).toEqual(expect.arrayContaining(['Kitamura Trading', '北村贸易']));
});

test('expanding follows the filters: inferred and rejected edges stay out by default', async () => {
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, 'explorer.nodeIds().length === 3');
  const { ids } = fixture;
  expect(await nodeIds()).toEqual([ids.aurora, ids.shipping, ids.trading].sort());
  await page.check('[data-testid="filter-inferred"]');
  expect(page.url()).toContain('i=1');
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.nodeIds().includes(${JSON.stringify(ids.zembla)})`);
  expect(await nodeIds()).not.toContain(ids.norland);
  await page.uncheck('[data-testid="filter-inferred"]');
  await waitForCanvas(page, `explorer.classes(${JSON.stringify(fixture.rels.related)}).includes('filtered')`);
  await screenshot(page, 'explorer-fixture-expanded');
});

test('entity type filters hide what is drawn and come back when loosened', async () => {
  const before = await counts();
  await page.uncheck('[data-testid="filter-type-Firm"]');
  expect(page.url()).toMatch(/[?&]t=/);
  const filtered = await counts();
  expect(filtered.visibleNodes).toBe(before.visibleNodes - 2);
  await page.click('[data-testid="filter-types-all"]');
  expect((await counts()).visibleNodes).toBe(before.visibleNodes);
});

test('the inspector shows a relation, its evidence and its sources, and opens the document at the sentence', async () => {
  await select(fixture.rels.sanction);
  const line = page.locator('[data-testid="relation-line"]');
  await line.waitFor();
  expect(await line.textContent()).toMatch(/贊布拉.*極光液化天然氣7號/);
  expect(await page.locator('[data-testid="prop-date"]').textContent()).toBe('2023-11');
  const link = page.locator('[data-testid="source-link"]').first();
  expect(await link.getAttribute('href')).toBe('https://example.org/aurora');
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  await page.click('[data-testid="evidence-open"]');
  const mark = page.locator('[data-testid="doc-highlight"]');
  await mark.waitFor();
  expect(await mark.textContent()).toBe('2023年11月，贊布拉將極光液化天然氣7號納入制裁範圍。[1]');
  expect(await page.locator('[data-testid="doc-title"]').textContent()).toBe('Fixture paper on Aurora LNG 7');
  await screenshot(page, 'explorer-fixture-document');
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="document-view"]').waitFor({ state: 'hidden' });
});

test('the date range hides relations outside it, and the minimum confidence too', async () => {
  const { rels } = fixture;
  await page.fill('[data-testid="filter-from"]', '2024');
  expect(page.url()).toContain('from=2024');
  expect(await explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(rels.stake)})`)).toContain('filtered');
  await page.click('[data-testid="filter-reset"]');
  expect(await explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(rels.stake)})`)).not.toContain('filtered');
  await page.fill('[data-testid="filter-confidence"]', '0.85');
  expect(page.url()).toContain('c=0.85');
  expect(await explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(rels.partOf)})`)).toContain('filtered');
  expect(await explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(rels.stake)})`)).not.toContain('filtered');
  await page.click('[data-testid="filter-reset"]');
  expect(page.url()).not.toContain('c=');
});

test('labels switch to English, and the URL carries the language', async () => {
  await select(fixture.ids.trading);
  await page.selectOption('[data-testid="lang-toggle"]', 'en');
  await expect(page.locator('[data-testid="inspector-title"]').first().textContent()).resolves.toBe('Kitamura Trading');
  expect(page.url()).toContain('lang=en');
});

test('hide, pin, collapse and undo change the canvas and the URL', async () => {
  const { ids } = fixture;
  await select(ids.shipping);
  await page.click('[data-testid="action-hide"]');
  expect(page.url()).toContain(`h=${ids.shipping}`);
  expect(await explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(ids.shipping)})`)).toContain('hidden');
  await page.click('[data-testid="show-hidden"]');
  expect(page.url()).not.toContain('h=');
  // The same from the keyboard: Delete hides the selection, Escape clears it.
  await select(ids.shipping);
  await page.locator('[data-testid="canvas"]').click({ position: { x: 5, y: 5 } });
  await select(ids.shipping);
  await page.keyboard.press('Delete');
  expect(page.url()).toContain(`h=${ids.shipping}`);
  await page.click('[data-testid="show-hidden"]');
  await select(ids.aurora);
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="inspector-empty"]').waitFor();

  await select(ids.aurora);
  await page.click('[data-testid="action-pin"]');
  expect(page.url()).toContain(`p=${ids.aurora}`);
  expect(await explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(ids.aurora)})`)).toContain('pinned');

  const shared = page.url();
  const other = await session.newPage();
  await other.goto(shared);
  await waitForExplorer(other);
  expect((await explorerCall<string[]>(other, 'explorer.nodeIds()')).sort()).toEqual(await nodeIds());
  expect(await explorerCall<{ selected: string; lang: string }>(other, 'explorer.view()')).toMatchObject({ selected: ids.aurora, lang: 'en' });
  await expect(other.locator('[data-testid="inspector-title"]').first().textContent()).resolves.toBe('Aurora LNG 7');
  // The restored view knows what each expansion brought, so collapse works there too:
  // Kitamura Shipping goes; pinned Aurora stays (and Zembla, drawn through Aurora).
  await explorerCall<void>(other, `explorer.select(${JSON.stringify(ids.trading)})`);
  await other.click('[data-testid="action-collapse"]');
  const left = await explorerCall<string[]>(other, 'explorer.nodeIds()');
  expect(left).not.toContain(ids.shipping);
  expect(left).toEqual(expect.arrayContaining([ids.aurora, ids.trading]));
  await other.close();

  await select(ids.trading);
  await page.click('[data-testid="action-collapse"]');
  // Aurora is pinned, so it stays; Kitamura Shipping and Zembla came only from the expansions.
  expect(await nodeIds()).toEqual([ids.aurora, ids.trading].sort());
  expect(page.url()).not.toContain('x=');
});

test('search text is shown as text, never as markup, and an empty result says so', async () => {
  await page.fill('[data-testid="search-input"]', '<img src=x onerror=alert(1)>');
  const empty = page.locator('[data-testid="search-empty"]');
  await empty.waitFor();
  expect(await empty.textContent()).toContain('<img src=x onerror=alert(1)>');
  expect(await page.locator('.suggestions img').count()).toBe(0);
  await page.fill('[data-testid="search-input"]', '');
});

test('when the API fails, the search says what happened', async () => {
  const other = await session.newPage();
  await other.route('**/api/search?**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'graph_unavailable', message: 'The graph database is not reachable.' } }) }),
  );
  await other.goto(session.baseUrl);
  await waitForExplorer(other);
  await other.fill('[data-testid="search-input"]', 'Kitamura');
  const error = other.locator('[data-testid="search-error"]');
  await error.waitFor();
  expect(await error.textContent()).toBe('Search failed: The graph database is not reachable.');
  await other.close();
});

test('layouts switch from the toolbar, and the canvas exports as a PNG file', async () => {
  await page.selectOption('[data-testid="layout-select"]', 'concentric');
  await waitForCanvas(page, 'explorer.idle()');
  expect(page.url()).toContain('layout=concentric');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
  expect(download.suggestedFilename()).toMatch(/^graph-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await downloadedBytes(download);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  await page.selectOption('[data-testid="layout-select"]', 'fcose');
});

test('a link to an entity that is gone says so instead of failing', async () => {
  const other = await session.newPage();
  await other.goto(`${session.baseUrl}/?e=${fixture.prefix}-gone`);
  await waitForExplorer(other);
  await expect(other.locator('[data-testid="status"]').textContent()).resolves.toMatch(/no longer exist/);
  expect(await explorerCall<string[]>(other, 'explorer.nodeIds()')).toEqual([]);
  await other.close();
});

test('the render-timing harness draws synthetic graphs and reports the layout time', async () => {
  const timing = await explorerCall<{ nodes: number; edges: number; layoutMs: number; totalMs: number }>(page, 'explorer.loadSynthetic(200)');
  expect(timing).toMatchObject({ nodes: 100, edges: 100 });
  expect(timing.layoutMs).toBeGreaterThan(0);
  expect(timing.totalMs).toBeGreaterThanOrEqual(timing.layoutMs);
  await screenshot(page, 'explorer-synthetic-200');
  expect(session.pageErrors).toEqual([]);
});
