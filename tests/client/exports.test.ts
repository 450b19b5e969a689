import type { Page } from 'playwright-core';
import { parseDocument } from 'htmlparser2';
import { findAll, getAttributeValue } from 'domutils';
import type { Element } from 'domhandler';
import type { Graph } from '../../graph/connection';
import { closeExplorerPage, downloadedBytes, explorerCall, openExplorerPage, screenshot, waitForCanvas, type ExplorerSession } from '../helpers/browser';

// The export menu: the canvas as PNG, and the canvas or the selection as GraphML, GEXF, CSV and
// JSON — each file holding exactly the entities chosen and the edges among them.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
let entities: string[];
let edge: { id: string; ends: string[] };

beforeAll(async () => {
  ({ graph, session, page } = await openExplorerPage());
  const [row] = await graph.readRows<{ ids: string[]; rel: string; ends: string[] }>(
    `MATCH (a:Entity)-[r1]->(b:Entity)-[r2]-(c:Entity) WHERE a <> c AND NOT r1:RELATED_TO AND NOT r2:RELATED_TO
     WITH a, b, c, r1 ORDER BY a.mentions + b.mentions + c.mentions DESC, a.id, b.id, c.id LIMIT 1
     RETURN [a.id, b.id, c.id] AS ids, r1.id AS rel, [a.id, b.id] AS ends`,
  );
  entities = row.ids;
  edge = { id: row.rel, ends: row.ends };
  await page.goto(`${session.baseUrl}/?e=${entities.join(',')}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await waitForCanvas(page, 'explorer.idle()', 120000);
}, 600000);

afterAll(async () => closeExplorerPage({ graph, session }));

async function download(testid: string, scope: 'canvas' | 'selection' = 'canvas'): Promise<{ name: string; bytes: Buffer }> {
  await page.click('[data-testid="export-menu"] > summary');
  await page.selectOption('[data-testid="export-scope"]', scope);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
  return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

const xmlIds = (text: string, tag: string) =>
  (findAll((e) => e.name === tag, parseDocument(text, { xmlMode: true }).children) as Element[]).map((e) => getAttributeValue(e, 'id')).sort();

test('the canvas as PNG, GraphML, GEXF, CSV and JSON: its entities and the edges among them', async () => {
  const drawn = (await explorerCall<string[]>(page, 'explorer.nodeIds()')).sort();
  const drawnEdges = await explorerCall<string[]>(page, 'explorer.edgeIds()');
  expect(drawn).toEqual([...entities].sort());

  const png = await download('export-menu-png');
  expect(png.name).toMatch(/^graph-canvas-\d{4}-\d{2}-\d{2}\.png$/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

  // The SVG is a vector drawing of the same canvas: one shape per drawn entity, one line per drawn edge.
  const svg = await download('export-menu-svg');
  expect(svg.name).toMatch(/^graph-canvas-\d{4}-\d{2}-\d{2}\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  expect(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const section = (cls: string) => svgText.split(`<g class="${cls}">`)[1].split('\n</g>')[0];
  const svgIds = (cls: string) => [...section(cls).matchAll(/<g data-id="([^"]+)">/g)].map((m) => m[1].replace(/&amp;/g, '&')).sort();
  expect(svgIds('nodes')).toEqual(drawn);
  // Edges hidden by the filters are on the canvas but not in the picture.
  expect(svgIds('edges').length).toBeGreaterThan(0);
  expect(drawnEdges).toEqual(expect.arrayContaining(svgIds('edges')));
  expect(section('nodes')).not.toContain('<script');

  const json = await download('export-json');
  expect(json.name).toMatch(/^graph-canvas-.*\.json$/);
  const body = JSON.parse(json.bytes.toString('utf8')) as { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
  expect(body.nodes.map((n) => n.id).sort()).toEqual(drawn);
  // The export is a record: every drawn edge is in it (and rejected or inferred ones the canvas hides).
  expect(body.edges.map((e) => e.id)).toEqual(expect.arrayContaining(drawnEdges));
  for (const e of body.edges) expect(drawn).toEqual(expect.arrayContaining([e.source, e.target]));

  const graphml = (await download('export-graphml')).bytes.toString('utf8');
  expect(graphml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  expect(xmlIds(graphml, 'node')).toEqual(drawn);
  expect(xmlIds(graphml, 'edge')).toEqual(body.edges.map((e) => e.id).sort());

  const gexf = await download('export-gexf');
  expect(gexf.name).toMatch(/\.gexf$/);
  const gexfText = gexf.bytes.toString('utf8');
  expect(gexfText).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  expect(xmlIds(gexfText, 'node')).toEqual(drawn);
  expect(xmlIds(gexfText, 'edge')).toEqual(body.edges.map((e) => e.id).sort());

  const csv = (await download('export-csv')).bytes.toString('utf8').trim().split('\r\n');
  expect(csv[0].startsWith('id,type,source,sourceName,target,targetName')).toBe(true);
  expect(csv.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(body.edges.map((e) => e.id).sort());
  await screenshot(page, 'export-menu');
  expect(session.pageErrors).toEqual([]);
}, 300000);

test('the selection alone: a selected edge exports its two ends and the edges between them', async () => {
  await explorerCall(page, `explorer.select(${JSON.stringify(edge.id)})`);
  const json = await download('export-json', 'selection');
  expect(json.name).toMatch(/^graph-selection-.*\.json$/);
  const body = JSON.parse(json.bytes.toString('utf8')) as { nodes: { id: string }[]; edges: { id: string }[] };
  expect(body.nodes.map((n) => n.id).sort()).toEqual([...edge.ends].sort());
  expect(body.edges.map((e) => e.id)).toContain(edge.id);
  const gexf = (await download('export-gexf', 'selection')).bytes.toString('utf8');
  expect(xmlIds(gexf, 'node')).toEqual([...edge.ends].sort());

  await explorerCall(page, 'explorer.select(null)');
  await page.click('[data-testid="export-menu"] > summary');
  await page.selectOption('[data-testid="export-scope"]', 'selection');
  await page.click('[data-testid="export-csv"]');
  await page.locator('[data-testid="status"]', { hasText: 'Nothing is selected' }).waitFor();
  expect(session.pageErrors).toEqual([]);
}, 300000);
