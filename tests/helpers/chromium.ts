import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/**
 * Headless Debian chromium for the browser tests and the printed PDF fixtures. Launching it
 * costs seconds (more on a busy machine), once per test file; so the integration run starts one
 * browser server in its global setup and every file connects to it, each page in its own
 * context (its own cookies and storage, as in a browser of its own). Where no server was
 * started (a unit test, a file run on its own elsewhere) the file launches its own browser.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
/** Where the run's browser server listens; set by the global setup for the test files. */
const ENDPOINT = 'TEST_CHROMIUM_WS_ENDPOINT';

/** Starts the run's browser server and tells the test files where it listens. */
export async function startSharedChromium(): Promise<BrowserServer> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  process.env[ENDPOINT] = server.wsEndpoint();
  return server;
}

/**
 * A browser for one test file: a connection to the run's browser server, or a browser of its
 * own. Either way `close()` ends what the file opened (a connection closes its contexts and
 * leaves the server running for the next file).
 */
export async function openBrowser(): Promise<Browser> {
  const endpoint = process.env[ENDPOINT];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}
