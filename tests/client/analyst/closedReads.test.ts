import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { testGraph } from '../../helpers/graph';
import { startExplorer, waitForExplorer, type ExplorerSession } from '../../helpers/browser';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../../graph/analyst/fixtures';

// With AUTH_REQUIRED_FOR_READS=true the explorer asks for a login first, then opens as usual.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const viewer = `${fixturePrefix('gate')}-viewer`;

beforeAll(async () => {
  graph = testGraph();
  process.env.AUTH_REQUIRED_FOR_READS = 'true';
  try {
    session = await startExplorer(graph);
  } finally {
    delete process.env.AUTH_REQUIRED_FOR_READS;
  }
  await createUsers(graph, [{ name: viewer, role: 'viewer' }]);
  page = await session.newPage();
}, 600000);

afterAll(async () => {
  await removeUsers(graph, [viewer]);
  await session?.close();
  await graph?.close();
});

test('closed reads: the explorer shows a login form, and opens after a viewer logs in', async () => {
  await page.goto(session.baseUrl);
  await page.locator('[data-testid="login-gate"]').waitFor();
  await page.fill('[data-testid="login-gate"] [data-testid="login-username"]', viewer);
  await page.fill('[data-testid="login-gate"] [data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-gate"] [data-testid="login-submit"]');
  await waitForExplorer(page);
  expect(await page.locator('[data-testid="current-user"]').textContent()).toContain(viewer);
  expect(await page.locator('[data-testid="legend-types"] li').count()).toBeGreaterThan(0);
  expect(session.pageErrors).toEqual([]);
});
