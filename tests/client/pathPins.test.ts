import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { closeExplorerPage, explorerCall, openExplorerPage, screenshot, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../graph/analyst/fixtures';

// Pinned paths stay listed across searches; two of them compared side by side show the hops
// they share and mark the ones they do not. From Mitsui to the United States: the sanctions
// path through Arctic LNG 2 against a path through Japan. A pinned path is saved with the
// investigation.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

const analyst = `${fixturePrefix('pins')}-analyst`;

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
}, 600000);

afterAll(async () => {
  await graph?.writeRows('MATCH (i:Investigation {owner: $owner}) DETACH DELETE i', { owner: analyst });
  await graph?.writeRows('MATCH (e:AuditEvent {actor: $owner}) DELETE e', { owner: analyst });
  if (graph) await removeUsers(graph, [analyst]);
  await closeExplorerPage({ graph, session });
});

async function findPaths(): Promise<void> {
  await page.click('[data-testid="path-find"]');
  await page.locator('[data-testid="path-card"], [data-testid="path-empty"], [data-testid="path-error"]').first().waitFor({ timeout: 30000 });
  await waitForCanvas(page, 'explorer.idle()');
}

const card = (hasText: string) =>
  page.locator('[data-testid="path-card"]').filter({ has: page.locator('[data-testid="path-chain"]', { hasText }) }).first();

test('pin two paths from Mitsui to the United States, search again, compare them', async () => {
  await page.goto(`${session.baseUrl}/?e=mitsui-and-co&s=mitsui-and-co`);
  await waitForExplorer(page);
  await page.fill('[data-testid="login-username"]', analyst);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
  await waitForCanvas(page, 'explorer.idle()');
  await page.click('[data-testid="action-path-from"]');
  await page.fill('[data-testid="path-to-input"]', 'United States');
  await page.locator('[data-testid="path-to-result"][data-id="united-states"]').click();
  await page.fill('[data-testid="path-max-hops"]', '3');
  await findPaths();

  await card('北極液化天然氣2號').locator('[data-testid="path-pin-add"]').click();
  await card('日本').locator('[data-testid="path-pin-add"]').click();
  expect(await page.locator('[data-testid="path-pin"]').count()).toBe(2);
  expect(await card('北極液化天然氣2號').locator('[data-testid="path-pin-add"]').textContent()).toBe('Pinned');
  const pinned = page.locator('[data-testid="path-pin"]');
  expect(await pinned.first().locator('[data-testid="path-pin-chain"]').textContent()).toBe('三井物產 → 北極液化天然氣2號 → 美國');
  expect(await pinned.first().textContent()).toMatch(/Path 1 · 2 hops · cost/);
  expect(await pinned.nth(1).locator('[data-testid="path-pin-caveats"]').textContent()).toMatch(/through a hub: Japan/);
  expect(await pinned.first().locator('[data-testid="path-pin-hop"]').count()).toBe(2);

  // A new search (other paths listed) leaves the pinned ones where they are.
  await page.fill('[data-testid="path-max-hops"]', '1');
  await findPaths();
  expect(await page.locator('[data-testid="path-pin"]').count()).toBe(2);

  // Shown again on the canvas: the pinned path alone is highlighted.
  await pinned.first().locator('[data-testid="path-pin-show"]').click();
  expect(await explorerCall<string[]>(page, 'explorer.classes("arctic-lng-2")')).toContain('path');
  await pinned.nth(1).locator('[data-testid="path-pin-show"]').click();
  expect(await explorerCall<string[]>(page, 'explorer.classes("arctic-lng-2")')).not.toContain('path');
  expect(await explorerCall<string[]>(page, 'explorer.classes("united-states")')).toContain('path');

  await page.click('[data-testid="path-compare-open"]');
  const columns = page.locator('[data-testid="path-compare-column"]');
  expect(await columns.count()).toBe(2);
  expect(await page.locator('[data-testid="path-compare-shared"]').textContent()).toMatch(/三井物產, 美國/);
  const arcticHops = columns.first().locator('[data-testid="path-compare-hop"]');
  expect(await arcticHops.count()).toBe(2);
  const marked = columns.first().locator('[data-testid="path-compare-hop"][data-differs="true"]');
  expect(await marked.count()).toBeGreaterThan(0);
  expect(await marked.first().textContent()).toMatch(/^≠ /);
  expect(await marked.first().evaluate((node) => getComputedStyle(node).backgroundColor)).toBe('rgb(253, 235, 208)');
  expect(await columns.first().locator('[data-testid="path-compare-own"]').textContent()).toMatch(/北極液化天然氣2號/);
  expect(await columns.nth(1).locator('[data-testid="path-compare-own"]').textContent()).toMatch(/日本/);
  await page.locator('[data-testid="path-compare"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'paths-pinned-compared');

  await pinned.nth(1).locator('[data-testid="path-unpin"]').click();
  expect(await page.locator('[data-testid="path-pin"]').count()).toBe(1);
  expect(await page.locator('[data-testid="path-compare-error"]').textContent()).toMatch(/two or more/);
  expect(session.pageErrors).toEqual([]);
});

test('the path still pinned is saved with the investigation as a chain', async () => {
  await page.click('[data-testid="investigations-toggle"]');
  await page.fill('[data-testid="investigation-name"]', 'Mitsui <b>routes</b>');
  await page.click('[data-testid="investigation-save-new"]');
  await page.locator('[data-testid="investigation-message"]', { hasText: 'Saved' }).waitFor();
  const [row] = await graph.readRows<{ canvas: string }>('MATCH (i:Investigation {owner: $owner}) RETURN i.canvas AS canvas', { owner: analyst });
  const chains = (JSON.parse(row.canvas) as { pinnedPaths: { nodes: string[]; edges: string[] }[] }).pinnedPaths;
  expect(chains[0]!.nodes).toEqual(['mitsui-and-co', 'arctic-lng-2', 'united-states']);
  expect(chains[0]!.edges).toHaveLength(2);
  expect(session.pageErrors).toEqual([]);
});
