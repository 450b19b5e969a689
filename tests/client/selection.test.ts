import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { closeExplorerPage, explorerCall, openExplorerPage, screenshot, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// Seeing more at once, part one: an analyst selects several nodes (shift-click, shift-drag a
// box), acts on them from the context menu or the selection bar in one undoable step, and reads
// hover cards — which show names as text, markup included. Sample corpus, 1280 × 800.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const MITSUI = 'mitsui-and-co';
const MARKUP = `xsel-${Date.now()}-markup`;
const MARKUP_NAME = '<img src=x onerror="window.__pwned=1">Acme & <b>Co</b>';
const json = JSON.stringify;

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  await graph.writeRows(
    `CREATE (n:Entity:Firm {id: $id, type: 'Firm', name: $name, nameEn: $name, aliases: [$name], mentions: 1, searchText: $name})`,
    { id: MARKUP, name: MARKUP_NAME },
  );
}, 600000);

afterAll(async () => {
  await graph?.writeRows('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id: MARKUP }).catch(() => undefined);
  await closeExplorerPage({ graph, session });
});

const idle = () => waitForCanvas(page, 'explorer.idle()');
const position = async (id: string) => (await explorerCall<{ x: number; y: number } | null>(page, `explorer.pagePosition(${json(id)})`))!;
const selectedCount = async () => Number((await page.locator('[data-testid="selection-count"]').textContent())?.split(' ')[0] ?? 0);
const visibleNodes = () => explorerCall<{ visibleNodes: number }>(page, 'explorer.counts()').then((c) => c.visibleNodes);
/** Neighbours of Mitsui drawn inside the canvas (clickable), nearest the centre first. */
async function clickableNeighbours(): Promise<string[]> {
  const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
  const ids = (await explorerCall<string[]>(page, 'explorer.nodeIds()')).filter((id) => id !== MITSUI);
  const inside: string[] = [];
  for (const id of ids) {
    const at = await position(id);
    if (at.x > box.x + 20 && at.x < box.x + box.width - 20 && at.y > box.y + 60 && at.y < box.y + box.height - 20) inside.push(id);
  }
  return inside;
}

test('shift-click adds nodes to the selection; the context menu hides all of them in one undoable step', async () => {
  await page.goto(`${session.baseUrl}/?e=${MITSUI}`);
  // The first page of a run waits for a cold server on a busy machine.
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await idle();
  await explorerCall(page, `explorer.select(${json(MITSUI)})`);
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.classes(${json(MITSUI)}).includes('expanded') && explorer.idle()`);
  const total = await visibleNodes();
  expect(total).toBeGreaterThan(3);
  const [a, b] = await clickableNeighbours();
  const mitsui = await position(MITSUI);
  await page.mouse.click(mitsui.x, mitsui.y);
  await page.keyboard.down('Shift');
  for (const id of [a, b]) {
    // Two clicks within Cytoscape's 250 ms would be a double click (an expansion).
    await page.waitForTimeout(400);
    const at = await position(id);
    await page.mouse.click(at.x, at.y);
  }
  await page.keyboard.up('Shift');
  await page.locator('[data-testid="selection-bar"]').waitFor();
  expect(await selectedCount()).toBe(3);
  await screenshot(page, 'selection-shift-click');

  await page.waitForTimeout(400);
  const at = await position(a);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.locator('[data-testid="context-menu"]').waitFor();
  await expect(page.locator('[data-testid="menu-hide"]').textContent()).resolves.toBe('Hide 3');
  await screenshot(page, 'selection-context-menu');
  await page.click('[data-testid="menu-hide"]');
  expect(await visibleNodes()).toBe(total - 3);
  await page.click('[data-testid="undo"]');
  expect(await visibleNodes()).toBe(total);
  // The three come back selected.
  await page.locator('[data-testid="selection-bar"]').waitFor();
  expect(await selectedCount()).toBe(3);
});

test('shift-dragging a box selects the nodes inside it; the selection bar removes them together', async () => {
  const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
  const before = (await explorerCall<string[]>(page, 'explorer.nodeIds()')).length;
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x + 5, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width - 5, box.y + box.height - 5, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.locator('[data-testid="selection-bar"]').waitFor();
  expect(await selectedCount()).toBeGreaterThanOrEqual(before);
  await screenshot(page, 'selection-box');
  await page.click('[data-testid="selection-remove"]');
  expect(await explorerCall<string[]>(page, 'explorer.nodeIds()')).toEqual([]);
  await page.click('[data-testid="undo"]');
  expect((await explorerCall<string[]>(page, 'explorer.nodeIds()')).length).toBe(before);
});

test('a hover card tells type, name, degree and a line of evidence', async () => {
  await explorerCall(page, 'explorer.select(null)');
  const at = await position(MITSUI);
  await page.mouse.move(at.x, at.y);
  const card = page.locator('[data-testid="hover-card"]');
  await card.waitFor();
  await expect(card.locator('[data-testid="hover-name"]').textContent()).resolves.toBe('三井物產');
  expect(await card.locator('[data-testid="hover-degree"]').textContent()).toMatch(/\d+ links in the graph · \d+ drawn/);
  await waitForEvidence();
  expect((await card.locator('[data-testid="hover-evidence"]').textContent())!.length).toBeGreaterThan(5);
  await screenshot(page, 'selection-hover-card');
  await page.mouse.move(5, 5);
});

async function waitForEvidence(): Promise<void> {
  const line = page.locator('[data-testid="hover-evidence"]');
  for (let tries = 0; tries < 50 && (await line.textContent()) === '…'; tries += 1) await page.waitForTimeout(100);
}

test('names with markup stay text in the hover card and the menu', async () => {
  await page.goto(`${session.baseUrl}/?e=${MARKUP}`);
  await waitForExplorer(page);
  await idle();
  const at = await position(MARKUP);
  await page.mouse.move(at.x, at.y);
  const card = page.locator('[data-testid="hover-card"]');
  await card.waitFor();
  await expect(card.locator('[data-testid="hover-name"]').textContent()).resolves.toBe(MARKUP_NAME);
  expect(await card.locator('img, b').count()).toBe(0);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.locator('[data-testid="context-menu"]').waitFor();
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  await page.keyboard.press('Escape');
  expect(await page.locator('[data-testid="context-menu"]').count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('expanding two selected projects from the selection bar is one undoable step', async () => {
  await page.goto(`${session.baseUrl}/?e=${MITSUI}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await idle();
  await explorerCall(page, `explorer.select(${json(MITSUI)})`);
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.classes(${json(MITSUI)}).includes('expanded') && explorer.idle()`);
  const before = (await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort();
  const projects = ['arctic-lng-2', 'sakhalin-2'];
  expect(before).toEqual(expect.arrayContaining(projects));
  const first = await position(projects[0]);
  await page.mouse.click(first.x, first.y);
  await page.waitForTimeout(400);
  const second = await position(projects[1]);
  await page.keyboard.down('Shift');
  await page.mouse.click(second.x, second.y);
  await page.keyboard.up('Shift');
  await page.locator('[data-testid="selection-bar"]').waitFor();
  await page.click('[data-testid="selection-expand"]');
  await waitForCanvas(page, projects.map((id) => `explorer.classes(${json(id)}).includes('expanded')`).join(' && ') + ' && explorer.idle()');
  expect((await explorerCall<string[]>(page, 'explorer.nodeIds()')).length).toBeGreaterThan(before.length);
  await screenshot(page, 'selection-expanded-together');
  await page.click('[data-testid="undo"]');
  expect((await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort()).toEqual(before);
  expect(session.pageErrors).toEqual([]);
});
