import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';
import { explorerCall, normalisedText, screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// The analyst's main walk through the sample corpus: search 三井, put Mitsui on the canvas,
// expand it, find the paths to the United States, and read the evidence in its document.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  page = await session.newPage();
}, 600000);

afterAll(async () => {
  await session?.close();
  await graph?.close();
});

const nodeIds = () => explorerCall<string[]>(page, 'explorer.nodeIds()');

test('the explorer opens on an empty canvas with the ontology legend', async () => {
  await page.goto(session.baseUrl);
  await waitForExplorer(page);
  await expectVisible('[data-testid="canvas-empty"]');
  const legend = await page.locator('[data-testid="legend-types"] li').allTextContents();
  expect(legend.some((text) => text.includes('Firm'))).toBe(true);
  expect(await nodeIds()).toEqual([]);
  await screenshot(page, 'explorer-empty');
});

test('typing 三井 suggests Mitsui & Co. first, with its type and degree; picking it puts it on the canvas', async () => {
  await page.fill('[data-testid="search-input"]', '三井');
  const first = page.locator('[data-testid="search-result"]').first();
  await first.waitFor();
  const text = await first.textContent();
  expect(text).toMatch(/三井/);
  expect(text).toMatch(/Firm/);
  expect(text).toMatch(/\d+ links/);
  const mitsui = (await first.getAttribute('data-id'))!;
  await screenshot(page, 'explorer-search-mitsui');
  await first.click();
  await waitForCanvas(page, `explorer.nodeIds().includes(${JSON.stringify(mitsui)})`);
  await expectHidden('[data-testid="canvas-empty"]');
  expect(await page.locator('[data-testid="inspector-title"]').first().textContent()).toMatch(/三井/);
});

test('double-clicking Mitsui expands its neighbours, and undo takes them back', async () => {
  const [mitsui] = await nodeIds();
  await waitForCanvas(page, 'explorer.idle()');
  const before = (await nodeIds()).length;
  const at = await explorerCall<{ x: number; y: number }>(page, `explorer.pagePosition(${JSON.stringify(mitsui)})`);
  await page.mouse.dblclick(at.x, at.y);
  await waitForCanvas(page, `explorer.nodeIds().length > ${before}`);
  const expanded = (await nodeIds()).length;
  expect(expanded).toBeGreaterThan(before);
  expect(page.url()).toContain(`x=${encodeURIComponent(mitsui)}`);
  await screenshot(page, 'explorer-expanded-mitsui');

  await waitForCanvas(page, 'explorer.idle()');
  await page.click('[data-testid="undo"]');
  await waitForCanvas(page, `explorer.nodeIds().length === ${before}`);
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.nodeIds().length === ${expanded}`);
});

test('the path finder joins Mitsui to the United States, hop by hop with evidence', async () => {
  await page.click('[data-testid="action-path-from"]');
  await page.fill('[data-testid="path-to-input"]', 'United States');
  const target = page.locator('[data-testid="path-to-result"]').first();
  await target.waitFor();
  expect(await target.textContent()).toMatch(/United States|美國|美国/);
  await target.click();
  await page.fill('[data-testid="path-max-hops"]', '3');
  await page.click('[data-testid="path-find"]');
  const card = page.locator('[data-testid="path-card"]').first();
  await card.waitFor({ timeout: 30000 });
  const chain = await card.locator('[data-testid="path-chain"]').textContent();
  expect(chain).toMatch(/三井/);
  expect(chain).toMatch(/美國|美国|United States/);
  const explanations = await card.locator('[data-testid="path-hop-explanation"]').allTextContents();
  expect(explanations.length).toBeGreaterThanOrEqual(1);
  for (const explanation of explanations) expect(explanation.trim().length).toBeGreaterThan(5);
  expect(await card.locator('[data-testid="path-evidence-sentence"]').count()).toBeGreaterThanOrEqual(1);
  await screenshot(page, 'explorer-path-mitsui-united-states');
});

test('switching the labels to English rewrites the listed paths in English', async () => {
  await page.selectOption('[data-testid="lang-toggle"]', 'en');
  const chain = page.locator('[data-testid="path-chain"]', { hasText: 'Mitsui' }).first();
  await chain.waitFor();
  expect(await chain.textContent()).toMatch(/United States/);
  const explanation = await page.locator('[data-testid="path-hop-explanation"]').first().textContent();
  expect(explanation).toMatch(/Mitsui/);
  await page.selectOption('[data-testid="lang-toggle"]', 'zh');
  await page.locator('[data-testid="path-chain"]', { hasText: '三井' }).first().waitFor();
});

test('an evidence sentence opens its document scrolled to the highlighted sentence', async () => {
  const evidence = page.locator('[data-testid="path-card"]').first().locator('[data-testid="path-evidence-item"]').first();
  const sentence = (await evidence.locator('[data-testid="path-evidence-sentence"]').textContent())!.trim();
  await evidence.locator('[data-testid="path-evidence-open"]').click();
  const highlight = page.locator('[data-testid="doc-highlight"]');
  await highlight.waitFor();
  // The sentence as stored is normalised (full-width punctuation, joined lines); the document
  // shows the original text, so compare their normalised forms.
  expect(normalisedText(await highlight.textContent())).toContain(normalisedText(sentence).slice(0, 20));
  // Scrolled into view: the highlight sits inside the document pane's visible box.
  const [pane, mark] = await Promise.all([page.locator('[data-testid="doc-text"]').boundingBox(), highlight.boundingBox()]);
  expect(mark!.y).toBeGreaterThanOrEqual(pane!.y - 1);
  expect(mark!.y).toBeLessThan(pane!.y + pane!.height);
  await screenshot(page, 'explorer-document-evidence');
  await page.click('[data-testid="doc-close"]');
  await expectHidden('[data-testid="document-view"]');
});

test('a sentence in the document that states a relation not yet drawn puts it on the canvas', async () => {
  await page.locator('[data-testid="path-card"]').first().locator('[data-testid="path-evidence-open"]').first().click();
  await page.locator('[data-testid="doc-highlight"]').waitFor();
  const drawn = new Set(await explorerCall<string[]>(page, 'explorer.edgeIds()'));
  const relIds = await page.locator('[data-testid="doc-text"] [data-rel]').evaluateAll((spans) => spans.map((span) => span.getAttribute('data-rel') ?? ''));
  const fresh = relIds.find((id) => id && !drawn.has(id));
  expect(fresh).toBeDefined();
  await page.locator(`[data-testid="doc-text"] [data-rel="${fresh}"]`).first().click();
  await expectHidden('[data-testid="document-view"]');
  await waitForCanvas(page, `explorer.edgeIds().includes(${JSON.stringify(fresh)}) && explorer.view().selected === ${JSON.stringify(fresh)}`);
  await page.locator('[data-testid="relation-line"]').waitFor();
  await screenshot(page, 'explorer-relation-from-document');
  expect(session.pageErrors).toEqual([]);
});

async function expectVisible(selector: string): Promise<void> {
  await page.locator(selector).waitFor({ state: 'visible' });
}

async function expectHidden(selector: string): Promise<void> {
  await page.locator(selector).waitFor({ state: 'hidden' });
}
