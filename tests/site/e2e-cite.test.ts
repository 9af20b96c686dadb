/** A reader copies a citation from an entry page in real Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf } from '@/lib/citation/cite';
import { getCollection } from '@/lib/site-data';
import { launchChromium, startSite } from '../support/site';

let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the "Cite this entry" box', () => {
  it('copies each format to the clipboard and says so', async () => {
    const entry = getCollection().getEntry('2020-06-10-amazon-rekognition-police-moratorium')!;
    const citation = citationOf(entry);
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    await page.goto(`${site.url}${entry.url}`);
    const box = page.getByTestId('cite');
    expect(await box.getByRole('heading', { name: 'Cite this entry' }).isVisible()).toBe(true);

    for (const [label, text] of [['BibTeX', citation.bibtex], ['APA', citation.apa], ['CSL-JSON', citation.cslJson]] as const) {
      await box.getByRole('button', { name: `Copy ${label}` }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }
    expect(await box.getByRole('status').filter({ hasText: 'Copied' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
