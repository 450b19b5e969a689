import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { explorerCall, screenshot, closeExplorerPage, openExplorerPage, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// The canvas stays true to the graph: nodes that arrive through different expansions get the
// edges between them, and a link restores the very same edges. Sample corpus names.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

const MITSUI = 'mitsui-and-co';
const ARCTIC = 'arctic-lng-2';
const PUTIN = 'vladimir-putin';
const JAPAN = 'japan';
const RUSSIA = 'russia';
const US = 'united-states';

beforeAll(async () => ({ graph, session, page } = await openExplorerPage()), 600000);

afterAll(() => closeExplorerPage({ graph, session }));

const json = JSON.stringify;
const edgesBetween = (p: Page, a: string, b: string) => explorerCall<string[]>(p, `explorer.edgesBetween(${json(a)}, ${json(b)})`);

async function expandFromInspector(id: string): Promise<void> {
  await waitForCanvas(page, 'explorer.idle()');
  await explorerCall(page, `explorer.select(${json(id)})`);
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.classes(${json(id)}).includes('expanded') && explorer.idle()`);
}

test('expanding Mitsui, Arctic LNG 2 and Putin draws the Japan–Russia and Japan–United States edges', async () => {
  await page.goto(`${session.baseUrl}/?e=${MITSUI}`);
  await waitForExplorer(page);
  await expandFromInspector(MITSUI);
  expect(await explorerCall<string[]>(page, 'explorer.nodeIds()')).toContain(JAPAN);
  await expandFromInspector(ARCTIC);
  const ids = await explorerCall<string[]>(page, 'explorer.nodeIds()');
  expect(ids).toEqual(expect.arrayContaining([RUSSIA, US]));

  // Putin joins from the search box, then is expanded.
  await page.fill('[data-testid="search-input"]', 'Putin');
  await page.locator(`[data-testid="search-result"][data-id="${PUTIN}"]`).click();
  await waitForCanvas(page, `explorer.nodeIds().includes(${json(PUTIN)}) && explorer.idle()`);
  await expandFromInspector(PUTIN);

  // Japan came with Mitsui, Russia and the United States with Arctic LNG 2.
  expect((await edgesBetween(page, JAPAN, RUSSIA)).length).toBeGreaterThan(0);
  expect((await edgesBetween(page, JAPAN, US)).length).toBeGreaterThan(0);
  // Putin leads Russia: drawn once, though both his expansion and Russia's arrival could bring it.
  const edges = await explorerCall<string[]>(page, 'explorer.edgeIds()');
  expect(new Set(edges).size).toBe(edges.length);
  expect((await edgesBetween(page, PUTIN, RUSSIA)).length).toBeGreaterThan(0);
  await screenshot(page, 'canvas-three-expansions');
  expect(session.pageErrors).toEqual([]);
  // Four expansions and a search on a cold database: more than one default test's time.
}, 180000);

test('the link of that canvas restores the same nodes and the same edges', async () => {
  const nodes = (await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort();
  const edges = (await explorerCall<string[]>(page, 'explorer.edgeIds()')).sort();
  const other = await session.newPage();
  await other.goto(page.url());
  await waitForExplorer(other);
  await waitForCanvas(other, 'explorer.idle()');
  expect((await explorerCall<string[]>(other, 'explorer.nodeIds()')).sort()).toEqual(nodes);
  expect((await explorerCall<string[]>(other, 'explorer.edgeIds()')).sort()).toEqual(edges);
  await other.close();
  expect(session.pageErrors).toEqual([]);
});

test('showing co-occurrence links draws those among the nodes already there', async () => {
  const typed = await explorerCall<string[]>(page, 'explorer.edgeIds()');
  await page.check('[data-testid="filter-inferred"]');
  await waitForCanvas(page, `explorer.idle() && explorer.edgeIds().length > ${typed.length}`);
  const added = (await explorerCall<string[]>(page, 'explorer.edgeIds()')).filter((id) => !typed.includes(id));
  expect(added.length).toBeGreaterThan(0);
  // Co-occurrence links, each between two entities already on the canvas (which pairs have one
  // depends on what extraction types: a pair with a typed relation in a sentence has none there).
  const nodes = await explorerCall<string[]>(page, 'explorer.nodeIds()');
  for (const id of added) {
    const edge = await explorerCall<{ type: string; source: string; target: string }>(page, `explorer.data(${json(id)})`);
    expect(edge.type).toBe('RELATED_TO');
    expect(nodes).toEqual(expect.arrayContaining([edge.source, edge.target]));
  }
  await page.uncheck('[data-testid="filter-inferred"]');
  await waitForCanvas(page, 'explorer.idle()');
  for (const id of added) expect(await explorerCall<string[]>(page, `explorer.classes(${json(id)})`)).toContain('filtered');
  expect(session.pageErrors).toEqual([]);
});
