import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { closeExplorerPage, openExplorerPage, screenshot, type ExplorerSession } from '../../helpers/browser';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../../graph/analyst/fixtures';

// The audit view is the admins': it lists who did what, filtered by user, action and date;
// an analyst is not offered it.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const prefix = fixturePrefix('audv');
const names = { admin: `${prefix}-admin`, analyst: `${prefix}-analyst`, actor: `${prefix}-actor` };

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  await createUsers(graph, [
    { name: names.admin, role: 'admin' },
    { name: names.analyst, role: 'analyst' },
  ]);
  await graph.writeRows(
    `UNWIND $events AS e CREATE (:AuditEvent {id: e.id, at: e.at, actor: $actor, action: e.action, targetId: e.target, detail: '{"name":"<img src=x>"}'})`,
    {
      actor: names.actor,
      events: [
        { id: `${prefix}-1`, at: '2024-05-01T10:00:00.000Z', action: 'investigation.create', target: `${prefix}-inv` },
        { id: `${prefix}-2`, at: '2024-05-02T10:00:00.000Z', action: 'investigation.share', target: `${prefix}-inv` },
        { id: `${prefix}-3`, at: '2024-06-01T10:00:00.000Z', action: 'investigation.update', target: `${prefix}-inv` },
      ],
    },
  );
}, 600000);

afterAll(async () => {
  await graph?.writeRows('MATCH (e:AuditEvent) WHERE e.actor STARTS WITH $prefix DELETE e', { prefix });
  await removeUsers(graph, Object.values(names));
  await closeExplorerPage({ graph, session });
});

async function logIn(username: string): Promise<void> {
  await page.goto(`${session.baseUrl}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await page.fill('[data-testid="login-username"]', username);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
}

test('an admin filters the audit log by user, action and date', async () => {
  await logIn(names.admin);
  await page.click('[data-testid="audit-open"]');
  await page.locator(`[data-testid="audit-filter-actor"] option[value="${names.actor}"]`).waitFor({ state: 'attached' });
  await page.selectOption('[data-testid="audit-filter-actor"]', names.actor);
  await page.click('[data-testid="audit-apply"]');
  await page.locator('[data-testid="audit-summary"]', { hasText: 'of 3' }).waitFor();
  await page.fill('[data-testid="audit-filter-from"]', '2024-05-02');
  await page.fill('[data-testid="audit-filter-to"]', '2024-06-01');
  await page.click('[data-testid="audit-apply"]');
  await page.locator('[data-testid="audit-summary"]', { hasText: 'of 2' }).waitFor();
  expect(await page.locator('[data-testid="audit-action"]').allTextContents()).toEqual(['investigation.update', 'investigation.share']);
  await page.selectOption('[data-testid="audit-filter-action"]', 'investigation.share');
  await page.click('[data-testid="audit-apply"]');
  await page.locator('[data-testid="audit-summary"]', { hasText: 'of 1' }).waitFor();
  expect(await page.locator('[data-testid="audit-row"]').getAttribute('data-id')).toBe(`${prefix}-2`);
  // A detail is shown as text, never as markup.
  expect(await page.locator('[data-testid="audit-table"] img').count()).toBe(0);
  await screenshot(page, 'audit-view');
  expect(session.pageErrors).toEqual([]);
}, 300000);

test('an analyst is not offered the audit view', async () => {
  await page.click('[data-testid="logout"]');
  await logIn(names.analyst);
  expect(await page.locator('[data-testid="audit-open"]').isHidden()).toBe(true);
  expect(await page.locator('[data-testid="audit-view"]').isHidden()).toBe(true);
  expect(session.pageErrors).toEqual([]);
}, 300000);
