import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { explorerCall, screenshot, startExplorer, waitForCanvas, type ExplorerSession } from '../../helpers/browser';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../../graph/analyst/fixtures';

// An analyst saves the canvas as an investigation and shares it with a colleague, who opens it
// from their list exactly as it was left — the same entities at the same places on screen — while
// an account it was not shared with is refused.

let graph: Graph;
let session: ExplorerSession;
const prefix = fixturePrefix('invb');
const names = { alice: `${prefix}-alice`, bob: `${prefix}-bob`, carol: `${prefix}-carol` };
const json = JSON.stringify;
let entities: string[];
let saved: { id: string; positions: Record<string, { x: number; y: number }>; nodes: string[] };

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  await createUsers(graph, Object.values(names).map((name) => ({ name, role: 'analyst' as const })));
  // Three well-connected entities of the sample corpus, linked to each other.
  const rows = await graph.readRows<{ ids: string[] }>(
    `MATCH (a:Entity)-[r1]-(b:Entity)-[r2]-(c:Entity) WHERE a <> c AND NOT r1:RELATED_TO AND NOT r2:RELATED_TO
     WITH a, b, c ORDER BY a.mentions + b.mentions + c.mentions DESC, a.id, b.id, c.id LIMIT 1
     RETURN [a.id, b.id, c.id] AS ids`,
  );
  entities = rows[0].ids;
}, 600000);

afterAll(async () => {
  await graph?.writeRows('MATCH (i:Investigation) WHERE i.owner STARTS WITH $prefix DETACH DELETE i', { prefix });
  await graph?.writeRows('MATCH (e:AuditEvent) WHERE e.actor STARTS WITH $prefix DELETE e', { prefix });
  await removeUsers(graph, Object.values(names));
  await session?.close();
  await graph?.close();
});

/** Three pages and two reloads: allow for a busy machine. */
const slow = 300000;
const waitForExplorer = (page: Page) => page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });

async function logIn(page: Page, username: string): Promise<void> {
  await page.fill('[data-testid="login-username"]', username);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
}

/** Where each entity stands on the canvas (from its top-left corner), as the analyst sees it. */
async function positions(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  const box = (await page.locator('[data-testid="canvas"]').boundingBox())!;
  const out: Record<string, { x: number; y: number }> = {};
  for (const id of ids) {
    const at = (await explorerCall<{ x: number; y: number }>(page, `explorer.pagePosition(${json(id)})`))!;
    out[id] = { x: at.x - box.x, y: at.y - box.y };
  }
  return out;
}

test('an analyst saves the canvas, moved by hand, as an investigation and shares it to read', async () => {
  const page = await session.newPage();
  await page.goto(`${session.baseUrl}/?e=${entities.join(',')}`);
  await waitForExplorer(page);
  await logIn(page, names.alice);
  await waitForCanvas(page, 'explorer.idle()', 120000);
  // Drag one entity away from where the layout put it: the investigation keeps where it was left.
  const from = (await explorerCall<{ x: number; y: number }>(page, `explorer.pagePosition(${json(entities[0])})`))!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 90, from.y + 60, { steps: 8 });
  await page.mouse.up();
  await waitForCanvas(page, 'explorer.idle()', 120000);
  const dragged = (await positions(page, [entities[0]]))[entities[0]];

  await page.click('[data-testid="investigations-toggle"]');
  await page.fill('[data-testid="investigation-name"]', 'Financing <i>Arctic</i> LNG');
  await page.fill('[data-testid="investigation-notes"]', 'Who pays for the trains?');
  await page.click('[data-testid="investigation-save-new"]');
  await page.locator('[data-testid="investigation-message"]', { hasText: 'Saved' }).waitFor();
  await page.fill('[data-testid="share-username"]', names.bob);
  await page.click('[data-testid="share-submit"]');
  await page.locator(`[data-testid="investigation-shares"] li[data-username="${names.bob}"]`).waitFor();
  // The name is shown as text, never as markup.
  expect(await page.locator('[data-testid="investigation-list-name"]', { hasText: 'Financing <i>Arctic</i> LNG' }).count()).toBe(1);
  expect(await page.locator('[data-testid="investigation-list"] i').count()).toBe(0);

  const nodes = (await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort();
  const [row] = await graph.readRows<{ id: string }>('MATCH (i:Investigation {owner: $owner}) RETURN i.id AS id', { owner: names.alice });
  saved = { id: row.id, nodes, positions: await positions(page, nodes) };
  expect(saved.positions[entities[0]]).toEqual(dragged);
  await screenshot(page, 'investigation-saved');
  await page.close();
  expect(session.pageErrors).toEqual([]);
}, slow);

test('the colleague it was shared with opens it from their list: the same entities at the same places', async () => {
  const page = await session.newPage();
  await page.goto(`${session.baseUrl}/`);
  await waitForExplorer(page);
  await logIn(page, names.bob);
  await page.click('[data-testid="investigations-toggle"]');
  const row = page.locator(`[data-testid="investigation-list"] li[data-id="${saved.id}"]`);
  await row.waitFor();
  await row.locator('[data-testid="investigation-open"]').click();
  await page.waitForURL(/inv=/);
  await waitForExplorer(page);
  await waitForCanvas(page, `explorer.nodeIds().length === ${saved.nodes.length} && explorer.idle()`, 120000);
  expect((await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort()).toEqual(saved.nodes);
  const seen = await positions(page, saved.nodes);
  for (const id of saved.nodes) {
    expect(Math.abs(seen[id].x - saved.positions[id].x)).toBeLessThan(1.5);
    expect(Math.abs(seen[id].y - saved.positions[id].y)).toBeLessThan(1.5);
  }
  await page.click('[data-testid="investigations-toggle"]');
  expect(await page.locator('[data-testid="investigation-current"]').textContent()).toContain('(read)');
  expect(await page.locator('[data-testid="investigation-notes"]').inputValue()).toBe('Who pays for the trains?');
  await expect(page.locator('[data-testid="investigation-save"]').isDisabled()).resolves.toBe(true);
  expect(await page.locator('[data-testid="investigation-sharing"]').count()).toBe(0);
  await screenshot(page, 'investigation-opened-by-colleague');
  await page.close();
  expect(session.pageErrors).toEqual([]);
}, slow);

test('an account it was not shared with is refused: 403 from the API, and the explorer says so', async () => {
  const page = await session.newPage();
  await page.goto(`${session.baseUrl}/`);
  await waitForExplorer(page);
  await logIn(page, names.carol);
  const answer = await page.request.get(`${session.baseUrl}/api/investigations/${saved.id}`);
  expect(answer.status()).toBe(403);
  await page.goto(`${session.baseUrl}/?inv=${saved.id}`);
  await waitForExplorer(page);
  await page.locator('[data-testid="investigation-error"]', { hasText: 'not shared with you' }).waitFor();
  expect(await explorerCall<string[]>(page, 'explorer.nodeIds()')).toEqual([]);
  await screenshot(page, 'investigation-refused');
  await page.close();
  expect(session.pageErrors).toEqual([]);
}, slow);
