import type { Metadata } from 'next';
import { TimelineExplorer } from '@/components/timeline/timeline-explorer';
import { TimelineList } from '@/components/timeline/timeline-list';
import { pageMetadata } from '@/lib/discovery/page-metadata';
import { entryFacts } from '@/lib/filters/entry-facts';
import { rowOf } from '@/lib/timeline/timeline-data';
import { timelineOptions } from '@/lib/timeline/options';
import { countByYear } from '@/lib/timeline/year-bars';
import { yearSpan } from '@/lib/timeline/year-pages';
import { getCollection } from '@/lib/site-data';

export const metadata: Metadata = pageMetadata({
  path: '/timeline/',
  title: 'Timeline',
  description: 'Every facial recognition policy event in the tracker, by year, with filters by kind, actor, place, topic, status and date.',
});

/** With no filter set, the landing page lists this many of the latest entries. */
const LATEST = 20;

export default function TimelinePage() {
  const collection = getCollection();
  const facts = collection.entries.map((entry) => entryFacts(entry, (slug) => collection.getEntity(slug)?.parent));
  const latest = collection.entries.slice(-LATEST).map((entry) => rowOf(collection, entry));
  return (
    <>
      <h1 className="text-title font-bold tracking-tight">Timeline</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Every entry by year: the chart counts each year&apos;s entries, and a year opens its page. Filter by kind, actor, place (a
        country includes its states and cities), topic, status, who a rule binds, what it does and a date range to list the matching
        entries from every year; the filters stay in the address, so a filtered view can be shared.
      </p>
      <TimelineExplorer options={timelineOptions(collection, facts)} counts={countByYear(facts, yearSpan(facts))} total={facts.length}>
        <p className="mt-section text-slate-700 dark:text-slate-300" data-testid="latest-note">
          The latest {latest.length} entries; every year&apos;s page lists all of its entries.
        </p>
        <TimelineList items={latest} byYear />
      </TimelineExplorer>
    </>
  );
}
