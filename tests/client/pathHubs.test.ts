import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { closeExplorerPage, openExplorerPage, screenshot, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';
import { warmUp } from '../helpers/warm';

// The hub safeguard for paths: Mitsui → United States would list path after path through
// Japan and Russia; the path finder lists at most two through hubs, names the hubs, and asks —
// avoid one, or let them all in.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  await warmUp(session);
}, 600000);

afterAll(() => closeExplorerPage({ graph, session }));

async function pickEnd(which: string, text: string, id: string): Promise<void> {
  await page.fill(`[data-testid="path-${which}-input"]`, text);
  await page.locator(`[data-testid="path-${which}-result"][data-id="${id}"]`).click();
}

async function listed(): Promise<void> {
  await page.locator('[data-testid="path-card"], [data-testid="path-empty"], [data-testid="path-error"], [data-testid="path-hubs"]').first().waitFor({ timeout: 30000 });
  await waitForCanvas(page, 'explorer.idle()');
}

const hubCards = () => page.locator('[data-testid="path-card"]').filter({ has: page.locator('[data-testid="path-caveats"]', { hasText: 'through a hub' }) });

test('paths through hubs are capped, the hubs named, and the analyst asked', async () => {
  await page.goto(`${session.baseUrl}/?e=mitsui-and-co&s=mitsui-and-co`);
  await waitForExplorer(page);
  await waitForCanvas(page, 'explorer.idle()');
  await page.click('[data-testid="action-path-from"]');
  await pickEnd('to', 'United States', 'united-states');
  await page.fill('[data-testid="path-max-hops"]', '3');
  await page.selectOption('[data-testid="path-mode"]', 'k');
  await page.click('[data-testid="path-find"]');
  await listed();
  const notice = page.locator('[data-testid="path-hubs"]');
  await notice.waitFor();
  expect(await notice.locator('[data-testid="path-hub"][data-id="japan"]').count()).toBe(1);
  const capped = await hubCards().count();
  expect(capped).toBeLessThanOrEqual(2);
  await screenshot(page, 'path-hubs-capped');

  // Let them all in: at least as many hub paths, and the offer to cap them again.
  await notice.locator('[data-testid="path-hubs-include"]').click();
  await page.locator('[data-testid="path-hubs-cap"]').waitFor();
  await waitForCanvas(page, 'explorer.idle()');
  expect(await hubCards().count()).toBeGreaterThanOrEqual(capped);

  // Avoid Japan: it joins the avoided entities, and no path passes through it.
  await page.locator('[data-testid="path-hub"][data-id="japan"] [data-testid="path-hub-avoid"]').click();
  await page.locator('[data-testid="path-avoided"] li[data-id="japan"]').waitFor();
  await listed();
  await waitForCanvas(page, 'explorer.idle()');
  for (const chain of await page.locator('[data-testid="path-chain"]').allTextContents()) expect(chain).not.toContain('日本');
  await screenshot(page, 'path-hubs-japan-avoided');
  expect(session.pageErrors).toEqual([]);
}, 180000);
