import type { BrowserServer } from 'playwright-core';
import globalTeardown from './globalTeardown';

export default async function integrationTeardown(): Promise<void> {
  const holder = globalThis as { __testChromium?: BrowserServer };
  const chromium = holder.__testChromium;
  holder.__testChromium = undefined;
  try {
    await chromium?.close();
  } finally {
    await globalTeardown();
  }
}
