import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { BenchArgs } from './args';
import { startSampleNeo4j } from './lib/sampleGraph';
import { projectRoot } from './lib/child';
import { outDir, saveSection } from './lib/results';
import { spread } from './lib/stats';
import { createApp } from '../server/app';
import { frameSummary, harness, type LayoutFigures, type RenderTiming } from './renderFigures';
import { renderMarkdown, type FrameRow, type LayoutRow, type SizeRow } from './renderReport';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/**
 * Debian's headless Chromium draws WebGL 2 with SwiftShader (ANGLE on Vulkan, on the CPU) with
 * these flags, --disable-gpu included; --use-angle=swiftshader and --enable-unsafe-swiftshader
 * change nothing here (checked with each, and without any).
 */
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Explorer timings at these sizes, with WebGL on and off; frame times at the last two. */
const SIZES = [200, 1000, 5000, 20000];
const FRAME_SIZES = [5000, 20000];
const FRAMES = 60;
/** The layout side by side: the hand-written quick force layout against fCoSE. */
const LAYOUT_SIZES = [1000, 5000, 20000];
const LAYOUT_ALGORITHMS = ['quickforce', 'fcose'];
/** 20,000 elements laid out and drawn within this (issue 16). */
export const TARGET_MS = 3000;

/** Build the explorer with its harness (bench mode) into bench/out (not client/dist, which the running product serves). */
function buildClient(): string {
  const dist = path.join(outDir, 'client-dist');
  const vite = path.join(projectRoot, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--config', 'client/vite.config.ts', '--mode', 'bench', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: projectRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr || built.stdout}`);
  return dist;
}

/**
 * A freshly started Neo4j on a busy machine can miss the API's first connection checks, and the
 * explorer does not come up on a 503: the page is opened once the schema answers.
 */
async function waitForApi(base: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${base}/api/schema`).then((res) => res.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`the API did not answer /api/schema within ${timeoutMs / 1000} s (last status ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function openExplorer(browser: Browser, base: string, renderer: 'webgl' | 'canvas'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (err) => console.error(`  page error (${renderer}): ${err.message}`));
  page.on('requestfailed', (request) => console.error(`  request failed (${renderer}): ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) console.error(`  ${response.status()} (${renderer}): ${response.url()}`);
  });
  await page.goto(renderer === 'canvas' ? `${base}/?renderer=canvas` : base);
  await page.waitForFunction(() => (globalThis as unknown as { __explorer?: { ready?: boolean } }).__explorer?.ready === true, undefined, { timeout: 300_000 });
  // One unrecorded run warms the JIT and the style caches.
  await harness(page, 'loadSynthetic', 200);
  return page;
}

/**
 * `bench render`: the explorer in headless Chromium, WebGL on and off. loadSynthetic(n) adds n
 * elements (half nodes, half edges), runs the force layout the explorer uses at that size, fits
 * the view and waits for the painted frame; then a scripted pan and zoom at the large sizes; then
 * the quick force layout and fCoSE side by side on the same graphs.
 */
export async function benchRender(args: BenchArgs): Promise<void> {
  const started = performance.now();
  const clientDir = buildClient();
  // The sample database: the explorer only needs the schema, and the render timing must not wait
  // on the large graph's statistics.
  const neo = await startSampleNeo4j();
  const app = createApp({ graph: neo.graph, clientDir });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await waitForApi(base);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumFlags });
  try {
    const sizes: SizeRow[] = [];
    const frames: FrameRow[] = [];
    for (const renderer of ['webgl', 'canvas'] as const) {
      const page = await openExplorer(browser, base, renderer);
      for (const size of SIZES) {
        const runs: RenderTiming[] = [];
        // The large sizes take long on a small machine: two runs give the spread.
        const count = args.quick ? 1 : size >= 5000 ? 2 : 3;
        for (let i = 0; i < count; i++) runs.push(await harness(page, 'loadSynthetic', size));
        console.log(`  ${renderer} ${size} elements (${runs[0].renderer}): total ${runs.map((r) => r.totalMs.toFixed(0)).join(', ')} ms`);
        sizes.push({ requested: renderer, size, runs });
        if (!FRAME_SIZES.includes(size)) continue;
        const measured = await harness(page, 'panZoomFrames', FRAMES);
        frames.push({ requested: renderer, size, drawnWith: measured.renderer, pan: frameSummary(measured.pan), zoom: frameSummary(measured.zoom) });
        console.log(`  ${renderer} ${size}: pan median ${frames.at(-1)!.pan.median.toFixed(1)} ms, zoom median ${frames.at(-1)!.zoom.median.toFixed(1)} ms`);
      }
      await page.close();
    }
    const layouts = await compareLayouts(browser, base);
    const version = await browser.version();
    const markdown = renderMarkdown({ version, flags: chromiumFlags, sizes, frames, layouts, frameCount: FRAMES, targetMs: TARGET_MS });
    const summary = sizes.map(({ requested, size, runs }) => ({ requested, size, total: spread(runs.map((r) => r.totalMs)) }));
    saveSection({ name: 'render', title: 'Rendering in the explorer', seconds: (performance.now() - started) / 1000, markdown, data: { browser: version, flags: chromiumFlags, summary, sizes, frames, layouts } });
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
    await neo.close();
  }
}

/**
 * Each algorithm at each size, once, on a fresh page; a size is left out once a smaller one
 * already took ten times the target (four times the elements cannot be quicker).
 */
async function compareLayouts(browser: Browser, base: string): Promise<LayoutRow[]> {
  const rows: LayoutRow[] = [];
  for (const algorithm of LAYOUT_ALGORITHMS) {
    const page = await openExplorer(browser, base, 'webgl');
    let over: LayoutFigures | null = null;
    for (const size of LAYOUT_SIZES) {
      if (over) {
        rows.push({ algorithm, size, skippedAfter: over });
        continue;
      }
      const figures = await harness(page, 'compareLayout', size, algorithm);
      console.log(`  layout ${algorithm} ${size}: ${figures.layoutMs.toFixed(0)} ms, ${figures.edgesThroughNodes} edges through nodes, length spread ${figures.lengthSpread.toFixed(2)}`);
      rows.push({ algorithm, size, figures });
      // Ten times the target: four times the elements would take minutes.
      if (figures.layoutMs > 10 * TARGET_MS) over = figures;
    }
    await page.close();
  }
  return rows;
}
