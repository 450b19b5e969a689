import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { BenchArgs } from './args';
import { startSampleNeo4j } from './lib/sampleGraph';
import { projectRoot } from './lib/child';
import { outDir, saveSection, table } from './lib/results';
import { formatSpread, spread } from './lib/stats';
import { createApp } from '../server/app';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

interface RenderTiming {
  nodes: number;
  edges: number;
  layout: string;
  /** The Cytoscape layout the explorer ran at this size (fcose, quickforce). */
  algorithm: string;
  addMs: number;
  layoutMs: number;
  totalMs: number;
}

export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Build the explorer with its harness (bench mode) into bench/out (not client/dist, which the running product serves). */
function buildClient(): string {
  const dist = path.join(outDir, 'client-dist');
  const vite = path.join(projectRoot, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build', '--config', 'client/vite.config.ts', '--mode', 'bench', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: projectRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr || built.stdout}`);
  return dist;
}

/**
 * `bench render`: the explorer in headless Chromium; window.__explorer.loadSynthetic(n) adds n
 * elements (half nodes, half edges), runs the force layout the explorer uses at that size (fCoSE,
 * or the quick force layout for bigger graphs), fits the view and waits for the painted frame.
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
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.waitForFunction(() => (globalThis as unknown as { __explorer?: { ready?: boolean } }).__explorer?.ready === true, undefined, { timeout: 60_000 });
    const results: { size: number; runs: RenderTiming[] }[] = [];
    const load = (n: number) => page.evaluate((k) => (globalThis as unknown as { __explorer: { loadSynthetic(n: number): Promise<RenderTiming> } }).__explorer.loadSynthetic(k), n);
    // One unrecorded run warms the JIT and the style caches.
    await load(200);
    for (const size of [200, 1000, 5000]) {
      const runs: RenderTiming[] = [];
      // 5,000 elements take long on a small machine: two runs give the spread.
      const count = args.quick ? 1 : size >= 5000 ? 2 : 3;
      for (let i = 0; i < count; i++) runs.push(await load(size));
      console.log(`  ${size} elements: total ${runs.map((r) => r.totalMs.toFixed(0)).join(', ')} ms`);
      results.push({ size, runs });
    }
    const version = await browser.version();
    const markdown = [
      `Headless Chromium ${version} (Debian, flags ${chromiumFlags.join(' ')}), viewport 1280×800, the built explorer`,
      'served by the API. `window.__explorer.loadSynthetic(n)`: n elements (half nodes, half edges, ontology types),',
      'the force layout the explorer runs at that size ("layout": fCoSE for small graphs, the quick force layout computed in',
      'a worker for bigger ones, with the light large-graph drawing for the largest), the explorer\'s fit, then two animation frames.',
      'Target: 5,000 elements rendered and laid out ≤ 2 s.',
      '',
      table(
        ['elements', 'nodes / edges', 'layout', 'add ms', 'layout ms', 'total ms (to painted frame)'],
        results.map(({ size, runs }) => {
          const total = spread(runs.map((r) => r.totalMs));
          const verdict = size === 5000 ? (total.median <= 2000 ? ' ✅ ≤ 2000' : ' ❌ > 2000') : '';
          return [size, `${runs[0].nodes} / ${runs[0].edges}`, runs[0].algorithm, formatSpread(spread(runs.map((r) => r.addMs)), 0), formatSpread(spread(runs.map((r) => r.layoutMs)), 0), `${formatSpread(total, 0)}${verdict}`];
        }),
      ),
    ].join('\n');
    saveSection({ name: 'render', title: 'Rendering in the explorer', seconds: (performance.now() - started) / 1000, markdown, data: { browser: version, results } });
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
    await neo.close();
  }
}
