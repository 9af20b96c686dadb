import { CsvColumnsTable, DataFilesTable, FeedList, FieldTable } from '@/components/data/data-tables';
import { DATA_LICENCE } from '@/lib/data/licence';
import { ENTITY_FIELD_DOCS, ENTRY_FIELD_DOCS } from '@/lib/data/field-docs';
import { filterNote } from '@/lib/filters/filter-notes';
import { SCHEMA_VERSION } from '@/lib/data/data-schema';
import { DATA_PATHS } from '@/lib/data/records';
import { absoluteUrl, SITE } from '@/lib/site-config';
import { getCollection } from '@/lib/site-data';

/** The open data files, feeds and how to cite (`/data/`). */
export function DataArticle() {
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
      <DataFilesTable />
      <p>
        Both JSON files carry <code>schemaVersion</code> (now {SCHEMA_VERSION}), which goes up when a change
        would break a reader; fields may be added without it. Each file also names its <code>licence</code> and holds a{' '}
        <code>count</code> of its records. Entries are listed oldest first, entities by name. Dates are written{' '}
        <code>YYYY-MM-DD</code>; a date whose <code>datePrecision</code> is <code>month</code> or <code>year</code> is
        written on the 1st.
      </p>

      <h2 id="entries">Entry fields</h2>
      <FieldTable caption="Each record in entries.json" docs={ENTRY_FIELD_DOCS} note={filterNote} />
      <h2 id="entities">Entity fields</h2>
      <FieldTable caption="Each record in entities.json" docs={ENTITY_FIELD_DOCS} />

      <h2 id="csv">CSV columns</h2>
      <CsvColumnsTable />

      <h2 id="feeds">Feeds</h2>
      <p>Atom feeds list the newest entries by the day they were added, up to 50 each:</p>
      <FeedList />

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
