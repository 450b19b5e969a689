import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { removeDocument } from '../../../graph/library';
import { uploadWorkerScript } from '../../../ingest/upload';
import { JobQueue } from '../../../server/jobs/queue';
import { testGraph } from '../../helpers/graph';
import { screenshot, startExplorer, waitForCanvas, waitForExplorer, type ExplorerSession } from '../../helpers/browser';
import { createUsers, fixturePrefix, removeUsers, testPassword } from '../../graph/analyst/fixtures';

// An analyst drops two documents on the explorer, watches each file's progress bar and the
// report, then finds the new firm by search and reads its evidence in the document — without a
// reload. A viewer's upload is refused (403) and the page says why.

jest.setTimeout(300_000);

let graph: Graph;
let session: ExplorerSession;
let page: Page;
let jobs: JobQueue;
let dir: string;
const prefix = fixturePrefix('webup');
const analyst = `${prefix}-analyst`;
const viewer = `${prefix}-viewer`;
const word = `Osprey${crypto.randomBytes(3).toString('hex').replace(/\d/g, 'z')}`;
const firm = `${word} Basin Gas Corporation`;
const files = [
  {
    name: `${word}.en.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`${firm} and Japan\n\nIn March 2024, ${firm} signed a supply agreement with Petronas for LNG deliveries to Japan.\nJapan imposed sanctions on ${firm} in 2025.\n`),
  },
  {
    name: `${word}-notes.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(`# ${word} notes\n\nMitsui holds a 20% stake in the ${word} LNG project.\n`),
  },
];

async function logIn(name: string): Promise<void> {
  await page.fill('[data-testid="login-username"]', name);
  await page.fill('[data-testid="login-password"]', testPassword);
  await page.click('[data-testid="login-submit"]');
  await page.locator('[data-testid="current-user"]').waitFor();
}

beforeAll(async () => {
  graph = testGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-test-web-uploads-'));
  jobs = new JobQueue({ graph, dir, worker: uploadWorkerScript });
  session = await startExplorer(graph, { jobs });
  await createUsers(graph, [{ name: analyst, role: 'analyst' }, { name: viewer, role: 'viewer' }]);
  page = await session.newPage();
  // The first schema read of a fresh database is slow on a busy machine: not the page's 30 s.
  await fetch(`${session.baseUrl}/api/schema`);
}, 600_000);

afterAll(async () => {
  await jobs?.close();
  const docs = (await graph?.readRows<{ id: string }>('MATCH (d:Document) WHERE d.addedBy = $who RETURN d.id AS id', { who: analyst })) ?? [];
  for (const d of docs) await removeDocument(graph, d.id);
  await graph?.writeRows('MATCH (j:IngestJob) WHERE j.createdBy IN $who DELETE j', { who: [analyst, viewer] });
  await removeUsers(graph, [analyst, viewer]);
  await session?.close();
  await graph?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('an analyst uploads two files, watches their progress and the report, then finds the new firm and its evidence', async () => {
  await page.goto(session.baseUrl);
  await waitForExplorer(page);
  await logIn(analyst);
  await page.click('[data-testid="upload-open"]');
  await page.locator('[data-testid="upload-panel"]').waitFor();
  await page.setInputFiles('[data-testid="upload-input"]', files);

  // The rows appear with a progress bar each before the job ends.
  const rows = page.locator('[data-testid="upload-file"]');
  await rows.first().waitFor();
  const seen = new Set<string>();
  const report = page.locator('[data-testid="upload-report"]');
  for (let i = 0; i < 1200 && !(await report.textContent()); i++) {
    for (const state of await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-state') ?? ''))) seen.add(state);
    await page.waitForTimeout(100);
  }
  expect(await rows.count()).toBe(2);
  expect(await page.locator('[data-testid="upload-progress"]').count()).toBe(2);
  expect([...seen].some((s) => s === 'waiting' || s === 'reading')).toBe(true);
  expect(await report.textContent()).toBe('Report: 2 ingested, 0 skipped of 2.');
  expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-state')))).toEqual(['ingested', 'ingested']);
  expect(await page.locator('[data-testid="upload-progress"]').evaluateAll((bars) => bars.map((b) => Number((b as unknown as { value: number }).value)))).toEqual([1, 1]);
  await screenshot(page, 'upload-report');
  await page.click('[data-testid="upload-close"]');

  // No reload: the search finds the firm the upload brought.
  await page.fill('[data-testid="search-input"]', firm);
  const hit = page.locator('[data-testid="search-result"]', { hasText: firm }).first();
  await hit.waitFor();
  const firmId = (await hit.getAttribute('data-id'))!;
  await hit.click();
  await waitForCanvas(page, `explorer.nodeIds().includes(${JSON.stringify(firmId)})`);
  await waitForCanvas(page, 'explorer.idle()');
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, 'explorer.edgeIds().length > 0');
  await waitForCanvas(page, 'explorer.idle()');
  const [edge] = await page.evaluate(`window.__explorer.edgeIds()`) as string[];
  await page.evaluate(`window.__explorer.select(${JSON.stringify(edge)})`);
  const open = page.locator('[data-testid="evidence-open"]').first();
  await open.waitFor();
  await open.click();
  const highlight = page.locator('[data-testid="doc-highlight"]');
  await highlight.waitFor();
  expect(await highlight.textContent()).toContain(firm);
  await screenshot(page, 'upload-evidence');
});

test('the Documents view lists the uploads with their file names and counts, opens one, and removes one', async () => {
  await page.click('[data-testid="doc-close"]');
  await page.click('[data-testid="library-open"]');
  await page.fill('[data-testid="library-q"]', word);
  const rows = page.locator('[data-testid="library-row"]');
  await page.locator('[data-testid="library-note"]', { hasText: /^2 of \d+ documents/ }).waitFor();
  expect(await page.locator('[data-testid="library-file"]').allTextContents()).toEqual(expect.arrayContaining([`${word}.en.txt`, `${word}-notes.md`]));
  expect(await page.locator('[data-testid="library-view"]').textContent()).not.toContain(dir);
  // Sorted by title, ascending then descending.
  const loaded = () => page.locator('[data-testid="library-view"]:not([data-loading])').waitFor();
  await page.click('[data-testid="library-sort-title"]');
  await page.locator('[data-testid="library-sort-title"]', { hasText: '▼' }).waitFor();
  await loaded();
  await page.click('[data-testid="library-sort-title"]');
  await page.locator('[data-testid="library-sort-title"]', { hasText: '▲' }).waitFor();
  await loaded();
  const titles = await page.locator('[data-testid="library-title"]').allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  const notes = rows.filter({ hasText: `${word}-notes.md` });
  expect(Number(await notes.locator('[data-testid="library-relations"]').textContent())).toBeGreaterThanOrEqual(1);
  expect(await notes.textContent()).toContain(`by ${analyst}`);

  await notes.locator('[data-testid="library-title"]').click();
  await page.locator('[data-testid="doc-title"]', { hasText: word }).waitFor();
  expect(await page.locator('[data-testid="doc-text"]').textContent()).toContain('Mitsui holds a 20% stake');
  await page.click('[data-testid="doc-close"]');

  page.once('dialog', (dialog) => void dialog.accept());
  await notes.locator('[data-testid="library-remove"]').click();
  await page.locator('[data-testid="library-note"]', { hasText: /^Removed / }).waitFor();
  expect(await rows.count()).toBe(1);
  await screenshot(page, 'library-after-removal');
  await page.click('[data-testid="library-close"]');
});

test("a viewer's upload is refused with 403 and the page says why", async () => {
  await page.goto(session.baseUrl);
  await waitForExplorer(page);
  if (await page.locator('[data-testid="logout"]').count()) {
    await page.click('[data-testid="logout"]');
    await page.locator('[data-testid="login-username"]').waitFor();
  }
  await logIn(viewer);
  await page.click('[data-testid="upload-open"]');
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/documents') && r.request().method() === 'POST');
  await page.setInputFiles('[data-testid="upload-input"]', [files[0]]);
  expect((await answer).status()).toBe(403);
  await page.locator('[data-testid="upload-message"][data-state="error"]').waitFor();
  expect(await page.locator('[data-testid="upload-message"]').textContent()).toMatch(/needs the analyst role; you are viewer/);
  expect(await page.locator('[data-testid="upload-file"]').count()).toBe(0);
});
