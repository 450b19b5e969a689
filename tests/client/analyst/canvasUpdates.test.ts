import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { explorerCall, screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../../helpers/browser';
import { createFixture, createUsers, fixturePrefix, removeFixture, removeUsers, testPassword, type Fixture } from '../../graph/analyst/fixtures';

// An analyst's verdicts show on the canvas at once, without a reload: a rejected edge changes
// its look, a merge takes the duplicate off the canvas and draws its edges from the entity kept,
// and undoing the merge brings both back with their own edges. An edge the analyst asserts shows
// who asserted it, when, why and on what source.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
let f: Fixture;
const prefix = fixturePrefix('cup');
const analyst = `${prefix}-analyst`;
const dup = `${prefix}-dup`;
const dupRel = `${prefix}-rel-dup`;
const json = JSON.stringify;

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  f = await createFixture(graph, prefix);
  // A second record of the firm, with an edge of its own to the state.
  await graph.writeRows(
    `MATCH (s:Entity {id: $state})
     CREATE (d:Entity:Firm {id: $dup, type: 'Firm', name: $name, nameEn: null, aliases: [$name], searchText: toLower($name), mentions: 1})
     CREATE (d)-[:COOPERATES_WITH {id: $dupRel, confidence: 0.7, method: 'trigger', origin: 'extracted', inferred: false, evidenceCount: 0}]->(s)`,
    { state: f.state, dup, dupRel, name: `${prefix} Trading Ltd` },
  );
  await graph.writeRows('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
  page = await session.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
}, 600000);

afterAll(async () => {
  await graph?.writeRows(
    `MATCH (n) WHERE (n:Annotation AND n.author = $analyst) OR (n:Review AND n.author = $analyst) OR (n:AuditEvent AND n.actor = $analyst)
     DETACH DELETE n`,
    { analyst },
  );
  await removeUsers(graph, [analyst]);
  await removeFixture(graph, prefix);
  await session?.close();
  await graph?.close();
});

const between = (a: string, b: string) => explorerCall<string[]>(page, `explorer.edgesBetween(${json(a)}, ${json(b)})`);
const nodeIds = () => explorerCall<string[]>(page, 'explorer.nodeIds()');

test('rejecting an edge changes its look on the canvas at once', async () => {
  await page.goto(`${session.baseUrl}/?e=${f.firm},${f.project},${f.state},${dup}&s=${f.sanctionRel}`);
  await waitForExplorer(page);
  await page.fill('[data-testid="login-username"]', analyst);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
  await waitForCanvas(page, `explorer.edgeIds().includes(${json(dupRel)}) && explorer.idle()`);
  await explorerCall(page, `explorer.select(${json(f.sanctionRel)})`);
  expect(await explorerCall(page, `explorer.style(${json(f.sanctionRel)}, 'line-style')`)).toBe('solid');

  await page.locator('[data-testid="review-reject"]').click();
  await page.locator('[data-testid="review-state"]', { hasText: 'rejected' }).waitFor();
  await waitForCanvas(page, `explorer.style(${json(f.sanctionRel)}, 'line-style') === 'dashed'`);
  expect(await explorerCall<string[]>(page, 'explorer.edgeIds()')).toContain(f.sanctionRel);
  await screenshot(page, 'analyst-rejected-edge');
  expect(session.pageErrors).toEqual([]);
});

test('a merge takes the duplicate off the canvas and draws its edges from the entity kept', async () => {
  await explorerCall(page, `explorer.select(${json(f.firm)})`);
  await page.locator('[data-testid="inspector-analyst-actions"] summary', { hasText: 'Merge a duplicate' }).click();
  await page.fill('[data-testid="merge-target-input"]', `${prefix} Trading Ltd`);
  await page.locator(`[data-testid="merge-target-result"][data-id="${dup}"]`).click();
  await waitForCanvas(page, `!explorer.nodeIds().includes(${json(dup)}) && explorer.idle()`);
  await waitForCanvas(page, `explorer.edgesBetween(${json(f.firm)}, ${json(f.state)}).includes(${json(dupRel)})`);
  expect(await between(f.firm, f.project)).toContain(f.stakeRel);
  await screenshot(page, 'analyst-merged');
  expect(session.pageErrors).toEqual([]);
});

test('undoing the merge restores both entities, each with its own edges', async () => {
  await explorerCall(page, `explorer.select(${json(f.firm)})`);
  await page.click('[data-testid="unmerge"]');
  await waitForCanvas(page, `explorer.nodeIds().includes(${json(dup)}) && explorer.idle()`);
  await waitForCanvas(page, `explorer.edgesBetween(${json(dup)}, ${json(f.state)}).includes(${json(dupRel)})`);
  expect(await between(f.firm, f.state)).not.toContain(dupRel);
  expect(await nodeIds()).toEqual(expect.arrayContaining([f.firm, f.project, f.state, dup]));
  await screenshot(page, 'analyst-unmerged');
  expect(session.pageErrors).toEqual([]);
});

test("an analyst's edge shows its justification, source, author and date in the inspector", async () => {
  await explorerCall(page, `explorer.select(${json(f.state)})`);
  await page.locator('[data-testid="inspector-analyst-actions"] summary', { hasText: 'New edge' }).click();
  await page.selectOption('[data-testid="new-edge-type"]', 'SANCTIONS');
  await page.fill('[data-testid="new-edge-target-input"]', `${prefix} Trading`);
  await page.locator(`[data-testid="new-edge-target-result"][data-id="${f.firm}"]`).click();
  await page.fill('[data-testid="new-edge-justification"]', 'Designated <b>in</b> 2024.');
  await page.fill('[data-testid="new-edge-url"]', 'https://example.org/designation');
  const before = await explorerCall<string[]>(page, 'explorer.edgeIds()');
  await page.click('[data-testid="new-edge-submit"]');
  await waitForCanvas(page, `explorer.edgeIds().length > ${before.length} && explorer.idle()`);
  const [added] = (await explorerCall<string[]>(page, 'explorer.edgeIds()')).filter((id) => !before.includes(id));
  await explorerCall(page, `explorer.select(${json(added)})`);
  const block = page.locator('[data-testid="relation-assertion"]');
  await block.waitFor();
  expect(await block.locator('[data-testid="assertion-author"]').textContent()).toBe(analyst);
  // The justification is shown as text, never as markup.
  expect(await block.locator('[data-testid="assertion-justification"]').textContent()).toBe('Designated <b>in</b> 2024.');
  expect(await block.locator('[data-testid="assertion-justification"] b').count()).toBe(0);
  expect(await block.locator('[data-testid="assertion-source"]').getAttribute('href')).toBe('https://example.org/designation');
  expect((await block.locator('[data-testid="assertion-date"]').textContent())!.length).toBeGreaterThan(5);
  await screenshot(page, 'analyst-edge-assertion');
  expect(session.pageErrors).toEqual([]);
});
