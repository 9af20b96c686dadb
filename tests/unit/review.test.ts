/** `npm run review`: what needs a look soonest, as lists a maintainer reads. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '@/lib/content/dates';
import { isPrimarySource, registeredName } from '@/lib/review/primary-source';
import { reviewQueue } from '@/lib/review/review-queue';
import { collectionOf, entityDoc, entryDoc, PLACES } from '../support/collection';
import { ENTRY_FRONTMATTER, entryText, makeContent, runScript, VALID_BODY } from '../support/content-fixture';

const TODAY = '2026-12-01';
const NEWS = [{ title: 'Story', url: 'https://www.reuters.com/story', publisher: 'Reuters' }];

describe('reviewQueue', () => {
  const collection = collectionOf(
    [
      entryDoc('2024-01-10-moratorium-ending', { measure: ['moratorium'], scope: ['police'], status: 'in-effect', expires: '2027-01-15', sources: NEWS }),
      entryDoc('2024-02-10-moratorium-later', { measure: ['moratorium'], scope: ['police'], status: 'in-effect', expires: '2027-06-01' }),
      entryDoc('2023-03-01-old-bill', { kind: 'legislation', status: 'proposed', reviewed: '2024-03-01', measure: ['ban'], scope: ['police'] }),
      entryDoc('2025-03-01-new-case', { kind: 'legal', status: 'ongoing', reviewed: '2026-11-01' }),
      entryDoc('2020-06-10-amazon-post', { sources: [{ title: 'Post', url: 'https://aws.amazon.com/blogs/x', publisher: 'AWS' }] }),
    ],
    [...PLACES.filter((doc) => doc.slug !== 'amazon'), entityDoc('amazon', { name: 'Amazon', category: 'company', website: 'https://www.aboutamazon.com' })],
  );
  const queue = reviewQueue(collection, TODAY);

  it('lists rules in force whose term ends within 90 days, soonest first', () => {
    expect(queue.endingSoon.map(({ entry, ends, daysLeft }) => [entry.slug, ends, daysLeft])).toEqual([
      ['2024-01-10-moratorium-ending', '2027-01-15', 45],
    ]);
  });

  it('lists open statuses, the longest unreviewed first', () => {
    expect(queue.openStatuses.map(({ entry, status, age }) => [entry.slug, status, age])).toEqual([
      ['2023-03-01-old-bill', 'proposed', 1005],
      ['2025-03-01-new-case', 'ongoing', 30],
    ]);
  });

  it("lists entries that cite no primary record; an actor's own site counts as primary", () => {
    const slugs = queue.secondaryOnly.map((entry) => entry.slug);
    expect(slugs).toContain('2024-01-10-moratorium-ending');
    expect(slugs).not.toContain('2020-06-10-amazon-post');
  });
});

describe('primary sources', () => {
  it("counts official domains, record sites and the actors' own sites", () => {
    const none = new Set<string>();
    expect(isPrimarySource({ url: 'https://www.congress.gov/bill/116th-congress/senate-bill/847' }, none)).toBe(true);
    expect(isPrimarySource({ url: 'https://ico.org.uk/about-the-ico/media-centre/news' }, new Set(['ico.org.uk']))).toBe(true);
    expect(isPrimarySource({ url: 'https://legiscan.com./IL/text/SB2979/2023' }, none)).toBe(true);
    expect(isPrimarySource({ url: 'https://somervillema.legistar.com/MeetingDetail.aspx?ID=1' }, none)).toBe(true);
    expect(isPrimarySource({ url: 'https://www.theverge.com/story' }, none)).toBe(false);
    expect(registeredName('news.bbc.co.uk')).toBe('bbc');
  });
});

describe('dates', () => {
  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2026-12-01', 90)).toBe('2027-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2026-12-01', -12)).toBe('2025-12-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('npm run review', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'review-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its three lists with counts', () => {
    const root = makeContent(dir);
    const frontmatter = [...ENTRY_FRONTMATTER.filter((line) => !line.startsWith('reviewed:')), 'reviewed: 2025-06-01', 'status: ongoing'];
    writeFileSync(path.join(root, 'entries/2020/2020-06-10-amazon-pause.mdx'), entryText(VALID_BODY, frontmatter));
    const result = runScript('scripts/review.ts', ['--content', root, '--today', TODAY]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('What needs a look soonest, as of 1 December 2026');
    expect(result.stdout).toContain('Rules whose term ends in the next 90 days (0)');
    expect(result.stdout).toContain('Open statuses, least recently reviewed first (1)');
    expect(result.stdout).toMatch(/reviewed 2025-06-01 \(548 days ago\) {2}ongoing {2}content\/entries\/2020\/2020-06-10-amazon-pause\.mdx {2}Amazon pauses police use of Rekognition/);
    expect(result.stdout).toContain('Entries whose sources are all secondary (no primary record cited) (1)');
  }, 120_000);

  it('refuses a day that is not a date', () => {
    const result = runScript('scripts/review.ts', ['--today', 'tomorrow']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run review -- --today: "tomorrow" is not a date written YYYY-MM-DD');
  }, 60_000);
});

describe('cited addresses for the weekly link check', () => {
  it('lists each address once with every file that cites it, from sources, history and websites', async () => {
    const { citedAddresses } = await import('@/lib/review/cited-addresses');
    const shared = 'https://www.reuters.com/story';
    const collection = collectionOf(
      [
        entryDoc('2020-06-10-a', { sources: [{ title: 'S', url: shared, publisher: 'Reuters' }] }),
        entryDoc('2021-01-01-b', {
          sources: [{ title: 'S', url: shared, publisher: 'Reuters', archived: 'https://web.archive.org/web/2021/x' }],
          history: [{ date: '2021-01-01', status: 'in-effect', source: 'https://www.congress.gov/bill/1' }],
          status: 'in-effect',
        }),
      ],
      [...PLACES.filter((doc) => doc.slug !== 'amazon'), entityDoc('amazon', { name: 'Amazon', category: 'company', website: 'https://www.aboutamazon.com' })],
    );
    expect(citedAddresses(collection)).toEqual([
      { url: 'https://web.archive.org/web/2021/x', files: ['content/entries/2021/2021-01-01-b.mdx'] },
      { url: 'https://www.aboutamazon.com', files: ['content/entities/amazon.mdx'] },
      { url: 'https://www.congress.gov/bill/1', files: ['content/entries/2021/2021-01-01-b.mdx'] },
      { url: shared, files: ['content/entries/2020/2020-06-10-a.mdx', 'content/entries/2021/2021-01-01-b.mdx'] },
    ]);
  });
});
