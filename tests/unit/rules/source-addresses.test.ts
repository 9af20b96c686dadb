import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { sourceAddresses } from '@/lib/checks/rules/source-addresses';
import { sourceAddressProblem } from '@/lib/content/source-address';
import { amazon, context, doc, entryYaml } from '../../support/docs';

const SLUG = '2020-06-10-amazon-pause';
const FILE = `content/entries/2020/${SLUG}.mdx`;
const withSource = (url: string) =>
  sourceAddresses
    .check(context([doc('entry', SLUG, entryYaml({ sources: `sources:\n  - title: Page\n    url: ${url}\n    publisher: Someone` })), amazon()]))
    .map(formatProblem);

describe('source-addresses rule', () => {
  it('refuses a placeholder handle with file, line and field', () => {
    expect(withSource('https://dspace.mit.edu/handle/1721.1/123456')).toEqual([
      `${FILE}:9: sources[0].url: "123456" in the path looks like a placeholder, not a real page; cite the page you read`,
    ]);
  });

  it('refuses example hosts, tracking parameters and backend hosts', () => {
    expect(sourceAddressProblem('https://example.com/report')).toBe('example.com is an example host, not a real page; cite the page you read');
    expect(sourceAddressProblem('https://news.example/story')).toMatch(/example host/);
    expect(sourceAddressProblem('https://www.reuters.com/story?utm_source=twitter&utm_medium=social')).toBe(
      'carries the tracking parameters "utm_source", "utm_medium"; remove them',
    );
    expect(sourceAddressProblem('https://fedscoop.com/amazon-extends?source=email')).toBe('carries the tracking parameter "source"; remove it');
    expect(sourceAddressProblem('https://wp.api.aclu.org/press-releases/x')).toBe(
      'wp.api.aclu.org is a backend host, not the public site; cite the page at www.aclu.org',
    );
  });

  it('accepts ordinary pages, including query strings that choose the page', () => {
    expect(sourceAddressProblem('https://www.congress.gov/bill/116th-congress/senate-bill/847')).toBeUndefined();
    expect(sourceAddressProblem('https://www.gpdp.it/garante/doc.jsp?ID=9751362')).toBeUndefined();
    expect(sourceAddressProblem('https://www.nytimes.com/2020/01/18/technology/clearview-privacy-facial-recognition.html')).toBeUndefined();
  });

  it('checks history step sources and entity websites too', () => {
    const entity = doc('entity', 'acme', 'name: Acme\ncategory: company\nwebsite: https://example.org');
    expect(sourceAddresses.check(context([entity])).map(formatProblem)).toEqual([
      'content/entities/acme.mdx:4: website: example.org is an example host, not a real page; cite the page you read',
    ]);
  });
});
