import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/problem';
import { relatedLinks } from '@/lib/checks/rules/related-links';
import { context, doc, entryYaml } from '../../support/docs';

const link = (...targets: string[]) =>
  `related:\n${targets.map((target) => `  - entry: ${target}\n    rel: follows-up`).join('\n')}`;

describe('related-links rule', () => {
  it('passes links written once', () => {
    const docs = [doc('entry', '2020-06-08-ibm', entryYaml()), doc('entry', '2020-06-10-amazon', entryYaml({ related: link('2020-06-08-ibm') }))];
    expect(relatedLinks.check(context(docs))).toEqual([]);
  });

  it('rejects a link to the entry itself and a repeated link', () => {
    const docs = [doc('entry', '2020-06-08-ibm', entryYaml()), doc('entry', '2020-06-10-amazon', entryYaml({ related: link('2020-06-10-amazon', '2020-06-08-ibm', '2020-06-08-ibm') }))];
    expect(relatedLinks.check(context(docs)).map(formatProblem)).toEqual([
      'content/entries/2020/2020-06-10-amazon.mdx:14: related[0].entry: links the entry to itself',
      'content/entries/2020/2020-06-10-amazon.mdx:18: related[2].entry: links to "2020-06-08-ibm" more than once; keep one link',
    ]);
  });

  it('rejects a link written from both sides, once', () => {
    const docs = [
      doc('entry', '2020-06-08-ibm', entryYaml({ related: link('2020-06-10-amazon') })),
      doc('entry', '2020-06-10-amazon', entryYaml({ related: link('2020-06-08-ibm') })),
    ];
    expect(relatedLinks.check(context(docs)).map(formatProblem)).toEqual([
      'content/entries/2020/2020-06-10-amazon.mdx:14: related[0].entry: "2020-06-08-ibm" already links here; the inverse is shown by itself, so write the link on one side only',
    ]);
  });
});
