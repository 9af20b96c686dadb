import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, citationOf, cslJsonCitation, escapeLatex } from '@/lib/citation/cite';
import { parseSiteUrl } from '@/lib/site-config';
import { collectionOf, entryDoc } from '../support/collection';

const address = parseSiteUrl('https://example.org/tracker');
const permalink = 'https://example.org/tracker/entries/2020-06-08-ibm-exit/';
const entry = {
  slug: '2020-06-08-ibm-exit',
  title: 'IBM leaves the 100% general-purpose face_recognition business & says #why',
  summary: 'IBM said it would no longer offer general-purpose facial recognition.',
  added: '2026-03-05',
  reviewed: '2026-11-26',
};

describe('citations', () => {
  it('writes APA text with the tracker as author, the added day as date and the review day as access date', () => {
    expect(apaCitation(entry, permalink)).toBe(
      'Facial Recognition Policy Tracker. (2026, March 5). IBM leaves the 100% general-purpose face_recognition business & says #why. ' +
        'Retrieved November 26, 2026, from https://example.org/tracker/entries/2020-06-08-ibm-exit/',
    );
    expect(apaCitation({ ...entry, title: 'Is it legal?' }, permalink)).toContain('(2026, March 5). Is it legal? Retrieved');
  });

  it('writes BibTeX with LaTeX specials escaped and the title protected by braces', () => {
    expect(bibtexCitation(entry, permalink)).toBe(
      [
        '@misc{frpt:2020-06-08-ibm-exit,',
        '  author = {{Facial Recognition Policy Tracker}},',
        '  title = {{IBM leaves the 100\\% general-purpose face\\_recognition business \\& says \\#why}},',
        '  year = {2026},',
        '  month = mar,',
        '  url = {https://example.org/tracker/entries/2020-06-08-ibm-exit/},',
        '  urldate = {2026-11-26}',
        '}',
      ].join('\n'),
    );
    expect(escapeLatex('a\\b{c}~d^e$f')).toBe('a\\textbackslash{}b\\{c\\}\\textasciitilde{}d\\textasciicircum{}e\\$f');
  });

  it('writes CSL-JSON as a list with one webpage item', () => {
    expect(JSON.parse(cslJsonCitation(entry, permalink))).toEqual([
      {
        id: 'frpt:2020-06-08-ibm-exit',
        type: 'webpage',
        title: entry.title,
        author: [{ literal: 'Facial Recognition Policy Tracker' }],
        'container-title': 'Facial Recognition Policy Tracker',
        abstract: entry.summary,
        issued: { 'date-parts': [[2026, 3, 5]] },
        accessed: { 'date-parts': [[2026, 11, 26]] },
        URL: permalink,
      },
    ]);
  });

  it('uses the entry page as the permalink, under the path prefix', () => {
    const collection = collectionOf([entryDoc('2020-06-08-ibm-exit', { added: '2026-03-05', reviewed: '2026-11-26' })]);
    const citation = citationOf(collection.getEntry('2020-06-08-ibm-exit')!, address);
    expect(citation.permalink).toBe(permalink);
    expect(citation.apa.endsWith(permalink)).toBe(true);
    expect(citation.bibtex).toContain(`url = {${permalink}}`);
  });
});
