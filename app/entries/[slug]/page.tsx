import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KindBadge } from '@/components/badges';
import { EditLink } from '@/components/edit-link';
import { CiteEntry } from '@/components/cite-entry';
import { EntryChanges } from '@/components/entry-changes';
import { EntryDate } from '@/components/entry-date';
import { EntryFacts } from '@/components/entry-facts';
import { EntryThread } from '@/components/entry-thread';
import { JsonLd } from '@/components/json-ld';
import { MdxContent } from '@/components/mdx-content';
import { RelatedEntries } from '@/components/related-entries';
import { SourceList } from '@/components/source-list';
import { StatusHistory } from '@/components/status-history';
import { getCollection } from '@/lib/site-data';
import { getEntryHistory } from '@/lib/site-history';
import { citationOf } from '@/lib/citation/cite';
import { today } from '@/lib/content/dates';
import { entryJsonLd } from '@/lib/discovery/json-ld';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { isRule, ruleStateOn } from '@/lib/policy/rule-status';
import { replacementsOf } from '@/lib/policy/rules';
import { threadOf } from '@/lib/content/threads';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getCollection().entries.map((entry) => ({ slug: entry.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getCollection().getEntry((await params).slug);
  return entry
    ? pageMetadata({
        path: entry.url,
        title: entry.title,
        description: entry.summary,
        type: 'article',
        published: entry.added,
        modified: entry.reviewed,
      })
    : {};
}

export default async function EntryPage({ params }: Props) {
  const collection = getCollection();
  const entry = collection.getEntry((await params).slug);
  if (!entry) notFound();
  const state = isRule(entry) ? ruleStateOn(entry, today(), replacementsOf(collection, entry)) : undefined;

  return (
    <article>
      <JsonLd data={entryJsonLd(entry, collection, state?.inForce)} />
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500 dark:text-slate-400">
        <EntryDate date={entry.date} precision={entry.datePrecision} />
        <KindBadge kind={entry.kind} />
      </div>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{entry.title}</h1>
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
      <EntryChanges history={getEntryHistory()} sourceFile={entry.sourceFile} />
      <CiteEntry citation={citationOf(entry)} />
      <EditLink sourceFile={entry.sourceFile} />
    </article>
  );
}
