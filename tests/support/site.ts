/** Serves the built site from out/ on a free port, and opens real Chromium against it. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createStaticServer } from '@/lib/static-server';

export const OUT = 'out';

export function assertBuilt(): void {
  if (!existsSync(`${OUT}/index.html`)) throw new Error('out/ has no built site: run `npm run build` (npm test does it first)');
}

/** Serves out/, or another built folder under its path prefix (`url` then ends with the prefix). */
export async function startSite(root = OUT, basePath = ''): Promise<{ url: string; close: () => Promise<void> }> {
  if (root === OUT) assertBuilt();
  const server = createStaticServer(root, basePath);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, without the background traffic a closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * For a test file (or describe block) that browses a built site: serves it and opens Chromium
 * before its tests, closes both after them. Read `url` and `browser` inside the tests.
 */
export function siteInChromium(root = OUT, basePath = ''): { readonly url: string; readonly browser: Browser } {
  let site: Awaited<ReturnType<typeof startSite>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await startSite(root, basePath);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      return site!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Waits until the page is interactive: its islands hydrated (components/islands/mount-islands.tsx), or at once on a page without any. */
export async function hydrated(page: import('playwright-core').Page): Promise<void> {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}
