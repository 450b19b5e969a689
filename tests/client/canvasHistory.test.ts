import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { explorerCall, screenshot, closeExplorerPage, openExplorerPage, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// Undo and redo cover every canvas action (expand, hide, remove, layout), the toolbar fits in one
// row at 1280 px, and a node's full name shows on hover. Sample corpus names.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const MITSUI = 'mitsui-and-co';
const json = JSON.stringify;

beforeAll(async () => ({ graph, session, page } = await openExplorerPage()), 600000);

afterAll(() => closeExplorerPage({ graph, session }));

const nodeIds = async () => (await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort();
const visible = () => explorerCall<{ visibleNodes: number }>(page, 'explorer.counts()').then((c) => c.visibleNodes);
const position = (id: string) => explorerCall<{ x: number; y: number } | null>(page, `explorer.pagePosition(${json(id)})`);
const idle = () => waitForCanvas(page, 'explorer.idle()');

test('the toolbar fits in one row at 1280 px', async () => {
  await page.goto(`${session.baseUrl}/?e=${MITSUI}`);
  await waitForExplorer(page);
  await idle();
  const [bar, toolbar] = await Promise.all([page.locator('header.topbar').boundingBox(), page.locator('[data-testid="toolbar"]').boundingBox()]);
  expect(toolbar!.x + toolbar!.width).toBeLessThanOrEqual(1280);
  expect(bar!.height).toBeLessThan(48);
  await screenshot(page, 'toolbar-1280');
});

test("hovering a node shows its full name in both languages", async () => {
  const at = (await position(MITSUI))!;
  await page.mouse.move(at.x, at.y);
  const title = () => page.locator('[data-testid="canvas"]').getAttribute('title');
  for (let tries = 0; tries < 50 && !(await title()); tries += 1) await page.waitForTimeout(100);
  expect(await title()).toBe('三井物產 · Mitsui & Co.');
});

test('expand, hide, remove and a new layout are undone one by one, and redone', async () => {
  await explorerCall(page, `explorer.select(${json(MITSUI)})`);
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.classes(${json(MITSUI)}).includes('expanded') && explorer.idle()`);
  const expanded = await nodeIds();
  expect(expanded.length).toBeGreaterThan(2);
  const [hiddenOne, removedOne] = expanded.filter((id) => id !== MITSUI);

  await explorerCall(page, `explorer.select(${json(hiddenOne)})`);
  await page.click('[data-testid="action-hide"]');
  expect(await visible()).toBe(expanded.length - 1);
  await explorerCall(page, `explorer.select(${json(removedOne)})`);
  await page.click('[data-testid="action-remove"]');
  expect(await nodeIds()).not.toContain(removedOne);
  const placed = (await position(MITSUI))!;
  await page.selectOption('[data-testid="layout-select"]', 'concentric');
  await idle();
  const moved = (await position(MITSUI))!;
  expect(Math.hypot(moved.x - placed.x, moved.y - placed.y)).toBeGreaterThan(1);

  await page.click('[data-testid="undo"]'); // the layout
  const back = (await position(MITSUI))!;
  expect(Math.hypot(back.x - placed.x, back.y - placed.y)).toBeLessThan(1);
  expect(await page.inputValue('[data-testid="layout-select"]')).toBe('fcose');
  await page.click('[data-testid="undo"]'); // the removal
  expect(await nodeIds()).toEqual(expanded);
  await page.click('[data-testid="undo"]'); // the hide
  expect(await visible()).toBe(expanded.length);
  await page.click('[data-testid="undo"]'); // the expansion
  expect(await nodeIds()).toEqual([MITSUI]);

  await page.click('[data-testid="redo"]');
  expect(await nodeIds()).toEqual(expanded);
  expect(await explorerCall<string[]>(page, `explorer.classes(${json(MITSUI)})`)).toContain('expanded');
  await page.click('[data-testid="redo"]');
  expect(await visible()).toBe(expanded.length - 1);
  await screenshot(page, 'canvas-undo-redo');
  expect(session.pageErrors).toEqual([]);
});
