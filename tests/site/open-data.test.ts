/** The data files, feeds, calendar, sitemap and robots.txt in out/, read with real parsers. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { allDeadlines } from '@/lib/calendar/deadlines';
import { ENTRY_CSV_COLUMNS, entryCsvRow } from '@/lib/data/entries-csv';
import { FEED_LIMIT } from '@/lib/feeds/atom';
import { KINDS } from '@/lib/content/vocab';
import { ENTITY_PAGE_SIZE, laterPages, pagePath } from '@/lib/paging/list-pages';
import { absoluteUrl } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';
import { readAtom } from '../support/atom';
import { xmlProblems } from '../support/strict-xml';
import { validator } from '../support/json-schema';
import { assertBuilt, OUT } from '../support/site';

assertBuilt();
const collection = getCollection();
const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');
const json = (file: string): unknown => JSON.parse(read(file));
/** The slugs of the files in content/, read from disk, not from the build. */
const contentSlugs = (folder: string) =>
  readdirSync(path.join('content', folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => path.basename(file, '.mdx'))
    .sort();
const slugsOf = (value: unknown, list: string): string[] => {
  if (typeof value !== 'object' || value === null || !(list in value)) throw new Error(`no "${list}" list`);
  const records: unknown = (value as Record<string, unknown>)[list];
  if (!Array.isArray(records)) throw new Error(`"${list}" is not a list`);
  return records.map((record: unknown) => (typeof record === 'object' && record !== null && 'slug' in record ? String(record.slug) : '')).sort();
};

describe('open data files', () => {
  const schema = json('data/schema.json');
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new Error('schema.json is not an object');

  it('has JSON files that validate against /data/schema.json', () => {
    const validate = validator({ ...schema });
    expect(validate(json('data/entries.json'))).toEqual([]);
    expect(validate(json('data/entities.json'))).toEqual([]);
    expect(validator({ ...schema }, '#/$defs/EntriesFile')(json('data/entries.json'))).toEqual([]);
    expect(validator({ ...schema }, '#/$defs/EntitiesFile')(json('data/entities.json'))).toEqual([]);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: absoluteUrl('/data/schema.json') });
  });

  it('holds exactly the entries and entities in content/', () => {
    expect(slugsOf(json('data/entries.json'), 'entries')).toEqual(contentSlugs('entries'));
    expect(slugsOf(json('data/entities.json'), 'entities')).toEqual(contentSlugs('entities'));
    expect(json('data/entries.json')).toMatchObject({ schemaVersion: 1, count: contentSlugs('entries').length });
  });

  it('carries incoming links with their inverse words', () => {
    expect(json('data/entries.json')).toMatchObject({
      entries: expect.arrayContaining([
        expect.objectContaining({
          slug: '2020-06-10-amazon-rekognition-police-moratorium',
          links: expect.arrayContaining([
            expect.objectContaining({ direction: 'in', rel: 'extends', words: 'extended by', entry: '2021-05-18-amazon-extends-rekognition-moratorium' }),
          ]),
        }),
      ]),
    });
  });

  it('has a CSV file that a CSV parser reads back to every field of every entry', () => {
    const rows: string[][] = parseCsv(read('data/entries.csv'));
    expect(rows[0]).toEqual(ENTRY_CSV_COLUMNS.map((column) => column.header));
    expect(rows.slice(1).map((row) => row[0]).sort()).toEqual(contentSlugs('entries'));
    for (const entry of collection.entries) {
      const row = rows.find((cells) => cells[0] === entry.slug);
      expect(row, entry.slug).toEqual(entryCsvRow(entry, collection));
    }
    const header = rows[0]!;
    const amazon = rows.find((cells) => cells[0] === '2020-06-10-amazon-rekognition-police-moratorium')!;
    const cell = (name: string) => amazon[header.indexOf(name)];
    expect(cell('actors')).toBe('amazon');
    expect(cell('history')).toBe('2020-06-10 in-effect; 2021-05-18 extended');
    expect(cell('body')).toContain('\n');
    expect(cell('source_publishers')).toBe('Amazon; Reuters; The Seattle Times; BuzzFeed News');
  });
});

describe('whom each rule binds, in the data and feeds', () => {
  const SETTLEMENT = '2022-05-09-aclu-clearview-settlement';
  const records = (file: string, list: string): Record<string, unknown>[] => {
    const value = json(file);
    if (typeof value !== 'object' || value === null || !(list in value)) throw new Error(`no "${list}" list`);
    const items: unknown = (value as Record<string, unknown>)[list];
    if (!Array.isArray(items)) throw new Error(`"${list}" is not a list`);
    return items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
  };

  it('gives every rule in entries.json a `binds`: the settlement binds Clearview, not the ACLU', () => {
    const entries = records('data/entries.json', 'entries');
    const rules = entries.filter((entry) => Array.isArray(entry.measure) && entry.measure.length > 0);
    expect(rules.length).toBeGreaterThan(100);
    expect(rules.filter((entry) => !Array.isArray(entry.binds) || entry.binds.length === 0).map((entry) => entry.slug)).toEqual([]);
    expect(entries.find((entry) => entry.slug === SETTLEMENT)).toMatchObject({ binds: ['clearview-ai'], bindsFrom: 'written' });
    const entities = records('data/entities.json', 'entities');
    expect(entities.find((each) => each.slug === 'aclu')).toMatchObject({ entries: expect.arrayContaining([{ entry: SETTLEMENT, roles: ['actor'] }]) });
    expect(entities.find((each) => each.slug === 'clearview-ai')).toMatchObject({
      entries: expect.arrayContaining([{ entry: SETTLEMENT, roles: ['actor', 'bound'] }]),
    });
    const [header, ...rows]: string[][] = parseCsv(read('data/entries.csv'));
    expect(rows.find((row) => row[0] === SETTLEMENT)?.[header!.indexOf('binds')]).toBe('clearview-ai');
  });

  it('puts an order in the feed of the company it binds, though the company did not act in it', () => {
    const feed = readAtom(read('entities/clearview-ai/feed.xml'));
    expect(feed.entries.map((entry) => entry.id)).toContain(absoluteUrl('/entries/2022-03-09-italy-fines-clearview-ai/'));
  });
});

describe('feeds', () => {
  it('writes every XML file (feeds and sitemap) as well-formed XML, by a strict parser', () => {
    const xmlFiles = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));
    expect(xmlFiles.length).toBeGreaterThan(collection.entities.length);
    for (const file of xmlFiles) expect(xmlProblems(read(file)), file).toEqual([]);
  });

  it('has a site feed of the newest entries by date added', () => {
    const feed = readAtom(read('feed.xml'));
    expect(feed.entries.map((entry) => entry.id)).toEqual(collection.latestAdded(FEED_LIMIT).map((entry) => absoluteUrl(entry.url)));
    expect(feed.entries[0]?.title).toBe(collection.latestAdded(1)[0]?.title);
  });

  it('has a feed for every entity, with the entries naming it', () => {
    const newest = collection.latestAdded(collection.entries.length);
    for (const entity of collection.entities) {
      const feed = readAtom(read(`entities/${entity.slug}/feed.xml`));
      const named = new Set(collection.appearancesOf(entity).map(({ entry }) => entry.slug));
      const expected = newest.filter((entry) => named.has(entry.slug)).slice(0, FEED_LIMIT);
      expect(feed.entries.map((entry) => entry.id), entity.slug).toEqual(expected.map((entry) => absoluteUrl(entry.url)));
    }
  });

  it('has a feed for every kind, with only that kind', () => {
    for (const kind of KINDS.values) {
      const feed = readAtom(read(`kinds/${kind}/feed.xml`));
      const expected = collection.entries.filter((entry) => entry.kind === kind);
      expect(feed.entries.length, kind).toBe(Math.min(expected.length, FEED_LIMIT));
      for (const entry of feed.entries) expect(entry.categories[0]).toBe(kind);
    }
  });

  it('is announced with alternate links on every page and per entity on entity pages', () => {
    const alternate = `<link rel="alternate" type="application/atom+xml" href="${absoluteUrl('/feed.xml')}"`;
    for (const page of ['index.html', 'timeline/index.html', 'data/index.html', 'entries/2020-06-10-amazon-rekognition-police-moratorium/index.html']) {
      expect(read(page), page).toContain(alternate);
    }
    expect(read('entities/amazon/index.html')).toContain(`<link rel="alternate" type="application/atom+xml" href="${absoluteUrl('/entities/amazon/feed.xml')}"`);
  });
});

describe('deadline calendar', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('data/deadlines.ics')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('holds one all-day event for each rule date, each with a unique id and a link to an existing entry', () => {
    const expected = allDeadlines(collection);
    expect(expected.length).toBeGreaterThan(50);
    expect(events.map((event) => event.uid)).toEqual(expected.map((event) => event.uid));
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.startDate.isDate, event.uid).toBe(true);
      const url = String(event.component.getFirstPropertyValue('url'));
      const slug = url.replace(absoluteUrl('/entries/'), '').replace(/\/$/, '');
      expect(collection.getEntry(slug), url).toBeDefined();
    }
  });

  it('has the Amazon moratorium from its start to its end of term and extension', () => {
    const amazon = events
      .filter((event) => event.uid.startsWith('2020-06-10-amazon-rekognition-police-moratorium.'))
      .map((event) => [event.startDate.toString(), event.summary]);
    expect(amazon).toEqual([
      ['2020-06-10', 'Takes effect: Amazon pauses police use of Rekognition for a year'],
      ['2021-05-18', 'Extended: Amazon pauses police use of Rekognition for a year'],
      ['2021-06-10', 'Term ends: Amazon pauses police use of Rekognition for a year'],
    ]);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every entry and entity page in the sitemap, with review dates', () => {
    const parsed: unknown = new XMLParser({ isArray: (name) => name === 'url' }).parse(read('sitemap.xml'));
    const urls = JSON.stringify(parsed);
    for (const entry of collection.entries) expect(urls).toContain(`{"loc":"${absoluteUrl(entry.url)}","lastmod":"${entry.reviewed}"}`);
    for (const entity of collection.entities) expect(urls).toContain(`"${absoluteUrl(entity.url)}"`);
    expect(urls).toContain(`"${absoluteUrl('/data/')}"`);
    // An entity with more entries than one page holds lists its later pages too, each a built page.
    const paged = collection.entities.filter((entity) => collection.appearancesOf(entity).length > ENTITY_PAGE_SIZE);
    expect(paged.length).toBeGreaterThan(0);
    for (const entity of paged) {
      for (const number of laterPages(collection.appearancesOf(entity).length, ENTITY_PAGE_SIZE)) {
        expect(urls).toContain(`"${absoluteUrl(pagePath(entity.url, number))}"`);
        expect(existsSync(path.join(OUT, pagePath(entity.url, number), 'index.html')), pagePath(entity.url, number)).toBe(true);
      }
    }
  });

  it('lists every timeline year page, dated by its newest review', () => {
    const parsed: unknown = new XMLParser({ isArray: (name) => name === 'url' }).parse(read('sitemap.xml'));
    const urls = JSON.stringify(parsed);
    for (const year of new Set(collection.entries.map((entry) => entry.date.slice(0, 4)))) {
      const reviewed = collection.entries.filter((entry) => entry.date.startsWith(`${year}-`)).map((entry) => entry.reviewed).sort().at(-1);
      expect(urls, year).toContain(`{"loc":"${absoluteUrl(`/timeline/${year}/`)}","lastmod":"${reviewed}"}`);
    }
  });

  it('points crawlers to the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  });

  it('documents the data and its licence on /data/', () => {
    const page = read('data/index.html');
    expect(page).toContain('Creative Commons Attribution 4.0 International');
    for (const file of ['entries.json', 'entities.json', 'entries.csv', 'schema.json', 'deadlines.ics']) {
      expect(page, file).toContain(`href="/data/${file}"`);
      expect(existsSync(path.join(OUT, 'data', file)), file).toBe(true);
    }
  });
});
