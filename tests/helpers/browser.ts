import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import type { Graph } from '../../graph/connection';
import { createApp } from '../../server/app';
import type { JobQueue } from '../../server/jobs/queue';
import { openBrowser } from './chromium';
import { ensureSampleCorpus } from './corpus';
import { testGraph } from './graph';

/**
 * Browser tests: the real app (API + built explorer) on an ephemeral port over the test graph
 * with the sample corpus, and a headless Debian chromium driven by playwright-core (the run's
 * shared browser where the global setup started one: see chromium.ts).
 */

const root = path.resolve(__dirname, '..', '..');
const clientDir = path.join(root, 'client');
// The bench build: the explorer with its window.__explorer harness, which these tests drive.
const distDir = path.join(clientDir, 'dist-bench');
export const artifactsDir = path.join(root, 'tests', 'artifacts');
export { CHROMIUM, CHROMIUM_FLAGS } from './chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds client/dist-bench with Vite's build API when it is missing or older than the sources. */
export function ensureClientBuilt(): void {
  const built = path.join(distDir, 'index.html');
  const sources = Math.max(
    newestMtime(path.join(clientDir, 'src')),
    fs.statSync(path.join(clientDir, 'index.html')).mtimeMs,
    fs.statSync(path.join(clientDir, 'vite.config.ts')).mtimeMs,
  );
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  // Vite is an ES module; a plain Node process loads it where Jest's module system would not.
  const script = `require('vite').build({ configFile: ${JSON.stringify(path.join(clientDir, 'vite.config.ts'))}, mode: 'bench', logLevel: 'error' }).catch((e) => { console.error(e); process.exit(1); })`;
  execFileSync(process.execPath, ['-e', script], { cwd: root, stdio: 'inherit' });
}

export interface ExplorerSession {
  baseUrl: string;
  browser: Browser;
  /** A fresh page at 1280×800 that fails the test on any uncaught page error. */
  newPage(): Promise<Page>;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startExplorer(graph: Graph, options: { jobs?: JobQueue } = {}): Promise<ExplorerSession> {
  ensureClientBuilt();
  await ensureSampleCorpus(graph);
  const app = createApp({ graph, clientDir: distDir, jobs: options.jobs });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await openBrowser();
  const pageErrors: string[] = [];
  fs.mkdirSync(artifactsDir, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    pageErrors,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (err) => pageErrors.push(err.message));
      return page;
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Waits until the explorer has loaded its schema and restored the URL's view. */
export async function waitForExplorer(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
}

/** Calls the page's window.__explorer harness (the benchmark hook) and returns its answer. */
export async function explorerCall<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(`(async () => { const explorer = window.__explorer; return ${expression}; })()`)) as T;
}

/**
 * The bytes of a file the page downloaded. Read as a stream: a browser reached over a
 * connection (the run's shared one) keeps its downloads where `download.path()` cannot give them.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/**
 * Waits until an expression over window.__explorer (named `explorer`) is true. Polled from
 * here: the page's CSP (no eval) rules out Playwright's in-page waitForFunction with a string.
 */
export async function waitForCanvas(page: Page, expression: string, timeout = 30000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await explorerCall<boolean>(page, `Boolean(explorer && (${expression}))`)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Text compared the way the ingest normalises it (full-width forms, spaces). */
export function normalisedText(text: string | null): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, '');
}

/** One explorer page over the test graph, for a test file's beforeAll. */
export async function openExplorerPage(): Promise<{ graph: Graph; session: ExplorerSession; page: Page }> {
  const graph = testGraph();
  const session = await startExplorer(graph);
  return { graph, session, page: await session.newPage() };
}

/** Closes what openExplorerPage opened (either may be missing when the start failed). */
export async function closeExplorerPage(opened: { graph?: Graph; session?: ExplorerSession }): Promise<void> {
  await opened.session?.close();
  await opened.graph?.close();
}
