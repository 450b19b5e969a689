import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { explorerCall, screenshot, closeExplorerPage, openExplorerPage, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// The hub safeguard: expanding Japan (more neighbours than the threshold in the sample corpus)
// asks how instead of drawing a starburst; the analyst draws the five best-connected states.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const JAPAN = 'japan';
const json = JSON.stringify;

beforeAll(async () => ({ graph, session, page } = await openExplorerPage()), 600000);

afterAll(() => closeExplorerPage({ graph, session }));

const nodeIds = () => explorerCall<string[]>(page, 'explorer.nodeIds()');

async function askToExpandJapan(): Promise<void> {
  await waitForCanvas(page, 'explorer.idle()');
  await explorerCall(page, `explorer.select(${json(JAPAN)})`);
  await page.click('[data-testid="action-expand"]');
  await page.locator('[data-testid="hub-dialog"]').waitFor();
}

test('expanding Japan asks how, with its neighbours counted by relationship and entity type', async () => {
  await page.goto(`${session.baseUrl}/?e=${JAPAN}`);
  await waitForExplorer(page);
  await askToExpandJapan();
  const title = (await page.locator('[data-testid="hub-title"]').textContent())!;
  const total = Number(/has (\d+) neighbours/.exec(title)?.[1]);
  expect(total).toBeGreaterThan(40);
  expect(await page.locator('[data-testid="hub-type-State"]').count()).toBe(1);
  expect(await page.locator('[data-testid^="hub-rel-"]').count()).toBeGreaterThan(1);
  await screenshot(page, 'hub-asks-how');
  // Nothing was drawn while the question is open.
  expect(await nodeIds()).toEqual([JAPAN]);

  await page.click('[data-testid="hub-cancel"]');
  await page.locator('[data-testid="hub-dialog"]').waitFor({ state: 'detached' });
  await waitForCanvas(page, 'explorer.idle()');
  expect(await nodeIds()).toEqual([JAPAN]);
  expect(session.pageErrors).toEqual([]);
});

test('the analyst draws the five most connected states instead of the starburst', async () => {
  await askToExpandJapan();
  await page.check('[data-testid="hub-type-State"]');
  await page.fill('[data-testid="hub-limit"]', '5');
  await page.selectOption('[data-testid="hub-order"]', 'degree');
  await page.click('[data-testid="hub-expand"]');
  await waitForCanvas(page, `explorer.classes(${json(JAPAN)}).includes('expanded') && explorer.idle()`);
  const neighbours = (await nodeIds()).filter((id) => id !== JAPAN);
  expect(neighbours).toHaveLength(5);
  for (const id of neighbours) expect((await explorerCall<{ type: string }>(page, `explorer.data(${json(id)})`)).type).toBe('State');
  // Most connected first: Russia (a hub of the corpus) is among them.
  expect(neighbours).toContain('russia');
  await screenshot(page, 'hub-top-five-states');
  expect(session.pageErrors).toEqual([]);
});
