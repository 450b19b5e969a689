import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../../helpers/browser';
import { createAnalystRelation } from '../../../graph/analyst/analystRelations';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../../graph/analyst/fixtures';

// An analyst logs in, annotates the Mitsui → Arctic LNG 2 edge, reloads and still sees the
// note; markup in the note shows as text and never runs.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const prefix = fixturePrefix('web');
const analyst = `${prefix}-analyst`;
let edgeId: string;
let view: string;
let madeEdge = false;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${session.baseUrl}/api${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  await createUsers(graph, [{ name: analyst, role: 'analyst' }]);
  page = await session.newPage();
  // The edge as the graph has it after ingesting the sample corpus.
  const { results } = await getJson<{ results: { id: string; name: string; nameEn: string | null }[] }>('/search?q=Mitsui&limit=5');
  const mitsui = results[0].id;
  const hood = await getJson<{ elements: { edges: { data: { id: string; source: string; target: string } }[] } }>(
    `/entities/${encodeURIComponent(mitsui)}/neighborhood?depth=1`,
  );
  const arctic = await getJson<{ results: { id: string }[] }>('/search?q=Arctic%20LNG%202&types=Project&limit=1');
  const arcticId = arctic.results[0]?.id;
  if (!arcticId) throw new Error('The sample graph has no Arctic LNG 2 project');
  const extracted = hood.elements.edges.find((e) => e.data.source === mitsui && e.data.target === arcticId);
  if (extracted) edgeId = extracted.data.id;
  else {
    // The extraction does not (yet) state Mitsui's stake: the analyst asserts it, as in the product.
    const made = await createAnalystRelation(
      graph,
      { type: 'HOLDS_STAKE_IN', source: mitsui, target: arcticId, justification: 'Mitsui holds 10% of Arctic LNG 2 (via JOGMEC/Japan Arctic LNG).', sourceUrl: null },
      analyst,
    );
    if (!made.ok) throw new Error(`Could not assert the edge: ${made.reason}`);
    edgeId = made.relation.id;
    madeEdge = true;
  }
  view = `?e=${encodeURIComponent(mitsui)},${encodeURIComponent(arcticId)}&s=${encodeURIComponent(edgeId)}`;
}, 600000);

afterAll(async () => {
  await graph?.writeRows(
    'MATCH (a:Annotation {author: $analyst}) OPTIONAL MATCH (r:AnnotationRevision {annotationId: a.id}) DETACH DELETE a, r',
    { analyst },
  );
  if (madeEdge) await graph?.writeRows('MATCH ()-[r:HOLDS_STAKE_IN {id: $id}]->() DELETE r', { id: edgeId });
  await removeUsers(graph, [analyst]);
  await session?.close();
  await graph?.close();
});

const hostile = 'Stake **confirmed** <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [filing](javascript:window.__pwned=3) [JOGMEC](https://www.jogmec.go.jp/)';

test('log in, annotate the Mitsui → Arctic LNG 2 edge, reload, see it — markup stays text', async () => {
  await page.goto(`${session.baseUrl}/${view}`);
  await waitForExplorer(page);
  await page.fill('[data-testid="login-username"]', analyst);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
  await waitForCanvas(page, `explorer.edgeIds().includes(${JSON.stringify(edgeId)})`);
  await page.locator('[data-testid="annotation-text"]').waitFor();

  await page.fill('[data-testid="annotation-text"]', hostile);
  await page.selectOption('[data-testid="annotation-stance"]', 'supports');
  await page.click('[data-testid="annotation-submit"]');
  const saved = page.locator('[data-testid="annotation"] [data-testid="annotation-body"]').first();
  await saved.waitFor();
  await screenshot(page, 'analyst-annotation');

  await page.reload();
  await waitForExplorer(page);
  await page.locator('[data-testid="current-user"]').waitFor();
  const body = page.locator('[data-testid="annotation"] [data-testid="annotation-body"]').first();
  await body.waitFor();
  const text = await body.textContent();
  expect(text).toContain('<script>window.__pwned = 1</script>');
  expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
  expect(await body.locator('strong').textContent()).toBe('confirmed');
  expect(await body.locator('script, img').count()).toBe(0);
  // Only http(s) links become links; a javascript: link stays text.
  expect(await body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://www.jogmec.go.jp/']);
  expect(text).toContain('[filing](javascript:window.__pwned=3)');
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(await page.locator('[data-testid="annotation-stance-badge"]').first().textContent()).toBe('supports');
  expect(session.pageErrors).toEqual([]);
  await screenshot(page, 'analyst-annotation-reloaded');
});
