import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { removeDocument } from '../../../graph/library';
import { documentId } from '../../../ingest/meta';
import { runIngest } from '../../../ingest/run';
import { closeExplorerPage, openExplorerPage, screenshot, waitForCanvas, waitForExplorer } from '../../helpers/browser';
import type { Graph } from '../../../graph/connection';
import type { ExplorerSession } from '../../helpers/browser';

// The reader shows a document with its structure and none of its markup: the Markdown paper's
// headings, emphasis and <sup> footnote markers, an HTML page's headings. A footnote marker
// opens its source; the side list puts an entity on the canvas; mentions are marked by type.

jest.setTimeout(300_000);

let opened: { graph: Graph; session: ExplorerSession; page: Page } | undefined;
let page: Page;
let dir: string;
let htmlFile: string;

beforeAll(async () => {
  opened = await openExplorerPage();
  page = opened.page;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-reader-'));
  htmlFile = path.join(dir, 'reader-korea-critical-minerals.en.html');
  fs.copyFileSync(path.join(__dirname, '../../fixtures/dev/docs/33-korea-critical-minerals.en.html'), htmlFile);
  await runIngest({ inputs: [htmlFile], graph: opened.graph });
}, 600_000);

afterAll(async () => {
  if (opened?.graph && htmlFile) await removeDocument(opened.graph, documentId(htmlFile));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (opened) await closeExplorerPage(opened);
});

async function openFromLibrary(fileText: string, title: RegExp): Promise<void> {
  await page.goto(opened!.session.baseUrl);
  await waitForExplorer(page);
  await page.click('[data-testid="library-open"]');
  await page.fill('[data-testid="library-q"]', fileText);
  const row = page.locator('[data-testid="library-row"]', { hasText: fileText }).first();
  await row.waitFor();
  await row.locator('[data-testid="library-title"]').click();
  await page.locator('[data-testid="doc-title"]', { hasText: title }).waitFor();
  await page.locator('[data-testid="doc-text"] p').first().waitFor();
}

const RAW_MARKUP = /<\/?sup>|<\/?[a-z]+>|\*\*|\\_|\]\(https?:/;

test('the Markdown paper is read without its markup, with headings, and a footnote superscript opens its source', async () => {
  await openFromLibrary('003_de7e3ed9aac2a254', /论日本提升全球资源获取能力/);
  const text = page.locator('[data-testid="doc-text"]');
  const shown = (await text.textContent()) ?? '';
  expect(shown).not.toMatch(RAW_MARKUP);
  const blocks = await text.locator('h2, h3, h4, h5, h6, p, div, li, td, th').allTextContents();
  expect(blocks.filter((b) => /^\s*#/.test(b))).toEqual([]);
  const headings = await text.locator('.doc-heading').allTextContents();
  expect(headings).toEqual(expect.arrayContaining(['二、日本获取全球资源的背景', '（一）战略资源的全球性依赖']));
  expect(await text.locator('strong', { hasText: '内容提要：' }).count()).toBe(1);

  // The wheat sentence's marker ① (after the footnote block its sentence runs through) opens the next page's footnote ①.
  const paragraph = text.locator('p', { hasText: '17.6%来自澳大利亚' });
  const marker = paragraph.locator('[data-testid="doc-marker"]').last();
  expect(await marker.textContent()).toBe('①');
  await marker.click();
  const source = page.locator('[data-testid="doc-source"]');
  await source.waitFor();
  expect(await source.locator('[data-testid="doc-source-text"]').textContent()).toMatch(/^「農林水産物輸出入概況/);
  expect(await source.locator('[data-testid="doc-source-url"]').getAttribute('href')).toBe('https://www.maff.go.jp/j/tokei/kouhyou/kokusai/attach/pdf/index-58.pdf');

  // A URL Markdown escaped (shoene\\_shinene) keeps its underscores: no backslash a browser would read as "/".
  await text.locator('p', { hasText: '并扩大氢能消费市场' }).locator('[data-testid="doc-marker"]').last().click();
  expect(await source.locator('[data-testid="doc-source-url"]').getAttribute('href')).toBe('https://www.meti.go.jp/shingikai/enecho/shoene_shinene/suiso_seisaku/pdf/20230606_2.pdf');
  await screenshot(page, 'reader-markdown');
});

test('mentions are marked by type on demand, and an entity of the side list is one click from the canvas', async () => {
  const text = page.locator('[data-testid="doc-text"]');
  expect(await text.locator('.mention.marked').count()).toBe(0);
  const toggle = page.locator('[data-testid="doc-type"]', { hasText: /^State$/ });
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  const marked = await text.locator('.mention.marked').evaluateAll((spans) => spans.map((s) => (s as HTMLElement).dataset.type));
  expect(marked.length).toBeGreaterThan(5);
  expect(new Set(marked)).toEqual(new Set(['State']));

  const entity = page.locator('[data-testid="doc-entity"]').first();
  const id = (await entity.getAttribute('data-entity'))!;
  await entity.click();
  await waitForCanvas(page, `explorer.nodeIds().includes(${JSON.stringify(id)})`);
  expect(await page.locator('[data-testid="document-view"]').isHidden()).toBe(true);
});

test('an HTML page is read with its headings and without tags or Markdown marks', async () => {
  await openFromLibrary('reader-korea-critical-minerals', /Korea's battery makers/);
  const text = page.locator('[data-testid="doc-text"]');
  const shown = (await text.textContent()) ?? '';
  expect(shown).not.toMatch(RAW_MARKUP);
  expect(shown).not.toMatch(/(^|\n)\s*#/);
  expect(await text.locator('.doc-heading', { hasText: "Korea's battery makers chase minerals" }).count()).toBeGreaterThanOrEqual(1);
  expect(await text.locator('p').count()).toBeGreaterThanOrEqual(6);
  expect(shown).toContain('LG Energy Solution (LGES)');
  await screenshot(page, 'reader-html');
  expect(opened!.session.pageErrors).toEqual([]);
});
