import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ENTRY_CSV_COLUMNS, entriesCsv } from '@/lib/data/entries-csv';
import { parseSiteUrl } from '@/lib/site-config';
import { collectionOf, entryDoc } from '../../support/collection';

const address = parseSiteUrl('https://example.org/tracker');

describe('entries.csv', () => {
  const collection = collectionOf([
    {
      ...entryDoc('2020-06-10-pause', {
        title: 'Amazon "pauses", for now, police use',
        summary: 'A summary, with a comma; and "quotes".',
        exceptions: ['missing children, trafficking', 'a "quoted" carve-out'],
        sources: [
          { title: 'Post, "quoted"', url: 'https://a.example/post', publisher: 'Amazon' },
          { title: 'Report', url: 'https://b.example/r?a=1,2', publisher: 'Reuters' },
        ],
      }),
      body: { raw: '\nFirst paragraph, with "quotes".\r\n\nSecond line\n', code: '' },
    },
    entryDoc('2021-05-18-extension', { related: [{ entry: '2020-06-10-pause', rel: 'extends' }] }),
  ]);
  const rows: Record<string, string>[] = parse(entriesCsv(collection, address), { columns: true });

  it('has one row per entry under the documented header', () => {
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual(ENTRY_CSV_COLUMNS.map((column) => column.header));
  });

  it('keeps commas, quotes and line breaks, and joins lists with "; "', () => {
    const [pause] = rows;
    expect(pause?.title).toBe('Amazon "pauses", for now, police use');
    expect(pause?.summary).toBe('A summary, with a comma; and "quotes".');
    expect(pause?.exceptions).toBe('missing children, trafficking; a "quoted" carve-out');
    expect(pause?.source_titles).toBe('Post, "quoted"; Report');
    expect(pause?.source_urls).toBe('https://a.example/post; https://b.example/r?a=1,2');
    expect(pause?.body).toBe('First paragraph, with "quotes".\r\n\nSecond line');
    expect(pause?.url).toBe('https://example.org/tracker/entries/2020-06-10-pause/');
  });

  it('lists links both ways in words', () => {
    expect(rows[0]?.links).toBe('extended by 2021-05-18-extension');
    expect(rows[1]?.links).toBe('extends 2020-06-10-pause');
  });
});
