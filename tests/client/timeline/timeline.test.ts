import type { Page } from 'playwright-core';
import type { Graph } from '../../../graph/connection';
import { closeExplorerPage, explorerCall, openExplorerPage, screenshot, waitForCanvas, type ExplorerSession } from '../../helpers/browser';

// Seeing more at once, the timeline: an analyst expands Mitsui and Arctic LNG 2 (dated edges of
// several years), opens the timeline, drags a brush over the first years — the edges of later
// years leave the canvas, undated ones stay, counted apart — undoes it, and plays the years
// through. Sample corpus, 1280 × 800.

let graph: Graph;
let session: ExplorerSession;
let page: Page;
const MITSUI = 'mitsui-and-co';
const json = JSON.stringify;

beforeAll(async () => ({ graph, session, page } = await openExplorerPage()), 600000);
afterAll(() => closeExplorerPage({ graph, session }));

interface EdgeDate { id: string; year: number | null }
async function edgeDates(): Promise<EdgeDate[]> {
  const ids = await explorerCall<string[]>(page, 'explorer.edgeIds()');
  const dates: EdgeDate[] = [];
  for (const id of ids) {
    const classes = await explorerCall<string[]>(page, `explorer.classes(${json(id)})`);
    if (classes.includes('filtered') || classes.includes('hidden')) continue;
    const data = await explorerCall<{ date: string | null }>(page, `explorer.data(${json(id)})`);
    dates.push({ id, year: data.date ? Number(data.date.slice(0, 4)) : null });
  }
  return dates;
}
const shown = (id: string) => explorerCall<string>(page, `explorer.style(${json(id)}, 'display')`).then((d) => d !== 'none');

async function expand(id: string): Promise<void> {
  await explorerCall(page, `explorer.select(${json(id)})`);
  await page.click('[data-testid="action-expand"]');
  await waitForCanvas(page, `explorer.classes(${json(id)}).includes('expanded') && explorer.idle()`);
}

test('the brush hides the edges outside its period; undated edges stay, counted apart; undo brings them back', async () => {
  await page.goto(`${session.baseUrl}/?e=${MITSUI}`);
  // The first page of a run waits for a cold server on a busy machine.
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
  await waitForCanvas(page, 'explorer.idle()');
  await expand(MITSUI);
  // Arctic LNG 2 (a stake in 2019, sanctions in 2023) brings dated edges of several years.
  let dates = await edgeDates();
  for (const id of ['arctic-lng-2', 'toyota-tsusho']) {
    if (new Set(dates.map((d) => d.year).filter((y) => y !== null)).size >= 2) break;
    if (!(await explorerCall<string[]>(page, 'explorer.nodeIds()')).includes(id)) continue;
    await expand(id);
    dates = await edgeDates();
  }
  const years = [...new Set(dates.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  expect(years.length).toBeGreaterThanOrEqual(2);

  await page.click('[data-testid="timeline-toggle"]');
  await page.locator('[data-testid="timeline-bar"]').first().waitFor();
  expect(await page.locator('[data-testid="timeline-bar"][data-year]').count()).toBe(years.at(-1)! - years[0] + 1);
  await screenshot(page, 'timeline-all-years');

  // Brush from the first dated year to the one before the last.
  const last = years.at(-2)!;
  const from = (await page.locator(`[data-testid="timeline-bar"][data-year="${years[0]}"]`).boundingBox())!;
  const to = (await page.locator(`[data-testid="timeline-bar"][data-year="${last}"]`).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(page.locator('[data-testid="timeline-period"]').textContent()).resolves.toContain(`${years[0]}–${last}`);
  for (const { id, year } of dates) {
    if (year === null) expect(await shown(id)).toBe(true);
    else expect(await shown(id)).toBe(year <= last);
  }
  const undated = dates.filter((d) => d.year === null).length;
  if (undated > 0) {
    expect(await page.locator('[data-testid="timeline-period"]').textContent()).toContain(`${undated} undated`);
    expect(await page.locator('[data-testid="timeline-bar"][data-undated]').count()).toBe(1);
  }
  await screenshot(page, 'timeline-brushed');

  // Closed, the timeline's tab still names the period the canvas is showing.
  await page.click('[data-testid="timeline-toggle"]');
  await expect(page.locator('[data-testid="timeline-toggle"]').textContent()).resolves.toBe(`Timeline · ${years[0]}–${last}`);
  await page.click('[data-testid="timeline-toggle"]');

  await page.click('[data-testid="undo"]');
  for (const { id } of dates) expect(await shown(id)).toBe(true);
  await expect(page.locator('[data-testid="timeline-period"]').textContent()).resolves.toContain('All years');
});

test('hiding undated edges says so; play steps the period through the years', async () => {
  const dates = await edgeDates();
  const undated = dates.filter((d) => d.year === null);
  await page.uncheck('[data-testid="timeline-undated"]');
  for (const { id } of undated) expect(await shown(id)).toBe(false);
  if (undated.length > 0) expect(await page.locator('[data-testid="timeline-period"]').textContent()).toContain('(hidden)');
  await page.check('[data-testid="timeline-undated"]');

  await page.click('[data-testid="timeline-play"]');
  const first = Math.min(...dates.map((d) => d.year ?? Infinity));
  await expect(page.locator('[data-testid="timeline-period"]').textContent()).resolves.toContain(`${first}–${first}`);
  await screenshot(page, 'timeline-playing');
  await page.click('[data-testid="timeline-play"]');
  await expect(page.locator('[data-testid="timeline-play"]').textContent()).resolves.toContain('Play');
  expect(session.pageErrors).toEqual([]);
});
