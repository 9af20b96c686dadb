/**
 * `/data/entries.csv`: one row per entry for spreadsheets. Lists are joined with `; `; the
 * structured lists (history, related links, sources) are flattened to their key parts. The
 * JSON file keeps every structure whole.
 */
import { boundBy } from '../content/binds';
import type { Collection } from '../content/collection';
import type { Entry } from '../content/model';
import { absoluteUrl, SITE_ADDRESS, type SiteAddress } from '../site-config';
import { LIST_SEPARATOR, toCsv } from './csv';
import { asUri } from './uri';
import { DATE_PRECISIONS, inWords } from '../content/vocab';

export interface CsvColumn {
  header: string;
  /** What the cell holds, for the /data/ page. */
  doc: string;
  value: (entry: Entry, collection: Collection, address: SiteAddress) => string;
}

const list = (values: readonly string[] | undefined): string => (values ?? []).join(LIST_SEPARATOR);

export const ENTRY_CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'slug', doc: 'permanent identifier', value: (e) => e.slug },
  { header: 'url', doc: 'the entry\'s page', value: (e, _c, address) => absoluteUrl(e.url, address) },
  { header: 'title', doc: 'title', value: (e) => e.title },
  { header: 'date', doc: 'YYYY-MM-DD', value: (e) => e.date },
  { header: 'date_precision', doc: inWords(DATE_PRECISIONS.values), value: (e) => e.datePrecision },
  { header: 'kind', doc: 'kind of event', value: (e) => e.kind },
  { header: 'summary', doc: 'one or two sentences', value: (e) => e.summary },
  { header: 'actors', doc: 'entity slugs', value: (e) => list(e.actors) },
  { header: 'jurisdictions', doc: 'entity slugs', value: (e) => list(e.jurisdictions) },
  { header: 'topics', doc: 'topic slugs', value: (e) => list(e.topics) },
  { header: 'status', doc: 'recorded status', value: (e) => e.status ?? '' },
  { header: 'effective', doc: 'YYYY-MM-DD', value: (e) => e.effective ?? '' },
  { header: 'expires', doc: 'YYYY-MM-DD', value: (e) => e.expires ?? '' },
  { header: 'binds', doc: 'entity slugs a rule binds, written or inferred', value: (e) => list(boundBy(e)) },
  { header: 'scope', doc: 'which kinds of body a rule binds', value: (e) => list(e.scope) },
  { header: 'measure', doc: 'what a rule does', value: (e) => list(e.measure) },
  { header: 'exceptions', doc: 'carve-outs', value: (e) => list(e.exceptions) },
  {
    header: 'history',
    doc: 'each step as `date status`',
    value: (e) => list(e.history?.map((step) => `${step.date} ${step.status}`)),
  },
  {
    header: 'links',
    doc: 'links both ways, each as `words slug`, e.g. `extended by 2021-05-18-…`',
    value: (e, c) => list(c.linksOf(e).map((link) => `${link.words} ${link.entry.slug}`)),
  },
  { header: 'source_titles', doc: 'the sources\' titles', value: (e) => list(e.sources.map((s) => s.title)) },
  { header: 'source_urls', doc: 'the sources\' addresses, in the same order', value: (e) => list(e.sources.map((s) => asUri(s.url))) },
  { header: 'source_publishers', doc: 'the sources\' publishers, in the same order', value: (e) => list(e.sources.map((s) => s.publisher)) },
  { header: 'added', doc: 'YYYY-MM-DD', value: (e) => e.added },
  { header: 'reviewed', doc: 'YYYY-MM-DD', value: (e) => e.reviewed },
  { header: 'body', doc: 'the text, in Markdown (line breaks kept)', value: (e) => e.body.raw.trim() },
];

/** The cells of one entry's row, in column order. */
export function entryCsvRow(entry: Entry, collection: Collection, address: SiteAddress = SITE_ADDRESS): string[] {
  return ENTRY_CSV_COLUMNS.map((column) => column.value(entry, collection, address));
}

export function entriesCsv(collection: Collection, address: SiteAddress = SITE_ADDRESS): string {
  return toCsv(
    ENTRY_CSV_COLUMNS.map((column) => column.header),
    collection.entries.map((entry) => entryCsvRow(entry, collection, address)),
  );
}
