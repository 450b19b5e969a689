import type { Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { testGraph } from '../helpers/graph';
import { explorerCall, screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../helpers/browser';

// Large-graph mode (client/README.md, "Large graphs"): 5,000 synthetic elements from the
// explorer's own harness get the quick force layout, the light stylesheet, WebGL drawing (the
// test browser has WebGL 2, in software) and a note on the canvas; names appear once the analyst
// zooms in, for what is in view, and a click there selects the node under the pointer; a small
// graph afterwards is drawn the normal way again, on the 2D canvas. One page for the whole file,
// the cases in order; a last page opened with ?renderer=canvas draws large views without WebGL.

let graph: Graph;
let session: ExplorerSession;
let page: Page;

beforeAll(async () => {
  graph = testGraph();
  session = await startExplorer(graph);
  page = await session.newPage();
  await page.goto(session.baseUrl);
  await waitForExplorer(page);
}, 600000);

afterAll(async () => {
  await session?.close();
  await graph?.close();
});

const LARGE_NOTE = 'Large graph: quick force layout, plain lines; names and relation types appear as you zoom in.';
/** The class labelsOnZoom.ts gives the elements whose names and relation types are drawn. */
const NAMED = 'named';

interface Timing {
  nodes: number;
  edges: number;
  algorithm: string;
  renderer: 'webgl' | 'canvas';
}

interface Placed {
  id: string;
  x: number;
  y: number;
  named: boolean;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const note = () => page.locator('[data-testid="large-graph-note"]');

/**
 * Every node with where it is drawn on the page and whether its label is on: one round trip,
 * as a JSON string (thousands of objects cross from the page far quicker that way). JSON has
 * no NaN: a position that is not a finite number comes back as NaN whatever it was.
 */
async function placedNodes(): Promise<Placed[]> {
  const json = await explorerCall<string>(
    page,
    `JSON.stringify(explorer.nodeIds().map((id) => {
      const at = explorer.pagePosition(id);
      return { id, x: at && at.x, y: at && at.y, named: explorer.classes(id).includes(${JSON.stringify(NAMED)}) };
    }))`,
  );
  const nodes = JSON.parse(json) as Array<Omit<Placed, 'x' | 'y'> & { x: number | null; y: number | null }>;
  return nodes.map((node) => ({ ...node, x: node.x ?? NaN, y: node.y ?? NaN }));
}

const placed = (node: Placed) => Number.isFinite(node.x) && Number.isFinite(node.y);

async function canvasBox(): Promise<Box> {
  const box = await page.locator('[data-testid="canvas"]').boundingBox();
  if (!box) throw new Error('the canvas is not on the page');
  return box;
}

const inside = (at: { x: number; y: number }, box: Box, margin: number) =>
  at.x >= box.x + margin && at.x <= box.x + box.width - margin && at.y >= box.y + margin && at.y <= box.y + box.height - margin;

/** Polls an expression over window.__explorer for up to `ms`; false if it never held. */
async function holdsWithin(expression: string, ms: number): Promise<boolean> {
  try {
    await waitForCanvas(page, expression, ms);
    return true;
  } catch {
    return false;
  }
}

function spread(nodes: Placed[]) {
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const positions = new Set(nodes.map((node) => `${node.x.toFixed(2)},${node.y.toFixed(2)}`));
  return {
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
    /** Nodes drawn on exactly the spot of another (to a hundredth of a pixel). */
    stacked: nodes.length - positions.size,
  };
}

test('5,000 elements get the quick force layout: every node placed, spread over the canvas, and the note says so', async () => {
  await expect(note().isVisible()).resolves.toBe(false);
  const timing = await explorerCall<Timing>(page, 'explorer.loadSynthetic(5000)');
  expect(timing).toMatchObject({ nodes: 2500, edges: 2500, algorithm: 'quickforce', renderer: 'webgl' });
  await waitForCanvas(page, 'explorer.idle()');

  const nodes = await placedNodes();
  expect(nodes).toHaveLength(2500);
  expect(nodes.filter((node) => !placed(node)).map((node) => node.id)).toEqual([]);
  // The explorer fits the result: every node is in view, and the drawing fills the canvas.
  const box = await canvasBox();
  expect(nodes.filter((node) => !inside(node, box, -1)).map((node) => node.id)).toEqual([]);
  const { width, height, stacked } = spread(nodes);
  expect(width).toBeGreaterThan(box.width / 3);
  expect(height).toBeGreaterThan(box.height / 3);
  expect(stacked).toBeLessThan(nodes.length / 100);

  await expect(note().isVisible()).resolves.toBe(true);
  await expect(note().textContent()).resolves.toBe(LARGE_NOTE);
  // At the zoom that shows all 2,500 nodes no name would be readable, and none is drawn.
  expect(nodes.filter((node) => node.named).map((node) => node.id)).toEqual([]);
  await screenshot(page, 'explorer-large-graph');
});

test('zooming in on a region draws the names of the nodes in view, not of the whole graph', async () => {
  const box = await canvasBox();
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Zoom in on the node drawn nearest the middle of the canvas, so the region is full of nodes.
  const [target] = (await placedNodes()).sort(
    (a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y),
  );
  await page.mouse.move(target.x, target.y);
  // Cytoscape samples the first four wheel events (clamped to a tiny step) to tell a notched
  // wheel from a smooth one; unequal deltas read as smooth, after which each event zooms by
  // 10^(|delta| / 250 × the explorer's wheel sensitivity), here about ×1.7 per event.
  for (const delta of [-101, -102, -103, -104]) await page.mouse.wheel(0, delta);
  const labelled = `explorer.classes(${JSON.stringify(target.id)}).includes(${JSON.stringify(NAMED)})`;
  for (let step = 0; step < 12 && !(await holdsWithin(labelled, 250)); step += 1) {
    await page.mouse.wheel(0, -200);
  }
  await waitForCanvas(page, labelled);
  await waitForCanvas(page, 'explorer.idle()');

  const nodes = await placedNodes();
  const inView = nodes.filter((node) => inside(node, box, 2));
  expect(inView.length).toBeGreaterThan(1);
  expect(inView.filter((node) => !node.named).map((node) => node.id)).toEqual([]);
  // Their relations get their types drawn too.
  const namedEdges = await explorerCall<number>(page, `explorer.edgeIds().filter((id) => explorer.classes(id).includes(${JSON.stringify(NAMED)})).length`);
  expect(namedEdges).toBeGreaterThan(0);
  // Only the region zoomed into was labelled: most of the graph still carries no label.
  const named = nodes.filter((node) => node.named);
  expect(named.length).toBeLessThan(nodes.length / 4);
  await screenshot(page, 'explorer-large-graph-zoomed');

  // WebGL picks what is under the pointer: a click on the target node selects it.
  const [at] = (await placedNodes()).filter((node) => node.id === target.id);
  await page.mouse.click(at.x, at.y);
  await waitForCanvas(page, `explorer.view().selected === ${JSON.stringify(target.id)}`);
});

test('a small graph afterwards is drawn the normal way: fCoSE, and no note', async () => {
  const timing = await explorerCall<Timing>(page, 'explorer.loadSynthetic(200)');
  expect(timing).toMatchObject({ nodes: 100, edges: 100, algorithm: 'fcose', renderer: 'canvas' });
  await waitForCanvas(page, 'explorer.idle()');
  await expect(note().isVisible()).resolves.toBe(false);

  const nodes = await placedNodes();
  expect(nodes).toHaveLength(100);
  expect(nodes.filter((node) => !placed(node)).map((node) => node.id)).toEqual([]);
  const box = await canvasBox();
  expect(nodes.filter((node) => !inside(node, box, -1)).map((node) => node.id)).toEqual([]);
  const { width, height, stacked } = spread(nodes);
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
  expect(stacked).toBe(0);
  await screenshot(page, 'explorer-after-large-graph');
  expect(session.pageErrors).toEqual([]);
});

test('with ?renderer=canvas a large view is drawn on the 2D canvas, every node placed', async () => {
  const plain = await session.newPage();
  await plain.goto(`${session.baseUrl}/?renderer=canvas`);
  await waitForExplorer(plain);
  const timing = await explorerCall<Timing>(plain, 'explorer.loadSynthetic(2000)');
  expect(timing).toMatchObject({ nodes: 1000, edges: 1000, algorithm: 'quickforce', renderer: 'canvas' });
  await waitForCanvas(plain, 'explorer.idle()');
  await expect(plain.locator('[data-testid="large-graph-note"]').isVisible()).resolves.toBe(true);
  const unplaced = await explorerCall<number>(plain, 'explorer.nodeIds().filter((id) => { const at = explorer.pagePosition(id); return !at || !Number.isFinite(at.x) || !Number.isFinite(at.y); }).length');
  expect(unplaced).toBe(0);
  await plain.close();
  expect(session.pageErrors).toEqual([]);
});
