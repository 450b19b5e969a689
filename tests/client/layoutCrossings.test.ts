import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { explorerCall, screenshot, closeExplorerPage, openExplorerPage, waitForCanvas, type ExplorerSession } from '../helpers/browser';
import { warmUp } from '../helpers/warm';

// Layouts never draw an edge through a node it does not join: on a real canvas (the sample
// corpus's best-connected entities), every layout the toolbar offers is checked line by line
// against every node box.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const json = JSON.stringify;

type Crossing = { edge: string; node: string };

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  await warmUp(session);
}, 600000);

afterAll(() => closeExplorerPage({ graph, session }));

test('no offered layout draws an edge through an unrelated node', async () => {
  // The sample corpus's 30 best-connected entities over stated edges: a dense canvas of rings
  // and rows where lines have every chance to run over nodes.
  const rows = await graph.readRows<{ id: string }>(
    `MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)-[r]-(:Entity) WHERE coalesce(r.inferred, false) = false } AS degree
     ORDER BY degree DESC, id LIMIT 30`,
  );
  await page.goto(`${session.baseUrl}/?e=${rows.map((r) => r.id).join(',')}`);
  // Thirty entities restored from the link: more than one page's usual wait on a busy machine.
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await waitForCanvas(page, 'explorer.idle()');
  const counts = await explorerCall<{ visibleNodes: number; visibleEdges: number }>(page, 'explorer.counts()');
  expect(counts.visibleNodes).toBe(30);
  expect(counts.visibleEdges).toBeGreaterThan(30);

  const offered = await page.locator('[data-testid="layout-select"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toEqual(expect.arrayContaining(['fcose', 'concentric', 'breadthfirst']));
  // The current layout last, so choosing each one fires a change.
  const current = await page.locator('[data-testid="layout-select"]').inputValue();
  const order = [...offered.filter((name) => name !== current), current];
  const bare: Record<string, number> = {};
  for (const name of order) {
    bare[name] = (await explorerCall<Crossing[]>(page, `explorer.crossingsOfBareLayout(${json(name)})`)).length;
    await page.selectOption('[data-testid="layout-select"]', name);
    await waitForCanvas(page, `explorer.view().layout === ${json(name)} && explorer.idle()`);
    expect({ layout: name, crossings: await explorerCall<Crossing[]>(page, 'explorer.crossings()') }).toEqual({ layout: name, crossings: [] });
    await screenshot(page, `layout-${name}-clear`);
  }
  // The check sees what the analysts saw: the rings and rows as placed drew lines over nodes.
  expect(bare.concentric + bare.breadthfirst).toBeGreaterThan(0);
  expect(session.pageErrors).toEqual([]);
}, 240000);
