/** The built site in out/ has a page for every entry and entity, with their content. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCollection } from '@/lib/site-data';
import { buildSearchFiles, searchFileBody, searchFileNames, sourcesFromCollection, vocabularyFromCollection } from '@/lib/search/build-index';
import { ENTITY_PAGE_SIZE, pageCount, pageOfPosition, pagePath } from '@/lib/paging/list-pages';
import { absoluteUrl, editUrl } from '@/lib/site-config';
import { yearPagePath, yearPages } from '@/lib/timeline/year-pages';
import { assertBuilt, OUT } from '../support/site';

assertBuilt();
const collection = getCollection();
const html = (path: string) => readFileSync(`${OUT}${path}index.html`, 'utf8');
/** The words a reader sees: scripts dropped, React's text separators joined, tags as spaces. */
const text = (path: string) =>
  html(path)
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('build output', () => {
  it('has a page for every entry, with its title, summary and sources', () => {
    for (const entry of collection.entries) {
      const page = text(entry.url);
      expect(page, entry.url).toContain(entry.title);
      for (const source of entry.sources) expect(page, `${entry.url} source`).toContain(source.publisher);
    }
  });

  it('has a page for every entity, listing each entry that names it on one of its pages of 50', () => {
    for (const entity of collection.entities) {
      const appearances = collection.appearancesOf(entity);
      expect(text(entity.url), entity.url).toContain(entity.name);
      appearances.forEach(({ entry }, position) => {
        const url = pagePath(entity.url, pageOfPosition(position, ENTITY_PAGE_SIZE));
        expect(text(url), `${url} lists ${entry.slug}`).toContain(entry.title);
      });
      const count = pageCount(appearances.length, ENTITY_PAGE_SIZE);
      expect(existsSync(`${OUT}${pagePath(entity.url, count + 1)}index.html`), `${entity.url} has no page ${count + 1}`).toBe(false);
    }
  });

  it('cuts a long list of entries into pages of 50 that say where they are, oldest first', () => {
    const entity = collection.getEntity('united-states')!;
    const entries = collection.appearancesOf(entity).map(({ entry }) => entry);
    const count = pageCount(entries.length, ENTITY_PAGE_SIZE);
    expect(count).toBeGreaterThan(1);
    for (let number = 1; number <= count; number++) {
      const page = text(pagePath(entity.url, number));
      const last = Math.min(number * ENTITY_PAGE_SIZE, entries.length);
      expect(page).toContain(`Page ${number} of ${count}: entries ${(number - 1) * ENTITY_PAGE_SIZE + 1} to ${last}, oldest first`);
      // The entries just before and after this page's are on the pages beside it, not here.
      const before = entries[(number - 1) * ENTITY_PAGE_SIZE - 1];
      const after = entries[last];
      if (before) expect(page, `page ${number}`).not.toContain(before.title);
      if (after) expect(page, `page ${number}`).not.toContain(after.title);
    }
    // Page 1 keeps where the place stands and its small timeline; a later page links back to them.
    expect(html(entity.url)).toContain('data-testid="entity-timeline"');
    expect(html(pagePath(entity.url, 2))).not.toContain('data-testid="entity-timeline"');
    expect(text(pagePath(entity.url, 2))).toContain('Where United States stands, and its timeline');
    // Each page is its own canonical address, with a title that says which page it is.
    expect(html(pagePath(entity.url, 2))).toContain(`<link rel="canonical" href="${absoluteUrl(pagePath(entity.url, 2))}"`);
    expect(html(pagePath(entity.url, 2))).toMatch(new RegExp(`<title[^>]*>United States: entries, page 2 of ${count} ·`));
    expect(html(entity.url)).toContain(`<link rel="canonical" href="${absoluteUrl(entity.url)}"`);
  });

  it('writes every page as a document: no route data, no page data, no script but an islands\' one', () => {
    const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' });
    const pages = files.filter((file) => file.endsWith('.html'));
    const entityPages = collection.entities.reduce((sum, entity) => sum + pageCount(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE), 0);
    expect(pages.length).toBeGreaterThan(collection.entries.length + entityPages);
    // No React Server Components payloads (the App Router's route data) and no Pages Router page data.
    expect(files.filter((file) => file.endsWith('.txt') && file !== 'robots.txt')).toEqual([]);
    expect(existsSync(path.join(OUT, '_next', 'data'))).toBe(false);
    const scriptsOf = (file: string) => [...readFileSync(path.join(OUT, file), 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    // Pages with controls load one module, their islands' entry; every other page loads no script file.
    const withIslands = new Set(['index.html', path.join('timeline', 'index.html'), path.join('status', 'index.html'), path.join('search', 'index.html')]);
    for (const file of pages) {
      const scripts = scriptsOf(file);
      if (withIslands.has(file) || file.startsWith(`timeline${path.sep}`)) {
        expect(scripts, file).toHaveLength(1);
        expect(scripts[0], file).toMatch(/^\/islands\/[a-z-]+-[A-Z0-9]+\.js$/);
      } else {
        expect(scripts, file).toEqual([]);
      }
    }
  });

  it('publishes the search files the content step wrote, each what the index builder makes of the content', () => {
    const files = buildSearchFiles(sourcesFromCollection(collection), vocabularyFromCollection(collection));
    const names = searchFileNames(files);
    expect(readdirSync(path.join(OUT, 'search-index')).sort()).toEqual([...names].sort());
    for (const name of names) expect(readFileSync(path.join(OUT, 'search-index', name), 'utf8'), name).toBe(JSON.stringify(searchFileBody(files, name)));
  });

  it('shows a rule\'s status history with dates', () => {
    const page = text('/entries/2020-06-10-amazon-rekognition-police-moratorium/');
    expect(page).toContain('Now: extended');
    expect(page).toMatch(/10 June 2020 in effect/);
    expect(page).toMatch(/18 May 2021 extended/);
  });

  it('shows related entries in both directions, in words', () => {
    expect(text('/entries/2020-06-10-amazon-rekognition-police-moratorium/')).toContain('extended by Amazon');
    expect(text('/entries/2021-05-18-amazon-extends-rekognition-moratorium/')).toMatch(/extends Amazon pauses police use of Rekognition/);
  });

  it('links every entry and entity page to its file in the repository, to edit it', () => {
    for (const page of [...collection.entries, ...collection.entities]) {
      expect(html(page.url), page.url).toContain(`href="${editUrl(page.sourceFile)}"`);
      expect(text(page.url), page.url).toContain(`Edit this page ( ${page.sourceFile} )`);
    }
    expect(html('/entries/2020-06-10-amazon-rekognition-police-moratorium/')).toContain(
      '/edit/main/content/entries/2020/2020-06-10-amazon-rekognition-police-moratorium.mdx"',
    );
  });

  it('has home, about and 404 pages', () => {
    expect(text('/')).toContain('June 2020');
    expect(text('/about/')).toContain('About the tracker');
    // The site's own 404 page, where static hosts look for it, and no page of its own at /not-found/.
    for (const file of ['404.html', '404/index.html']) expect(readFileSync(`${OUT}/${file}`, 'utf8'), file).toContain('There is no page at this address.');
    expect(existsSync(`${OUT}/not-found`)).toBe(false);
  });
});

describe('timeline, status and entity pages without JavaScript', () => {
  it('lists every entry on the page of its year (and page within the year), and on no other', () => {
    const pages = yearPages(collection.entries);
    for (const { year, page, items } of pages) {
      const listed = [...html(yearPagePath(year, page)).matchAll(/<li data-slug="([^"]+)"/g)].map((match) => match[1]);
      expect(listed, `${year} page ${page}`).toEqual(items.map((entry) => entry.slug));
    }
    expect(pages.flatMap((page) => page.items)).toHaveLength(collection.entries.length);
  });

  it('links /timeline/ to every year page, from the overview and the year index, and shows the latest entries', () => {
    const page = html('/timeline/');
    const years = [...new Set(collection.entries.map((entry) => entry.date.slice(0, 4)))];
    for (const year of years) {
      expect(page, year).toContain(`<a href="/timeline/${year}/" aria-label="${year}: `);
      expect(page, year).toContain(`href="/timeline/${year}/">${year}</a>`);
    }
    expect(text('/timeline/')).toContain(`All ${collection.entries.length} entries`);
    for (const entry of collection.entries.slice(-20)) expect(page, entry.slug).toContain(`data-slug="${entry.slug}"`);
    expect(page).not.toContain(`data-slug="${collection.entries[0]!.slug}"`);
  });

  it('shows the rules in force on the build day on the status page', () => {
    expect(text('/status/')).toMatch(/In force on \d{1,2} \w+ \d{4}: \d+ rules/);
    expect(html('/status/')).toContain('data-slug="2020-06-10-amazon-rekognition-police-moratorium"');
    expect(html('/status/')).not.toContain('data-slug="2019-10-08-california-ab-1215-body-camera-ban"');
  });

  it('gives an entity its stance and a place its inherited rules', () => {
    expect(text('/entities/amazon/')).toContain('Amazon: moratorium for police since 10 June 2020, extended 18 May 2021');
    const sanFrancisco = text('/entities/san-francisco/');
    expect(sanFrancisco).toContain('Rules from the places that contain San Francisco');
    expect(sanFrancisco).toMatch(/inherited from California .*body camera/i);
  });

  it('tells readers how complete the record is, by kind and year, place, and known gaps', () => {
    const page = text('/coverage/');
    expect(page).toContain(`The record holds ${collection.entries.length} entries.`);
    const legislation2019 = collection.entries.filter((entry) => entry.kind === 'legislation' && entry.date.startsWith('2019')).length;
    const cell2019 = html('/coverage/').match(/data-cell="2019\/legislation"[^>]*>(\d*)</)?.[1];
    expect(cell2019).toBe(String(legislation2019));
    const usEntries = collection.entries.filter((entry) =>
      (entry.jurisdictions ?? []).some((slug) => {
        for (let place: string | undefined = slug; place; place = collection.getEntity(place)?.parent) if (place === 'united-states') return true;
        return false;
      }),
    ).length;
    expect(page).toMatch(new RegExp(`United States ${usEntries} `));
    expect(page).toContain('Known to be thin');
    expect(page).toContain('US state bills that died');
    expect(page).toContain('Add what is missing');
  });

  it('shows a rule that returned when its replacement lapsed: Virginia after SB 741', () => {
    const virginia = text('/entities/virginia/');
    expect(virginia).toContain('Virginia: ban for police in force again since 1 July 2026 (set aside 1 July 2022 to 1 July 2026).');
    const ban = text('/entries/2021-04-07-virginia-hb-2031-bans-local-police-facial-recognition/');
    expect(ban).toContain('suspended');
    expect(ban).toContain('Now: in effect');
    expect(text('/entries/2022-04-27-virginia-sb-741-allows-police-facial-recognition/')).toContain('Now: expired');
  });

  it('shows an entry\'s thread with the entry marked, and a lapsed term as expired', () => {
    const page = html('/entries/2020-06-10-amazon-rekognition-police-moratorium/');
    expect(page).toContain('aria-current="page"');
    expect(text('/entries/2020-06-10-amazon-rekognition-police-moratorium/')).toMatch(/The thread \(\d+ entries\)/);
    expect(text('/entries/2019-10-08-california-ab-1215-body-camera-ban/')).toContain('Now: expired');
  });
});
