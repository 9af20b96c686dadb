import type { Metadata } from 'next';
import { DATA_LICENCE } from '@/lib/data/licence';
import { ENTITY_FIELD_DOCS, ENTRY_FIELD_DOCS } from '@/lib/data/field-docs';
import { ENTRY_CSV_COLUMNS } from '@/lib/data/entries-csv';
import { SCHEMA_VERSION } from '@/lib/data/data-schema';
import { DATA_PATHS } from '@/lib/data/records';
import { kindLabel } from '@/lib/content/labels';
import { KINDS } from '@/lib/content/vocab';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { kindFeedPath, SITE_FEED_PATH } from '@/lib/feeds/paths';
import { absoluteUrl, SITE, withBasePath } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';

export const metadata: Metadata = pageMetadata({
  path: '/data/',
  title: 'Open data, feeds and citation',
  description: `Download every entry of the ${SITE.name} as JSON or CSV, follow it by Atom feed or calendar, and cite it.`,
});

const FILES = [
  { path: DATA_PATHS.entriesJson, format: 'JSON', what: 'Every entry with every field, its page URL, its text and its links in both directions.' },
  { path: DATA_PATHS.entitiesJson, format: 'JSON', what: 'Every company, organisation, place and person, with the entries that name it.' },
  { path: DATA_PATHS.entriesCsv, format: 'CSV', what: 'One row per entry, for spreadsheets: RFC 4180, UTF-8, lists joined with "; ".' },
  { path: DATA_PATHS.schema, format: 'JSON Schema', what: 'The shape of both JSON files (draft 2020-12), generated from the content schema.' },
  { path: DATA_PATHS.deadlines, format: 'iCalendar', what: 'When rules take effect, when their terms end, and each dated change of status: one all-day event each.' },
];

/** A one-line doc with `code` spans, as the field docs write them. */
function Doc({ text }: { text: string }) {
  return <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

function FieldTable({ caption, docs }: { caption: string; docs: Record<string, string> }) {
  return (
    <table>
      <caption className="text-left">{caption}</caption>
      <thead>
        <tr>
          <th>field</th>
          <th>meaning</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(docs).map(([field, doc]) => (
          <tr key={field}>
            <td>
              <code>{field}</code>
            </td>
            <td>
              <Doc text={doc} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function DataPage() {
  const collection = getCollection();
  return (
    <article className="prose prose-slate max-w-3xl dark:prose-invert">
      <h1>Open data, feeds and citation</h1>
      <p>
        Everything in the tracker ({collection.entries.length} entries, {collection.entities.length} entities) is
        published as files, rebuilt with the site whenever the content changes.
      </p>

      <h2 id="licence">Licence</h2>
      <p>
        The data (the entries, the entities and every file on this page) is licensed under the{' '}
        <a href={DATA_LICENCE.url} rel="license noopener noreferrer">
          {DATA_LICENCE.title} ({DATA_LICENCE.name})
        </a>
        . You may share and adapt it for any purpose, if you credit the {SITE.name} and link to{' '}
        <code>{absoluteUrl('/')}</code>. The sources each entry cites belong to their publishers.
      </p>

      <h2 id="files">Files</h2>
      <table>
        <thead>
          <tr>
            <th>file</th>
            <th>format</th>
            <th>what it holds</th>
          </tr>
        </thead>
        <tbody>
          {FILES.map((file) => (
            <tr key={file.path}>
              <td>
                <a href={withBasePath(file.path)}>{file.path}</a>
              </td>
              <td>{file.format}</td>
              <td>{file.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Both JSON files carry <code>schemaVersion</code> (now {SCHEMA_VERSION}), which goes up when a change
        would break a reader; fields may be added without it. Each file also names its <code>licence</code> and holds a{' '}
        <code>count</code> of its records. Entries are listed oldest first, entities by name. Dates are written{' '}
        <code>YYYY-MM-DD</code>; a date whose <code>datePrecision</code> is <code>month</code> or <code>year</code> is
        written on the 1st.
      </p>

      <h2 id="entries">Entry fields</h2>
      <FieldTable caption="Each record in entries.json" docs={ENTRY_FIELD_DOCS} />
      <h2 id="entities">Entity fields</h2>
      <FieldTable caption="Each record in entities.json" docs={ENTITY_FIELD_DOCS} />

      <h2 id="csv">CSV columns</h2>
      <p>
        The CSV file has a header row and one row per entry. Fields that hold a comma, a double quote or a line break
        are quoted, with quotes doubled. It is UTF-8 without a byte-order mark: in a spreadsheet, import it as UTF-8.
      </p>
      <p data-testid="csv-formulas">
        A cell that starts with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage
        return is written with an apostrophe in front (<code>&apos;=…</code>), so that a spreadsheet shows it as text
        instead of running it as a formula. Remove that first apostrophe if you process the file as plain data.
        Addresses are written as URIs: non-ASCII characters in a path are percent-encoded.
      </p>
      <table>
        <thead>
          <tr>
            <th>column</th>
            <th>holds</th>
          </tr>
        </thead>
        <tbody>
          {ENTRY_CSV_COLUMNS.map((column) => (
            <tr key={column.header}>
              <td>
                <code>{column.header}</code>
              </td>
              <td>
                <Doc text={column.doc} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="feeds">Feeds</h2>
      <p>Atom feeds list the newest entries by the day they were added, up to 50 each:</p>
      <ul>
        <li>
          <a href={withBasePath(SITE_FEED_PATH)}>{SITE_FEED_PATH}</a>: every new entry.
        </li>
        <li>
          <code>/entities/&lt;slug&gt;/feed.xml</code>: new entries naming one company, organisation or place (each
          entity&apos;s page links to its own).
        </li>
        <li>
          By kind:{' '}
          {KINDS.values.map((kind, index) => (
            <span key={kind}>
              {index > 0 ? ', ' : ''}
              <a href={withBasePath(kindFeedPath(kind))}>{kindLabel(kind)}</a>
            </span>
          ))}{' '}
          (<code>/kinds/&lt;kind&gt;/feed.xml</code>).
        </li>
      </ul>

      <h2 id="calendar">Calendar</h2>
      <p>
        Subscribe to <code>{absoluteUrl(DATA_PATHS.deadlines)}</code> in a calendar app to see when rules take effect
        and when their terms end. Each event links to its entry.
      </p>

      <h2 id="cite">Citing</h2>
      <p>
        Every entry page has a &ldquo;Cite this entry&rdquo; box with APA-style text, BibTeX and CSL-JSON. The link is
        the entry&apos;s permalink, and the access date is the day the entry was last checked against its sources.
      </p>
    </article>
  );
}
