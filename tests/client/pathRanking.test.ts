import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { screenshot, closeExplorerPage, openExplorerPage, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// The path finder ranks paths by what they tell: from Mitsui to the United States the sanctions
// path through Arctic LNG 2 is listed first, the ones through Japan after it with their caveats.
// Exclusions and co-occurrence links change what is found.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

beforeAll(async () => ({ graph, session, page } = await openExplorerPage()), 600000);

afterAll(() => closeExplorerPage({ graph, session }));

async function pickEnd(which: 'to' | 'avoid', text: string, id: string): Promise<void> {
  await page.fill(`[data-testid="path-${which}-input"]`, text);
  await page.locator(`[data-testid="path-${which}-result"][data-id="${id}"]`).click();
}

async function findPaths(): Promise<void> {
  // The click clears the list at once; what appears next is this search's answer.
  await page.click('[data-testid="path-find"]');
  await page.locator('[data-testid="path-card"], [data-testid="path-empty"], [data-testid="path-error"]').first().waitFor({ timeout: 30000 });
  await waitForCanvas(page, 'explorer.idle()');
}

const chains = () => page.locator('[data-testid="path-chain"]').allTextContents();

test('Mitsui → United States lists the sanctions path through Arctic LNG 2 first', async () => {
  await page.goto(`${session.baseUrl}/?e=mitsui-and-co&s=mitsui-and-co`);
  await waitForExplorer(page);
  await waitForCanvas(page, 'explorer.idle()');
  await page.click('[data-testid="action-path-from"]');
  await pickEnd('to', 'United States', 'united-states');
  await page.fill('[data-testid="path-max-hops"]', '3');
  await findPaths();
  const listed = await chains();
  expect(listed.length).toBeGreaterThan(1);
  expect(listed[0]).toBe('三井物產 → 北極液化天然氣2號 → 美國');
  const first = page.locator('[data-testid="path-card"]').first();
  expect(await first.locator('[data-testid="path-caveats"]').count()).toBe(0);
  expect((await first.locator('[data-testid="path-hop-explanation"]').allTextContents()).join(' ')).toMatch(/制裁/);
  // A path through Japan comes later, saying why it tells less.
  const viaJapan = page.locator('[data-testid="path-card"]').filter({ has: page.locator('[data-testid="path-chain"]', { hasText: '日本' }) }).first();
  expect(await viaJapan.locator('[data-testid="path-caveats"]').textContent()).toMatch(/through a hub: Japan/);
  await screenshot(page, 'paths-ranked-sanctions-first');
  expect(session.pageErrors).toEqual([]);
});

test('avoiding Arctic LNG 2 leaves the paths that do not pass through it', async () => {
  await pickEnd('avoid', 'Arctic LNG 2', 'arctic-lng-2');
  await page.locator('[data-testid="path-avoided"] li[data-id="arctic-lng-2"]').waitFor();
  await findPaths();
  const listed = await chains();
  expect(listed.length).toBeGreaterThan(0);
  for (const chain of listed) expect(chain).not.toContain('北極液化天然氣2號');
  await page.click('[data-testid="path-avoided-remove"]');
  expect(session.pageErrors).toEqual([]);
});

test('Mitsui and Mitsubishi, named in one sentence, are joined once co-occurrence links are included', async () => {
  await pickEnd('to', 'Mitsubishi Corporation', 'mitsubishi-corp');
  await page.fill('[data-testid="path-max-hops"]', '1');
  await findPaths();
  expect(await page.locator('[data-testid="path-empty"]').textContent()).toMatch(/co-occurrence/);
  await page.check('[data-testid="path-inferred"]');
  await findPaths();
  await screenshot(page, 'paths-cooccurrence');
  const [chain] = await chains();
  expect(chain).toBe('三井物產 → 三菱商事');
  expect(await page.locator('[data-testid="path-caveats"]').first().textContent()).toMatch(/RELATED_TO/);
  expect(session.pageErrors).toEqual([]);
});
