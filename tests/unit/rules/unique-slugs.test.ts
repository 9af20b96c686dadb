import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { uniqueSlugs } from '@/lib/checks/rules/unique-slugs';
import { context, doc, entryYaml } from '../../support/docs';

describe('unique-slugs rule', () => {
  it('reports an entry slug used in two year folders, on both files', () => {
    const first = doc('entry', '2020-06-10-amazon-pause', entryYaml());
    const second = { ...first, folder: '2021', parsed: { ...first.parsed, file: 'content/entries/2021/2020-06-10-amazon-pause.mdx' } };
    expect(uniqueSlugs.check(context([first, second])).map(formatProblem)).toEqual([
      'content/entries/2020/2020-06-10-amazon-pause.mdx:1: file: entry slug "2020-06-10-amazon-pause" is also used by content/entries/2021/2020-06-10-amazon-pause.mdx; slugs must be unique',
      'content/entries/2021/2020-06-10-amazon-pause.mdx:1: file: entry slug "2020-06-10-amazon-pause" is also used by content/entries/2020/2020-06-10-amazon-pause.mdx; slugs must be unique',
    ]);
  });

  it('passes distinct slugs', () => {
    const docs = [doc('entry', '2020-06-10-a', entryYaml()), doc('entry', '2020-06-10-b', entryYaml())];
    expect(uniqueSlugs.check(context(docs))).toEqual([]);
  });
});
