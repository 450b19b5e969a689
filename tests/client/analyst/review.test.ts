import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { explorerCall, screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../../helpers/browser';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, testPassword, type Fixture } from '../../graph/analyst/fixtures';

// In the explorer an analyst confirms an edge, annotates it, filters to annotated edges only,
// and draws a new edge of their own from an entity with the form.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
let f: Fixture;
const prefix = fixturePrefix('rev');
const analyst = `${prefix}-analyst`;

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  f = await createFixture(graph, prefix);
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
  page = await session.newPage();
}, 600000);

afterAll(async () => {
  await graph?.writeRows(
    `MATCH (n) WHERE (n:Annotation AND n.author = $analyst) OR (n:AnnotationRevision AND n.editor = $analyst) OR (n:Review AND n.author = $analyst)
     DETACH DELETE n`,
    { analyst },
  );
  await removeUsers(graph, [analyst]);
  await removeFixture(graph, prefix);
  await session?.close();
  await graph?.close();
});

const edgeIds = () => explorerCall<string[]>(page, 'explorer.edgeIds()');
const classes = (id: string) => explorerCall<string[]>(page, `explorer.classes(${JSON.stringify(id)})`);

test('confirm an edge, annotate it, and show annotated edges only', async () => {
  await page.goto(`${session.baseUrl}/?e=${f.firm},${f.project},${f.state}&s=${f.stakeRel}`);
  await waitForExplorer(page);
  await page.fill('[data-testid="login-username"]', analyst);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
  await waitForCanvas(page, `explorer.edgeIds().includes(${JSON.stringify(f.sanctionRel)})`);

  await page.locator('[data-testid="review-confirm"]').click();
  await page.locator('[data-testid="review-state"]', { hasText: 'confirmed' }).waitFor();

  await page.fill('[data-testid="annotation-text"]', 'Stake as reported in the *annual report*.');
  await page.click('[data-testid="annotation-submit"]');
  await page.locator('[data-testid="annotation"]').first().waitFor();
  expect(await page.locator('[data-testid="annotation-body"] em').textContent()).toBe('annual report');

  await page.click('[data-testid="annotated-only"]');
  await waitForCanvas(page, `explorer.classes(${JSON.stringify(f.sanctionRel)}).includes('analyst-unannotated')`);
  expect(await classes(f.stakeRel)).not.toContain('analyst-unannotated');
  await screenshot(page, 'analyst-annotated-only');
  await page.click('[data-testid="annotated-only"]');
  await waitForCanvas(page, `!explorer.classes(${JSON.stringify(f.sanctionRel)}).includes('analyst-unannotated')`);
  expect(session.pageErrors).toEqual([]);
});

test('an analyst draws a new edge from an entity with the form; it is marked as theirs', async () => {
  await explorerCall(page, `explorer.select(${JSON.stringify(f.state)})`);
  await page.locator('[data-testid="inspector-analyst-actions"] summary', { hasText: 'New edge' }).click();
  await page.selectOption('[data-testid="new-edge-type"]', 'SANCTIONS');
  await page.fill('[data-testid="new-edge-target-input"]', `${prefix} Trading`);
  await page.locator(`[data-testid="new-edge-target-result"][data-id="${f.firm}"]`).click();
  await page.fill('[data-testid="new-edge-justification"]', 'Designated in 2024.');
  const before = await edgeIds();
  await page.click('[data-testid="new-edge-submit"]');
  await waitForCanvas(page, `explorer.edgeIds().length > ${before.length}`);
  const added = (await edgeIds()).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  const [stored] = await graph.readRows<{ origin: string; author: string; type: string }>(
    'MATCH (:Entity {id: $s})-[r {id: $id}]->(:Entity {id: $o}) RETURN r.origin AS origin, r.author AS author, type(r) AS type',
    { s: f.state, o: f.firm, id: added[0] },
  );
  expect(stored).toEqual({ origin: 'analyst', author: analyst, type: 'SANCTIONS' });
  expect(session.pageErrors).toEqual([]);
});
