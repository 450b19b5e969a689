import type { BrowserServer } from 'playwright-core';
import globalSetup from './globalSetup';
import { startSharedChromium } from './helpers/chromium';

/**
 * The `integration` project's setup: the run's Neo4j (globalSetup.ts), and the one Chromium its
 * browser files share (helpers/chromium.ts) — a launch per file cost seconds each.
 */
export default async function integrationSetup(): Promise<void> {
  const chromium = await startSharedChromium();
  try {
    await globalSetup();
  } catch (err) {
    await chromium.close();
    throw err;
  }
  (globalThis as { __testChromium?: BrowserServer }).__testChromium = chromium;
}
