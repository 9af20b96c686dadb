/** The tables of /data/: the files, the record fields, the CSV columns and the feeds. */
import { DATA_PATHS } from '@/lib/data/records';
import { ENTRY_CSV_COLUMNS } from '@/lib/data/entries-csv';
import { kindLabel } from '@/lib/content/labels';
import { KINDS } from '@/lib/content/vocab';
import { kindFeedPath, SITE_FEED_PATH } from '@/lib/feeds/paths';
import { withBasePath } from '@/lib/site-config';

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

/** A table of fields and their meanings; `note` adds a line under a field's meaning (where to filter on it). */
export function FieldTable({ caption, docs, note }: { caption: string; docs: Record<string, string>; note?: (field: string) => string | undefined }) {
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
              {note?.(field) ? (
                <>
                  {' '}
                  <span className="text-slate-600 dark:text-slate-400">
                    <Doc text={note(field)!} />
                  </span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every file the site publishes, with its format and what it holds. */
export function DataFilesTable() {
  return (
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
  );
}

/** How the CSV file is written, and its columns with what each holds. */
export function CsvColumnsTable() {
  return (
    <>
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
    </>
  );
}

/** The site, entity and kind feeds. */
export function FeedList() {
  return (
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
  );
}
