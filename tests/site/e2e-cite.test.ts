/** A reader copies a citation from an entry page in real Chromium. */
import { describe, expect, it } from 'vitest';
import { citationOf } from '@/lib/citation/cite';
import { getCollection } from '@/lib/site-data';
import { hydrated, siteInChromium } from '../support/site';

const chromium = siteInChromium();

describe('the "Cite this entry" box', () => {
  it('opens when asked, then copies each format to the clipboard and says so', async () => {
    const entry = getCollection().getEntry('2020-06-10-amazon-rekognition-police-moratorium')!;
    const citation = citationOf(entry);
    const context = await chromium.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.url });
    const page = await context.newPage();
    await page.goto(`${chromium.url}${entry.url}`);
    await hydrated(page);
    const box = page.getByTestId('cite');
    // Folded until asked for: the heading shows, the formats and their buttons do not.
    expect(await box.getByRole('heading', { name: 'Cite this entry' }).isVisible()).toBe(true);
    expect(await box.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await box.getByRole('button', { name: 'Copy APA' }).isVisible()).toBe(false);
    // Opened from the keyboard: Enter on its summary.
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    await box.getByRole('button', { name: 'Copy APA' }).waitFor({ state: 'visible' });

    for (const [label, text] of [['BibTeX', citation.bibtex], ['APA', citation.apa], ['CSL-JSON', citation.cslJson]] as const) {
      await box.getByRole('button', { name: `Copy ${label}` }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 }).toBe(text);
    }
    expect(await box.getByRole('status').filter({ hasText: 'Copied' }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
