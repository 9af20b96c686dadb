/**
 * "Changes to this entry" in the built site: the entry page lists the commits that changed its
 * file, as `git log --follow` sees them (or says the history is not in this build, for a copy
 * without it), and the list reads at phone and desktop widths, light and dark.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hydrated, OUT, siteInChromium } from '../support/site';

const SLUG = '2020-06-10-amazon-rekognition-police-moratorium';
const FILE = `content/entries/2020/${SLUG}.mdx`;

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] });

/** What git itself says about the file, one process per file, to check the build's one pass. */
function gitFollow(): { shallow: boolean; lines: string[] } | undefined {
  try {
    const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const lines = git(['log', '--follow', '--format=%as %s', '--', FILE]).split('\n').filter(Boolean);
    return { shallow, lines };
  } catch {
    return undefined;
  }
}

/** The section's text, item by item, from the built HTML. */
function builtSection(): { items: string[]; text: string } {
  const html = readFileSync(`${OUT}/entries/${SLUG}/index.html`, 'utf8');
  const section = /<section[^>]*data-testid="entry-changes"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
  if (!section) throw new Error(`no "Changes to this entry" section in ${OUT}/entries/${SLUG}/index.html`);
  const text = (part: string) => part.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return { items: [...section.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!)), text: text(section) };
}

describe('the changes to an entry, from git at build time', () => {
  it('lists every commit git --follow shows for the file, newest first, with its day and message', () => {
    const history = gitFollow();
    const { items, text } = builtSection();
    expect(text).toContain('Changes to this entry');
    if (!history) {
      expect(text).toContain('The history of this entry is not available in this build');
      return;
    }
    const expected = history.shallow ? history.lines.slice(0, -1) : history.lines;
    expect(items).toHaveLength(expected.length);
    expected.forEach((line, i) => {
      const [day, ...subject] = line.split(' ');
      const [y, m, d] = day!.split('-').map(Number);
      const shown = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(items[i]).toContain(shown);
      expect(items[i]).toContain(subject.join(' '));
    });
    if (!history.shallow) expect(items.length).toBeGreaterThan(0);
  });
});

const site = siteInChromium();

describe('the changes list in Chromium', () => {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`shows at ${width} px, ${colorScheme}, without widening the page`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${site.url}/entries/${SLUG}/`);
        await hydrated(page);
        const section = page.getByRole('region', { name: 'Changes to this entry' });
        await section.scrollIntoViewIfNeeded();
        expect(await section.isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
        const box = await section.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await context.close();
      });
    }
  }
});
