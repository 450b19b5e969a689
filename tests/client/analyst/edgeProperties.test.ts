import type { Graph } from '../../../graph/connection';
import type { Page } from 'playwright-core';
import { closeExplorerPage, explorerCall, openExplorerPage, screenshot, waitForCanvas, type ExplorerSession } from '../../helpers/browser';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, testPassword, type Fixture } from '../../graph/analyst/fixtures';

// An analyst asserts a stake with its share and date — the fields the ontology gives the type —
// and the inspector shows them on the new edge.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
let f: Fixture;
const prefix = fixturePrefix('epb');
const analyst = `${prefix}-analyst`;
const json = JSON.stringify;

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  f = await createFixture(graph, prefix);
  await graph.writeRows('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
}, 600000);

afterAll(async () => {
  await graph?.writeRows('MATCH (n:AuditEvent {actor: $analyst}) DELETE n', { analyst });
  await removeUsers(graph, [analyst]);
  await removeFixture(graph, prefix);
  await closeExplorerPage({ graph, session });
});

test("a new stake's share and date are asked for, stored and shown in the inspector", async () => {
  await page.goto(`${session.baseUrl}/?e=${f.firm},${f.state}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await page.fill('[data-testid="login-username"]', analyst);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
  await waitForCanvas(page, 'explorer.idle()', 120000);
  await explorerCall(page, `explorer.select(${json(f.state)})`);
  await page.locator('[data-testid="inspector-analyst-actions"] summary', { hasText: 'New edge' }).click();
  await page.selectOption('[data-testid="new-edge-type"]', 'HOLDS_STAKE_IN');
  // The stake's own fields, and none of another type's.
  await page.locator('[data-testid="new-edge-prop-share"]').waitFor();
  expect(await page.locator('[data-testid="new-edge-prop-role"]').count()).toBe(0);
  await page.fill('[data-testid="new-edge-prop-share"]', '0.25');
  await page.fill('[data-testid="new-edge-prop-date"]', '2024-06');
  await page.fill('[data-testid="new-edge-target-input"]', `${prefix} Trading`);
  await page.locator(`[data-testid="new-edge-target-result"][data-id="${f.firm}"]`).click();
  await page.fill('[data-testid="new-edge-justification"]', 'State holding disclosed in the annual report.');
  const before = await explorerCall<string[]>(page, 'explorer.edgeIds()');
  await page.click('[data-testid="new-edge-submit"]');
  await waitForCanvas(page, `explorer.edgeIds().length > ${before.length} && explorer.idle()`, 120000);
  const [added] = (await explorerCall<string[]>(page, 'explorer.edgeIds()')).filter((id) => !before.includes(id));
  await explorerCall(page, `explorer.select(${json(added)})`);
  const props = page.locator('[data-testid="relation-props"]');
  await props.waitFor();
  expect(await props.locator('[data-testid="prop-date"]').textContent()).toBe('2024-06');
  expect(await props.locator('.prop', { hasText: 'share' }).locator('dd').textContent()).toBe('0.25');
  await screenshot(page, 'analyst-edge-properties');
  expect(session.pageErrors).toEqual([]);
}, 300000);
