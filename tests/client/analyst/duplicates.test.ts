import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { explorerCall, screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../../helpers/browser';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../../graph/analyst/fixtures';
import { warmUp } from '../../helpers/warm';
import { createDuplicateFixture, removeDuplicateFixture, type DuplicateFixture } from '../../graph/analyst/duplicateFixtures';

// An analyst reviews duplicates: the list names each pair with its reasons, a pair is compared
// side by side with its evidence and merged from there (the duplicate leaves the canvas at
// once), and a pair dismissed as different does not come back, not even after a reload.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
let f: DuplicateFixture;
const prefix = fixturePrefix('dub');
const analyst = `${prefix}-analyst`;
const json = JSON.stringify;

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  f = await createDuplicateFixture(graph, prefix);
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
  await warmUp(session);
  page = await session.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
}, 600000);

afterAll(async () => {
  await graph?.writeRows('MATCH (n:AuditEvent {actor: $analyst}) DELETE n', { analyst });
  await removeUsers(graph, [analyst]);
  await removeDuplicateFixture(graph, prefix);
  await session?.close();
  await graph?.close();
});

const row = (a: string, b: string) => page.locator(`[data-testid="duplicate-row"][data-keep="${a}"][data-merge="${b}"]`);

async function openReview(): Promise<void> {
  await page.click('[data-testid="duplicates-open"]');
  await page.locator('[data-testid="duplicates-note"]', { hasText: 'candidate pairs' }).waitFor();
}

test('a duplicate pair is compared side by side and merged from the review list', async () => {
  await page.goto(`${session.baseUrl}/?e=${f.treatyHant},${f.treatyHans},${f.state}`);
  await waitForExplorer(page);
  // Only analysts review.
  expect(await page.locator('[data-testid="duplicates-open"]').isHidden()).toBe(true);
  await page.fill('[data-testid="login-username"]', analyst);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
  await waitForCanvas(page, `explorer.nodeIds().includes(${json(f.treatyHans)}) && explorer.idle()`);

  await openReview();
  const treaty = row(f.treatyHant, f.treatyHans);
  expect(await treaty.locator('[data-kind="same-name"]').textContent()).toBe(`${f.names.treatyHant} = ${f.names.treatyHans}`);
  expect(await treaty.locator('[data-kind="neighbours"]').count()).toBe(1);
  await treaty.locator('[data-testid="duplicate-compare-open"]').click();
  const compared = page.locator('[data-testid="duplicate-compare"]');
  await compared.waitFor();
  expect(await compared.locator('[data-testid="duplicate-side-left"]').getAttribute('data-id')).toBe(f.treatyHant);
  expect(await compared.locator('[data-testid="duplicate-side-right"]').getAttribute('data-id')).toBe(f.treatyHans);
  expect(await compared.locator('[data-testid="duplicate-side-left"] [data-testid="duplicate-evidence"] q').textContent()).toBe(f.sentence);
  expect(await compared.locator('[data-testid="duplicate-side-right"] [data-shared="true"]').count()).toBe(2);
  await screenshot(page, 'duplicates-compared');

  await compared.locator('[data-testid="duplicate-keep-left"]').click();
  await treaty.waitFor({ state: 'detached' });
  // The duplicate left the canvas; its edge to the state is drawn from the entity kept.
  await waitForCanvas(page, `!explorer.nodeIds().includes(${json(f.treatyHans)}) && explorer.idle()`);
  await waitForCanvas(page, `explorer.edgesBetween(${json(f.treatyHant)}, ${json(f.state)}).includes(${json(`${f.treatyHans}-in`)})`);
  const merged = await graph.readRows('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases', { id: f.treatyHant });
  expect(merged[0].aliases).toContain(f.names.treatyHans);
  await screenshot(page, 'duplicates-merged');
  expect(session.pageErrors).toEqual([]);
});

test('a dismissed pair does not come back, not even after a reload', async () => {
  const policy = row(f.policyLong, f.policyShort);
  await policy.locator('[data-testid="duplicate-dismiss"]').click();
  await policy.waitFor({ state: 'detached' });
  await page.click('[data-testid="duplicates-close"]');

  await page.reload();
  await waitForExplorer(page);
  await page.locator('[data-testid="current-user"]').waitFor();
  await openReview();
  // The list is there (the project pair is still offered); the dismissed pair is not.
  await row(f.projectEn, f.projectZh).waitFor();
  expect(await policy.count()).toBe(0);
  await screenshot(page, 'duplicates-dismissed');
  expect(session.pageErrors).toEqual([]);
});
