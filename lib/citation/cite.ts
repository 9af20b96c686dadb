/**
 * How to cite an entry: APA-style text, BibTeX and CSL-JSON. The tracker is the author, the day
 * the entry was added is its publication date, and the day it was last checked against its
 * sources (`reviewed`) is the access date, so a citation stays the same until the entry is
 * reviewed again. The link is the entry's permalink: its slug never changes.
 */
import { MONTH_NAMES } from '../content/dates';
import type { Entry } from '../content/model';
import { absoluteUrl, SITE, SITE_ADDRESS, type SiteAddress } from '../site-config';

export interface Citation {
  permalink: string;
  apa: string;
  bibtex: string;
  cslJson: string;
}

/** BibTeX's month macros: the first three letters of each name. */
const BIBTEX_MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase());

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`citation: "${date}" is not a YYYY-MM-DD date`);
  return [year, month, day];
}

/** The key other tools file the entry under; slugs are unique and permanent. */
export const citationKey = (entry: Pick<Entry, 'slug'>): string => `frpt:${entry.slug}`;

/** APA 7 for a page whose author is the site: "Site. (2026, November 26). Title. Retrieved …, from URL". */
export function apaCitation(entry: Pick<Entry, 'title' | 'added' | 'reviewed'>, permalink: string): string {
  const [year, month, day] = parts(entry.added);
  const [accessYear, accessMonth, accessDay] = parts(entry.reviewed);
  const title = /[.?!]$/.test(entry.title) ? entry.title : `${entry.title}.`;
  return (
    `${SITE.name}. (${year}, ${MONTH_NAMES[month - 1]} ${day}). ${title} ` +
    `Retrieved ${MONTH_NAMES[accessMonth - 1]} ${accessDay}, ${accessYear}, from ${permalink}`
  );
}

/** Escapes the characters LaTeX treats specially, for a BibTeX field's text. */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${char}`;
    }
  });
}

export function bibtexCitation(entry: Pick<Entry, 'slug' | 'title' | 'added' | 'reviewed'>, permalink: string): string {
  const [year, month] = parts(entry.added);
  // Double braces keep the title's and the author's capitals and stop BibTeX splitting the name.
  return [
    `@misc{${citationKey(entry)},`,
    `  author = {{${escapeLatex(SITE.name)}}},`,
    `  title = {{${escapeLatex(entry.title)}}},`,
    `  year = {${year}},`,
    `  month = ${BIBTEX_MONTHS[month - 1]},`,
    `  url = {${permalink}},`,
    `  urldate = {${entry.reviewed}}`,
    '}',
  ].join('\n');
}

/** CSL-JSON (what Zotero, Mendeley and pandoc read): a list with one item. */
export function cslJsonCitation(entry: Pick<Entry, 'slug' | 'title' | 'summary' | 'added' | 'reviewed'>, permalink: string): string {
  const item = {
    id: citationKey(entry),
    type: 'webpage',
    title: entry.title,
    author: [{ literal: SITE.name }],
    'container-title': SITE.name,
    abstract: entry.summary,
    issued: { 'date-parts': [parts(entry.added)] },
    accessed: { 'date-parts': [parts(entry.reviewed)] },
    URL: permalink,
  };
  // Indented for reading, with the date parts kept on one line: [[2026, 11, 26]].
  return JSON.stringify([item], null, 2)
    .replace(/\[\s+(\d+),\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2, $3]')
    .replace(/\[\s+(\[[\d, ]+\])\s+\]/g, '[$1]');
}

export function citationOf(entry: Entry, address: SiteAddress = SITE_ADDRESS): Citation {
  const permalink = absoluteUrl(entry.url, address);
  return {
    permalink,
    apa: apaCitation(entry, permalink),
    bibtex: bibtexCitation(entry, permalink),
    cslJson: cslJsonCitation(entry, permalink),
  };
}
