/**
 * An entry's page below the header: facts, body, status, links, sources, changes and the cite
 * box. Rendered once at build time into static HTML (pages/entries/[slug].tsx), and the page
 * loads no script: nothing in it may need a component in the browser.
 */
import { KindBadge } from './badges';
import { EditLink } from './edit-link';
import { CiteEntry } from './cite-entry';
import { EntryChanges } from './entry-changes';
import { EntryDate } from './entry-date';
import { EntryFacts } from './entry-facts';
import { EntryThread } from './entry-thread';
import { JsonLd } from './json-ld';
import { MdxContent } from './mdx-content';
import { RelatedEntries } from './related-entries';
import { SourceList } from './source-list';
import { StatusHistory } from './status-history';
import { citationOf } from '@/lib/citation/cite';
import { today } from '@/lib/content/dates';
import { entryJsonLd } from '@/lib/discovery/json-ld';
import { isRule, ruleStateOn } from '@/lib/policy/rule-status';
import { replacementsOf } from '@/lib/policy/rules';
import { threadOf } from '@/lib/content/threads';
import type { Collection } from '@/lib/content/collection';
import type { Entry } from '@/lib/content/model';
import type { GitHistory } from '@/lib/history/git-history';

export function EntryArticle({ entry, collection, history }: { entry: Entry; collection: Collection; history: GitHistory }) {
  const state = isRule(entry) ? ruleStateOn(entry, today(), replacementsOf(collection, entry)) : undefined;
  return (
    <>
      <JsonLd data={entryJsonLd(entry, collection, state?.inForce)} />
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500 dark:text-slate-400">
        <EntryDate date={entry.date} precision={entry.datePrecision} />
        <KindBadge kind={entry.kind} />
      </div>
      <h1 className="mt-2 text-title font-bold tracking-tight">{entry.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{entry.summary}</p>
      <EntryFacts entry={entry} collection={collection} />
      <div className="mt-8">
        <MdxContent code={entry.body.code} />
      </div>
      <StatusHistory entry={entry} state={state} />
      <RelatedEntries links={collection.linksOf(entry)} />
      <EntryThread items={threadOf(collection, entry)} />
      <SourceList sources={entry.sources} />
      <p className="mt-8 text-sm text-slate-500 dark:text-slate-400">
        Checked against its sources on <EntryDate date={entry.reviewed} />. Added on <EntryDate date={entry.added} />.
      </p>
      <EntryChanges history={history} sourceFile={entry.sourceFile} />
      <CiteEntry citation={citationOf(entry)} />
      <EditLink sourceFile={entry.sourceFile} />
    </>
  );
}
